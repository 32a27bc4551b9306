# Valid palindrome: keep letters and digits (lower-cased) with one bytes.translate call,
# then compare the result with its reverse. O(n) time and memory.
import sys

LOWER = bytes.maketrans(b"ABCDEFGHIJKLMNOPQRSTUVWXYZ", b"abcdefghijklmnopqrstuvwxyz")
KEEP = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
DROP = bytes(c for c in range(256) if c not in KEEP)


def main():
    line = sys.stdin.buffer.readline()
    t = line.translate(LOWER, DROP)
    print("true" if t == t[::-1] else "false")


main()
