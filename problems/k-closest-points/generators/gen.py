#!/usr/bin/env python3
"""Test generator for k-closest-points.

Usage: gen.py N K SEED MODE [R]
       gen.py N                (the complexity probe: K = N / 2, random)
  K     the number of points to return; "half" for N / 2 (ignored by MODE sqrt)
  R     coordinates are drawn from [-R, R] (default 5e7, the maximum)
  MODE: random  points uniform in the square [-R, R]^2
        ties    points on a few circles: coordinates in [-R, R] with R small, so that many
                points share a distance and the k-th distance is usually tied
        dups    about N / 20 distinct points, each repeated about 20 times
        wrap    points whose squared distance, computed in 32-bit ints, wraps around to a small
                or negative value, mixed with genuinely close points
        sqrt    groups of 8 symmetric points at squared distance s and s + 1 (s > 4.5e15),
                where sqrt(s) and sqrt(s + 1) are the same double; K is set so that the
                k closest end exactly between one such s-group and its s + 1 group
"""
import math
import random
import sys

MAXC = 5 * 10**7


def sym8(a, b):
    pts = set()
    for x, y in ((a, b), (b, a)):
        for sx in (1, -1):
            for sy in (1, -1):
                pts.add((sx * x, sy * y))
    return sorted(pts)


def sqrt_pairs(rng, count):
    """count pairs (near, far) with |near|^2 + 1 == |far|^2 and equal sqrt doubles."""
    out = []
    tries = 0
    while len(out) < count:
        tries += 1
        assert tries < 100000
        t = rng.randint(440000, 494950)
        y = 101 * t + 1
        a = 100 * t
        x = a + 101
        b = y + 100
        near, far = (a, b), (x, y)
        s = a * a + b * b
        if max(a, b, x, y) <= MAXC and math.sqrt(s) == math.sqrt(s + 1):
            out.append((near, far))
    return out


def main():
    if len(sys.argv) == 2:
        n = int(sys.argv[1])
        k_arg, seed, mode, r = "half", 1, "random", MAXC
    else:
        n, k_arg, seed, mode = int(sys.argv[1]), sys.argv[2], int(sys.argv[3]), sys.argv[4]
        r = int(sys.argv[5]) if len(sys.argv) > 5 else MAXC
    rng = random.Random(seed)
    k = None
    if mode == "random" or mode == "ties":
        pts = [(rng.randint(-r, r), rng.randint(-r, r)) for _ in range(n)]
    elif mode == "dups":
        base = [(rng.randint(-r, r), rng.randint(-r, r)) for _ in range(max(1, n // 20))]
        pts = [rng.choice(base) for _ in range(n)]
    elif mode == "wrap":
        pts = []
        while len(pts) < n:
            if rng.random() < 0.5:
                # far point whose 32-bit squared distance is below 2^28 (or negative)
                x, y = rng.randint(46341, r), rng.randint(-r, r)
                w = (x * x + y * y) & 0xFFFFFFFF
                if w >= 2**31:
                    w -= 2**32
                if w < 2**28:
                    pts.append((x if rng.random() < 0.5 else -x, y))
            else:
                pts.append((rng.randint(-3000, 3000), rng.randint(-3000, 3000)))
    elif mode == "sqrt":
        groups = max(1, n // 16)
        pairs = sqrt_pairs(rng, groups)
        pts = []
        for near, far in pairs:
            pts += sym8(*far) + sym8(*near)  # the far group first
        pts = pts[:n]
        while len(pts) < n:
            pts.append((rng.randint(-r, r), rng.randint(-r, r)))
        # cut between the near and far groups of the pair whose near group is in the middle
        near, far = pairs[len(pairs) // 2]
        s = near[0] ** 2 + near[1] ** 2
        k = sum(1 for (x, y) in pts if x * x + y * y <= s)
        assert sum(1 for (x, y) in pts if x * x + y * y == s + 1) > 0
        rng.shuffle(pts)
        # keep each far group before its near group would be too regular after shuffling;
        # instead put every far point before every near point of the same pair
        far_set = set(sym8(*far))
        near_set = set(sym8(*near))
        fars = [p for p in pts if p in far_set]
        nears = [p for p in pts if p in near_set]
        rest = [p for p in pts if p not in far_set and p not in near_set]
        pos = rng.randint(0, len(rest))
        pts = rest[:pos] + fars + nears + rest[pos:]
    else:
        raise SystemExit("unknown mode " + mode)
    if k is None:
        k = n // 2 if k_arg == "half" else int(k_arg)
    k = max(1, min(k, n))
    assert all(abs(x) <= MAXC and abs(y) <= MAXC for x, y in pts)
    out = [f"{n} {k}"] + [f"{x} {y}" for x, y in pts]
    sys.stdout.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
