import sys


def countBits(n):
    """Return a list of n + 1 numbers: entry i is the number of 1 bits in the binary
    representation of i, for i = 0, 1, ..., n. Aim for O(n) time in total."""
    # TODO: your code here
    return []


def main():
    n = int(sys.stdin.buffer.read().split()[0])
    bits = countBits(n)
    sys.stdout.write(" ".join(map(str, bits)) + "\n")


main()
