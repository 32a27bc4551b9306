# RE: a recursive DFS, correct, but Python's default recursion limit is 1000 calls: a path
# of 200000 nodes raises RecursionError.
import sys


def countComponents(n, edges):
    adj = [[] for _ in range(n + 1)]
    for u, v in edges:
        adj[u].append(v)
        adj[v].append(u)
    seen = [False] * (n + 1)

    def dfs(v):
        seen[v] = True
        for w in adj[v]:
            if not seen[w]:
                dfs(w)

    components = 0
    for v in range(1, n + 1):
        if not seen[v]:
            components += 1
            dfs(v)
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
