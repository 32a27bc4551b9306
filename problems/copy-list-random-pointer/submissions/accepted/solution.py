# Intended solution: a dict from each original node to its copy (dict keys are compared by
# identity for these nodes); create all copies, then wire next and random. O(n) time and space.
import sys


class Node:
    __slots__ = ("val", "next", "random")

    def __init__(self, val=0, next=None, random=None):
        self.val = val
        self.next = next
        self.random = random


def copyRandomList(head):
    """Return the head of a deep copy of the list: new Node objects, one per original
    node, with the same values, whose next and random pointers point to the
    corresponding NEW nodes. The original list must be unchanged when you return."""
    copy_of = {None: None}
    p = head
    while p is not None:
        copy_of[p] = Node(p.val)
        p = p.next
    p = head
    while p is not None:
        c = copy_of[p]
        c.next = copy_of[p.next]
        c.random = copy_of[p.random]
        p = p.next
    return copy_of[head]


# ---- the starter code checks the copy and prints it; no need to read further ----

def check_and_print(orig, val, rnd, copy):
    n = len(orig)
    for i in range(n):
        want_next = orig[i + 1] if i + 1 < n else None
        want_random = orig[rnd[i]] if rnd[i] >= 0 else None
        node = orig[i]
        if node.val != val[i] or node.next is not want_next or node.random is not want_random:
            return f"error: the original list was modified (node {i})\n"
    # Identities: every original node stays alive in orig, so no id() is reused.
    orig_ids = {id(node) for node in orig}
    nodes = []
    index = {}
    p = copy
    while p is not None:
        if id(p) in orig_ids:
            return f"error: node {len(nodes)} of the copy is a node of the original list\n"
        if len(nodes) == n or id(p) in index:
            return "error: the copy has more than n nodes, or its next pointers form a cycle\n"
        index[id(p)] = len(nodes)
        nodes.append(p)
        p = p.next
    out = [str(len(nodes))]
    for i, node in enumerate(nodes):
        r = node.random
        ri = -1
        if r is not None:
            if id(r) in orig_ids:
                return f"error: the random pointer of node {i} of the copy points into the original list\n"
            ri = index.get(id(r))
            if ri is None:
                return f"error: the random pointer of node {i} of the copy points outside the copy\n"
        out.append(f"{node.val} {ri}")
    return "\n".join(out) + "\n"


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    val = list(map(int, data[1:1 + 2 * n:2]))
    rnd = list(map(int, data[2:2 + 2 * n:2]))
    orig = [Node(v) for v in val]
    for i in range(n):
        orig[i].next = orig[i + 1] if i + 1 < n else None
        orig[i].random = orig[rnd[i]] if rnd[i] >= 0 else None
    head = orig[0] if n > 0 else None

    copy = copyRandomList(head)

    sys.stdout.write(check_and_print(orig, val, rnd, copy))


main()
