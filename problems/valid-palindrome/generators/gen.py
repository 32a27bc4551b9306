#!/usr/bin/env python3
"""Test generator for valid-palindrome.

usage: gen.py MODE LENGTH SEED
MODE:
  pal        a palindrome of alphanumerics (random case) with punctuation and spaces mixed in
  mid        like pal, but the two middle alphanumerics differ (answer false)
  end        like pal, but the last alphanumeric differs from the first (answer false)
  digits     a palindrome of digits and letters in which one digit sits where its mirror
             has a letter of the same position (answer false)
  noalnum    only punctuation and spaces (answer true)
Prints one line of exactly LENGTH printable ASCII characters (32..126), not ending in a space.
"""
import random
import string
import sys

ALNUM = string.ascii_lowercase + string.digits
JUNK = " !\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"


def build(length, rng, core_len):
    """A palindrome core of core_len alphanumerics padded with junk to `length` chars."""
    half = [rng.choice(ALNUM) for _ in range(core_len // 2)]
    mid = [rng.choice(ALNUM)] if core_len % 2 else []
    core = half + mid + half[::-1]
    # spread junk: decide for each position whether it is junk or the next core char
    slots = [True] * core_len + [False] * (length - core_len)
    rng.shuffle(slots)
    out, k = [], 0
    for is_core in slots:
        if is_core:
            c = core[k]
            k += 1
            out.append(c.upper() if rng.random() < 0.5 else c)
        else:
            out.append(rng.choice(JUNK))
    return out, core


def main():
    mode, length, seed = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    rng = random.Random(seed)
    if mode == "noalnum":
        line = [rng.choice(JUNK) for _ in range(length)]
    else:
        core_len = max(2, length * 3 // 4)
        line, core = build(length, rng, core_len)
        pos = [i for i, c in enumerate(line) if c.isalnum()]
        if mode == "mid":
            a, b = pos[len(pos) // 2 - 1], pos[len(pos) // 2 + (len(pos) % 2)]
            line[b] = "x" if line[a].lower() != "x" else "y"
        elif mode == "end":
            a, b = pos[0], pos[-1]
            line[b] = "7" if line[a] != "7" else "8"
        elif mode == "digits":
            # a mismatch of a digit against a letter, right in the middle
            a, b = pos[len(pos) // 2 - 1], pos[len(pos) // 2 + (len(pos) % 2)]
            line[a], line[b] = "0", "P"
        elif mode != "pal":
            raise SystemExit("unknown mode " + mode)
    if line and line[-1] == " ":
        line[-1] = "."   # no trailing space at the end of the line
    sys.stdout.write("".join(line) + "\n")


if __name__ == "__main__":
    main()
