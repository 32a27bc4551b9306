#!/usr/bin/env python3
"""Size generator for combination-sum (used by [complexity]).

usage: size.py N [SEED]
  target N (1 <= N <= 40), candidates 2..41 in random order (40 candidates).
"""
import random
import sys


def main():
    n = int(sys.argv[1])
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    rng = random.Random(seed)
    cands = list(range(2, 42))
    rng.shuffle(cands)
    print(len(cands), n)
    print(" ".join(map(str, cands)))


main()
