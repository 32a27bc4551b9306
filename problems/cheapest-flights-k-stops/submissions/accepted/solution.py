# Intended solution: Bellman-Ford limited to k + 1 rounds, each round reading the previous
# round's prices. O(k * m) time, O(n) space.
import sys


def findCheapestPrice(n, flights, src, dst, k):
    INF = float("inf")
    cost = [INF] * (n + 1)
    cost[src] = 0
    for _ in range(k + 1):  # k stops = at most k + 1 flights
        prev = cost[:]
        changed = False
        for u, v, p in flights:
            c = prev[u] + p
            if c < cost[v]:
                cost[v] = c
                changed = True
        if not changed:
            break
    return -1 if cost[dst] == INF else cost[dst]


def main():
    nums = list(map(int, sys.stdin.buffer.read().split()))
    n, m = nums[0], nums[1]
    flights = [tuple(nums[2 + 3 * i:5 + 3 * i]) for i in range(m)]
    src, dst, k = nums[2 + 3 * m:5 + 3 * m]
    print(findCheapestPrice(n, flights, src, dst, k))


main()
