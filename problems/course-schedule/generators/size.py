#!/usr/bin/env python3
"""Size generator for course-schedule (used by [complexity]).

usage: size.py N [SEED]
  N courses and N pairs: a chain through a hidden order (N-1 pairs) plus one random pair that
  agrees with the order, so an order exists and it is unique up to that pair. The order runs
  through the courses in blocks of 64 consecutive numbers, shuffled within each block, and the
  pairs are listed in blocks of 64 along the chain, shuffled within each block: still no
  order to read off, but what a course touches sits near it in memory, so that the probe times
  the algorithm's growth rather than the cache misses of a random order, which grow with n on
  their own (about n^1.3 for the linear reference).
"""
import random
import sys


def main():
    n = int(sys.argv[1])
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    rng = random.Random(seed)
    order = []
    for start in range(1, n + 1, 64):
        block = list(range(start, min(start + 64, n + 1)))
        rng.shuffle(block)
        order += block
    pairs = [(order[k + 1], order[k]) for k in range(n - 1)]
    while len(pairs) < n:
        i, j = sorted(rng.sample(range(n), 2)) if n > 1 else (0, 0)
        if n == 1:
            break
        pairs.append((order[j], order[i]))
    shuffled = []
    for start in range(0, len(pairs), 64):
        block = pairs[start:start + 64]
        rng.shuffle(block)
        shuffled += block
    pairs = shuffled
    out = [f"{n} {len(pairs)}"] + [f"{a} {b}" for a, b in pairs]
    sys.stdout.write("\n".join(out) + "\n")


main()
