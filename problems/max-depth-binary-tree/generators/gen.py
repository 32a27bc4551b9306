#!/usr/bin/env python3
"""Test generator for max-depth-binary-tree.

usage: gen.py SHAPE N SEED [shuffle|plain]
SHAPE: left | right | zigzag | randchain | random | complete | caterpillar | broom
Prints one test: the tree in the shared format (n, then n lines `value left right`).
"""
import random
import sys

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


def main():
    shape, n, seed = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    shuffle = len(sys.argv) <= 4 or sys.argv[4] == "shuffle"
    rng = random.Random(seed)
    left, right = make_shape(shape, n, rng, extra=n // 4)
    vals = [rng.randint(-10**9, 10**9) for _ in range(n)]
    label = relabel(n, rng, shuffle)
    sys.stdout.write("\n".join(tree_lines(left, right, vals, label)) + "\n")


if __name__ == "__main__":
    main()
