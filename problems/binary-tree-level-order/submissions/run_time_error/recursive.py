# RE: the textbook recursive DFS (preorder with the depth, appending to levels[depth]), with
# Python's default recursion limit of 1000: correct on shallow trees, RecursionError on the
# deep ones.
import sys


def collect(u, depth, left, right, val, levels):
    if u == 0:
        return
    if depth == len(levels):
        levels.append([])
    levels[depth].append(val[u])
    collect(left[u], depth + 1, left, right, val, levels)
    collect(right[u], depth + 1, left, right, val, levels)


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    val = [0] + [int(x) for x in data[1::3]]
    left = [0] + [int(x) for x in data[2::3]]
    right = [0] + [int(x) for x in data[3::3]]
    levels = []
    collect(1 if n else 0, 0, left, right, val, levels)
    sys.stdout.write("".join(" ".join(map(str, lv)) + "\n" for lv in levels))


main()
