#!/usr/bin/env python3
"""Test generator for merge-two-sorted-lists.

Usage: gen.py N M SEED MODE
       gen.py TOTAL            (the complexity probe: n = m = TOTAL / 2, random)
  MODE: random  both lists drawn uniformly from [-1e9, 1e9]
        split   the first list in [-1e9, 0], the second in [1, 1e9]
        rsplit  the first list in [1, 1e9], the second in [-1e9, 0]
        small   values in [-3, 3] (long runs of equal values)
"""
import random
import sys


def main():
    if len(sys.argv) == 2:
        total = int(sys.argv[1])
        n, m, seed, mode = total // 2, total - total // 2, 1, "random"
    else:
        n, m, seed, mode = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
    rng = random.Random(seed)
    lim = 10**9
    ranges = {
        "random": ((-lim, lim), (-lim, lim)),
        "split": ((-lim, 0), (1, lim)),
        "rsplit": ((1, lim), (-lim, 0)),
        "small": ((-3, 3), (-3, 3)),
    }
    if mode not in ranges:
        raise SystemExit(f"unknown mode {mode}")
    (alo, ahi), (blo, bhi) = ranges[mode]
    a = sorted(rng.randint(alo, ahi) for _ in range(n))
    b = sorted(rng.randint(blo, bhi) for _ in range(m))
    sys.stdout.write(f"{n}\n{' '.join(map(str, a))}\n{m}\n{' '.join(map(str, b))}\n")


if __name__ == "__main__":
    main()
