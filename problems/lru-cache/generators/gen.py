#!/usr/bin/env python3
"""Test generator for lru-cache.

Usage: gen.py CAPACITY Q SEED MODE [POOL]
       gen.py Q                (the complexity probe: CAPACITY = Q / 2, MODE evict)
  MODE: random     random get/put over a pool of POOL distinct keys (default 2 * CAPACITY)
        fillevict  CAPACITY puts of distinct keys, then in turn: a put of a brand-new key
                   (forcing an eviction), a get of a recently inserted key, a get of an
                   evicted key
        evict      CAPACITY puts of distinct keys, then puts of brand-new keys (each one
                   evicts), with one get in ten (of a recent or an evicted key)
        fillhits   CAPACITY puts of distinct keys, then gets of random cached keys and
                   updates of cached keys (no eviction after the fill)
Keys are distinct random integers in [0, 1e9]; values are random in [0, 1e9].
"""
import random
import sys
from collections import OrderedDict


def main():
    if len(sys.argv) == 2:
        q = int(sys.argv[1])
        cap, seed, mode = max(1, q // 2), 1, "evict"
    else:
        cap, q, seed, mode = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
    pool_size = int(sys.argv[5]) if len(sys.argv) > 5 else 2 * cap
    rng = random.Random(seed)
    lim = 10**9
    ops = []
    if mode == "random":
        pool = rng.sample(range(lim + 1), pool_size)
        for _ in range(q):
            k = rng.choice(pool)
            if rng.random() < 0.5:
                ops.append(f"get {k}")
            else:
                ops.append(f"put {k} {rng.randint(0, lim)}")
    elif mode in ("fillevict", "evict", "fillhits"):
        fill = min(cap, q)
        keys = rng.sample(range(lim + 1), fill if mode == "fillhits" else q)
        nxt = 0
        cache = OrderedDict()  # key -> None, in recency order, to know the evicted keys
        evicted = []
        for _ in range(fill):
            k = keys[nxt]
            nxt += 1
            ops.append(f"put {k} {rng.randint(0, lim)}")
            cache[k] = None
        cached = list(cache)  # fillhits: these keys stay cached (no new key is added)
        step = 0
        while len(ops) < q:
            step += 1
            if mode != "fillhits":
                if mode == "fillevict":
                    kind = step % 3
                else:
                    kind = 1 if rng.random() < 0.9 else rng.choice((2, 0))
                if kind == 1 and nxt < len(keys):
                    k = keys[nxt]
                    nxt += 1
                    ops.append(f"put {k} {rng.randint(0, lim)}")
                    cache[k] = None
                    if len(cache) > cap:
                        old, _ = cache.popitem(last=False)
                        evicted.append(old)
                elif kind == 2 or not evicted:
                    # a recently inserted key (most of them are still cached)
                    if rng.random() < 0.5:
                        k = next(reversed(cache))
                    else:
                        k = keys[rng.randrange(max(0, nxt - cap // 2), nxt)]
                    if k in cache:
                        cache.move_to_end(k)
                    ops.append(f"get {k}")
                else:
                    ops.append(f"get {rng.choice(evicted)}")
            else:
                k = rng.choice(cached)
                if rng.random() < 0.7:
                    ops.append(f"get {k}")
                else:
                    ops.append(f"put {k} {rng.randint(0, lim)}")
    else:
        raise SystemExit(f"unknown mode {mode}")
    sys.stdout.write(f"{cap} {q}\n" + "\n".join(ops) + "\n")


if __name__ == "__main__":
    main()
