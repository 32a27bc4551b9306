#!/usr/bin/env python3
"""Test generator for valid-parentheses.

usage: gen.py N [SEED] [MODE]     (N even for the balanced modes)
  MODE random : random balanced string of length N (default)
  MODE deep   : N/2 random openers then their closers: nesting depth N/2, balanced
  MODE outer  : like deep, but the first opener and the last closer do not match
  MODE open   : N random opening brackets
  MODE swap   : random balanced string with one closer, near the middle, of the wrong type
Prints the string on one line.
"""
import random
import sys

CLOSE = {"(": ")", "[": "]", "{": "}"}


def random_balanced(n, rng):
    s, st = [], []
    for k in range(n):
        left = n - k  # characters still to write
        if st and (len(st) == left or rng.random() < 0.5):
            s.append(CLOSE[st.pop()])
        else:
            c = rng.choice("([{")
            st.append(c)
            s.append(c)
    assert not st
    return s


def main():
    n = int(sys.argv[1])
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    mode = sys.argv[3] if len(sys.argv) > 3 else "random"
    rng = random.Random(seed)
    if mode in ("random", "swap"):
        n -= n % 2
        s = random_balanced(n, rng)
        if mode == "swap":
            k = n // 2
            while s[k] not in ")]}":
                k += 1
            s[k] = rng.choice([c for c in ")]}" if c != s[k]])
    elif mode in ("deep", "outer"):
        n -= n % 2
        opens = [rng.choice("([{") for _ in range(n // 2)]
        closes = [CLOSE[c] for c in reversed(opens)]
        if mode == "outer" and n:
            closes[-1] = rng.choice([c for c in ")]}" if c != closes[-1]])
        s = opens + closes
    elif mode == "open":
        s = [rng.choice("([{") for _ in range(n)]
    else:
        raise SystemExit("unknown mode " + mode)
    sys.stdout.write("".join(s) + "\n")


main()
