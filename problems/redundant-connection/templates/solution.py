import sys


def findRedundantConnection(n, edges):
    """The n edges (u, v) form a tree on the nodes 1..n plus one extra edge. Return the
    edge, exactly as it appears in edges, whose removal leaves a tree; if several edges
    qualify, the one that appears last in edges. The tree can be a path of 200000 nodes:
    avoid deep recursion."""
    # TODO: your code here
    return (0, 0)


def main():
    nums = list(map(int, sys.stdin.buffer.read().split()))
    n = nums[0]
    it = iter(nums)
    next(it)
    edges = list(zip(it, it))  # n pairs (u, v)
    del nums, it
    u, v = findRedundantConnection(n, edges)
    print(u, v)


main()
