import sys


class TopKCounter:
    """Counts plays as they arrive and reports the k most played values at any moment."""

    def __init__(self, k):
        # TODO: set up your fields
        self.k = k

    def add(self, x):
        """Record one play of value x."""
        # TODO
        pass

    def top(self):
        """Return a list of min(k, d) distinct values played so far (d = how many distinct
        values were played), each played at least as often as every value not returned;
        any order, ties broken any way."""
        # TODO
        return []


def main():
    data = sys.stdin.buffer.read().split()
    k, q = int(data[0]), int(data[1])
    counter = TopKCounter(k)
    out = []
    i = 2
    for _ in range(q):
        if data[i] == b"add":
            counter.add(int(data[i + 1]))
            i += 2
        else:  # b"top"
            out.append(" ".join(map(str, counter.top())))
            i += 1
    sys.stdout.write("\n".join(out) + "\n" if out else "")


main()
