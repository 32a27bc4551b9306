# Intended solution: prefix sums with a dict of prefix-sum counts, seeded with {0: 1}; look up
# before inserting. O(n) time and space.
import sys


def subarraySum(nums, k):
    """Return the number of non-empty contiguous subarrays of nums whose sum is
    exactly k."""
    seen = {0: 1}
    prefix = count = 0
    get = seen.get
    for x in nums:
        prefix += x
        count += get(prefix - k, 0)
        seen[prefix] = get(prefix, 0) + 1
    return count


def main():
    data = sys.stdin.buffer.read().split()
    n, k = int(data[0]), int(data[1])
    nums = list(map(int, data[2:2 + n]))
    print(subarraySum(nums, k))


main()
