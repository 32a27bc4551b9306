#!/usr/bin/env python3
"""Test generator for reverse-linked-list.

Usage: gen.py N [SEED] [MODE]   (defaults: SEED 1, MODE random)
  MODE: random  values uniform in [-1e9, 1e9]
        sorted  distinct values in increasing order
        small   values in [-5, 5] (many duplicates)
"""
import random
import sys


def main():
    n = int(sys.argv[1])
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    mode = sys.argv[3] if len(sys.argv) > 3 else "random"
    rng = random.Random(seed)
    lim = 10**9
    if mode == "random":
        vals = [rng.randint(-lim, lim) for _ in range(n)]
    elif mode == "sorted":
        vals = sorted(rng.sample(range(-lim, lim + 1), n))
    elif mode == "small":
        vals = [rng.randint(-5, 5) for _ in range(n)]
    else:
        raise SystemExit(f"unknown mode {mode}")
    sys.stdout.write(f"{n}\n{' '.join(map(str, vals))}\n")


if __name__ == "__main__":
    main()
