#!/usr/bin/env python3
"""Test generator for copy-list-random-pointer.

usage: gen.py N [SEED] [MODE]
  MODE random : values in [-1e9, 1e9]; random pointers to any node, or null (1 in 5)
       dup    : values in [0, 5]; random pointers to any node, never null
       back   : random values; node i points to a node in the first tenth of the list
                (or to itself for the first nodes)
       tail   : random values; every random pointer goes to the last node
       self   : random values; every random pointer goes to its own node
       null   : random values; every random pointer is null
Prints n, then one line "value random" per node (random = -1 for null).
"""
import random
import sys


def main():
    n = int(sys.argv[1])
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    mode = sys.argv[3] if len(sys.argv) > 3 else "random"
    rng = random.Random(seed)
    lim = 10**9
    if mode == "dup":
        vals = [rng.randint(0, 5) for _ in range(n)]
    else:
        vals = [rng.randint(-lim, lim) for _ in range(n)]
    rnd = []
    for i in range(n):
        if mode == "random":
            r = -1 if rng.random() < 0.2 else rng.randrange(n)
        elif mode == "dup":
            r = rng.randrange(n)
        elif mode == "back":
            r = rng.randrange(max(1, n // 10)) if i >= n // 10 else i
        elif mode == "tail":
            r = n - 1
        elif mode == "self":
            r = i
        elif mode == "null":
            r = -1
        else:
            raise SystemExit("unknown mode " + mode)
        rnd.append(r)
    out = [str(n)] + [f"{v} {r}" for v, r in zip(vals, rnd)]
    sys.stdout.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
