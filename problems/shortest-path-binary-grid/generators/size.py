#!/usr/bin/env python3
"""Size generator for shortest-path-binary-grid (used by [complexity]).

usage: size.py N [SEED]
  an N x N grid, each cell blocked with probability 0.35, the two corners kept free
  (1 <= N <= 800).
"""
import random
import sys


def main():
    n = int(sys.argv[1])
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    rng = random.Random(seed)
    g = [["1" if rng.random() < 0.35 else "0" for _ in range(n)] for _ in range(n)]
    g[0][0] = "0"
    g[n - 1][n - 1] = "0"
    sys.stdout.write("\n".join([f"{n} {n}"] + ["".join(row) for row in g]) + "\n")


main()
