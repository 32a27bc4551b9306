# Intended solution: expand around each of the 2n - 1 centres, O(n^2).
import sys


def countSubstrings(s):
    """Return the number of palindromic substrings of s. Substrings at different
    positions count separately, even when they are equal."""
    n = len(s)
    count = 0
    for c in range(2 * n - 1):
        l = c // 2
        r = l + c % 2
        while l >= 0 and r < n and s[l] == s[r]:
            count += 1
            l -= 1
            r += 1
    return count


def main():
    s = sys.stdin.readline().strip()
    print(countSubstrings(s))


main()
