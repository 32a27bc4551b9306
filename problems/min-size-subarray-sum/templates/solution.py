import sys


def minSubArrayLen(target, nums):
    """Return the minimum length of a contiguous subarray of nums whose sum is >= target,
    or 0 if there is none. All nums are positive."""
    # TODO: your code here
    return 0


def main():
    data = sys.stdin.buffer.read().split()
    n, target = int(data[0]), int(data[1])
    nums = list(map(int, data[2:2 + n]))
    print(minSubArrayLen(target, nums))


main()
