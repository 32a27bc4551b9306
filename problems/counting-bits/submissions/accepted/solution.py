# Intended solution: bits[i] = bits[i >> 1] + (i & 1). O(n) time, O(1) extra space.
import sys


def countBits(n):
    """Return a list of n + 1 numbers: entry i is the number of 1 bits in the binary
    representation of i, for i = 0, 1, ..., n. Aim for O(n) time in total."""
    bits = [0] * (n + 1)
    for i in range(1, n + 1):
        bits[i] = bits[i >> 1] + (i & 1)  # drop the lowest bit
    return bits


def main():
    n = int(sys.stdin.buffer.read().split()[0])
    bits = countBits(n)
    sys.stdout.write(" ".join(map(str, bits)) + "\n")


main()
