#!/usr/bin/env python3
"""Test generator for rotate-image.

usage: gen.py N [SEED] [MAXV]
  N       the matrix is N x N (at most 1500)
  MAXV  values are random in [0, MAXV] (default 255)
Prints N then N lines of N integers.
"""
import random
import sys


def main():
    n = min(int(sys.argv[1]), 1500)
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    maxv = int(sys.argv[3]) if len(sys.argv) > 3 else 255
    rng = random.Random(seed)
    lines = [str(n)]
    for _ in range(n):
        lines.append(" ".join(str(rng.randint(0, maxv)) for _ in range(n)))
    sys.stdout.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
