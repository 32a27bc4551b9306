import sys


def wordBreak(s, wordDict):
    """Return True if s can be split into a sequence of one or more words of
    wordDict (a word may be used any number of times), False otherwise."""
    # TODO: your code here
    return False


def main():
    data = sys.stdin.read().split()
    s = data[0]
    m = int(data[1])
    wordDict = data[2:2 + m]
    print("true" if wordBreak(s, wordDict) else "false")


main()
