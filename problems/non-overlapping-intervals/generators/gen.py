#!/usr/bin/env python3
"""Test generator for non-overlapping-intervals.

Usage: gen.py N SEED MODE
       gen.py N                (the complexity probe: MODE random)
  MODE: random    starts uniform in [-1e9, 1e9), lengths up to 2e7
        nested    a few very long intervals, each holding many short ones inside
        chain     back-to-back intervals [t0, t1), [t1, t2), ... shuffled (answer 0)
        same      N copies of one interval (answer N - 1)
        ties      endpoints in [0, 60]: many equal starts and ends, many touching intervals
        negative  every endpoint in [-1e9, -1]
        staircase each interval overlaps the next one: [i, i + 2), shifted; a start-sorted
                  greedy that keeps the first of two overlapping intervals still works, so
                  long intervals that start early are mixed in
Prints N, then one interval "s e" per line, in random order.
"""
import random
import sys

M = 10**9


def main():
    n = int(sys.argv[1])
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    mode = sys.argv[3] if len(sys.argv) > 3 else "random"
    rng = random.Random(seed)
    iv = []
    if mode == "random":
        for _ in range(n):
            s = rng.randint(-M, M - 1)
            iv.append((s, min(M, s + rng.randint(1, 2 * 10**7))))
    elif mode == "nested":
        outer = max(1, n // 1000)
        width = 2 * M // outer
        for j in range(outer):
            lo = -M + j * width
            iv.append((lo, lo + width))
        while len(iv) < n:
            s = rng.randint(-M, M - 2)
            iv.append((s, min(M, s + rng.randint(1, 1000))))
    elif mode == "chain":
        cuts = sorted(rng.sample(range(-M, M + 1), n + 1))
        iv = [(cuts[i], cuts[i + 1]) for i in range(n)]
    elif mode == "same":
        s = rng.randint(-M, M - 1)
        e = rng.randint(s + 1, M)
        iv = [(s, e)] * n
    elif mode == "ties":
        for _ in range(n):
            s = rng.randint(0, 59)
            iv.append((s, rng.randint(s + 1, min(60, s + 6))))
    elif mode == "negative":
        for _ in range(n):
            s = rng.randint(-M, -2)
            iv.append((s, min(-1, s + rng.randint(1, 2 * 10**4))))
    elif mode == "staircase":
        step = max(1, 2 * M // (n + 2))
        for i in range(n):
            if rng.random() < 0.1:
                s = -M + i * step
                iv.append((s, min(M, s + step * rng.randint(5, 50))))
            else:
                s = -M + i * step
                iv.append((s, s + step + step // 2))
    else:
        raise SystemExit("unknown mode " + mode)
    assert all(-M <= s < e <= M for s, e in iv)
    rng.shuffle(iv)
    sys.stdout.write(f"{n}\n" + "".join(f"{s} {e}\n" for s, e in iv))


if __name__ == "__main__":
    main()
