# RE: the textbook recursive preorder codec with '#' markers, under Python's default recursion
# limit of 1000: right on shallow trees, RecursionError on a deep path.
import sys


class TreeNode:
    __slots__ = ("val", "left", "right")

    def __init__(self, val=0, left=None, right=None):
        self.val = val
        self.left = left
        self.right = right


class Codec:
    def serialize(self, root):
        out = []

        def walk(u):
            if u is None:
                out.append("#")
                return
            out.append(str(u.val))
            walk(u.left)
            walk(u.right)

        walk(root)
        return ",".join(out)

    def deserialize(self, data):
        tokens = iter(data.split(","))

        def build():
            tok = next(tokens)
            if tok == "#":
                return None
            node = TreeNode(int(tok))
            node.left = build()
            node.right = build()
            return node

        return build()


# ---- the starter code runs the codec and prints the trees; no need to read further ----

def print_tree(root, n, original_ids):
    """The tree in the shared format, nodes numbered in level order (root = 1, then
    breadth-first, left to right). Refuses a tree that uses an original node or has more
    than n nodes."""
    order = [root] if root is not None else []
    i = 0
    while i < len(order) and len(order) <= n:
        u = order[i]
        if id(u) in original_ids:
            return "error: the decoded tree uses a node of the original tree\n"
        if u.left is not None:
            order.append(u.left)
        if u.right is not None:
            order.append(u.right)
        i += 1
    if len(order) > n:
        return "error: the decoded tree has more nodes than the original\n"
    out = [str(len(order))]
    nxt = 2  # children are numbered in the order breadth-first search meets them
    for u in order:
        l = r = 0
        if u.left is not None:
            l, nxt = nxt, nxt + 1
        if u.right is not None:
            r, nxt = nxt, nxt + 1
        out.append(f"{u.val} {l} {r}")
    return "\n".join(out) + "\n"


def main():
    data = sys.stdin.buffer.read().split()
    t = int(data[0])
    pos = 1
    trees, roots = [], []
    for _ in range(t):
        n = int(data[pos])
        nodes = [None] + [TreeNode(int(v)) for v in data[pos + 1:pos + 3 * n + 1:3]]
        for i in range(1, n + 1):
            nodes[i].left = nodes[int(data[pos + 3 * i - 1])]    # nodes[0] is None
            nodes[i].right = nodes[int(data[pos + 3 * i])]
        pos += 3 * n + 1
        trees.append(nodes)
        roots.append(nodes[1] if n > 0 else None)

    # Phase 1: encode every tree.
    encoder = Codec()
    encoded = [encoder.serialize(root) for root in roots]

    # Wipe the original trees (they stay alive in `trees`, so no id() is reused).
    original_ids = set()
    for nodes in trees:
        for u in nodes[1:]:
            u.val = 0
            u.left = u.right = None
            original_ids.add(id(u))
    del roots

    # Phase 2: decode the strings, last one first, with a fresh Codec.
    decoder = Codec()
    decoded = [None] * t
    for k in range(t - 1, -1, -1):
        decoded[k] = decoder.deserialize(encoded[k])

    sys.stdout.write("".join(print_tree(decoded[k], len(trees[k]) - 1, original_ids)
                             for k in range(t)))


main()
