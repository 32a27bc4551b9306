#!/usr/bin/env python3
"""Size generator for lowest-common-ancestor (used by [complexity]).

usage: size.py N [SEED]
  a random binary tree of N nodes (each new node fills a random free child slot; node 1 is
  the root, the other indices shuffled), then min(N, 100000) random queries.
"""
import random
import sys


def main():
    n = int(sys.argv[1])
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    rng = random.Random(seed)
    left, right = [0] * n, [0] * n
    slots = [(0, 0), (0, 1)]
    for v in range(1, n):
        k = rng.randrange(len(slots))
        slots[k], slots[-1] = slots[-1], slots[k]
        p, side = slots.pop()
        (left if side == 0 else right)[p] = v
        slots.append((v, 0))
        slots.append((v, 1))
    label = [0] + rng.sample(range(2, n + 1), n - 1)  # label[i] = index of node i
    node = [None] * (n + 1)
    for i in range(n):
        node[label[i] if i else 1] = i
    label[0] = 1
    out = [str(n)]
    for idx in range(1, n + 1):
        i = node[idx]
        l = label[left[i]] if left[i] else 0
        r = label[right[i]] if right[i] else 0
        out.append(f"{rng.randint(-10**9, 10**9)} {l} {r}")
    q = min(n, 100000)
    out.append(str(q))
    for _ in range(q):
        out.append(f"{rng.randint(1, n)} {rng.randint(1, n)}")
    sys.stdout.write("\n".join(out) + "\n")


main()
