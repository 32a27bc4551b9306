#!/usr/bin/env python3
"""Test generator for counting-bits.

usage: gen.py N [SEED] [MODE]
  MODE exact  : the test is n = N (default)
       random : n is random in [N / 2, N], chosen with SEED
Prints n.
"""
import random
import sys


def main():
    n = int(sys.argv[1])
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    mode = sys.argv[3] if len(sys.argv) > 3 else "exact"
    if mode == "random":
        n = random.Random(seed).randint(n // 2, n)
    elif mode != "exact":
        raise SystemExit("unknown mode " + mode)
    sys.stdout.write(f"{n}\n")


if __name__ == "__main__":
    main()
