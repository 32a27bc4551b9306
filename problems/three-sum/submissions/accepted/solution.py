# Three Sum, O(n^2) with hashing over the distinct values (u sorted, cnt their counts).
# For each first value x <= 0, the middle values y with x < y < -x/2 are checked at C speed:
# set.intersection(map(t.__sub__, ys)) gives every third value z = -x - y that is present.
# Triplets with a repeated value ((x, x, z), (x, y, y), (0, 0, 0)) are checked by counts.
# The triplets come out in canonical order. A plain two-pointer loop is also fast enough,
# this version just keeps Python far below the limit.
import sys
from bisect import bisect_left


def threeSum(nums):
    cnt = {}
    for v in nums:
        cnt[v] = cnt.get(v, 0) + 1
    u = sorted(cnt)
    present = set(u)
    hi = u[-1] if u else 0
    res = []
    for j, x in enumerate(u):
        if x > 0:
            break  # the smallest of the three must be <= 0
        t = -x  # y + z must equal t
        if cnt[x] >= 2 and t - x > x and t - x in present:
            res.append((x, x, t - x))
        lo = bisect_left(u, t - hi, j + 1)  # y > x, and z = t - y <= hi
        mid = bisect_left(u, (t - 1) // 2 + 1, lo)  # y < t / 2, so that y < z
        zs = present.intersection(map(t.__sub__, u[lo:mid]))
        for z in sorted(zs, reverse=True):  # increasing y = t - z
            res.append((x, t - z, z))
        if t % 2 == 0:
            y = t // 2
            if y > x and cnt.get(y, 0) >= 2:
                res.append((x, y, y))
            elif y == x == 0 and cnt[0] >= 3:
                res.append((0, 0, 0))
    return res


data = sys.stdin.buffer.read().split()
n = int(data[0])
res = threeSum(list(map(int, data[1:1 + n])))
out = [str(len(res))]
out += ["%d %d %d" % t for t in res]
sys.stdout.write("\n".join(out) + "\n")
