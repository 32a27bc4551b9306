#!/usr/bin/env python3
"""Jump Game test generator.

usage: gen.py N [SEED [MODE]]   (defaults: seed 1, mode random)
  random     small random jumps (0..6), repaired so that the last stone is reachable;
             the last few stones get huge values
  ones       every jump is 1 (the last stone is reached exactly)
  wall-last  a[i] = (n - 2) - i: every route ends on stone n - 2, which holds 0
  wall-mid   the same wall at n / 2, random huge values after it
  wall-rand  small random jumps, clamped so that nothing passes a 0 at a random position
"""
import sys
import random


def main():
    n = int(sys.argv[1])
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    mode = sys.argv[3] if len(sys.argv) > 3 else "random"
    rng = random.Random(seed)
    a = []
    if mode == "random":
        a = [rng.randint(0, 6) for _ in range(n)]
        far = 0
        for i in range(n - 1):
            if i == far and i + a[i] <= far:
                a[i] = rng.randint(1, 6)
            far = max(far, i + a[i])
        for i in range(max(0, n - 10), n):
            a[i] = rng.randint(0, 10**9)
    elif mode == "ones":
        a = [1] * n
        a[-1] = rng.randint(0, 1)
    elif mode in ("wall-last", "wall-mid"):
        w = n - 2 if mode == "wall-last" else n // 2
        a = [w - i for i in range(w)] + [0]
        a += [rng.randint(0, 10**9) for _ in range(n - len(a))]
    elif mode == "wall-rand":
        w = rng.randint(1, n - 2)
        a = [rng.randint(0, 6) for _ in range(n)]
        for i in range(w):
            a[i] = min(a[i], w - i)
        a[w] = 0
    else:
        raise SystemExit("unknown mode " + mode)
    sys.stdout.write(f"{n}\n{' '.join(map(str, a))}\n")


main()
