# Intended solution (Python): Manacher's algorithm, O(n).
import sys


def longestPalindrome(s):
    """Return (start, length) of the longest palindromic substring of s. If
    several have the largest length, return the one that starts first (the
    smallest start)."""
    # t = "^#a#b#...#$"; p[i] = radius of the longest palindrome of t centred at i
    t = "^#" + "#".join(s) + "#$"
    m = len(t)
    p = [0] * m
    centre = right = 0
    for i in range(1, m - 1):
        if i < right:
            r = p[2 * centre - i]
            if r > right - i:
                r = right - i
        else:
            r = 0
        while t[i + r + 1] == t[i - r - 1]:
            r += 1
        p[i] = r
        if i + r > right:
            centre, right = i, i + r
    best_len = max(p)
    i = p.index(best_len)  # the first centre with the longest radius has the smallest start
    return ((i - best_len) // 2, best_len)


def main():
    s = sys.stdin.readline().strip()
    start, length = longestPalindrome(s)
    print(length)
    print(s[start:start + length])


main()
