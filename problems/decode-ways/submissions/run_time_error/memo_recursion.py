# RE: the memoised recursion, with Python's default recursion limit (1000). Correct on short
# strings; raises RecursionError on strings of 10^6 digits.
import sys
from functools import lru_cache

MOD = 1_000_000_007


def numDecodings(s):
    """Return the number of ways to decode the digit string s (1 -> A, 2 -> B,
    ..., 26 -> Z), modulo 1000000007. A code never has a leading zero: "06" is
    not a code."""
    n = len(s)

    @lru_cache(maxsize=None)
    def ways(i):
        if i == n:
            return 1
        if s[i] == "0":
            return 0
        r = ways(i + 1)
        if i + 1 < n and (s[i] == "1" or (s[i] == "2" and s[i + 1] <= "6")):
            r += ways(i + 2)
        return r % MOD

    return ways(0)


def main():
    s = sys.stdin.readline().strip()
    print(numDecodings(s))


main()
