#!/usr/bin/env python3
"""Test generator for palindromic-substrings.

Usage: gen.py N SEED MODE [ALPHA]
       gen.py N                (the complexity probe: MODE same)
  ALPHA  alphabet size for the random modes (default 26)
  MODE: same      one letter repeated N times: N (N + 1) / 2 palindromes, the most possible
        alt       "abab...": every odd-length substring is a palindrome
        random    uniformly random letters over ALPHA letters
        sprinkle  the letter a, with a b at about 1% of the positions
        runs      runs of one letter, of random lengths 1..200, over ALPHA letters
        periodic  "abcabc...": the first ALPHA letters repeated (with ALPHA >= 3, only the N
                  single letters are palindromes)
"""
import random
import sys

LETTERS = "abcdefghijklmnopqrstuvwxyz"


def main():
    n = int(sys.argv[1])
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    mode = sys.argv[3] if len(sys.argv) > 3 else "same"
    alpha = int(sys.argv[4]) if len(sys.argv) > 4 else 26
    rng = random.Random(seed)
    if mode == "same":
        s = "a" * n
    elif mode == "alt":
        s = ("ab" * n)[:n]
    elif mode == "random":
        s = "".join(rng.choice(LETTERS[:alpha]) for _ in range(n))
    elif mode == "sprinkle":
        s = "".join("b" if rng.random() < 0.01 else "a" for _ in range(n))
    elif mode == "runs":
        parts = []
        total = 0
        last = ""
        while total < n:
            c = rng.choice([ch for ch in LETTERS[:alpha] if ch != last])
            k = min(n - total, rng.randint(1, 200))
            parts.append(c * k)
            total += k
            last = c
        s = "".join(parts)
    elif mode == "periodic":
        s = (LETTERS[:alpha] * n)[:n]
    else:
        raise SystemExit("unknown mode " + mode)
    assert len(s) == n
    sys.stdout.write(s + "\n")


if __name__ == "__main__":
    main()
