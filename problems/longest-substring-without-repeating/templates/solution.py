import sys


def lengthOfLongestSubstring(s):
    """Return the length of the longest substring of s in which no character repeats.
    s contains printable ASCII characters (spaces included) and may be empty."""
    # TODO: your code here
    return 0


def main():
    s = sys.stdin.buffer.readline().decode().rstrip("\r\n")  # the whole line, spaces kept
    print(lengthOfLongestSubstring(s))


main()
