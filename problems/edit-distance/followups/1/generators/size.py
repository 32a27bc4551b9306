#!/usr/bin/env python3
"""Size generator for edit-distance, follow-up 1 (used by [complexity]).

usage: size.py N [SEED]
  two independent random words of N lowercase letters each.
"""
import random
import string
import sys


def main():
    n = int(sys.argv[1])
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    rng = random.Random(seed)
    for _ in range(2):
        print("".join(rng.choice(string.ascii_lowercase) for _ in range(n)))


main()
