# Valid palindrome: two pointers that skip characters other than letters and digits.
# O(n) time.
import sys


def main():
    s = sys.stdin.buffer.readline().rstrip(b"\n").decode("ascii")
    i, j = 0, len(s) - 1
    ok = True
    while i < j:
        if not s[i].isalnum():
            i += 1
        elif not s[j].isalnum():
            j -= 1
        elif s[i].lower() != s[j].lower():
            ok = False
            break
        else:
            i += 1
            j -= 1
    print("true" if ok else "false")


main()
