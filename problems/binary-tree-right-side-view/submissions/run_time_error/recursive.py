# RE: the textbook recursive DFS (right child first, record the first node at each depth),
# with Python's default recursion limit of 1000: correct on shallow trees, RecursionError on
# the deep ones.
import sys


def visit(u, depth, left, right, val, view):
    if u == 0:
        return
    if depth == len(view):
        view.append(val[u])
    visit(right[u], depth + 1, left, right, val, view)
    visit(left[u], depth + 1, left, right, val, view)


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    val = [0] + [int(x) for x in data[1::3]]
    left = [0] + [int(x) for x in data[2::3]]
    right = [0] + [int(x) for x in data[3::3]]
    view = []
    visit(1 if n else 0, 0, left, right, val, view)
    sys.stdout.write(" ".join(map(str, view)) + "\n")


main()
