import sys


def eraseOverlapIntervals(intervals):
    """intervals is a list of (s, e) pairs, each the half-open interval [s, e).
    Return the minimum number of intervals to remove so that no two of the
    remaining ones overlap (touching is fine)."""
    # TODO: your code here
    return -1


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    v = list(map(int, data[1:1 + 2 * n]))
    intervals = list(zip(v[0::2], v[1::2]))
    print(eraseOverlapIntervals(intervals))


main()
