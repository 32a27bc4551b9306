# WA: tests sum > S instead of sum >= S, so a window whose sum is exactly S does not count.
import sys

data = sys.stdin.buffer.read().split()
n, target = int(data[0]), int(data[1])
a = list(map(int, data[2:2 + n]))
best = n + 1
total = left = 0
for right in range(n):
    total += a[right]
    while total > target:  # bug: should be >=
        best = min(best, right - left + 1)
        total -= a[left]
        left += 1
print(0 if best == n + 1 else best)
