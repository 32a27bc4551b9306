# WA: removes duplicates up front with set(nums) to avoid repeated triplets. That also removes
# the second copy of a value that a triplet needs twice, so (-4, 2, 2) or (0, 0, 0) are lost.
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
a = sorted(set(map(int, data[1:1 + n])))
m = len(a)
res = []
for i in range(m - 2):
    if a[i] > 0:
        break
    l, r = i + 1, m - 1
    while l < r:
        s = a[i] + a[l] + a[r]
        if s < 0:
            l += 1
        elif s > 0:
            r -= 1
        else:
            res.append((a[i], a[l], a[r]))
            l += 1
            r -= 1
print(len(res))
for t in res:
    print(*t)
