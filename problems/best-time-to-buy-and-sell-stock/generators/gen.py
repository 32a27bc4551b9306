#!/usr/bin/env python3
"""Best Time to Buy and Sell Stock test generator.

usage: gen.py N [SEED [MODE]]   (defaults: seed 1, mode random)
  random   uniform prices in [0, 10^9]
  falling  strictly falling prices (answer 0)
  rising   non-decreasing prices
  walk     random walk, clamped to [0, 10^9]
  noisy    falling trend with small bumps (small positive answer)
"""
import sys
import random

MAXP = 10**9


def main():
    n = int(sys.argv[1])
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    mode = sys.argv[3] if len(sys.argv) > 3 else "random"
    rng = random.Random(seed)
    if mode == "random":
        a = [rng.randint(0, MAXP) for _ in range(n)]
    elif mode == "falling":
        a = sorted(rng.sample(range(MAXP + 1), n), reverse=True)
    elif mode == "rising":
        a = sorted(rng.randint(0, MAXP) for _ in range(n))
    elif mode == "walk":
        a, x = [], rng.randint(0, MAXP)
        for _ in range(n):
            x = min(MAXP, max(0, x + rng.randint(-10**6, 10**6)))
            a.append(x)
    elif mode == "noisy":
        a, x = [], MAXP - rng.randint(0, 1000)
        for _ in range(n):
            x = min(MAXP, max(0, x - rng.randint(-50, 200)))
            a.append(x)
    else:
        raise SystemExit("unknown mode " + mode)
    sys.stdout.write(f"{n}\n{' '.join(map(str, a))}\n")


main()
