# Accepted: expand around each centre in plain Python, O(n^2).
import sys


def longestPalindrome(s):
    """Return (start, length) of the longest palindromic substring of s. If
    several have the largest length, return the one that starts first (the
    smallest start)."""
    n = len(s)
    best_start, best_len = 0, 0
    for c in range(2 * n - 1):
        l = c // 2
        r = l + c % 2
        while l >= 0 and r < n and s[l] == s[r]:
            l -= 1
            r += 1
        if r - l - 1 > best_len:
            best_start, best_len = l + 1, r - l - 1
    return (best_start, best_len)


def main():
    s = sys.stdin.readline().strip()
    start, length = longestPalindrome(s)
    print(length)
    print(s[start:start + length])


main()
