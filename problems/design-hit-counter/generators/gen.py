#!/usr/bin/env python3
"""Test generator for design-hit-counter.

Usage: gen.py Q SEED MODE
       gen.py Q                (the complexity probe: MODE burst)
  MODE: burst   Q / 2 hits in one second, then Q / 2 counts spread over the next 299 seconds
                (every hit stays in the window: a count that walks the hits walks them all)
        steady  about one hit per second for a long time, counts in between: the window holds
                about 300 hits while the total keeps growing
        random  hits and counts in turn (half each), the clock advancing by 0..40 seconds at
                random, bursts of up to 50 hits in one second
        gaps    bursts of hits separated by quiet periods of 0..1000 seconds, counts during
                the bursts and during the quiet periods
        wrap    bursts of hits at seconds 300 or 600 apart (the same bucket modulo 300) or 301
                apart, each followed by counts at t, t + 299 and t + 300
Timestamps are in [1, 10^9] and never decrease; at least one count is present.
"""
import random
import sys

TMAX = 10**9


def main():
    q = int(sys.argv[1])
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    mode = sys.argv[3] if len(sys.argv) > 3 else "burst"
    rng = random.Random(seed)
    ops = []
    t = rng.randint(1, 1000)
    if mode == "burst":
        hits = q // 2
        ops += [f"hit {t}"] * hits
        counts = q - hits
        for i in range(counts):
            ops.append(f"count {t + (i * 299) // max(1, counts - 1)}")
    elif mode == "steady":
        while len(ops) < q:
            t += rng.choice((0, 1, 1, 1, 2))
            ops.append(f"hit {t}" if rng.random() < 0.5 else f"count {t}")
    elif mode == "random":
        while len(ops) < q:
            if rng.random() < 0.5:
                t += rng.randint(0, 40)
            if rng.random() < 0.5:
                ops += [f"hit {t}"] * min(q - len(ops), rng.randint(1, 50))
            else:
                ops.append(f"count {t}")
    elif mode == "gaps":
        while len(ops) < q:
            t += rng.randint(0, 1000)
            for _ in range(rng.randint(1, 200)):
                if len(ops) >= q:
                    break
                t += rng.choice((0, 0, 1, 5))
                ops.append(f"hit {t}" if rng.random() < 0.7 else f"count {t}")
            if len(ops) < q:
                ops.append(f"count {t + rng.randint(0, 600)}")
                t = int(ops[-1].split()[1])
    elif mode == "wrap":
        while len(ops) < q:
            k = rng.randint(1, 20)
            ops += [f"hit {t}"] * min(k, q - len(ops))
            step = rng.choice((300, 300, 301, 600))  # the next burst: same bucket mod 300, or not
            for d in (0, 299, 300):
                if len(ops) < q and d <= step:
                    ops.append(f"count {t + d}")
            t += step
    else:
        raise SystemExit("unknown mode " + mode)
    ops = ops[:q]
    if not any(o.startswith("count") for o in ops):
        ops[-1] = "count " + ops[-1].split()[1]
    last = 0
    for o in ops:
        v = int(o.split()[1])
        assert last <= v <= TMAX
        last = v
    sys.stdout.write(f"{q}\n" + "\n".join(ops) + "\n")


if __name__ == "__main__":
    main()
