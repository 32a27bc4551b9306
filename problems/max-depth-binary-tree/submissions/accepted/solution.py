# Maximum depth of a binary tree: iterative DFS with an explicit stack of (node, depth).
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    if n == 0:
        print(0)
        return
    left = [0] * (n + 1)
    right = [0] * (n + 1)
    left[1:] = map(int, data[2::3])
    right[1:] = map(int, data[3::3])
    best = 0
    stack = [(1, 1)]
    pop, push = stack.pop, stack.append
    while stack:
        u, d = pop()
        if d > best:
            best = d
        c = left[u]
        if c:
            push((c, d + 1))
        c = right[u]
        if c:
            push((c, d + 1))
    print(best)


main()
