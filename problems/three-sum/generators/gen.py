#!/usr/bin/env python3
"""Test generator for three-sum.

usage: gen.py N [SEED] [MODE] [R]
  MODE uniform  : N values uniform in [-R, R] (default R = 2e9)
  MODE distinct : N distinct values drawn from [-R, R] (R >= N/2; dense when R ~ N)
  MODE dups     : values from a small random set of size R: heavy duplicates
  MODE extreme  : negatives in [-2e9, -1e9] and positives in [0, 1e9], multiples of 1e6:
                  the sum of two negatives overflows 32 bits
Prints N then the N values (an empty line when N = 0).
"""
import random
import sys

LIM = 2 * 10**9


def main():
    n = int(sys.argv[1])
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    mode = sys.argv[3] if len(sys.argv) > 3 else "uniform"
    r = int(sys.argv[4]) if len(sys.argv) > 4 else LIM
    rng = random.Random(seed)
    if mode == "uniform":
        a = [rng.randint(-r, r) for _ in range(n)]
    elif mode == "distinct":
        a = rng.sample(range(-r, r + 1), n)
    elif mode == "dups":
        pool = [rng.randint(-LIM, LIM) for _ in range(r)]
        pool += [-(x + y) for x, y in zip(pool, pool[1:]) if abs(x + y) <= LIM]
        a = [rng.choice(pool) for _ in range(n)]
    elif mode == "extreme":
        # Negatives in [-2e9, -1e9], positives in [0, 1e9], all multiples of 1e6 so that many
        # triplets (negative, positive, positive) exist. Two negatives sum below -2^31.
        a = [rng.randint(-2000, -1000) * 10**6 if k % 2 else rng.randint(0, 1000) * 10**6
             for k in range(n)]
    else:
        raise SystemExit("unknown mode " + mode)
    assert all(-LIM <= x <= LIM for x in a)
    sys.stdout.write(f"{n}\n" + " ".join(map(str, a)) + "\n")


main()
