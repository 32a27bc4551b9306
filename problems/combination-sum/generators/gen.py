#!/usr/bin/env python3
"""Prints one combination-sum test.

usage: gen.py MODE N TARGET SEED
  range     candidates 2, 3, ..., N+1, in increasing order
  shuffled  candidates 2, 3, ..., N+1, in random order
  random    N distinct random candidates in 2..100, in random order
  even      N distinct random even candidates in 2..100 (an odd TARGET has no combination)
"""
import random
import sys


def main():
    mode, n, target, seed = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
    rng = random.Random(seed)
    if mode in ("range", "shuffled"):
        cands = list(range(2, n + 2))
        if mode == "shuffled":
            rng.shuffle(cands)
    elif mode == "random":
        cands = rng.sample(range(2, 101), n)
    elif mode == "even":
        cands = rng.sample(range(2, 101, 2), n)
    else:
        raise SystemExit("unknown mode " + mode)
    print(n, target)
    print(" ".join(map(str, cands)))


main()
