# Intended solution: sort by end, keep every interval that starts at or after the last kept end.
import sys


def eraseOverlapIntervals(intervals):
    """intervals is a list of (s, e) pairs, each the half-open interval [s, e).
    Return the minimum number of intervals to remove so that no two of the
    remaining ones overlap (touching is fine)."""
    kept = 0
    last_end = None  # no interval kept yet
    for s, e in sorted(intervals, key=lambda iv: iv[1]):
        if last_end is None or s >= last_end:
            kept += 1
            last_end = e
    return len(intervals) - kept


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    v = list(map(int, data[1:1 + 2 * n]))
    intervals = list(zip(v[0::2], v[1::2]))
    print(eraseOverlapIntervals(intervals))


main()
