#!/usr/bin/env python3
"""Top K Frequent, follow-up 1 (a stream of plays with "top" queries) test generator.

usage: gen.py Q [SEED [MODE [K]]]   (defaults: seed 1, mode zipf, k 10)
  zipf      the first quarter of the operations are plays only; then half of the operations
            are queries. Plays are drawn from Q/2 values with weight 1/i: a few hits and a
            long tail, so a query sees tens of thousands of distinct values.
  distinct  like zipf, but nine plays in ten are of a value never played before (huge ties
            at count 1 and 2)
  race      12 values played at random, half the operations are queries: the leaders change
            all the time
  climb     k values get a head start; then values from outside the top climb past them one
            play at a time, with a query after every play
  small     Q operations over 8 values, a third of them queries
The first operation is always a play. K is clamped to at least 1.
Prints "K Q", then one operation per line: "add X" or "top".
"""
import itertools
import random
import sys

M = 10**9


def distinct_values(rng, d):
    s = set()
    while len(s) < d:
        s.add(rng.randint(-M, M))
    v = list(s)
    rng.shuffle(v)
    return v


def main():
    q = int(sys.argv[1])
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    mode = sys.argv[3] if len(sys.argv) > 3 else "zipf"
    k = max(1, int(sys.argv[4])) if len(sys.argv) > 4 else 10
    rng = random.Random(seed)
    ops = []
    if mode in ("zipf", "distinct"):
        d = max(1, q // 2)
        vals = distinct_values(rng, d)
        cum = list(itertools.accumulate(1.0 / (i + 1) for i in range(d)))
        played = []
        fresh = 0
        for i in range(q):
            if i > 0 and i >= q // 4 and rng.random() < 0.5:
                ops.append("top")
                continue
            if mode == "distinct":
                if fresh < d and (not played or rng.random() < 0.9):
                    x = vals[fresh]
                    fresh += 1
                else:
                    x = rng.choice(played)
            else:
                x = rng.choices(vals, cum_weights=cum)[0]
            played.append(x)
            ops.append(f"add {x}")
    elif mode == "race":
        vals = distinct_values(rng, 12)
        for i in range(q):
            if i > 0 and rng.random() < 0.5:
                ops.append("top")
            else:
                ops.append(f"add {rng.choice(vals)}")
    elif mode == "climb":
        vals = distinct_values(rng, k + 30)
        head = vals[:k]
        for x in head:                       # the top k start with count 3
            ops += [f"add {x}"] * 3
        ops.append("top")
        others = vals[k:]
        while len(ops) < q:
            x = rng.choice(others + head)
            ops.append(f"add {x}")
            ops.append("top")
        ops = ops[:q]
    elif mode == "small":
        vals = distinct_values(rng, 8)
        for i in range(q):
            if i > 0 and rng.random() < 1 / 3:
                ops.append("top")
            else:
                ops.append(f"add {rng.choice(vals)}")
    else:
        raise SystemExit("unknown mode " + mode)
    assert len(ops) == q and ops[0].startswith("add")
    sys.stdout.write(f"{k} {q}\n" + "\n".join(ops) + "\n")


main()
