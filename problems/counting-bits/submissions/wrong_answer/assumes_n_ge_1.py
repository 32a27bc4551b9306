# WA: starts from the fixed list [0, 1] (the counts of 0 and 1), so for n = 0 it returns two
# counts instead of one. Right for every n >= 1.
import sys


def countBits(n):
    """Return a list of n + 1 numbers: entry i is the number of 1 bits in the binary
    representation of i, for i = 0, 1, ..., n. Aim for O(n) time in total."""
    bits = [0, 1]
    for i in range(2, n + 1):
        bits.append(bits[i >> 1] + (i & 1))
    return bits


def main():
    n = int(sys.stdin.buffer.read().split()[0])
    bits = countBits(n)
    sys.stdout.write(" ".join(map(str, bits)) + "\n")


main()
