import sys


class TreeNode:
    __slots__ = ("val", "left", "right")

    def __init__(self, val=0, left=None, right=None):
        self.val = val
        self.left = left
        self.right = right


def rightSideView(root):
    """Return the values seen from the right side: for every level from the root down,
    the value of the last node of that level from left to right.
    root is None for an empty tree."""
    # TODO: your code here
    return []


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0]) if data else 0
    nodes = [None] + [TreeNode(int(v)) for v in data[1:3 * n + 1:3]]
    for i in range(1, n + 1):
        node = nodes[i]
        node.left = nodes[int(data[3 * i - 1])]    # nodes[0] is None
        node.right = nodes[int(data[3 * i])]
    root = nodes[1] if n > 0 else None

    view = rightSideView(root)

    sys.stdout.write(" ".join(map(str, view)) + "\n")


main()
