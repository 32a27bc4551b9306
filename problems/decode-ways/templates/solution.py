import sys

MOD = 1_000_000_007


def numDecodings(s):
    """Return the number of ways to decode the digit string s (1 -> A, 2 -> B,
    ..., 26 -> Z), modulo 1000000007. A code never has a leading zero: "06" is
    not a code."""
    # TODO: your code here
    return -1


def main():
    s = sys.stdin.readline().strip()
    print(numDecodings(s))


main()
