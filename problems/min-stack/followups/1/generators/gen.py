#!/usr/bin/env python3
"""Test generator for min-stack, follow-up 1 (max stack with popMax).

Usage: gen.py Q [SEED] [MODE] [VALUE_RANGE]   (defaults: SEED 1, MODE random)
  MODE: random   random valid operations: push 40%, pop 20%, top 10%, getMax 15%, popMax 15%
        deep     Q/2 pushes of decreasing values (the maximum is at the bottom), then popMax,
                 top and getMax in turn: every popMax removes the bottom of the stack
        popheavy Q/2 pushes of increasing values, then pop and getMax in turn (every pop
                 removes the current maximum)
        fillpop  Q/2 random pushes, then popMax 50%, top 20%, getMax 20%, pop 10%: the maximum
                 is anywhere in a large stack
        mixed    phases of pushes, then popMax/pop/top/getMax in random order, repeated
  VALUE_RANGE: "full" for [-2^31, 2^31 - 1] (default) or an integer R for [-R, R]
"""
import random
import sys


def main():
    q = int(sys.argv[1])
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    mode = sys.argv[3] if len(sys.argv) > 3 else "random"
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
            elif r < 0.6:
                ops.append("pop")
                size -= 1
            elif r < 0.7:
                ops.append("top")
            elif r < 0.85:
                ops.append("getMax")
            else:
                ops.append("popMax")
                size -= 1
    elif mode in ("deep", "popheavy"):
        pushes = q // 2
        vals = sorted(rng.randint(lo, hi) for _ in range(pushes))
        if mode == "deep":
            vals.reverse()
        ops = [f"push {v}" for v in vals]
        size = pushes
        cycle = ["popMax", "top", "popMax", "getMax"] if mode == "deep" else ["pop", "getMax"]
        k = 0
        while len(ops) < q:
            op = cycle[k % len(cycle)]
            k += 1
            if size == 0:
                ops.append(f"push {rng.randint(lo, hi)}")
                size += 1
            elif op in ("pop", "popMax"):
                ops.append(op)
                size -= 1
            else:
                ops.append(op)
    elif mode == "fillpop":
        pushes = q // 2
        ops = [f"push {rng.randint(lo, hi)}" for _ in range(pushes)]
        size = pushes
        while len(ops) < q:
            r = rng.random()
            if size == 0:
                ops.append(f"push {rng.randint(lo, hi)}")
                size += 1
            elif r < 0.5:
                ops.append("popMax")
                size -= 1
            elif r < 0.7:
                ops.append("top")
            elif r < 0.9:
                ops.append("getMax")
            else:
                ops.append("pop")
                size -= 1
    elif mode == "mixed":
        size = 0
        while len(ops) < q:
            for _ in range(min(q - len(ops), rng.randint(1, 2000))):
                ops.append(f"push {rng.randint(lo, hi)}")
                size += 1
            for _ in range(min(q - len(ops), rng.randint(1, 2000))):
                if size == 0:
                    break
                op = rng.choice(["pop", "popMax", "popMax", "top", "getMax"])
                ops.append(op)
                if op in ("pop", "popMax"):
                    size -= 1
    else:
        raise SystemExit(f"unknown mode {mode}")
    assert len(ops) == q
    sys.stdout.write(f"{q}\n" + "\n".join(ops) + "\n")


if __name__ == "__main__":
    main()
