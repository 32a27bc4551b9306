import sys


class MedianFinder:
    """Keeps a growing collection of integers and reports its median.
    addNum should take O(log n) time, findMedian O(1)."""

    def __init__(self):
        # TODO: set up your fields
        pass

    def addNum(self, x):
        """Add x to the collection."""
        # TODO
        pass

    def findMedian(self):
        """Return the median of the values added so far (never called on an empty
        collection). With an even count it is the mean of the two middle values,
        which may end in .5."""
        # TODO
        return 0.0


def main():
    data = sys.stdin.buffer.read().split()
    q = int(data[0])
    finder = MedianFinder()
    out = []
    i = 1
    for _ in range(q):
        if data[i] == b"add":
            finder.addNum(int(data[i + 1]))
            i += 2
        else:  # b"median"
            # One digit after the decimal point; adding 0.0 turns -0.0 into 0.0.
            out.append("%.1f" % (finder.findMedian() + 0.0))
            i += 1
    if out:
        sys.stdout.write("\n".join(out) + "\n")


main()
