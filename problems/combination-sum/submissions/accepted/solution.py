# Backtracking over the sorted candidates; combinations are built in non-decreasing order,
# so each is built once, and the loop stops at the first candidate that no longer fits.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, target = int(data[0]), int(data[1])
    cands = sorted(int(x) for x in data[2:2 + n])
    found = []
    current = []

    def search(start, remaining):
        if remaining == 0:
            found.append(" ".join(map(str, current)))
            return
        for i in range(start, n):
            c = cands[i]
            if c > remaining:
                break
            current.append(c)
            search(i, remaining - c)  # i again: a candidate may be reused
            current.pop()

    search(0, target)
    sys.stdout.write("\n".join([str(len(found))] + found) + "\n")


main()
