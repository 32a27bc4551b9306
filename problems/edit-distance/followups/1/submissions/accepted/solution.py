# Edit distance in O(min(n, m)) memory: the Levenshtein DP row by row, keeping only the
# previous row, with the rows running along the shorter word. O(n * m) time.
import sys


def main():
    lines = sys.stdin.buffer.read().split(b"\n")
    a = lines[0].rstrip(b"\r") if len(lines) > 0 else b""
    b = lines[1].rstrip(b"\r") if len(lines) > 1 else b""
    if len(a) < len(b):
        a, b = b, a  # the distance is symmetric: rows along the shorter word
    m = len(b)
    prev = list(range(m + 1))  # "" -> b[:j] needs j insertions
    for i in range(1, len(a) + 1):
        ca = a[i - 1]
        cur = [i] * (m + 1)  # a[:i] -> "" needs i deletions
        left = i
        for j in range(1, m + 1):
            d = prev[j - 1] + (ca != b[j - 1])  # replace (or keep)
            if prev[j] + 1 < d:                  # delete a[i-1]
                d = prev[j] + 1
            if left + 1 < d:                     # insert b[j-1]
                d = left + 1
            cur[j] = left = d
        prev = cur
    print(prev[m])


main()
