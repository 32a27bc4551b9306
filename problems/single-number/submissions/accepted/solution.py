# Intended solution: XOR of all values; every pair cancels. O(n) time, O(1) extra space.
import sys


def singleNumber(nums):
    """Every value in nums appears exactly twice, except one value that appears once.
    Return that value. Aim for O(n) time and O(1) extra memory."""
    x = 0
    for v in nums:
        x ^= v  # pairs cancel: v ^ v == 0 (also for negative ints)
    return x


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    nums = list(map(int, data[1:1 + n]))
    print(singleNumber(nums))


main()
