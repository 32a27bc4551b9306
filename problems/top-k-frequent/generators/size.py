#!/usr/bin/env python3
"""Size generator for top-k-frequent (used by [complexity]).

usage: size.py N [SEED]
  N numbers drawn from about N/2 distinct random values (so most counts are small and a few
  are larger), k = half of the distinct values.
"""
import random
import sys


def main():
    n = int(sys.argv[1])
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    rng = random.Random(seed)
    d = max(1, n // 2)
    values = set()
    while len(values) < d:
        values.add(rng.randint(-10**9, 10**9))
    values = list(values)
    arr = [rng.choice(values) for _ in range(n)]
    k = max(1, len(set(arr)) // 2)
    sys.stdout.write(f"{n} {k}\n" + " ".join(map(str, arr)) + "\n")


main()
