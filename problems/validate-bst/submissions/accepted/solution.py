# Validate a BST: an iterative in-order traversal must give strictly increasing values.
# O(n) time and memory.
import sys


def inorder_increasing(val, left, right, root):
    stack = []
    push, pop = stack.append, stack.pop
    u = root
    prev = -(1 << 64)   # Python ints are unbounded: this is below every 64-bit value
    while True:
        while u:
            push(u)
            u = left[u]
        if not stack:
            return True
        u = pop()
        x = val[u]
        if x <= prev:
            return False
        prev = x
        u = right[u]


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    val = [0] * (n + 1)
    left = [0] * (n + 1)
    right = [0] * (n + 1)
    val[1:] = map(int, data[1::3])
    left[1:] = map(int, data[2::3])
    right[1:] = map(int, data[3::3])
    ok = inorder_increasing(val, left, right, 1 if n else 0)
    print("true" if ok else "false")


main()
