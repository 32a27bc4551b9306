import sys


def subarraySum(nums, k):
    """Return the number of non-empty contiguous subarrays of nums whose sum is
    exactly k."""
    # TODO: your code here
    return 0


def main():
    data = sys.stdin.buffer.read().split()
    n, k = int(data[0]), int(data[1])
    nums = list(map(int, data[2:2 + n]))
    print(subarraySum(nums, k))


main()
