#!/usr/bin/env python3
"""Test generator for lowest-common-ancestor.

usage: gen.py SHAPE N Q QMODE SEED [shuffle|plain]
SHAPE: left | right | zigzag | randchain | random | complete | caterpillar | broom | fork
  (broom: a stem of n/50 nodes, then two arms of equal length; fork: a stem of n/50 nodes,
  then a short arm of n/100 nodes and a long arm with the rest)
QMODE:
  random   u and v uniform over all nodes
  far      pairs of nodes far apart: for a broom or fork, one node from the deepest tenth of
           each arm; otherwise one node from the top tenth and one from the bottom tenth
  same     u = v on every query (mixed with a few random ones)
Prints the tree in the shared format, then q and the q queries.
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


def shape_fork(n, rng, stem, short):
    # a path of `stem` nodes from the root, then a short right arm of `short` nodes and a
    # long left arm with the rest; inside an arm every node is the left child of the previous
    left, right = [-1] * n, [-1] * n
    stem = max(1, min(stem, n))
    for i in range(stem - 1):
        left[i] = i + 1
    arm_b = range(stem, min(n, stem + short))
    arm_a = range(stem + len(arm_b), n)
    for arm, first_side in ((arm_a, left), (arm_b, right)):
        prev = stem - 1
        for i, v in enumerate(arm):
            (first_side if i == 0 else left)[prev] = v
            prev = v
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
    if kind == "fork":
        return shape_fork(n, rng, extra, max(1, n // 100))
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


def depths(left, right):
    n = len(left)
    depth = [0] * n
    order = [0] if n else []
    for u in order:
        for c in (left[u], right[u]):
            if c >= 0:
                depth[c] = depth[u] + 1
                order.append(c)
    return depth


def main():
    shape, n, q, qmode, seed = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4], int(sys.argv[5])
    shuffle = len(sys.argv) <= 6 or sys.argv[6] == "shuffle"
    rng = random.Random(seed)
    stem = max(1, n // 50)
    left, right = make_shape(shape, n, rng, extra=stem)
    vals = [rng.randint(-10**9, 10**9) for _ in range(n)]
    label = relabel(n, rng, shuffle)
    lines = tree_lines(left, right, vals, label)
    queries = []
    if qmode == "random":
        for _ in range(q):
            queries.append((rng.randrange(n), rng.randrange(n)))
    elif qmode == "same":
        for _ in range(q):
            u = rng.randrange(n)
            queries.append((u, u) if rng.random() < 0.9 else (u, rng.randrange(n)))
    elif qmode == "far":
        depth = depths(left, right)
        if shape in ("broom", "fork"):
            # nodes of each arm: the left arm holds stem, stem+2, ...; the right one stem+1, ...
            if shape == "broom":   # the arms alternate: stem, stem+2, ... and stem+1, ...
                arm_a = list(range(stem, n, 2))
                arm_b = list(range(stem + 1, n, 2))
            else:                  # the short arm comes first, then the long one
                short = max(1, n // 100)
                arm_b = list(range(stem, min(n, stem + short)))
                arm_a = list(range(stem + len(arm_b), n))
            tail_a = arm_a[len(arm_a) * 9 // 10:] or arm_a
            tail_b = arm_b[len(arm_b) * 9 // 10:] or arm_b
            for _ in range(q):
                u, v = rng.choice(tail_a), rng.choice(tail_b)
                queries.append((u, v) if rng.random() < 0.5 else (v, u))
        else:
            by_depth = sorted(range(n), key=depth.__getitem__)
            top = by_depth[: max(1, n // 10)]
            bottom = by_depth[n - max(1, n // 10):]
            for _ in range(q):
                u, v = rng.choice(top), rng.choice(bottom)
                queries.append((u, v) if rng.random() < 0.5 else (v, u))
    else:
        raise SystemExit("unknown query mode " + qmode)
    lines.append(str(q))
    lines.extend(f"{label[u]} {label[v]}" for u, v in queries)
    sys.stdout.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
