# Sort the left ends L and the right ends R separately: a merged interval ends at R[i]
# exactly when the next left end L[i+1] is greater than R[i] (the i + 1 intervals that start
# at or before R[i] have all ended by then). O(n log n); sorting plain integers and using
# C-level helpers (map, compress) is much faster in Python than sorting pairs.
import sys
from itertools import compress
from operator import gt


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    v = list(map(int, data[1:1 + 2 * n]))
    if n == 0:
        sys.stdout.write("0\n")
        return
    L = v[0::2]
    R = v[1::2]
    L.sort()
    R.sort()
    gap = list(map(gt, L[1:], R))      # gap[i]: a merged interval ends at R[i]
    starts = [L[0]]
    starts += compress(L[1:], gap)
    ends = list(compress(R, gap))
    ends.append(R[-1])
    sys.stdout.write(f"{len(starts)}\n" + "".join(map("{} {}\n".format, starts, ends)))


main()
