#!/usr/bin/env python3
"""Test generator for longest-substring-without-repeating.

usage: gen.py N [SEED] [MODE] [K]
  MODE random : N characters drawn from the first K printable characters (default K = 95)
  MODE cycle  : a random permutation of the K first printable characters, repeated
  MODE blocks : runs of distinct characters separated by repeats, window sizes vary
Printable characters are ASCII 32 (space) to 126. The string never starts or ends with a
space. Prints the string on one line.
"""
import random
import sys

PRINTABLE = [chr(c) for c in range(32, 127)]


def main():
    n = int(sys.argv[1])
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    mode = sys.argv[3] if len(sys.argv) > 3 else "random"
    k = int(sys.argv[4]) if len(sys.argv) > 4 else 95
    rng = random.Random(seed)
    alpha = PRINTABLE[:]
    rng.shuffle(alpha)
    alpha = alpha[:k]
    if mode == "random":
        s = [rng.choice(alpha) for _ in range(n)]
    elif mode == "cycle":
        s = [alpha[i % k] for i in range(n)]
    elif mode == "blocks":
        s = []
        while len(s) < n:
            run = rng.sample(alpha, rng.randint(1, k))
            s += run[: n - len(s)]
    else:
        raise SystemExit("unknown mode " + mode)
    non_space = [c for c in alpha if c != " "] or ["x"]
    if s and s[0] == " ":
        s[0] = rng.choice(non_space)
    if s and s[-1] == " ":
        s[-1] = rng.choice(non_space)
    sys.stdout.write("".join(s) + "\n")


main()
