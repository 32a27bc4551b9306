#!/usr/bin/env python3
"""Merge Intervals test generator.

usage: gen.py N [SEED [MODE]]   (defaults: seed 1, mode random)
  disjoint  n pairwise disjoint intervals, shuffled
  random    random starts, lengths up to 20000 (many merges, many gaps)
  nested    intervals that all contain a common point (answer: one interval)
  chain     [p0, p1], [p1, p2], ... touching at one point, shuffled, p0 = -10^9, pn = 10^9
  dups      50 distinct random intervals, each repeated many times
  small     random short intervals with coordinates in [-3n, 3n + 4] (many touch)
"""
import sys
import random

M = 10**9


def main():
    n = int(sys.argv[1])
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    mode = sys.argv[3] if len(sys.argv) > 3 else "random"
    rng = random.Random(seed)
    if mode == "disjoint":
        v = sorted(rng.sample(range(-M, M + 1), 2 * n))
        iv = [(v[2 * i], v[2 * i + 1]) for i in range(n)]
    elif mode == "random":
        iv = []
        for _ in range(n):
            l = rng.randint(-M, M)
            iv.append((l, min(M, l + rng.randint(0, 20000))))
    elif mode == "nested":
        c = rng.randint(-1000, 1000)
        iv = [(c - rng.randint(0, M - 1000), c + rng.randint(0, M - 1000)) for _ in range(n)]
    elif mode == "chain":
        p = sorted(rng.sample(range(-M + 1, M), n - 1))
        p = [-M] + p + [M]
        iv = [(p[i], p[i + 1]) for i in range(n)]
    elif mode == "dups":
        base = []
        for _ in range(50):
            l = rng.randint(-M, M)
            base.append((l, min(M, l + rng.randint(0, 10**7))))
        iv = [rng.choice(base) for _ in range(n)]
    elif mode == "small":
        iv = []
        for _ in range(n):
            l = rng.randint(-3 * n, 3 * n)
            iv.append((l, l + rng.randint(0, 4)))
    else:
        raise SystemExit("unknown mode " + mode)
    rng.shuffle(iv)
    sys.stdout.write(f"{n}\n" + "".join(f"{l} {r}\n" for l, r in iv))


main()
