import sys


def twoSum(nums, target):
    """Return (i, j) with 0 <= i < j < len(nums) and nums[i] + nums[j] == target,
    or (-1, -1) if no such pair exists. Any valid pair is accepted."""
    # TODO: your code here
    return (-1, -1)


def main():
    data = sys.stdin.buffer.read().split()
    n, target = int(data[0]), int(data[1])
    nums = list(map(int, data[2:2 + n]))
    i, j = twoSum(nums, target)
    print(i, j)


main()
