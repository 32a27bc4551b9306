# RE: the textbook recursion, with Python's default recursion limit (1000).
# Correct on shallow trees; raises RecursionError on the 200000-node paths.
import sys


def max_depth(u, left, right):
    if u == 0:
        return 0
    return 1 + max(max_depth(left[u], left, right), max_depth(right[u], left, right))


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    left = [0] + [int(x) for x in data[2::3]]
    right = [0] + [int(x) for x in data[3::3]]
    print(max_depth(1 if n else 0, left, right))


main()
