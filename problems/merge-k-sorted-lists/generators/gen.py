#!/usr/bin/env python3
"""Test generator for merge-k-sorted-lists.

Usage: gen.py K N SEED MODE [EMPTY]
       gen.py N                (the complexity probe: K = N / 2, random)
  K      number of lists; N total number of nodes (N = 0 is allowed)
  EMPTY  fraction of the lists forced to be empty (default 0); the N nodes are spread over
         the other lists at random cut points (so some of those may be empty too)
  MODE: random  values uniform in [-1e9, 1e9]
        small   values in [-3, 3] (many equal values across lists)
        bands   list i holds values in its own band, the bands increasing with i: every list
                is entirely above the previous ones
        rbands  the same, the bands decreasing with i
        equal   list lengths as equal as possible (N / K each), values uniform
"""
import random
import sys

LIM = 10**9


def main():
    if len(sys.argv) == 2:
        n = int(sys.argv[1])
        k, seed, mode, empty = max(1, n // 2), 1, "random", 0.0
    else:
        k, n, seed, mode = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
        empty = float(sys.argv[5]) if len(sys.argv) > 5 else 0.0
    rng = random.Random(seed)
    lens = [0] * k
    if k > 0:
        live = [i for i in range(k) if rng.random() >= empty] or [rng.randrange(k)]
        if mode == "equal":
            for j, i in enumerate(live):
                lens[i] = n // len(live) + (1 if j < n % len(live) else 0)
        else:
            cuts = sorted(rng.randint(0, n) for _ in range(len(live) - 1))
            bounds = [0] + cuts + [n]
            for j, i in enumerate(live):
                lens[i] = bounds[j + 1] - bounds[j]
    else:
        assert n == 0
    out = [str(k)]
    width = (2 * LIM) // max(1, k)
    for i in range(k):
        m = lens[i]
        if mode in ("random", "equal"):
            vals = [rng.randint(-LIM, LIM) for _ in range(m)]
        elif mode == "small":
            vals = [rng.randint(-3, 3) for _ in range(m)]
        elif mode in ("bands", "rbands"):
            b = i if mode == "bands" else k - 1 - i
            lo = -LIM + b * width
            vals = [rng.randint(lo, lo + width - 1) for _ in range(m)]
        else:
            raise SystemExit("unknown mode " + mode)
        vals.sort()
        assert all(-LIM <= v <= LIM for v in vals)
        out.append(str(m))
        out.append(" ".join(map(str, vals)))
    sys.stdout.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
