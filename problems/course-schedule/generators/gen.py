#!/usr/bin/env python3
"""Prints one course-schedule test.

usage: gen.py MODE N M SEED
  dag      random pairs that all agree with one hidden random order: an order exists
  chain    a hidden random order where every course requires the previous one (N-1 pairs),
           plus M-(N-1) random pairs that agree with the order
  backedge like chain (with one random pair fewer), plus the reverse of one of the pairs,
           which closes a cycle: IMPOSSIBLE
  cycle    N courses in one big cycle, M is ignored: IMPOSSIBLE
  star     course 1 is required by every other course, plus random pairs between the others
"""
import random
import sys


def main():
    mode, n, m, seed = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
    rng = random.Random(seed)
    order = list(range(1, n + 1))
    rng.shuffle(order)
    pairs = []  # (a, b): b must come before a

    def forward_pairs(count):
        for _ in range(count):
            i, j = rng.randrange(n), rng.randrange(n)
            while i == j:
                i, j = rng.randrange(n), rng.randrange(n)
            if i > j:
                i, j = j, i
            pairs.append((order[j], order[i]))

    if mode == "dag":
        forward_pairs(m)
    elif mode in ("chain", "backedge"):
        pairs = [(order[k + 1], order[k]) for k in range(n - 1)]
        forward_pairs(m - (n - 1) - (mode == "backedge"))
        if mode == "backedge":
            a, b = pairs[rng.randrange(len(pairs))]
            pairs.append((b, a))
        rng.shuffle(pairs)
    elif mode == "cycle":
        pairs = [(order[(k + 1) % n], order[k]) for k in range(n)]
    elif mode == "star":
        order = [1] + [x for x in order if x != 1]
        pairs = [(x, 1) for x in range(2, n + 1)]
        forward_pairs(m - (n - 1))
    else:
        raise SystemExit("unknown mode " + mode)
    if mode != "chain" and mode != "backedge":
        rng.shuffle(pairs)
    out = [f"{n} {len(pairs)}"] + [f"{a} {b}" for a, b in pairs]
    sys.stdout.write("\n".join(out) + "\n")


main()
