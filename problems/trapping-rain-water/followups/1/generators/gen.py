#!/usr/bin/env python3
"""Test generator for trapping-rain-water, follow-up 1 (O(1) extra space, large n).

usage: gen.py N [SEED] [MODE] [H]
  MODE random   : heights uniform in [0, H] (default H = 1e9)
  MODE walls    : h[0] = h[N-1] = 1e9, low random bars in between
  MODE falling  : non-increasing heights from left to right (no water; a monotonic stack
                  holds every bar)
  MODE valley   : non-increasing down to a random point, then non-decreasing
  MODE steps    : random plateaus and pits of random widths
Prints N then the N heights (an empty line when N = 0).
"""
import random
import sys

MAXH = 10**9


def main():
    n = int(sys.argv[1])
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    mode = sys.argv[3] if len(sys.argv) > 3 else "random"
    hmax = int(sys.argv[4]) if len(sys.argv) > 4 else MAXH
    rng = random.Random(seed)
    if mode == "random":
        h = [rng.randint(0, hmax) for _ in range(n)]
    elif mode == "walls":
        h = [rng.randint(0, 1000) for _ in range(n)]
        if n >= 1:
            h[0] = MAXH
            h[-1] = MAXH
    elif mode == "falling":
        h = sorted((rng.randint(0, hmax) for _ in range(n)), reverse=True)
    elif mode == "valley":
        low = rng.randint(0, max(0, n - 1))
        down = sorted((rng.randint(0, hmax) for _ in range(low)), reverse=True)
        up = sorted(rng.randint(0, hmax) for _ in range(n - low))
        h = down + up
    elif mode == "steps":
        h = []
        while len(h) < n:
            level = rng.randint(0, hmax)
            width = rng.randint(1, 50)
            h += [level] * min(width, n - len(h))
    else:
        raise SystemExit("unknown mode " + mode)
    assert len(h) == n and all(0 <= x <= MAXH for x in h)
    sys.stdout.write(f"{n}\n" + " ".join(map(str, h)) + "\n")


main()
