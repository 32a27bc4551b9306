#!/usr/bin/env python3
"""Test generator for longest-increasing-subsequence.

usage: gen.py N [SEED] [MODE]
  MODE random   : values in [-1e9, 1e9] (default)
       small    : values in [0, 100] (many repeated values)
       inc      : strictly increasing
       dec      : strictly decreasing
       sawtooth : increasing runs of random length that restart lower
       noisy    : an increasing trend, a[i] = 10 i + noise in [-500, 500], with repeats
       plateau  : non-decreasing, every value repeated 1 to 5 times
Prints n, then the n values (an empty line when n = 0).
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
        a = [rng.randint(-lim, lim) for _ in range(n)]
    elif mode == "small":
        a = [rng.randint(0, 100) for _ in range(n)]
    elif mode in ("inc", "dec"):
        a = sorted(rng.sample(range(-lim, lim + 1), n))
        if mode == "dec":
            a.reverse()
    elif mode == "sawtooth":
        a = []
        base = lim - 10000
        while len(a) < n:
            length = rng.randint(1, 2000)
            base -= rng.randint(1, 3000)
            a += [base + 3 * i for i in range(length)]
        a = a[:n]
    elif mode == "noisy":
        a = [10 * i - lim + 500 + rng.randint(-500, 500) for i in range(n)]
    elif mode == "plateau":
        a = []
        v = -lim
        while len(a) < n:
            v += rng.randint(1, 1000)
            a += [v] * rng.randint(1, 5)
        a = a[:n]
    else:
        raise SystemExit("unknown mode " + mode)
    assert all(-lim <= x <= lim for x in a)
    sys.stdout.write(f"{n}\n{' '.join(map(str, a))}\n")


if __name__ == "__main__":
    main()
