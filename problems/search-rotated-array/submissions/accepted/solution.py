# Two phases: find the rotation point once (binary search for the minimum), then answer
# each query with an ordinary binary search (bisect) on the sorted piece that can hold it.
import sys
from bisect import bisect_left


def find_pivot(nums):
    """Index of the smallest element."""
    lo, hi = 0, len(nums) - 1
    while lo < hi:
        mid = (lo + hi) // 2
        if nums[mid] > nums[hi]:
            lo = mid + 1
        else:
            hi = mid
    return lo


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    nums = list(map(int, data[1:1 + n]))
    q = int(data[1 + n])
    queries = list(map(int, data[2 + n:2 + n + q]))
    p = find_pivot(nums)
    last = nums[-1]
    nums.append(None)  # sentinel at index n, never equal to a query
    bl = bisect_left
    # only the piece [p, n - 1] can hold x <= last; only [0, p - 1] can hold x > last
    idx = [bl(nums, x, p, n) if x <= last else bl(nums, x, 0, p) for x in queries]
    out = [i if nums[i] == x else -1 for i, x in zip(idx, queries)]
    sys.stdout.write("\n".join(map(str, out)) + "\n")


main()
