#!/usr/bin/env python3
"""Test generator for spiral-matrix.

usage: gen.py N [SEED] [ROWS] [MAXABS]
  N       number of cells wanted; the matrix is ROWS x (N // ROWS)
  ROWS    number of rows (default: the integer square root of N, a square matrix)
  MAXABS  values are random in [-MAXABS, MAXABS] (default 10^9)
Prints "ROWS COLS" then ROWS lines of COLS integers.
"""
import math
import random
import sys


def main():
    n = int(sys.argv[1])
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    rows = int(sys.argv[3]) if len(sys.argv) > 3 else max(1, math.isqrt(n))
    maxabs = int(sys.argv[4]) if len(sys.argv) > 4 else 10**9
    cols = max(1, n // rows)
    rows, cols = min(rows, 1200), min(cols, 1200)
    rng = random.Random(seed)
    lines = [f"{rows} {cols}"]
    for _ in range(rows):
        lines.append(" ".join(str(rng.randint(-maxabs, maxabs)) for _ in range(cols)))
    sys.stdout.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
