# Intended solution: divide and conquer on index ranges with a dict from value to inorder
# position, driven by an explicit stack (no recursion: the tree can be a path of 200000 nodes).
# O(n) time and space.
import sys


class TreeNode:
    __slots__ = ("val", "left", "right")

    def __init__(self, val=0, left=None, right=None):
        self.val = val
        self.left = left
        self.right = right


def buildTree(preorder, inorder):
    """Build the binary tree whose preorder and inorder traversals are given (all values
    are distinct) and return its root, or None when the traversals are empty."""
    n = len(preorder)
    if n == 0:
        return None
    pos = {v: i for i, v in enumerate(inorder)}
    root = TreeNode(preorder[0])
    # task: (node, p, lo, hi): node holds preorder[p]; its subtree has inorder[lo:hi]
    stack = [(root, 0, 0, n)]
    while stack:
        node, p, lo, hi = stack.pop()
        k = pos[node.val]
        left_size = k - lo
        if left_size > 0:
            node.left = TreeNode(preorder[p + 1])
            stack.append((node.left, p + 1, lo, k))
        if hi - k - 1 > 0:
            node.right = TreeNode(preorder[p + 1 + left_size])
            stack.append((node.right, p + 1 + left_size, k + 1, hi))
    return root


# ---- the starter code prints the tree; no need to read further ----

def print_tree(root, n):
    """Prints the tree in the shared format, numbering the nodes in level order (root = 1,
    then breadth-first, left to right). Stops if more than n nodes are reached."""
    order = [root] if root is not None else []
    i = 0
    while i < len(order) and len(order) <= n:
        u = order[i]
        if u.left is not None:
            order.append(u.left)
        if u.right is not None:
            order.append(u.right)
        i += 1
    if len(order) > n:
        sys.stdout.write("error: the tree has more than n nodes, or a node is reached twice\n")
        return
    out = [str(len(order))]
    nxt = 2  # children are numbered in the order breadth-first search meets them
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

    root = buildTree(preorder, inorder)

    print_tree(root, n)


main()
