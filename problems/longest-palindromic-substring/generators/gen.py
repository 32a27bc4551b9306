#!/usr/bin/env python3
"""Test generator for longest-palindromic-substring.

Usage: gen.py N SEED MODE [ALPHA] [L]
       gen.py N                (the complexity probe: MODE same)
  ALPHA  alphabet size for the random parts (default 26)
  MODE: same     one letter repeated N times (every substring is a palindrome)
        alt      "abab...": every odd-length substring starting with a is a palindrome
        random   uniformly random letters over ALPHA letters
        plant    random letters (ALPHA) with two different palindromes of length L planted, the
                 first one earlier: the leftmost of the two longest must be chosen
        sprinkle the letter a, with a b at about 1% of the positions
        mirror   X + random middle + reverse(X), X random with |X| = N / 3: X and its reverse
                 are a long common substring of s and reverse(s), but not a palindrome
"""
import random
import sys

LETTERS = "abcdefghijklmnopqrstuvwxyz"


def rand_str(rng, n, alpha):
    return "".join(rng.choice(LETTERS[:alpha]) for _ in range(n))


def random_pal(rng, length, alpha):
    half = rand_str(rng, length // 2, alpha)
    mid = rand_str(rng, length % 2, alpha)
    return half + mid + half[::-1]


def main():
    n = int(sys.argv[1])
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    mode = sys.argv[3] if len(sys.argv) > 3 else "same"
    alpha = int(sys.argv[4]) if len(sys.argv) > 4 else 26
    plen = int(sys.argv[5]) if len(sys.argv) > 5 else n // 5
    rng = random.Random(seed)
    if mode == "same":
        s = "a" * n
    elif mode == "alt":
        s = ("ab" * n)[:n]
    elif mode == "random":
        s = rand_str(rng, n, alpha)
    elif mode == "plant":
        p1 = random_pal(rng, plen, alpha)
        p2 = random_pal(rng, plen, alpha)
        while p2 == p1:
            p2 = random_pal(rng, plen, alpha)
        gap = n - 2 * plen
        a = rng.randint(1, max(1, gap // 3))
        b = rng.randint(1, max(1, gap // 3))
        # separators that cannot extend either palindrome: letters outside the random alphabet
        sep = LETTERS[25]
        s = rand_str(rng, a - 1, alpha) + sep + p1 + "y" + rand_str(rng, b - 1, alpha) + sep + p2 + "x"
        s += rand_str(rng, n - len(s), alpha)
    elif mode == "sprinkle":
        s = "".join("b" if rng.random() < 0.01 else "a" for _ in range(n))
    elif mode == "mirror":
        x = rand_str(rng, n // 3, alpha)
        mid = rand_str(rng, n - 2 * len(x), alpha)
        s = x + mid + x[::-1]
    else:
        raise SystemExit("unknown mode " + mode)
    assert len(s) == n, (len(s), n)
    sys.stdout.write(s + "\n")


if __name__ == "__main__":
    main()
