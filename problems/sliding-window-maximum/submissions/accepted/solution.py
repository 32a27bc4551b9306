# Intended solution: monotonic deque of indices, O(n).
import sys
from collections import deque


def maxSlidingWindow(nums, k):
    """Return the maximum of every window of k consecutive elements of nums,
    from the leftmost window to the rightmost (len(nums) - k + 1 values)."""
    window = deque()  # indices in the window; their values strictly decrease
    answer = []
    for i, x in enumerate(nums):
        while window and nums[window[-1]] <= x:
            window.pop()  # dominated: x is larger and stays longer
        window.append(i)
        if window[0] <= i - k:
            window.popleft()  # the front index slid out of the window
        if i >= k - 1:
            answer.append(nums[window[0]])
    return answer


def main():
    data = sys.stdin.buffer.read().split()
    n, k = int(data[0]), int(data[1])
    nums = list(map(int, data[2:2 + n]))

    answer = maxSlidingWindow(nums, k)

    sys.stdout.write(" ".join(map(str, answer)) + "\n")


main()
