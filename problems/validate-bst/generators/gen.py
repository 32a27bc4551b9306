#!/usr/bin/env python3
"""Test generator for validate-bst.

usage: gen.py SHAPE N MODE SEED [shuffle|plain] [extremes]
SHAPE: left | right | zigzag | randchain | random | complete | caterpillar | broom
MODE:
  valid   distinct values assigned in in-order order: a valid BST
  swap    a valid BST with the values of two random nodes exchanged (invalid)
  dup     a valid BST where one node takes the value of its in-order neighbour (invalid)
  deep    a valid BST where the largest node of some left subtree is raised just above the
          subtree's root: every parent/child pair is still ordered, but the tree is not a BST
`extremes` makes the smallest and largest values -2^63 and 2^63 - 1.
Prints the tree in the shared format.
"""
import random
import sys

LO, HI = -(1 << 63), (1 << 63) - 1

# ---- tree shapes: each returns (left, right) lists, 0-based, node 0 is the root, -1 = none
def shape_chain(n, rng, side):
    left, right = [-1] * n, [-1] * n
    for i in range(n - 1):
        s = side if side in ("left", "right") else rng.choice(("left", "right"))
        if side == "zigzag":
            s = "left" if i % 2 == 0 else "right"
        (left if s == "left" else right)[i] = i + 1
    return left, right


def shape_random(n, rng):
    # attach each new node to a uniformly chosen free child slot
    left, right = [-1] * n, [-1] * n
    slots = [(0, 0), (0, 1)] if n else []
    for v in range(1, n):
        j = rng.randrange(len(slots))
        slots[j], slots[-1] = slots[-1], slots[j]
        u, s = slots.pop()
        (left if s == 0 else right)[u] = v
        slots.append((v, 0))
        slots.append((v, 1))
    return left, right


def shape_complete(n, rng):
    left = [2 * i + 1 if 2 * i + 1 < n else -1 for i in range(n)]
    right = [2 * i + 2 if 2 * i + 2 < n else -1 for i in range(n)]
    return left, right


def shape_broom(n, rng, stem):
    # a path of `stem` nodes from the root, then two long arms of equal length
    left, right = [-1] * n, [-1] * n
    stem = max(1, min(stem, n))
    for i in range(stem - 1):
        left[i] = i + 1
    rest = list(range(stem, n))
    a, b = rest[0::2], rest[1::2]
    prev = stem - 1
    for i, v in enumerate(a):
        if i == 0:
            left[prev] = v
        else:
            left[a[i - 1]] = v
    for i, v in enumerate(b):
        if i == 0:
            right[prev] = v
        else:
            right[b[i - 1]] = v
    return left, right


def shape_caterpillar(n, rng):
    # a right spine; every spine node also has a leaf on the left
    left, right = [-1] * n, [-1] * n
    spine = list(range(0, n, 2))
    for i, u in enumerate(spine):
        if u + 1 < n:
            left[u] = u + 1
        if i + 1 < len(spine):
            right[u] = spine[i + 1]
    return left, right


def make_shape(kind, n, rng, extra=0):
    if kind in ("left", "right", "zigzag", "randchain"):
        return shape_chain(n, rng, kind)
    if kind == "random":
        return shape_random(n, rng)
    if kind == "complete":
        return shape_complete(n, rng)
    if kind == "broom":
        return shape_broom(n, rng, extra)
    if kind == "caterpillar":
        return shape_caterpillar(n, rng)
    raise SystemExit("unknown shape " + kind)


def relabel(n, rng, shuffle):
    """label[v] = 1-based index printed for node v; the root (0) is always 1."""
    rest = list(range(2, n + 1))
    if shuffle:
        rng.shuffle(rest)
    return [1] + rest if n else []


def tree_lines(left, right, vals, label):
    n = len(left)
    rows = [None] * n
    for v in range(n):
        l = label[left[v]] if left[v] >= 0 else 0
        r = label[right[v]] if right[v] >= 0 else 0
        rows[label[v] - 1] = f"{vals[v]} {l} {r}"
    return [str(n)] + rows


def inorder(left, right):
    out, stack, u = [], [], 0 if left else -1
    while stack or u >= 0:
        while u >= 0:
            stack.append(u)
            u = left[u]
        u = stack.pop()
        out.append(u)
        u = right[u]
    return out


def main():
    shape, n, mode, seed = sys.argv[1], int(sys.argv[2]), sys.argv[3], int(sys.argv[4])
    shuffle = len(sys.argv) <= 5 or sys.argv[5] == "shuffle"
    extremes = "extremes" in sys.argv[6:]
    rng = random.Random(seed)
    left, right = make_shape(shape, n, rng, extra=n // 4)
    values = set()
    while len(values) < n:
        values.add(rng.randint(LO, HI) if rng.random() < 0.7 else rng.randint(-10**6, 10**6))
    values = sorted(values)
    if extremes and n >= 2:
        values[0], values[-1] = LO, HI
    order = inorder(left, right)
    vals = [0] * n
    for v, x in zip(order, values):
        vals[v] = x
    if mode == "swap" and n >= 2:
        a, b = rng.sample(range(n), 2)
        vals[a], vals[b] = vals[b], vals[a]
    elif mode == "dup" and n >= 2:
        i = rng.randrange(n - 1)
        if rng.random() < 0.5:
            vals[order[i]] = vals[order[i + 1]]
        else:
            vals[order[i + 1]] = vals[order[i]]
    elif mode == "deep":
        # nodes x whose left subtree's largest node r is not x's own left child
        cands = []
        for x in range(n):
            if left[x] >= 0 and right[left[x]] >= 0:
                cands.append(x)
        if not cands:
            raise SystemExit("shape has no node for mode deep")
        x = rng.choice(cands)
        r = right[left[x]]
        while right[r] >= 0:
            r = right[r]
        vals[r] = vals[x] + 1 if vals[x] < HI else vals[x]
    elif mode != "valid":
        raise SystemExit("unknown mode " + mode)
    label = relabel(n, rng, shuffle)
    sys.stdout.write("\n".join(tree_lines(left, right, vals, label)) + "\n")


if __name__ == "__main__":
    main()
