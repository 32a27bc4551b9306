#!/usr/bin/env python3
"""Test generator for lru-cache, follow-up 1 (LFU cache).

Usage: gen.py CAPACITY Q SEED MODE [POOL] [SKEW]
       gen.py Q                (the complexity probe: CAPACITY = Q / 3, MODE hotcold)
  MODE: random   random get/put over a pool of POOL distinct keys (default 2 * CAPACITY);
                 with SKEW > 1 the key is pool[int(POOL * u ** SKEW)] for a uniform u, so a
                 few keys are used far more often than the others
        hotcold  CAPACITY puts of distinct keys, then a get of each (all reach count 2), then
                 mostly puts of brand-new keys: each evicts the previous new key (count 1),
                 the most recently used one; some gets of hot keys (cached) and of old new
                 keys (evicted)
        evict    CAPACITY puts of distinct keys, then puts of brand-new keys (each one
                 evicts), with one get in ten of a recent or an older key
Keys are distinct random integers in [0, 1e9]; values are random in [0, 1e9].
"""
import random
import sys


def main():
    if len(sys.argv) == 2:
        q = int(sys.argv[1])
        cap, seed, mode = max(1, q // 3), 1, "hotcold"
    else:
        cap, q, seed, mode = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
    pool_size = int(sys.argv[5]) if len(sys.argv) > 5 else 2 * cap
    skew = float(sys.argv[6]) if len(sys.argv) > 6 else 1.0
    rng = random.Random(seed)
    lim = 10**9
    ops = []
    if mode == "random":
        pool = rng.sample(range(lim + 1), pool_size)
        for _ in range(q):
            k = pool[int(pool_size * rng.random() ** skew)]
            if rng.random() < 0.5:
                ops.append(f"get {k}")
            else:
                ops.append(f"put {k} {rng.randint(0, lim)}")
    elif mode in ("hotcold", "evict"):
        keys = rng.sample(range(lim + 1), q)
        hot = keys[: min(cap, q)]
        nxt = len(hot)
        for k in hot:
            ops.append(f"put {k} {rng.randint(0, lim)}")
        if mode == "hotcold":
            order = hot[:]
            rng.shuffle(order)
            for k in order[: q - len(ops)]:
                ops.append(f"get {k}")
        while len(ops) < q:
            r = rng.random()
            if r < 0.9 and nxt < len(keys):
                ops.append(f"put {keys[nxt]} {rng.randint(0, lim)}")
                nxt += 1
            elif r < 0.95 or nxt == len(hot):
                ops.append(f"get {rng.choice(hot)}")
            else:
                ops.append(f"get {keys[rng.randrange(len(hot), nxt)]}")
    else:
        raise SystemExit(f"unknown mode {mode}")
    assert len(ops) == q
    sys.stdout.write(f"{cap} {q}\n" + "\n".join(ops) + "\n")


if __name__ == "__main__":
    main()
