import sys


class HitCounter:
    """Counts the hits received in the last 300 seconds. Timestamps (in seconds)
    never decrease from one call to the next, and several hits can arrive in the
    same second."""

    def __init__(self):
        # TODO: set up your fields
        pass

    def hit(self, timestamp):
        """Record one hit at the given timestamp."""
        # TODO
        pass

    def count(self, timestamp):
        """Return the number of hits with a timestamp in [timestamp - 299, timestamp]."""
        # TODO
        return -1


def main():
    data = sys.stdin.buffer.read().split()
    q = int(data[0])
    counter = HitCounter()
    out = []
    for i in range(1, 2 * q, 2):
        if data[i] == b"hit":
            counter.hit(int(data[i + 1]))
        else:  # b"count"
            out.append(counter.count(int(data[i + 1])))
    if out:
        sys.stdout.write("\n".join(map(str, out)) + "\n")


main()
