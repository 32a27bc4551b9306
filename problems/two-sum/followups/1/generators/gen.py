#!/usr/bin/env python3
"""Test generator for two-sum, follow-up 1 (sorted input).

usage: gen.py N [SEED] [MODE]
  MODE random  : sorted values in a small range, many valid pairs (default)
  MODE none    : sorted even values, odd target: no valid pair
  MODE one     : like none, plus one odd value x near the top and one even value y, with
                 target = x + y: exactly one valid pair, its larger value among the last 10%
  MODE extreme : values in [1.5e9, 2e9] whose pairwise sums wrap in 32 bits onto the
                 (negative) target; the only true pair is the two smallest values
Prints "N TARGET" then the N values in non-decreasing order (an empty line when N = 0).
"""
import random
import sys

LIM = 2 * 10**9


def main():
    n = int(sys.argv[1])
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    mode = sys.argv[3] if len(sys.argv) > 3 else "random"
    rng = random.Random(seed)
    if mode == "random":
        span = max(10, n // 4)
        a = [rng.randint(-span, span) for _ in range(n)]
        target = rng.randint(-span, span)
    elif mode in ("none", "one"):
        if mode == "one":
            x = 2 * rng.randint(800_000_000, 999_999_999) + 1  # odd, in [1.6e9, 2e9)
            y = 2 * rng.randint(-500_000_000, 0)  # even, in [-1e9, 0]
            target = x + y  # odd, in [0.6e9, 2e9)
            m = n - 2
        else:
            target = 2 * rng.randint(-LIM // 2, LIM // 2 - 1) + 1  # odd
            y = None
            m = n
        a = []
        while len(a) < m:
            v = 2 * rng.randint(-LIM // 2, LIM // 2)  # even: no two of them sum to an odd target
            if v != y:
                a.append(v)
        if mode == "one":
            a += [x, y]
    elif mode == "extreme":
        # 3.5e9 wraps to target = 3.5e9 - 2^32 < 0; any two values summing to 3.5e9 collide in
        # 32 bits. Sums of two of these values are >= 3e9, never the (negative) target.
        target = 3_500_000_000 - 2**32
        a = []
        while len(a) < n - 2:
            v = rng.randint(1_500_000_000, LIM)
            a.append(v)
            if len(a) < n - 2 and rng.random() < 0.5:
                a.append(3_500_000_000 - v)
        a += [-10**9, target + 10**9]
    else:
        raise SystemExit("unknown mode " + mode)
    a.sort()
    assert len(a) == n
    assert all(-LIM <= v <= LIM for v in a) and -LIM <= target <= LIM
    out = [f"{n} {target}", " ".join(map(str, a))]
    sys.stdout.write("\n".join(out) + "\n")


main()
