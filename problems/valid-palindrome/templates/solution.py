import sys


def is_palindrome(s: str) -> bool:
    """Return True if s, keeping only letters and digits and ignoring case, reads the same
    forwards and backwards."""
    # TODO: your code here
    return False


def main():
    s = sys.stdin.buffer.readline().decode("ascii").rstrip("\n")
    print("true" if is_palindrome(s) else "false")


main()
