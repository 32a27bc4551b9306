#!/usr/bin/env python3
"""Prints one test for edit-distance, follow-up 1: two lines of lowercase letters.

usage: gen.py MODE LEN1 LEN2 SEED [ALPHABET]
  random   two independent random strings over the first ALPHABET letters (default 26)
  edits    a random string of length LEN1, and a copy with about LEN2 random edits
"""
import random
import string
import sys


def main():
    mode, len1, len2, seed = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
    k = int(sys.argv[5]) if len(sys.argv) > 5 else 26
    rng = random.Random(seed)
    letters = string.ascii_lowercase[:k]
    a = [rng.choice(letters) for _ in range(len1)]
    if mode == "random":
        b = [rng.choice(letters) for _ in range(len2)]
    elif mode == "edits":
        b = list(a)
        for _ in range(len2):
            op = rng.randrange(3)
            pos = rng.randrange(len(b) + 1)
            if op == 0 or not b:
                b.insert(pos, rng.choice(letters))
            elif op == 1:
                del b[min(pos, len(b) - 1)]
            else:
                b[min(pos, len(b) - 1)] = rng.choice(letters)
    else:
        raise SystemExit("unknown mode " + mode)
    sys.stdout.write("".join(a) + "\n" + "".join(b) + "\n")


main()
