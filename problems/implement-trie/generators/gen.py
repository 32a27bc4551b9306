#!/usr/bin/env python3
"""Test generator for implement-trie.

usage: gen.py Q [SEED] [MODE] [ALPHA] [MAXLEN]
  Q       number of operations
  MODE    heavy (default): all words share an 8-letter stem; the inserts come first (up to
                the letter budget), then searches and prefix queries that run deep into
                the stem, about half of them true
          random: inserts, searches and prefix queries mixed, over the first ALPHA letters
                (default 26), lengths 1..MAXLEN (default 30); queries are often taken from
                inserted words, so both answers occur
          chain:  words that are prefixes of one another (stems of a few long words), with
                queries on every length
The inserted words never exceed 500000 letters in total. At least one query is printed.
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
    maxlen = int(sys.argv[5]) if len(sys.argv) > 5 else 30
    rng = random.Random(seed)
    letters = string.ascii_lowercase[:alpha]

    def rword(lo, hi):
        return "".join(rng.choice(letters) for _ in range(rng.randint(lo, hi)))

    ops = []
    words = []
    budget = BUDGET

    def insert(w):
        nonlocal budget
        budget -= len(w)
        words.append(w)
        ops.append("insert " + w)

    def query():
        kind = rng.choice(("search", "prefix"))
        if words and rng.random() < 0.5:
            w = rng.choice(words)
            if kind == "prefix":
                w = w[:rng.randint(1, len(w))]
            elif rng.random() < 0.3:
                w = w[:rng.randint(1, len(w))]  # often not a word itself
        else:
            w = rword(1, maxlen)
        ops.append(f"{kind} {w}")

    if mode == "heavy":
        stem = "".join(rng.choice(letters) for _ in range(8))
        n_ins = max(1, q // 3)
        for _ in range(n_ins):
            w = stem + rword(4, min(maxlen - 8, 12))
            if len(w) > budget:
                break
            insert(w)
        while len(ops) < q:
            r = rng.random()
            if r < 0.5:  # a prefix that follows the stem, then usually leaves the trie
                ops.append("prefix " + stem + rword(3, 5))
            elif r < 0.7:
                w = rng.choice(words)
                ops.append("prefix " + w[:rng.randint(9, len(w))])
            elif r < 0.85:
                ops.append("search " + rng.choice(words))
            else:  # an inserted word with its last letter changed: usually not a word
                w = rng.choice(words)
                ops.append("search " + w[:-1] + rng.choice(letters))
    elif mode == "random":
        while len(ops) < q:
            if rng.random() < 0.4 and budget >= maxlen:
                insert(rword(1, maxlen))
            else:
                query()
    elif mode == "chain":
        longs = [rword(maxlen, maxlen) for _ in range(max(1, q // 200))]
        while len(ops) < q:
            w = rng.choice(longs)
            w = w[:rng.randint(1, len(w))]
            r = rng.random()
            if r < 0.3 and budget >= len(w):
                insert(w)
            elif r < 0.65:
                ops.append("search " + w)
            else:
                ops.append("prefix " + w)
    else:
        raise SystemExit("unknown mode " + mode)
    if not any(not op.startswith("insert") for op in ops):
        ops[-1] = "search " + rword(1, maxlen)
    assert all(1 <= len(op.split()[1]) <= 30 for op in ops)
    sys.stdout.write(f"{len(ops)}\n" + "\n".join(ops) + "\n")


if __name__ == "__main__":
    main()
