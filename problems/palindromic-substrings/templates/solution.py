import sys


def countSubstrings(s):
    """Return the number of palindromic substrings of s. Substrings at different
    positions count separately, even when they are equal."""
    # TODO: your code here
    return -1


def main():
    s = sys.stdin.readline().strip()
    print(countSubstrings(s))


main()
