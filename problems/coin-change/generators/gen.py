#!/usr/bin/env python3
"""Prints one coin-change test.

usage: gen.py MODE N AMOUNT SEED [MAXCOIN]
  random   N distinct random coin values in 1..MAXCOIN (default AMOUNT)
  even     N distinct even values in 2..MAXCOIN, so that an odd AMOUNT cannot be paid
  big      N distinct values in AMOUNT/5..AMOUNT/2: answers of a few large coins
"""
import random
import sys


def main():
    mode, n, amount, seed = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
    maxcoin = int(sys.argv[5]) if len(sys.argv) > 5 else max(1, amount)
    rng = random.Random(seed)
    if mode == "random":
        coins = rng.sample(range(1, maxcoin + 1), n)
    elif mode == "even":
        coins = rng.sample(range(2, maxcoin + 1, 2), n)
    elif mode == "big":
        coins = rng.sample(range(max(1, amount // 5), amount // 2 + 1), n)
    else:
        raise SystemExit("unknown mode " + mode)
    print(n, amount)
    print(" ".join(map(str, coins)))


main()
