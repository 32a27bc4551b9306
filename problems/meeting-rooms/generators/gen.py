#!/usr/bin/env python3
"""Meeting Rooms test generator.

usage: gen.py N [SEED [MODE]]   (defaults: seed 1, mode random)
  random   random meetings in [0, 10^9), lengths up to 10^7
  overlap  every meeting contains a common moment (answer n)
  chain    back-to-back meetings [t0, t1), [t1, t2), ... shuffled (answer 1)
  short    random starts, lengths up to 1000 (small answer)
  ties     times in [0, 200]: many meetings end exactly when others start
"""
import sys
import random

M = 10**9


def main():
    n = int(sys.argv[1])
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    mode = sys.argv[3] if len(sys.argv) > 3 else "random"
    rng = random.Random(seed)
    iv = []
    if mode == "random":
        for _ in range(n):
            s = rng.randint(0, M - 1)
            iv.append((s, min(M, s + rng.randint(1, 10**7))))
    elif mode == "overlap":
        c = rng.randint(M // 4, 3 * M // 4)
        iv = [(rng.randint(0, c), rng.randint(c + 1, M)) for _ in range(n)]
    elif mode == "chain":
        p = sorted(rng.sample(range(1, M), n - 1))
        p = [0] + p + [M]
        iv = [(p[i], p[i + 1]) for i in range(n)]
    elif mode == "short":
        for _ in range(n):
            s = rng.randint(0, M - 1000)
            iv.append((s, s + rng.randint(1, 1000)))
    elif mode == "ties":
        for _ in range(n):
            s = rng.randint(0, 199)
            iv.append((s, rng.randint(s + 1, min(200, s + 5))))
    else:
        raise SystemExit("unknown mode " + mode)
    rng.shuffle(iv)
    sys.stdout.write(f"{n}\n" + "".join(f"{s} {e}\n" for s, e in iv))


main()
