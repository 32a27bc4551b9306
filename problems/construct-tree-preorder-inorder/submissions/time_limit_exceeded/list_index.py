# TLE: the iterative divide and conquer of the accepted solution, but it finds the root with
# inorder.index(value, lo, hi) instead of a dict: a linear scan per node, O(n^2) on a path of
# left children (about 2 * 10^10 comparisons for n = 200000).
import sys


class TreeNode:
    __slots__ = ("val", "left", "right")

    def __init__(self, val=0, left=None, right=None):
        self.val = val
        self.left = left
        self.right = right


def buildTree(preorder, inorder):
    n = len(preorder)
    if n == 0:
        return None
    root = TreeNode(preorder[0])
    stack = [(root, 0, 0, n)]
    while stack:
        node, p, lo, hi = stack.pop()
        k = inorder.index(node.val, lo, hi)
        left_size = k - lo
        if left_size > 0:
            node.left = TreeNode(preorder[p + 1])
            stack.append((node.left, p + 1, lo, k))
        if hi - k - 1 > 0:
            node.right = TreeNode(preorder[p + 1 + left_size])
            stack.append((node.right, p + 1 + left_size, k + 1, hi))
    return root


def print_tree(root, n):
    order = [root] if root is not None else []
    i = 0
    while i < len(order):
        u = order[i]
        if u.left is not None:
            order.append(u.left)
        if u.right is not None:
            order.append(u.right)
        i += 1
    out = [str(len(order))]
    nxt = 2
    for u in order:
        l = r = 0
        if u.left is not None:
            l, nxt = nxt, nxt + 1
        if u.right is not None:
            r, nxt = nxt, nxt + 1
        out.append(f"{u.val} {l} {r}")
    sys.stdout.write("\n".join(out) + "\n")


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    preorder = list(map(int, data[1:1 + n]))
    inorder = list(map(int, data[1 + n:1 + 2 * n]))
    print_tree(buildTree(preorder, inorder), n)


main()
