#!/usr/bin/env python3
"""Merge Intervals, follow-up 1 (intervals arrive one at a time) test generator.

usage: gen.py N [SEED [MODE]]   (defaults: seed 1, mode random)
  disjoint  n pairwise disjoint intervals, arriving in random order (the count keeps growing)
  desc      n pairwise disjoint intervals, each one left of all earlier ones
  random    random starts, lengths up to 20000 (many merges, many gaps)
  chain     [p0, p1], [p1, p2], ... touching at one point, in random order
  swallow   n/2 disjoint short intervals, then longer and longer intervals around a random
            centre that swallow many of them at once, mixed with more short ones
  small     random short intervals with coordinates in [-3n, 3n + 4] (many touch)
Prints N, then one interval "l r" per line in arrival order.
"""
import random
import sys

M = 10**9


def main():
    n = int(sys.argv[1])
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    mode = sys.argv[3] if len(sys.argv) > 3 else "random"
    rng = random.Random(seed)
    if mode in ("disjoint", "desc"):
        v = sorted(rng.sample(range(-M, M + 1), 2 * n))
        iv = [(v[2 * i], v[2 * i + 1]) for i in range(n)]
        if mode == "desc":
            iv.reverse()
        else:
            rng.shuffle(iv)
    elif mode == "random":
        iv = []
        for _ in range(n):
            l = rng.randint(-M, M)
            iv.append((l, min(M, l + rng.randint(0, 20000))))
    elif mode == "chain":
        p = sorted(rng.sample(range(-M + 1, M), n - 1))
        p = [-M] + p + [M]
        iv = [(p[i], p[i + 1]) for i in range(n)]
        rng.shuffle(iv)
    elif mode == "swallow":
        h = n // 2
        v = sorted(rng.sample(range(-M, M + 1), 2 * h))
        iv = [(v[2 * i], v[2 * i + 1]) for i in range(h)]
        rng.shuffle(iv)
        rest = []
        for k in range(n - h):
            if k % 2 == 0:
                c = rng.randint(-M // 2, M // 2)
                w = rng.randint(0, M // 2) * (k + 1) // (n - h)
                rest.append((c - w, c + w))
            else:
                l = rng.randint(-M, M - 10)
                rest.append((l, l + rng.randint(0, 10)))
        iv += rest
    elif mode == "small":
        iv = []
        for _ in range(n):
            l = rng.randint(-3 * n, 3 * n)
            iv.append((l, l + rng.randint(0, 4)))
    else:
        raise SystemExit("unknown mode " + mode)
    assert len(iv) == n and all(-M <= l <= r <= M for l, r in iv)
    sys.stdout.write(f"{n}\n" + "".join(f"{l} {r}\n" for l, r in iv))


main()
