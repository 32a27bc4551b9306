#!/usr/bin/env python3
"""Test generator for sliding-window-maximum.

Usage: gen.py N K SEED MODE [R]
       gen.py N                (the complexity probe: K = N / 2, random)
  MODE: random      uniform in [-R, R] (R defaults to 1e9)
        increasing  strictly increasing values
        decreasing  strictly decreasing values (the deque grows to k entries)
        valleys     a decreasing sequence with a spike every K values
"""
import random
import sys


def main():
    if len(sys.argv) == 2:
        n = int(sys.argv[1])
        k, seed, mode = max(1, n // 2), 1, "random"
    else:
        n, k, seed, mode = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
    r = int(sys.argv[5]) if len(sys.argv) > 5 else 10**9
    rng = random.Random(seed)
    lim = 10**9
    if mode == "random":
        a = [rng.randint(-r, r) for _ in range(n)]
    elif mode in ("increasing", "decreasing"):
        a = sorted(rng.sample(range(-lim, lim + 1), n), reverse=(mode == "decreasing"))
    elif mode == "valleys":
        base = sorted(rng.sample(range(-lim, lim // 2), n), reverse=True)
        a = [lim - i // k if i % k == 0 else base[i] for i in range(n)]
    else:
        raise SystemExit(f"unknown mode {mode}")
    sys.stdout.write(f"{n} {k}\n{' '.join(map(str, a))}\n")


if __name__ == "__main__":
    main()
