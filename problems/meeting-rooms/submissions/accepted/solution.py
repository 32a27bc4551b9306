# Sweep over sorted start and end times. When the i-th meeting (in start order) begins at
# time s, the meetings in progress are the i + 1 that started at or before s minus those
# that ended at or before s (a meeting ending at s frees its room for one starting at s).
# The answer is the maximum of that count. O(n log n).
import sys
from bisect import bisect_right
from itertools import repeat
from operator import sub


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    v = list(map(int, data[1:1 + 2 * n]))
    starts = v[0::2]
    ends = v[1::2]
    starts.sort()
    ends.sort()
    if n == 0:
        print(0)
        return
    # in progress at the i-th start = (i + 1) - #{ends <= starts[i]}
    print(max(map(sub, range(1, n + 1), map(bisect_right, repeat(ends), starts))))


main()
