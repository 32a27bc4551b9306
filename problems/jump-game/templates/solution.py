import sys


def canJump(nums):
    """Return True if the last index can be reached from index 0, where nums[i] is the
    longest jump allowed from index i."""
    # TODO: your code here
    return False


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    nums = list(map(int, data[1:1 + n]))
    print("true" if canJump(nums) else "false")


main()
