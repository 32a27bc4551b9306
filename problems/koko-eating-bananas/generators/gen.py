#!/usr/bin/env python3
"""Koko Eating Bananas test generator.

usage: gen.py N [SEED [MODE]]   (defaults: seed 1, mode random)
  random   random piles in [1, 10^9], h random in [n, 10^9]
  small    random piles in [1, 1000], h random in [n, 3n]
  tight    random piles, h = n (the answer is the largest pile)
  one-big  h = n, n - 1 piles of 1 and a pile of 10^9 at the end
  huge     piles in [9 * 10^8, 10^9], h = 10^9
  equal    every pile 10^9, h = 10^9
  wrap     three-ish piles whose total is between 2^31 and 3 * 10^9, h = 10^9 (answer 3)
"""
import sys
import random

M = 10**9


def main():
    n = int(sys.argv[1])
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    mode = sys.argv[3] if len(sys.argv) > 3 else "random"
    rng = random.Random(seed)
    if mode == "random":
        piles = [rng.randint(1, M) for _ in range(n)]
        h = rng.randint(n, M)
    elif mode == "small":
        piles = [rng.randint(1, 1000) for _ in range(n)]
        h = rng.randint(n, 3 * n)
    elif mode == "tight":
        piles = [rng.randint(1, M) for _ in range(n)]
        h = n
    elif mode == "one-big":
        piles = [1] * (n - 1) + [M]
        h = n
    elif mode == "huge":
        piles = [rng.randint(9 * 10**8, M) for _ in range(n)]
        h = M
    elif mode == "equal":
        piles = [M] * n
        h = M
    elif mode == "wrap":
        # n piles summing to about 2.7e9 with h = 1e9; hours(2) > h >= hours(3)
        piles = [rng.randint(2 * 10**9 // n + 1, 3 * 10**9 // n - 1) for _ in range(n)]
        h = M
    else:
        raise SystemExit("unknown mode " + mode)
    sys.stdout.write(f"{n} {h}\n{' '.join(map(str, piles))}\n")


main()
