import sys


def top_k_frequent(nums, k):
    """Return k distinct values of nums that occur most often (ties broken any way), in any
    order."""
    # TODO: your code here
    return []


def main():
    data = sys.stdin.buffer.read().split()
    n, k = int(data[0]), int(data[1])
    nums = list(map(int, data[2:2 + n]))
    print(" ".join(map(str, top_k_frequent(nums, k))))


main()
