# Minimum size subarray sum: sliding window over positive values.
import sys


def minSubArrayLen(target, nums):
    n = len(nums)
    best = n + 1
    total = 0
    left = 0
    for right, x in enumerate(nums):
        total += x
        if total >= target:
            while total - nums[left] >= target:  # drop from the left while still >= target
                total -= nums[left]
                left += 1
            if right - left + 1 < best:
                best = right - left + 1
    return 0 if best == n + 1 else best


data = sys.stdin.buffer.read().split()
n, target = int(data[0]), int(data[1])
print(minSubArrayLen(target, list(map(int, data[2:2 + n]))))
