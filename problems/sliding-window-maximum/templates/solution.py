import sys


def maxSlidingWindow(nums, k):
    """Return the maximum of every window of k consecutive elements of nums,
    from the leftmost window to the rightmost (len(nums) - k + 1 values)."""
    # TODO: your code here
    return []


def main():
    data = sys.stdin.buffer.read().split()
    n, k = int(data[0]), int(data[1])
    nums = list(map(int, data[2:2 + n]))

    answer = maxSlidingWindow(nums, k)

    sys.stdout.write(" ".join(map(str, answer)) + "\n")


main()
