#!/usr/bin/env python3
"""Best Time to Buy and Sell Stock, follow-up 1 (at most k transactions) test generator.

usage: gen.py N [SEED [MODE [K]]]   (defaults: seed 1, mode random, k 50)
  random   uniform prices in [0, 10^9]
  walk     random walk, clamped to [0, 10^9]
  waves    a random walk plus waves of random length and height: many rises of every size,
           where holding through a small dip often beats two trades
  zigzag   alternating lows near 0 and highs near 10^9 (a k-trade total far beyond 32 bits)
  noisy    falling trend with small bumps (many small rises)
  falling  strictly falling prices (answer 0)
Prints "N K", then the N prices.
"""
import math
import random
import sys

MAXP = 10**9


def main():
    n = int(sys.argv[1])
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    mode = sys.argv[3] if len(sys.argv) > 3 else "random"
    k = int(sys.argv[4]) if len(sys.argv) > 4 else 50
    rng = random.Random(seed)
    if mode == "random":
        a = [rng.randint(0, MAXP) for _ in range(n)]
    elif mode == "walk":
        a, x = [], rng.randint(0, MAXP)
        for _ in range(n):
            x = min(MAXP, max(0, x + rng.randint(-10**6, 10**6)))
            a.append(x)
    elif mode == "waves":
        a, base = [], MAXP // 2
        while len(a) < n:
            length = rng.randint(2, 400)
            height = rng.randint(0, 10**8)
            for i in range(length):
                base = min(MAXP - 10**8, max(0, base + rng.randint(-10**5, 10**5)))
                a.append(base + int(height * math.sin(math.pi * i / length)) + rng.randint(0, 10**6))
        a = [min(MAXP, v) for v in a[:n]]
    elif mode == "zigzag":
        a = [rng.randint(0, 10**4) if i % 2 == 0 else MAXP - rng.randint(0, 10**4) for i in range(n)]
    elif mode == "noisy":
        a, x = [], MAXP - rng.randint(0, 1000)
        for _ in range(n):
            x = min(MAXP, max(0, x - rng.randint(-50, 200)))
            a.append(x)
    elif mode == "falling":
        a = sorted(rng.sample(range(MAXP + 1), n), reverse=True)
    else:
        raise SystemExit("unknown mode " + mode)
    assert all(0 <= v <= MAXP for v in a) and 1 <= k <= 50
    sys.stdout.write(f"{n} {k}\n{' '.join(map(str, a))}\n")


main()
