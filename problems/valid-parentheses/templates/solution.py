import sys


def isValid(s):
    """Return True if every bracket in s is closed by a bracket of the same type, in the
    right order; False otherwise. s contains only ()[]{} and may be empty."""
    # TODO: your code here
    return False


def main():
    s = sys.stdin.buffer.readline().decode().strip()  # empty line when s is empty
    print("true" if isValid(s) else "false")


main()
