# Intended solution: patience sorting with bisect_left (first tail >= x). O(n log n).
import sys


def lengthOfLIS(nums):
    """Return the length of the longest strictly increasing subsequence of nums
    (0 for an empty list). Aim for O(n log n)."""
    from bisect import bisect_left
    tails = []
    for x in nums:
        i = bisect_left(tails, x)
        if i == len(tails):
            tails.append(x)
        else:
            tails[i] = x
    return len(tails)


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    nums = list(map(int, data[1:1 + n]))
    print(lengthOfLIS(nums))


main()
