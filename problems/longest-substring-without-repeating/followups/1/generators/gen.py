#!/usr/bin/env python3
"""Longest Substring Without Repeating, follow-up 1 (symbols are integers up to 2^31 - 1)
test generator.

usage: gen.py N [SEED [MODE [P]]]   (defaults: seed 1, mode distinct, P 1000)
  distinct  N distinct values in [0, 2^31 - 1] (the answer is N)
  pool      N values drawn from P distinct random values
  blocks    runs of distinct values, each run 1 to P long, separated by repeats; values from
            a pool of 2N, so the earlier copy of a repeat is often outside the window
  lowbits   like blocks, but every value has the same lowest 16 bits (and the largest values
            are near 2^31 - 1): a table indexed by a truncated value sees repeats everywhere
  tail      N - P values from a pool of 50, then P distinct new values: the longest window
            is at the very end
Prints N, then the N values on one line.
"""
import random
import sys

TOP = 2**31 - 1


def distinct(rng, count, lo=0, hi=TOP):
    return rng.sample(range(lo, hi + 1), count)


def runs(rng, n, p, pool):
    out = []
    while len(out) < n:
        length = rng.randint(1, p)
        out += rng.sample(pool, min(length, len(pool)))
    return out[:n]


def main():
    n = int(sys.argv[1])
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    mode = sys.argv[3] if len(sys.argv) > 3 else "distinct"
    p = int(sys.argv[4]) if len(sys.argv) > 4 else 1000
    rng = random.Random(seed)
    if mode == "distinct":
        a = distinct(rng, n)
    elif mode == "pool":
        pool = distinct(rng, p)
        a = [rng.choice(pool) for _ in range(n)]
    elif mode == "blocks":
        a = runs(rng, n, p, distinct(rng, 2 * n + 10))
    elif mode == "lowbits":
        low = rng.randrange(1 << 16)
        high = distinct(rng, 4 * n + 10, 0, (1 << 15) - 1) if 4 * n + 10 <= (1 << 15) else None
        if high is None:
            raise SystemExit("lowbits needs 4N + 10 <= 32768")
        a = runs(rng, n, p, [(h << 16) | low for h in high])
    elif mode == "tail":
        m = max(0, n - p)
        vals = distinct(rng, 50 + (n - m))
        a = [rng.choice(vals[:50]) for _ in range(m)] + vals[50:]
    else:
        raise SystemExit("unknown mode " + mode)
    assert len(a) == n and all(0 <= v <= TOP for v in a)
    sys.stdout.write(f"{n}\n{' '.join(map(str, a))}\n")


main()
