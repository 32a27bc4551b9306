import sys


class Logger:
    """A rate limiter for log messages. Messages arrive in non-decreasing order of
    timestamp."""

    def __init__(self):
        # TODO: set up your fields
        pass

    def shouldPrintMessage(self, timestamp, message):
        """Return True if the message is printed: its text was never printed, or was last
        printed at t0 with t0 + 10 <= timestamp. A message that is not printed (False)
        does not count as printed."""
        # TODO
        return False


def main():
    data = sys.stdin.buffer.read().split()
    q = int(data[0])
    logger = Logger()
    should_print = logger.shouldPrintMessage
    out = []
    for i in range(1, 2 * q + 1, 2):
        out.append("true" if should_print(int(data[i]), data[i + 1].decode()) else "false")
    sys.stdout.write("\n".join(out) + "\n")


main()
