# Kahn's algorithm: repeatedly take a course whose prerequisites are all taken; if some
# course is never freed, it is on (or behind) a cycle and the answer is IMPOSSIBLE.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    unlocks = [[] for _ in range(n + 1)]  # unlocks[b] = courses that need b
    missing = [0] * (n + 1)               # prerequisites not taken yet
    pairs = data[2:2 + 2 * m]
    for a, b in zip(map(int, pairs[0::2]), map(int, pairs[1::2])):
        unlocks[b].append(a)
        missing[a] += 1
    order = [c for c in range(1, n + 1) if missing[c] == 0]
    push = order.append
    for course in order:  # the list grows while we walk it: a queue without pops
        for nxt in unlocks[course]:
            missing[nxt] -= 1
            if missing[nxt] == 0:
                push(nxt)
    if len(order) < n:
        print("IMPOSSIBLE")
    else:
        print(" ".join(map(str, order)))


main()
