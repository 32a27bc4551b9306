#!/usr/bin/env python3
"""Test generator for logger-rate-limiter.

usage: gen.py Q [SEED] [MODE] [POOL]
  Q      number of messages
  POOL   number of distinct message texts (default min(200, Q // 10))
  MODE   random (default): texts drawn from the pool, about 10 messages per second (the
                 clock advances by 1 second with probability 1/10 between messages)
         periodic: a few texts, each repeated every 9, 10 or 11 seconds (with jitter), so
                 that many arrivals fall exactly on the 10-second boundary
         burst:  the clock stays inside one 10-second window for most of the input, with
                 mostly distinct texts, then jumps by 10^8 and repeats them
         late:   like random, but the clock starts near 10^9
Timestamps never decrease and stay within [0, 10^9]. Texts are 1 to 20 characters from
[a-z0-9_].
Prints Q, then Q lines "timestamp text".
"""
import random
import string
import sys

ALPHA = string.ascii_lowercase + string.digits + "_"


def main():
    q = int(sys.argv[1])
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    mode = sys.argv[3] if len(sys.argv) > 3 else "random"
    pool_size = int(sys.argv[4]) if len(sys.argv) > 4 else min(200, max(1, q // 10))
    rng = random.Random(seed)
    seen = set()
    pool = []
    while len(pool) < pool_size:
        w = "".join(rng.choice(ALPHA) for _ in range(rng.randint(1, 20)))
        if w not in seen:
            seen.add(w)
            pool.append(w)
    ops = []
    if mode in ("random", "late"):
        t = 10**9 - q // 5 - rng.randint(0, 10) if mode == "late" else rng.randint(0, 5)
        for _ in range(q):
            if rng.random() < 0.1:
                t += 1
            ops.append((t, rng.choice(pool)))
    elif mode == "periodic":
        texts = pool[:max(1, min(len(pool), 20))]
        nxt = {w: rng.randint(0, 12) for w in texts}
        while len(ops) < q:
            w = min(texts, key=lambda x: nxt[x])
            ops.append((nxt[w], w))
            nxt[w] += rng.choice((9, 10, 10, 10, 11)) + rng.choice((0, 0, 0, -1, 1))
            nxt[w] = max(nxt[w], ops[-1][0])
    elif mode == "burst":
        half = q // 2
        t = 0
        for i in range(half):
            if rng.random() < 0.0001:
                t += 1
            t = min(t, 9)
            ops.append((t, pool[i % len(pool)] if len(pool) < half else pool[i]))
        t = 10**8
        while len(ops) < q:
            if rng.random() < 0.0001:
                t += 1
            ops.append((t, rng.choice(pool)))
    else:
        raise SystemExit("unknown mode " + mode)
    assert all(a[0] <= b[0] for a, b in zip(ops, ops[1:])) and 0 <= ops[0][0] and ops[-1][0] <= 10**9
    sys.stdout.write(f"{len(ops)}\n" + "".join(f"{t} {w}\n" for t, w in ops))


if __name__ == "__main__":
    main()
