# Two Sum: one pass with a dict from value to the index where it was first seen.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, target = int(data[0]), int(data[1])
    a = list(map(int, data[2:2 + n]))
    seen = {}
    for j, x in enumerate(a):
        i = seen.get(target - x)
        if i is not None:
            print(i, j)
            return
        if x not in seen:
            seen[x] = j
    print(-1, -1)


main()
