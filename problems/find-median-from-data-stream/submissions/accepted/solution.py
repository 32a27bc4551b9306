# Intended solution: two heaps (lower half as a max-heap of negated values, upper half as a
# min-heap), O(log n) per add, O(1) per median.
import sys
from heapq import heappush, heappop, heappushpop


class MedianFinder:
    def __init__(self):
        self.lower = []  # negated values of the smaller half; one more when the count is odd
        self.upper = []  # the larger half

    def addNum(self, x):
        lower, upper = self.lower, self.upper
        # Route x through the lower half so its largest value moves up, then rebalance.
        y = -heappushpop(lower, -x) if lower else x
        heappush(upper, y)
        if len(upper) > len(lower):
            heappush(lower, -heappop(upper))

    def findMedian(self):
        lower, upper = self.lower, self.upper
        if len(lower) > len(upper):
            return -lower[0]
        return (upper[0] - lower[0]) / 2  # Python integers do not overflow


def main():
    data = sys.stdin.buffer.read().split()
    q = int(data[0])
    finder = MedianFinder()
    add, median = finder.addNum, finder.findMedian
    out = []
    i = 1
    for _ in range(q):
        if data[i] == b"add":
            add(int(data[i + 1]))
            i += 2
        else:  # b"median"
            out.append("%.1f" % (median() + 0.0))
            i += 1
    if out:
        sys.stdout.write("\n".join(out) + "\n")


main()
