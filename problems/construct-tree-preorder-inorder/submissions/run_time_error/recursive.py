# RE: the textbook recursion with a dict (O(n) time), under Python's default recursion limit
# of 1000: right on shallow trees, RecursionError on a deep path.
import sys


class TreeNode:
    __slots__ = ("val", "left", "right")

    def __init__(self, val=0, left=None, right=None):
        self.val = val
        self.left = left
        self.right = right


def buildTree(preorder, inorder):
    pos = {v: i for i, v in enumerate(inorder)}

    def build(p, lo, hi):
        if lo >= hi:
            return None
        node = TreeNode(preorder[p])
        k = pos[node.val]
        node.left = build(p + 1, lo, k)
        node.right = build(p + 1 + (k - lo), k + 1, hi)
        return node

    return build(0, 0, len(inorder))


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
