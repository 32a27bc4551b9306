import sys


def minDistance(word1: str, word2: str) -> int:
    """Use memory proportional to the shorter word: the full table does not fit.
    Return the fewest single-letter insertions, deletions and replacements that turn
    word1 into word2 (either word may be empty).
    """
    # TODO: your code here
    return 0


def main():
    lines = sys.stdin.read().split("\n")
    word1 = lines[0].rstrip("\r") if len(lines) > 0 else ""
    word2 = lines[1].rstrip("\r") if len(lines) > 1 else ""
    print(minDistance(word1, word2))


main()
