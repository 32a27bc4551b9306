# Intended solution: union-find over the edges in input order; the first edge whose ends
# are already connected closes the only cycle, and it is the cycle's last edge in the input.
import sys


def findRedundantConnection(n, edges):
    parent = list(range(n + 1))
    size = [1] * (n + 1)
    for u, v in edges:
        a, b = u, v
        while parent[a] != a:
            parent[a] = a = parent[parent[a]]
        while parent[b] != b:
            parent[b] = b = parent[parent[b]]
        if a == b:
            return (u, v)
        if size[a] < size[b]:
            a, b = b, a
        parent[b] = a
        size[a] += size[b]
    return (-1, -1)  # unreachable: the input has exactly one cycle


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
