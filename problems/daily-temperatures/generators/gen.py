#!/usr/bin/env python3
"""Test generator for daily-temperatures.

Usage: gen.py N [SEED] [MODE] [R]   (defaults: SEED 1, MODE staircase)
  MODE: random     uniform in [-R, R] (R defaults to 100)
        equal      every day at the same random temperature
        staircase  non-increasing from 99 down to -100 in long plateaus, and a last day at 100
                   (every answer is non-zero and most are large)
        sawtooth   short increasing runs restarted from lower and lower values
"""
import random
import sys


def main():
    n = int(sys.argv[1])
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    mode = sys.argv[3] if len(sys.argv) > 3 else "staircase"
    r = int(sys.argv[4]) if len(sys.argv) > 4 else 100
    rng = random.Random(seed)
    if mode == "random":
        t = [rng.randint(-r, r) for _ in range(n)]
    elif mode == "equal":
        t = [rng.randint(-100, 100)] * n
    elif mode == "staircase":
        body = n - 1
        t = [99 - (i * 200) // max(1, body) for i in range(body)] + [100]
    elif mode == "sawtooth":
        t = []
        base = 60
        while len(t) < n:
            run = rng.randint(1, 8)
            base = max(-100, base - rng.randint(0, 3))
            t.extend(min(100, base + j) for j in range(run))
        t = t[:n]
    else:
        raise SystemExit(f"unknown mode {mode}")
    sys.stdout.write(f"{n}\n{' '.join(map(str, t))}\n")


if __name__ == "__main__":
    main()
