import sys


def search(nums, target):
    """nums is an increasing list of distinct values, rotated by an unknown amount.
    Return the index of target in nums, or -1 if it is absent. Aim for O(log n)."""
    # TODO: your code here
    return -1


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    nums = list(map(int, data[1:1 + n]))
    q = int(data[1 + n])
    queries = map(int, data[2 + n:2 + n + q])
    sys.stdout.write("".join(f"{search(nums, x)}\n" for x in queries))


main()
