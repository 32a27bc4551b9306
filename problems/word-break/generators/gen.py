#!/usr/bin/env python3
"""Test generator for word-break.

Usage: gen.py N SEED MODE [M] [L] [ALPHA]
       gen.py N                (the complexity probe: MODE aab)
  N      length of the string s
  M      number of dictionary words (random modes; default 300)
  L      longest word length (default 20)
  ALPHA  alphabet size for the random modes (default 2: letters a, b)
  MODE: aab     s = a^(N-2) + "ba", dictionary a, aa, ..., a^L and "bb": false, and every
                split of the a's is a dead end (the exponential recursion tries them all)
        aaa     s = a^N, dictionary a, aa, ..., a^L: true
        concat  M random words (lengths 1..L over ALPHA letters); s is a concatenation of
                random dictionary words: true
        broken  as concat, then one letter in the middle of s is replaced by another letter
                of the alphabet (the answer is usually false)
        long    M random words all of length L; s is a concatenation of them: true
"""
import random
import sys

LETTERS = "abcdefghijklmnopqrstuvwxyz"


def random_words(rng, m, lmax, alpha, exact=False):
    words = set()
    tries = 0
    while len(words) < m:
        tries += 1
        assert tries < 100 * m + 1000, "not enough distinct words"
        ln = lmax if exact else rng.randint(1, lmax)
        words.add("".join(rng.choice(LETTERS[:alpha]) for _ in range(ln)))
    return sorted(words)


def concat(rng, words, n):
    by_len = {}
    for w in words:
        by_len.setdefault(len(w), []).append(w)
    min_len = min(by_len)
    parts = []
    left = n
    while left > 0:
        # a length that leaves nothing, or enough for at least the shortest word
        lens = [ln for ln in by_len if ln == left or left - ln >= min_len]
        assert lens, "cannot fill the string exactly"
        ln = rng.choice(lens)
        parts.append(rng.choice(by_len[ln]))
        left -= ln
    return "".join(parts)


def main():
    n = int(sys.argv[1])
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    mode = sys.argv[3] if len(sys.argv) > 3 else "aab"
    m = int(sys.argv[4]) if len(sys.argv) > 4 else 300
    lmax = int(sys.argv[5]) if len(sys.argv) > 5 else 20
    alpha = int(sys.argv[6]) if len(sys.argv) > 6 else 2
    rng = random.Random(seed)
    if mode == "aab":
        words = ["a" * i for i in range(1, lmax + 1)] + ["bb"]
        s = "a" * (n - 2) + "ba"
    elif mode == "aaa":
        words = ["a" * i for i in range(1, lmax + 1)]
        s = "a" * n
    elif mode in ("concat", "broken"):
        words = random_words(rng, m, lmax, alpha)
        if mode == "broken" and alpha > 1:
            # drop the short words, or any replacement could be covered by one of them
            words = [w for w in words if len(w) >= 4]
        s = concat(rng, words, n)
        if mode == "broken":
            i = n // 2
            c = rng.choice([ch for ch in LETTERS[:alpha] if ch != s[i]])
            s = s[:i] + c + s[i + 1:]
    elif mode == "long":
        words = random_words(rng, m, lmax, alpha, exact=True)
        s = concat(rng, words, n)
    else:
        raise SystemExit("unknown mode " + mode)
    rng.shuffle(words)
    assert len(s) == n
    sys.stdout.write(f"{s}\n{len(words)}\n{' '.join(words)}\n")


if __name__ == "__main__":
    main()
