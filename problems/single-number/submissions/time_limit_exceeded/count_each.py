# TLE: correct, but calls nums.count(v) for every value until one appears once: O(n^2), about
# 2.5 * 10^11 element comparisons when the lone value is last and n = 999999.
import sys


def singleNumber(nums):
    for v in nums:
        if nums.count(v) == 1:
            return v
    return 0


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    nums = list(map(int, data[1:1 + n]))
    print(singleNumber(nums))


main()
