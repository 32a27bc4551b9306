# Intended solution: Dijkstra with a binary heap (heapq), O((n + m) log n).
import heapq
import sys


def networkDelayTime(n, k, edges):
    adj = [[] for _ in range(n + 1)]
    for u, v, w in edges:
        adj[u].append((v, w))
    INF = float("inf")
    dist = [INF] * (n + 1)
    dist[k] = 0
    heap = [(0, k)]
    pop, push = heapq.heappop, heapq.heappush
    while heap:
        d, u = pop(heap)
        if d != dist[u]:
            continue  # stale entry
        for v, w in adj[u]:
            nd = d + w
            if nd < dist[v]:
                dist[v] = nd
                push(heap, (nd, v))
    answer = max(dist[1:])
    return -1 if answer == INF else answer


def main():
    nums = list(map(int, sys.stdin.buffer.read().split()))
    n, m, k = nums[0], nums[1], nums[2]
    it = iter(nums)
    for _ in range(3):
        next(it)
    edges = list(zip(it, it, it))  # m triples (u, v, w)
    del nums, it
    print(networkDelayTime(n, k, edges))


main()
