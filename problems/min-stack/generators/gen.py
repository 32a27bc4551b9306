#!/usr/bin/env python3
"""Test generator for min-stack.

Usage: gen.py Q [SEED] [MODE] [VALUE_RANGE]   (defaults: SEED 1, MODE pushmin)
  MODE: random   random valid operations (pushes slightly more likely than pops)
        pushmin  Q/2 pushes, then only getMin queries
        descpop  Q/2 pushes of decreasing values, then alternately pop and getMin
                 (every pop removes the current minimum)
  VALUE_RANGE: "full" for [-2^31, 2^31 - 1] (default) or an integer R for [-R, R]
"""
import random
import sys


def main():
    q = int(sys.argv[1])
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    mode = sys.argv[3] if len(sys.argv) > 3 else "pushmin"
    vr = sys.argv[4] if len(sys.argv) > 4 else "full"
    lo, hi = (-(2**31), 2**31 - 1) if vr == "full" else (-int(vr), int(vr))
    rng = random.Random(seed)
    ops = []
    if mode == "random":
        size = 0
        for _ in range(q):
            r = rng.random()
            if size == 0 or r < 0.4:
                ops.append(f"push {rng.randint(lo, hi)}")
                size += 1
            elif r < 0.7:
                ops.append("pop")
                size -= 1
            elif r < 0.85:
                ops.append("top")
            else:
                ops.append("getMin")
    elif mode == "pushmin":
        pushes = q // 2
        ops = [f"push {rng.randint(lo, hi)}" for _ in range(pushes)]
        ops += ["getMin"] * (q - pushes)
    elif mode == "descpop":
        pushes = q // 2
        vals = sorted((rng.randint(lo, hi) for _ in range(pushes)), reverse=True)
        ops = [f"push {v}" for v in vals]
        rest = q - pushes
        ops += ["pop" if i % 2 == 0 else "getMin" for i in range(rest)]
    else:
        raise SystemExit(f"unknown mode {mode}")
    sys.stdout.write(f"{q}\n" + "\n".join(ops) + "\n")


if __name__ == "__main__":
    main()
