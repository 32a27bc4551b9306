#!/usr/bin/env python3
"""Test generator for find-median-from-data-stream.

Usage: gen.py Q SEED MODE [P]
       gen.py Q                (the complexity probe: MODE desc)
  Q     number of operations; the first one is always an add.
  P     the probability that an operation (after the first) is a median query (default 0.5)
  MODE: random   values uniform over the whole 32-bit range
        small    values in [-20, 20]: many equal values
        desc     values strictly decreasing from 2^31 - 1 (each new value is the smallest)
        asc      values strictly increasing from -2^31 (each new value is the largest)
        extreme  values within 1000 of -2^31 or of 2^31 - 1, both ends mixed
        zigzag   values alternating between the low and high ends, moving towards the middle
At least one median query is always present (the last operation).
"""
import random
import sys

LO, HI = -2**31, 2**31 - 1


def main():
    q = int(sys.argv[1])
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    mode = sys.argv[3] if len(sys.argv) > 3 else "desc"
    p = float(sys.argv[4]) if len(sys.argv) > 4 else (0.1 if len(sys.argv) == 2 else 0.5)
    rng = random.Random(seed)
    assert q >= 2
    kinds = [0] + [1 if rng.random() < p else 0 for _ in range(q - 2)] + [1]
    adds = kinds.count(0)
    if mode == "random":
        vals = [rng.randint(LO, HI) for _ in range(adds)]
    elif mode == "small":
        vals = [rng.randint(-20, 20) for _ in range(adds)]
    elif mode in ("desc", "asc"):
        step = max(1, (HI - LO) // adds - 1)
        vals = []
        for i in range(adds):
            v = HI - i * step - rng.randrange(step) // 2 if mode == "desc" else LO + i * step + rng.randrange(step) // 2
            vals.append(v)
    elif mode == "extreme":
        vals = [rng.randint(LO, LO + 1000) if rng.random() < 0.5 else rng.randint(HI - 1000, HI)
                for _ in range(adds)]
    elif mode == "zigzag":
        vals = []
        lo, hi = LO, HI
        for i in range(adds):
            if i % 2 == 0:
                vals.append(lo)
                lo += rng.randint(1, 3)
            else:
                vals.append(hi)
                hi -= rng.randint(1, 3)
    else:
        raise SystemExit("unknown mode " + mode)
    assert all(LO <= v <= HI for v in vals)
    ops = []
    it = iter(vals)
    for k in kinds:
        ops.append("median" if k else "add %d" % next(it))
    sys.stdout.write("%d\n%s\n" % (q, "\n".join(ops)))


if __name__ == "__main__":
    main()
