# Intended solution: union-find with union by size and path halving, O((n + m) α(n)).
import sys


def countComponents(n, edges):
    parent = list(range(n + 1))
    size = [1] * (n + 1)
    components = n
    for u, v in edges:
        while parent[u] != u:  # find the root of u, halving the path
            parent[u] = u = parent[parent[u]]
        while parent[v] != v:
            parent[v] = v = parent[parent[v]]
        if u == v:
            continue  # already connected
        if size[u] < size[v]:
            u, v = v, u
        parent[v] = u
        size[u] += size[v]
        components -= 1
    return components


def main():
    nums = list(map(int, sys.stdin.buffer.read().split()))
    n, m = nums[0], nums[1]
    it = iter(nums)
    next(it), next(it)
    edges = list(zip(it, it))  # m pairs (u, v)
    del nums, it
    print(countComponents(n, edges))


main()
