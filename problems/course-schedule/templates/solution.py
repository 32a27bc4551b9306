import sys


def findOrder(n: int, prerequisites: list[tuple[int, int]]) -> list[int]:
    """Courses are numbered 1..n. Each pair (a, b) means that course b must be taken
    before course a. Return an order that takes all n courses (any valid order), or an
    empty list if no such order exists.
    """
    # TODO: your code here
    return []


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    nums = list(map(int, data[2:2 + 2 * m]))
    prerequisites = list(zip(nums[0::2], nums[1::2]))
    order = findOrder(n, prerequisites)
    print(" ".join(map(str, order)) if order else "IMPOSSIBLE")


main()
