#!/usr/bin/env python3
"""Size generator for number-of-islands (used by [complexity]).

usage: size.py N [SEED]
  an N x N grid, each cell land with probability 0.55 (1 <= N <= 1000).
"""
import random
import sys


def main():
    n = int(sys.argv[1])
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    rng = random.Random(seed)
    out = [f"{n} {n}"]
    for _ in range(n):
        out.append("".join("1" if rng.random() < 0.55 else "0" for _ in range(n)))
    sys.stdout.write("\n".join(out) + "\n")


main()
