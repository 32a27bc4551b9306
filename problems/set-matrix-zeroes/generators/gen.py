#!/usr/bin/env python3
"""Test generator for set-matrix-zeroes.

usage: gen.py N [SEED] [ROWS] [ZEROS] [MAXABS]
  N       number of cells wanted (at most 10^6); the matrix is ROWS x (N // ROWS),
          each side at most 10^5
  ROWS    number of rows (default: the integer square root of N, a square matrix)
  ZEROS   how the zeros are placed (default "random:5"):
            random:P   each cell is 0 with probability P percent
            count:K    exactly K zero cells at random positions
            diag       zeros on the main diagonal only
            none       no zero at all
            all        every cell is 0
  MAXABS  non-zero values are random in [-MAXABS, MAXABS] (default 10^9)
Prints "ROWS COLS" then ROWS lines of COLS integers.
"""
import math
import random
import sys


def main():
    n = int(sys.argv[1])
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    rows = int(sys.argv[3]) if len(sys.argv) > 3 else max(1, math.isqrt(n))
    zeros = sys.argv[4] if len(sys.argv) > 4 else "random:5"
    maxabs = int(sys.argv[5]) if len(sys.argv) > 5 else 10**9
    n = min(n, 10**6)
    rows = min(rows, n, 10**5)
    cols = min(max(1, n // rows), 10**5)
    rng = random.Random(seed)

    def nonzero():
        while True:
            v = rng.randint(-maxabs, maxabs)
            if v != 0:
                return v

    g = [[nonzero() for _ in range(cols)] for _ in range(rows)]
    kind, _, arg = zeros.partition(":")
    if kind == "random":
        p = float(arg) / 100
        for i in range(rows):
            for j in range(cols):
                if rng.random() < p:
                    g[i][j] = 0
    elif kind == "count":
        for cell in rng.sample(range(rows * cols), min(int(arg), rows * cols)):
            g[cell // cols][cell % cols] = 0
    elif kind == "diag":
        for i in range(min(rows, cols)):
            g[i][i] = 0
    elif kind == "all":
        g = [[0] * cols for _ in range(rows)]
    elif kind != "none":
        raise SystemExit("unknown zeros mode " + zeros)
    out = [f"{rows} {cols}"] + [" ".join(map(str, row)) for row in g]
    sys.stdout.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
