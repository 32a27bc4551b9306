#!/usr/bin/env python3
"""Test generator for linked-list-cycle.

usage: gen.py N [SEED] [MODE]
  MODE random : random values in [-1e9, 1e9], the tail links to a random node (default)
       none   : random values, no cycle
       whole  : random values, the tail links to the head (pos = 0)
       tail   : random values, the tail links to itself (pos = n - 1)
       dup    : values in [-3, 3], the tail links to a random node
Prints n, the n values, and pos (-1 for no cycle).
"""
import random
import sys


def main():
    n = int(sys.argv[1])
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    mode = sys.argv[3] if len(sys.argv) > 3 else "random"
    rng = random.Random(seed)
    lim = 10**9
    if mode == "dup":
        vals = [rng.randint(-3, 3) for _ in range(n)]
    else:
        vals = [rng.randint(-lim, lim) for _ in range(n)]
    if n == 0 or mode == "none":
        pos = -1
    elif mode == "whole":
        pos = 0
    elif mode == "tail":
        pos = n - 1
    elif mode in ("random", "dup"):
        pos = rng.randrange(n)
    else:
        raise SystemExit("unknown mode " + mode)
    sys.stdout.write(f"{n}\n{' '.join(map(str, vals))}\n{pos}\n")


if __name__ == "__main__":
    main()
