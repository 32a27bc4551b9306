import sys


class TreeNode:
    __slots__ = ("val", "left", "right")

    def __init__(self, val=0, left=None, right=None):
        self.val = val
        self.left = left
        self.right = right


def max_depth(root):
    """Return the number of nodes on the longest path from root down to a leaf.
    root is None for an empty tree (depth 0)."""
    # TODO: your code here
    return 0


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0]) if data else 0
    nodes = [None] + [TreeNode(int(v)) for v in data[1:3 * n + 1:3]]
    for i in range(1, n + 1):
        node = nodes[i]
        node.left = nodes[int(data[3 * i - 1])]    # nodes[0] is None
        node.right = nodes[int(data[3 * i])]
    root = nodes[1] if n > 0 else None
    print(max_depth(root))


main()
