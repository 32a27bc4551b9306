#!/usr/bin/env python3
"""Test generator for single-number.

usage: gen.py N [SEED] [MODE]
  N is rounded down to an odd number (at least 1): (N - 1) / 2 pairs plus the lone value.
  MODE random   : distinct random 32-bit values, shuffled (default)
       last     : shuffled pairs, the lone value is the last element
       largest  : the lone value is larger than every other value, shuffled
       negative : the lone value is negative (often near -2^31), shuffled
       adjacent : the two copies of each value are next to each other, except that the
                  lone value sits in the middle of the array
Prints N, then the N values.
"""
import random
import sys

LO, HI = -(1 << 31), (1 << 31) - 1


def main():
    n = int(sys.argv[1])
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    mode = sys.argv[3] if len(sys.argv) > 3 else "random"
    if n % 2 == 0:
        n -= 1
    n = max(n, 1)
    m = (n - 1) // 2
    rng = random.Random(seed)
    vals = set()
    while len(vals) < m + 1:
        vals.add(rng.randint(LO, HI))
    vals = list(vals)
    rng.shuffle(vals)
    if mode == "largest":
        vals.sort()
        lone, pairs = vals[-1], vals[:-1]
        rng.shuffle(pairs)
    elif mode == "negative":
        negs = [v for v in vals if v < 0]
        lone = rng.choice(negs) if negs and rng.random() < 0.5 else LO
        pairs = [v for v in vals if v != lone][:m]
    else:
        lone, pairs = vals[0], vals[1:]
    if mode == "adjacent":
        a = []
        for v in pairs:
            a += [v, v]
        mid = 2 * (m // 2)
        a.insert(mid, lone)
    else:
        a = pairs + pairs
        rng.shuffle(a)
        if mode == "last":
            a.append(lone)
        else:
            a.insert(rng.randrange(len(a) + 1), lone)
    assert len(a) == n
    sys.stdout.write(f"{n}\n{' '.join(map(str, a))}\n")


if __name__ == "__main__":
    main()
