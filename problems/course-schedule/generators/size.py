#!/usr/bin/env python3
"""Size generator for course-schedule (used by [complexity]).

usage: size.py N [SEED]
  N courses and N pairs: a chain through a hidden random order (N-1 pairs) plus one random
  pair that agrees with the order, so an order exists and it is unique up to that pair.
"""
import random
import sys


def main():
    n = int(sys.argv[1])
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    rng = random.Random(seed)
    order = list(range(1, n + 1))
    rng.shuffle(order)
    pairs = [(order[k + 1], order[k]) for k in range(n - 1)]
    while len(pairs) < n:
        i, j = sorted(rng.sample(range(n), 2)) if n > 1 else (0, 0)
        if n == 1:
            break
        pairs.append((order[j], order[i]))
    rng.shuffle(pairs)
    out = [f"{n} {len(pairs)}"] + [f"{a} {b}" for a, b in pairs]
    sys.stdout.write("\n".join(out) + "\n")


main()
