#!/usr/bin/env python3
"""Test generator for subarray-sum-equals-k.

usage: gen.py N [SEED] [MODE]
  MODE small : values in [-3, 3], k in [-4, 4] (many matches; default)
       zeros : every value 0 and k = 0 (n (n + 1) / 2 matches)
       alt   : values x, -x, y, -y, ... and k = 0
       wide  : values in [-1e9, 1e9], k = the sum of a random subarray
       big   : values near +-1e9 (|v| >= 9e8), k = the sum of a random subarray of length
               at least 3 (its partial sums leave the 32-bit range)
       pos   : values in [1, 10], k in [1, 50] (the sliding window would be right)
Prints "n k" and the n values (an empty line when n = 0).
"""
import random
import sys


def sub_sum(a, rng, min_len=1):
    if not a:
        return 0
    length = rng.randint(min(min_len, len(a)), len(a))
    i = rng.randint(0, len(a) - length)
    return sum(a[i:i + length])


def main():
    n = int(sys.argv[1])
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    mode = sys.argv[3] if len(sys.argv) > 3 else "small"
    rng = random.Random(seed)
    lim = 10**9
    if mode == "small":
        a = [rng.randint(-3, 3) for _ in range(n)]
        k = rng.randint(-4, 4)
    elif mode == "zeros":
        a, k = [0] * n, 0
    elif mode == "alt":
        a = []
        while len(a) < n:
            x = rng.randint(-lim, lim)
            a += [x, -x]
        a, k = a[:n], 0
    elif mode == "wide":
        a = [rng.randint(-lim, lim) for _ in range(n)]
        k = sub_sum(a, rng)
    elif mode == "big":
        a = [rng.choice((-1, 1)) * rng.randint(9 * 10**8, lim) for _ in range(n)]
        k = sub_sum(a, rng, 3)
    elif mode == "pos":
        a = [rng.randint(1, 10) for _ in range(n)]
        k = rng.randint(1, 50)
    else:
        raise SystemExit("unknown mode " + mode)
    sys.stdout.write(f"{n} {k}\n{' '.join(map(str, a))}\n")


if __name__ == "__main__":
    main()
