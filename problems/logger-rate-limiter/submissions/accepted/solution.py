# Intended solution: a dict from each text to the time it was last printed; O(1) expected
# per message.
import sys


class Logger:
    def __init__(self):
        self.last_printed = {}

    def shouldPrintMessage(self, timestamp, message):
        last = self.last_printed.get(message)
        if last is not None and timestamp < last + 10:
            return False
        self.last_printed[message] = timestamp  # only a printed message restarts its window
        return True


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
