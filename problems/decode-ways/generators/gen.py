#!/usr/bin/env python3
"""Test generator for decode-ways.

Usage: gen.py N SEED MODE
       gen.py N                (the complexity probe: MODE ones)
  MODE: ones     "111...1": the most decodings (a Fibonacci number)
        onetwo   random digits 1 and 2
        valid    a concatenation of random codes 1..26: at least one decoding
        zeros    like valid, but about half the codes are 10 or 20
        deadend  like valid, with "30" (no decoding) near the end: the answer is 0
        digits   uniformly random digits (most such strings have no decoding)
The string has exactly N digits.
"""
import random
import sys


def codes(rng, n, zero_share):
    parts = []
    left = n
    while left > 0:
        if left >= 2 and rng.random() < zero_share:
            c = rng.choice(("10", "20"))
        else:
            c = str(rng.randint(1, 26))
            if len(c) > left:
                c = str(rng.randint(1, 9))
        parts.append(c)
        left -= len(c)
    return "".join(parts)


def main():
    n = int(sys.argv[1])
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    mode = sys.argv[3] if len(sys.argv) > 3 else "ones"
    rng = random.Random(seed)
    if mode == "ones":
        s = "1" * n
    elif mode == "onetwo":
        s = "".join(rng.choice("12") for _ in range(n))
    elif mode == "valid":
        s = codes(rng, n, 0.0)
    elif mode == "zeros":
        s = codes(rng, n, 0.5)
    elif mode == "deadend":
        assert n >= 10
        s = codes(rng, n - 8, 0.1) + "1230" + codes(rng, 4, 0.0)
    elif mode == "digits":
        s = "".join(rng.choice("0123456789") for _ in range(n))
    else:
        raise SystemExit("unknown mode " + mode)
    assert len(s) == n
    sys.stdout.write(s + "\n")


if __name__ == "__main__":
    main()
