# Intended solution: forward DP over the reachable prefix lengths, O(n * maxLen) slices.
import sys


def wordBreak(s, wordDict):
    """Return True if s can be split into a sequence of one or more words of
    wordDict (a word may be used any number of times), False otherwise."""
    words = set(wordDict)
    max_len = max(map(len, wordDict))
    n = len(s)
    dp = [False] * (n + 1)
    dp[0] = True  # the empty prefix needs no word
    for i in range(n):
        if not dp[i]:
            continue
        # every word that starts at a reachable position i extends the reach
        for j in range(i + 1, min(n, i + max_len) + 1):
            if not dp[j] and s[i:j] in words:
                dp[j] = True
    return dp[n]


def main():
    data = sys.stdin.read().split()
    s = data[0]
    m = int(data[1])
    wordDict = data[2:2 + m]
    print("true" if wordBreak(s, wordDict) else "false")


main()
