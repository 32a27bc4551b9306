#!/usr/bin/env python3
"""Search in a Rotated Sorted Array test generator.

usage: gen.py N [Q [SEED [MODE [VMAX]]]]   (defaults: q = n, seed 1, mode random)
  random  random rotation, about half of the queries are present
  miss    random rotation, no query is present
  sorted  rotation 0, half present
  last    rotated so that the minimum is at index n - 1, half present
  all     random rotation, every element is queried, plus missing values up to Q queries (Q >= N)
Values are distinct, drawn from [-VMAX, VMAX] (default 10^9).
"""
import sys
import random


def main():
    n = int(sys.argv[1])
    q = int(sys.argv[2]) if len(sys.argv) > 2 else n
    seed = int(sys.argv[3]) if len(sys.argv) > 3 else 1
    mode = sys.argv[4] if len(sys.argv) > 4 else "random"
    vmax = int(sys.argv[5]) if len(sys.argv) > 5 else 10**9
    rng = random.Random(seed)
    vals = sorted(rng.sample(range(-vmax, vmax + 1), n))
    if mode == "sorted":
        k = 0
    elif mode == "last":
        k = 1 % n  # nums = vals[1:] + vals[:1]: the minimum ends up at index n - 1
    else:
        k = rng.randrange(n)
    nums = vals[k:] + vals[:k]
    present = set(vals)

    def missing():
        while True:
            x = rng.randint(-vmax, vmax)
            if x not in present:
                return x

    if mode == "all":
        qs = nums[:]
        rng.shuffle(qs)
        qs += [missing() for _ in range(max(0, q - n))]
        rng.shuffle(qs)
    elif mode == "miss":
        qs = [missing() for _ in range(q)]
    else:
        qs = [rng.choice(nums) if rng.random() < 0.5 else missing() for _ in range(q)]
    sys.stdout.write(f"{n}\n{' '.join(map(str, nums))}\n{len(qs)}\n{' '.join(map(str, qs))}\n")


main()
