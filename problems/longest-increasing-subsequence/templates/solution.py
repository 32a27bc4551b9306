import sys


def lengthOfLIS(nums):
    """Return the length of the longest strictly increasing subsequence of nums
    (0 for an empty list). Aim for O(n log n)."""
    # TODO: your code here
    return 0


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    nums = list(map(int, data[1:1 + n]))
    print(lengthOfLIS(nums))


main()
