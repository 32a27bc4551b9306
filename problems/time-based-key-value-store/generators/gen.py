#!/usr/bin/env python3
"""Test generator for time-based-key-value-store.

Usage: gen.py Q SEED MODE [K]
       gen.py Q                (the complexity probe: MODE hot)
  Q  number of operations (at least one get is always present)
  K  number of distinct keys (MODE random / mixed; default 1000)
  MODE: random  sets and gets (half each) over K keys; get timestamps anywhere: before the
                first version, exactly on a version, between versions, after the last
        hot     one key: Q / 2 sets, then Q / 2 gets with random timestamps over its whole
                history (a linear scan in either direction walks half of it on average)
        early   one key: Q / 2 sets, then Q / 2 gets, mostly at or before the oldest versions
                (a scan from the newest version walks almost all of them)
        late    one key: Q / 2 sets, then Q / 2 gets after the newest version or near it
                (a scan from the oldest version walks almost all of them)
        mixed   K keys, a few with long histories; gets of known and unknown keys
Keys and values are 1 to 10 characters from a-z0-9; timestamps are in [1, 10^9] and strictly
increase for each key (not across keys).
"""
import random
import sys

CHARS = "abcdefghijklmnopqrstuvwxyz0123456789"
TMAX = 10**9


def rname(rng, lo=1, hi=10):
    return "".join(rng.choice(CHARS) for _ in range(rng.randint(lo, hi)))


def main():
    q = int(sys.argv[1])
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    mode = sys.argv[3] if len(sys.argv) > 3 else "hot"
    k = int(sys.argv[4]) if len(sys.argv) > 4 else 1000
    rng = random.Random(seed)
    ops = []
    if mode in ("hot", "early", "late"):
        key = rname(rng, 5, 10)
        sets = q // 2
        step = TMAX // (sets + 1)
        times = [i * step + rng.randint(1, step) for i in range(sets)]  # strictly increasing
        for t in times:
            ops.append(f"set {key} {rname(rng)} {t}")
        while len(ops) < q:
            r = rng.random()
            if mode == "hot":
                t = rng.randint(1, TMAX)
            elif mode == "early":
                t = rng.randint(1, times[min(len(times) - 1, 50)]) if r < 0.95 else rng.randint(1, TMAX)
            else:  # late
                t = rng.randint(times[max(0, len(times) - 50)], TMAX) if r < 0.95 else rng.randint(1, TMAX)
            ops.append(f"get {key} {t}")
    elif mode in ("random", "mixed"):
        keys = list({rname(rng) for _ in range(k)})
        if mode == "mixed":
            weights = [1000 if i < 3 else 1 for i in range(len(keys))]
        else:
            weights = [1] * len(keys)
        cum = []
        acc = 0
        for wgt in weights:
            acc += wgt
            cum.append(acc)
        hist = {key: [] for key in keys}
        last = {key: 0 for key in keys}
        gap = max(1, TMAX // max(1, q))
        for i in range(q):
            key = rng.choices(keys, cum_weights=cum)[0]
            if i < q - 1 and rng.random() < 0.5 and last[key] < TMAX - 10 * gap:
                t = last[key] + rng.randint(1, 10 * gap)
                last[key] = t
                hist[key].append(t)
                ops.append(f"set {key} {rname(rng)} {t}")
            else:
                r = rng.random()
                if mode == "mixed" and r < 0.1:
                    key = rname(rng, 10, 10)  # most likely a key never set
                    t = rng.randint(1, TMAX)
                elif hist[key] and r < 0.4:
                    t = rng.choice(hist[key])  # exactly on a version
                elif hist[key] and r < 0.5:
                    t = rng.randint(1, hist[key][0])  # before or on the first version
                else:
                    t = rng.randint(1, min(TMAX, last[key] + 10 * gap))
                ops.append(f"get {key} {t}")
    else:
        raise SystemExit("unknown mode " + mode)
    assert any(o.startswith("get") for o in ops)
    for o in ops:
        assert 1 <= int(o.split()[-1]) <= TMAX
    sys.stdout.write(f"{q}\n" + "\n".join(ops) + "\n")


if __name__ == "__main__":
    main()
