import sys


def countComponents(n, edges):
    """Nodes are numbered 1..n; each pair (u, v) in edges is an undirected edge (u == v
    and repeated pairs are possible). Return the number of connected components.
    The graph can be a path of 200000 nodes: a recursive DFS would exceed Python's
    recursion limit, use union-find or an explicit stack/queue."""
    # TODO: your code here
    return 0


def main():
    nums = list(map(int, sys.stdin.buffer.read().split()))
    n, m = nums[0], nums[1]
    it = iter(nums)
    next(it), next(it)
    edges = list(zip(it, it))  # m pairs (u, v)
    del nums, it
    print(countComponents(n, edges))


main()
