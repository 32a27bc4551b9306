#!/usr/bin/env python3
"""Size generator for longest-substring-without-repeating (used by [complexity]).

usage: size.py N [SEED]
  N random printable characters (ASCII 32 to 126), never a space first or last. Fast enough
  for the probe's sizes past the constraints (10^7 characters in well under a second):
  random.choices draws them all in one call.
"""
import random
import sys


def main():
    n = int(sys.argv[1])
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    rng = random.Random(seed)
    s = rng.choices([chr(c) for c in range(32, 127)], k=n)
    if s[0] == " ":
        s[0] = "x"
    if s[-1] == " ":
        s[-1] = "x"
    sys.stdout.write("".join(s) + "\n")


main()
