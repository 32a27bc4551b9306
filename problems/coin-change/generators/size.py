#!/usr/bin/env python3
"""Size generator for coin-change (used by [complexity]).

usage: size.py N [SEED]
  amount N, min(100, N) distinct random coin values in 1..N (N >= 1).
"""
import random
import sys


def main():
    n = int(sys.argv[1])
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    rng = random.Random(seed)
    k = min(100, n)
    coins = rng.sample(range(1, n + 1), k)
    print(k, n)
    print(" ".join(map(str, coins)))


main()
