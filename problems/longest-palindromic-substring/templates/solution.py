import sys


def longestPalindrome(s):
    """Return (start, length) of the longest palindromic substring of s. If
    several have the largest length, return the one that starts first (the
    smallest start)."""
    # TODO: your code here
    return (0, 0)


def main():
    s = sys.stdin.readline().strip()
    start, length = longestPalindrome(s)
    print(length)
    print(s[start:start + length])


main()
