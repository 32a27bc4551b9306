import sys


class TreeNode:
    __slots__ = ("id", "val", "left", "right")

    def __init__(self, id, val=0, left=None, right=None):
        self.id = id          # the node's index in the input, 1..n (handy for lists)
        self.val = val
        self.left = left
        self.right = right


class LCA:
    def __init__(self, root, n):
        """Called once, before the queries, with the root and the number of nodes."""
        # TODO: preprocess the tree here
        pass

    def query(self, u, v):
        """Return the lowest common ancestor of u and v (a node is its own ancestor)."""
        # TODO: your code here
        return u


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    nodes = [None] + [TreeNode(i + 1, int(v)) for i, v in enumerate(data[1:3 * n + 1:3])]
    for i in range(1, n + 1):
        node = nodes[i]
        node.left = nodes[int(data[3 * i - 1])]    # nodes[0] is None
        node.right = nodes[int(data[3 * i])]
    lca = LCA(nodes[1], n)
    q = int(data[3 * n + 1])
    it = map(int, data[3 * n + 2:3 * n + 2 + 2 * q])
    out = [str(lca.query(nodes[u], nodes[v]).id) for u, v in zip(it, it)]
    sys.stdout.write("\n".join(out) + "\n")


main()
