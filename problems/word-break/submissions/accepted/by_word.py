# Accepted: the DP that tries every dictionary word as the last word of each prefix,
# O(n * m * maxLen) in the worst case, still fast enough for m <= 300.
import sys


def wordBreak(s, wordDict):
    """Return True if s can be split into a sequence of one or more words of
    wordDict (a word may be used any number of times), False otherwise."""
    n = len(s)
    dp = [False] * (n + 1)
    dp[0] = True
    for i in range(1, n + 1):
        for w in wordDict:
            k = i - len(w)
            if k >= 0 and dp[k] and s.startswith(w, k):
                dp[i] = True
                break
    return dp[n]


def main():
    data = sys.stdin.read().split()
    s = data[0]
    m = int(data[1])
    wordDict = data[2:2 + m]
    print("true" if wordBreak(s, wordDict) else "false")


main()
