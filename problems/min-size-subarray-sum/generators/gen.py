#!/usr/bin/env python3
"""Test generator for min-size-subarray-sum.

usage: gen.py N [SEED] [MODE]
  MODE random     : values in [1, 1000], S a little above a typical 20-element sum (default)
  MODE impossible : values in [1, 1e9], S = total + 1 (answer 0)
  MODE half       : values in [1, 1e9], S = the total of the first half (answer about N/2)
  MODE big        : values in [9e8, 1e9], S about 1e14 (answer about 1e5)
Prints "N S" then the N values (an empty line when N = 0).
"""
import random
import sys


def main():
    n = int(sys.argv[1])
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    mode = sys.argv[3] if len(sys.argv) > 3 else "random"
    rng = random.Random(seed)
    if mode == "random":
        a = [rng.randint(1, 1000) for _ in range(n)]
        s = rng.randint(10000, 12000)
    elif mode == "impossible":
        a = [rng.randint(1, 10**9) for _ in range(n)]
        s = sum(a) + 1
    elif mode == "half":
        a = [rng.randint(1, 10**9) for _ in range(n)]
        s = max(1, sum(a[: n // 2]))
    elif mode == "big":
        a = [rng.randint(9 * 10**8, 10**9) for _ in range(n)]
        s = rng.randint(9 * 10**13, 10**14)
    else:
        raise SystemExit("unknown mode " + mode)
    assert 1 <= s <= 10**15
    sys.stdout.write(f"{n} {s}\n" + " ".join(map(str, a)) + "\n")


main()
