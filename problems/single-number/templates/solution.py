import sys


def singleNumber(nums):
    """Every value in nums appears exactly twice, except one value that appears once.
    Return that value. Aim for O(n) time and O(1) extra memory."""
    # TODO: your code here
    return 0


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    nums = list(map(int, data[1:1 + n]))
    print(singleNumber(nums))


main()
