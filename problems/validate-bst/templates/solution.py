import sys


class TreeNode:
    __slots__ = ("val", "left", "right")

    def __init__(self, val=0, left=None, right=None):
        self.val = val
        self.left = left
        self.right = right


def is_valid_bst(root):
    """Return True if the tree is a binary search tree: for every node, all values in its
    left subtree are smaller and all values in its right subtree are larger (strictly).
    root is None for an empty tree."""
    # TODO: your code here
    return False


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0]) if data else 0
    nodes = [None] + [TreeNode(int(v)) for v in data[1:3 * n + 1:3]]
    for i in range(1, n + 1):
        node = nodes[i]
        node.left = nodes[int(data[3 * i - 1])]    # nodes[0] is None
        node.right = nodes[int(data[3 * i])]
    root = nodes[1] if n > 0 else None
    print("true" if is_valid_bst(root) else "false")


main()
