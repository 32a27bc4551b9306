#!/usr/bin/env python3
"""Test generator for add-and-search-words.

usage: gen.py Q [SEED] [MODE] [ALPHA] [MAXLEN]
  Q       number of operations
  MODE    heavy (default): all words have 12 letters and share a 6-letter stem; the adds come
                first, then searches of 12-character patterns with up to 2 dots (about a
                third of them match)
          random: adds and searches mixed, words over the first ALPHA letters (default 26)
                of lengths 1..MAXLEN (default 20); patterns are often inserted words or their
                prefixes with up to 2 letters turned into dots
          long: up to 25000 words of exactly 20 letters, then searches of 20-character
                patterns (inserted words, half of them with a letter changed, with dots)
          dense: every two-letter start "xy" followed by a few common endings; searches
                start with dots, so a trie search has to try hundreds of branches
Words have 1 to 20 letters, patterns at most 2 dots, the added words at most 500000 letters
in total. At least one search is printed.
"""
import random
import string
import sys

BUDGET = 500000


def main():
    q = int(sys.argv[1])
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    mode = sys.argv[3] if len(sys.argv) > 3 else "heavy"
    alpha = int(sys.argv[4]) if len(sys.argv) > 4 else 26
    maxlen = int(sys.argv[5]) if len(sys.argv) > 5 else 20
    rng = random.Random(seed)
    letters = string.ascii_lowercase[:alpha]

    def rword(lo, hi):
        return "".join(rng.choice(letters) for _ in range(rng.randint(lo, hi)))

    def dotted(w, k=None):
        if k is None:
            k = rng.choice((0, 1, 1, 2, 2))
        w = list(w)
        for i in rng.sample(range(len(w)), min(k, len(w))):
            w[i] = "."
        return "".join(w)

    ops = []
    words = []
    budget = BUDGET

    def add(w):
        nonlocal budget
        budget -= len(w)
        words.append(w)
        ops.append("add " + w)

    if mode == "heavy":
        stem = "".join(rng.choice(letters) for _ in range(6))
        for _ in range(max(1, q // 3)):
            add(stem + rword(6, 6))
        while len(ops) < q:
            if rng.random() < 0.35:
                w = rng.choice(words)
                if rng.random() < 0.3:  # one letter changed: usually no match
                    i = rng.randrange(6, 12)
                    w = w[:i] + rng.choice(letters) + w[i + 1:]
            else:
                w = stem + rword(6, 6)
            ops.append("search " + dotted(w))
    elif mode == "random":
        while len(ops) < q:
            if rng.random() < 0.4 and budget >= maxlen:
                add(rword(1, maxlen))
            elif words and rng.random() < 0.6:
                w = rng.choice(words)
                if rng.random() < 0.3:
                    w = w[:rng.randint(1, len(w))]
                ops.append("search " + dotted(w))
            else:
                ops.append("search " + dotted(rword(1, maxlen)))
    elif mode == "long":
        while budget >= 20 and len(ops) < q // 4:
            add(rword(20, 20))
        while len(ops) < q:
            w = rng.choice(words)
            if rng.random() < 0.5:
                i = rng.randrange(20)
                w = w[:i] + rng.choice(letters) + w[i + 1:]
            ops.append("search " + dotted(w))
    elif mode == "dense":
        ends = [rword(maxlen - 2, maxlen - 2) for _ in range(4)]
        for x in letters:
            for y in letters:
                for e in ends:
                    add(x + y + e)
        while len(ops) < q:
            e = rng.choice(ends)
            r = rng.random()
            if r < 0.4:  # the two leading dots, then an ending with its last letter changed
                p = ".." + e[:-1] + rng.choice(letters)
            elif r < 0.7:  # one leading dot, one dot inside the ending
                i = rng.randrange(len(e))
                p = "." + rng.choice(letters) + e[:i] + "." + e[i + 1:]
            else:
                p = ".." + e[:rng.randint(1, len(e))]  # a prefix of a word: no match
            ops.append("search " + p)
    else:
        raise SystemExit("unknown mode " + mode)
    if not any(op.startswith("search") for op in ops):
        ops[-1] = "search " + dotted(rword(1, maxlen))
    for op in ops:
        w = op.split()[1]
        assert 1 <= len(w) <= 20 and w.count(".") <= 2
    assert budget >= 0
    sys.stdout.write(f"{len(ops)}\n" + "\n".join(ops) + "\n")


if __name__ == "__main__":
    main()
