# RE: union-find with a recursive find (with path compression, but no union by size). Edges
# 1-2, 2-3, ... in order build a chain of 200000 nodes before anything is compressed, and the
# first find at its far end recurses past Python's default limit of 1000 calls.
import sys


def findRedundantConnection(n, edges):
    parent = list(range(n + 1))

    def find(v):
        if parent[v] != v:
            parent[v] = find(parent[v])
        return parent[v]

    for u, v in edges:
        a, b = find(u), find(v)
        if a == b:
            return (u, v)
        parent[a] = b
    return (-1, -1)


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
