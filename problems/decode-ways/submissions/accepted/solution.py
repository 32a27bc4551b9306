# Intended solution: dp over the prefixes keeping the last two values, O(n) time, O(1) space.
import sys

MOD = 1_000_000_007


def numDecodings(s):
    """Return the number of ways to decode the digit string s (1 -> A, 2 -> B,
    ..., 26 -> Z), modulo 1000000007. A code never has a leading zero: "06" is
    not a code."""
    prev2, prev1 = 1, 1  # ways for s[:i-1] and s[:i]; the empty prefix has one
    prev_ch = ""
    for ch in s:
        cur = prev1 if ch != "0" else 0
        if prev_ch == "1" or (prev_ch == "2" and ch <= "6"):
            cur += prev2
        prev2, prev1 = prev1, cur % MOD
        prev_ch = ch
    return prev1


def main():
    s = sys.stdin.readline().strip()
    print(numDecodings(s))


main()
