#!/usr/bin/env python3
"""Test generator for top-k-frequent.

usage: gen.py MODE N D K SEED
MODE (how the N numbers are spread over D distinct values):
  zipf    value number i is drawn with weight 1 / i (a few very common values, a long tail)
  equal   every value appears N / D times (give or take one): many ties
  stairs  the counts are as different as possible (1, 2, 3, ... scaled to sum to N)
  single  one value repeated N times (D and K are forced to 1)
K: how many values to ask for (clamped to the number of distinct values); 0 picks one at random.
Values are distinct random integers in [-10^9, 10^9]. Prints one test.
"""
import random
import sys


def main():
    mode, n, d, k, seed = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])
    rng = random.Random(seed)
    if mode == "single":
        d = 1
    d = max(1, min(d, n))
    values = set()
    while len(values) < d:
        values.add(rng.randint(-10**9, 10**9))
    values = list(values)
    rng.shuffle(values)
    if mode in ("zipf",):
        # every value appears at least once, the rest is drawn with weight 1/i
        extra = rng.choices(range(d), weights=[1.0 / (i + 1) for i in range(d)], k=n - d)
        counts = [1] * d
        for i in extra:
            counts[i] += 1
    elif mode in ("equal", "single"):
        counts = [n // d + (1 if i < n % d else 0) for i in range(d)]
    elif mode == "stairs":
        total = d * (d + 1) // 2
        counts = [max(1, (i + 1) * n // total) for i in range(d)]
        i = 0
        while sum(counts) < n:          # top up the largest counts first
            counts[d - 1 - (i % d)] += 1
            i += 1
        i = 0
        while sum(counts) > n:          # trim, never below 1
            j = d - 1 - (i % d)
            if counts[j] > 1:
                counts[j] -= 1
            i += 1
    else:
        raise SystemExit("unknown mode " + mode)
    arr = []
    for v, c in zip(values, counts):
        arr.extend([v] * c)
    rng.shuffle(arr)
    distinct = sum(1 for c in counts if c > 0)
    if k <= 0:
        k = rng.randint(1, distinct)
    k = min(k, distinct)
    sys.stdout.write(f"{len(arr)} {k}\n" + " ".join(map(str, arr)) + "\n")


if __name__ == "__main__":
    main()
