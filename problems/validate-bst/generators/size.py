#!/usr/bin/env python3
"""Size generator for validate-bst (used by [complexity]).

usage: size.py N [SEED]
  a random binary tree of N nodes (each new node fills a uniformly chosen free child slot)
  holding distinct random 64-bit values in in-order order: a valid BST. Node 1 is the root,
  the other indices are shuffled.
"""
import random
import sys


def main():
    n = int(sys.argv[1])
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    rng = random.Random(seed)
    left, right = [0] * n, [0] * n  # 0-based children, 0 = none (node 0 is the root)
    slots = [(0, 0), (0, 1)] if n else []
    for v in range(1, n):
        k = rng.randrange(len(slots))
        slots[k], slots[-1] = slots[-1], slots[k]
        p, side = slots.pop()
        (left if side == 0 else right)[p] = v
        slots.append((v, 0))
        slots.append((v, 1))
    chosen = set()
    while len(chosen) < n:
        chosen.add(rng.randint(-(1 << 63), (1 << 63) - 1))
    values = sorted(chosen)
    val = [0] * n
    stack, u, k = [], 0 if n else -1, 0
    while n and (u != -1 or stack):  # in-order: hand out the sorted values
        while u != -1:
            stack.append(u)
            u = left[u] if left[u] else -1
        u = stack.pop()
        val[u] = values[k]
        k += 1
        u = right[u] if right[u] else -1
    label = [1] + rng.sample(range(2, n + 1), n - 1) if n else []
    node = [0] * (n + 1)
    for i in range(n):
        node[label[i]] = i
    out = [str(n)]
    for idx in range(1, n + 1):
        i = node[idx]
        l = label[left[i]] if left[i] else 0
        r = label[right[i]] if right[i] else 0
        out.append(f"{val[i]} {l} {r}")
    sys.stdout.write("\n".join(out) + "\n")


main()
