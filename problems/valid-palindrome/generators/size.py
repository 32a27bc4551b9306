#!/usr/bin/env python3
"""Size generator for valid-palindrome (used by [complexity]).

usage: size.py N [SEED]
  one line of N printable characters: a palindrome of letters (random case) and digits with
  punctuation and spaces mixed in (about a quarter of the characters), answer true.
"""
import random
import string
import sys

ALNUM = string.ascii_lowercase + string.digits
JUNK = " !\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"


def main():
    n = int(sys.argv[1])
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    rng = random.Random(seed)
    core_len = n - n // 4
    half = [rng.choice(ALNUM) for _ in range(core_len // 2)]
    core = half + ([rng.choice(ALNUM)] if core_len % 2 else []) + half[::-1]
    slots = [True] * core_len + [False] * (n - core_len)
    rng.shuffle(slots)
    out, k = [], 0
    for is_core in slots:
        if is_core:
            c = core[k]
            k += 1
            out.append(c.upper() if rng.random() < 0.5 else c)
        else:
            out.append(rng.choice(JUNK))
    sys.stdout.write("".join(out) + "\n")


main()
