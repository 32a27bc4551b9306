#!/usr/bin/env python3
"""Test generator for serialize-deserialize-tree.

usage: gen.py N [SEED] [SHAPE] [VALUES] [T]
  N      total number of nodes over all trees
  SHAPE  random (default) | complete | left | right | zigzag | randchain | caterpillar
         | broom | leftdeep | mixed (a random shape for every tree)
  VALUES wide (default): random in [-1e9, 1e9]
         small: in [-3, 3] (many repeated values)
         nonneg: in [0, 1e9]
  T      number of trees (default 1); with T > 1 the sizes are a random split of N, and
         some trees may be empty
Node indices are shuffled (the root stays 1). Prints T, then the T trees in the shared format.
"""
import random
import sys

# ---- tree shapes: each returns (left, right) lists, 0-based, node 0 is the root, -1 = none
def shape_chain(n, rng, side):
    left, right = [-1] * n, [-1] * n
    for i in range(n - 1):
        if side == "zigzag":
            s = "left" if i % 2 == 0 else "right"
        elif side in ("left", "right"):
            s = side
        else:
            s = rng.choice(("left", "right"))
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


def shape_broom(n, rng):
    # a path of n // 4 left children from the root, then two long arms of equal length
    left, right = [-1] * n, [-1] * n
    stem = max(1, min(n // 4, n))
    for i in range(stem - 1):
        left[i] = i + 1
    rest = list(range(stem, n))
    a, b = rest[0::2], rest[1::2]
    for arm, side in ((a, left), (b, right)):
        prev = stem - 1
        for v in arm:
            side[prev] = v
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


def shape_leftdeep(n, rng):
    # a short right spine from the root; a long left path hangs below the root's left child:
    # the deepest levels are reached only through left children
    left, right = [-1] * n, [-1] * n
    if n <= 1:
        return left, right
    k = max(1, min(n // 10, 50))  # right spine length below the root
    prev = 0
    for v in range(1, 1 + k):
        if v < n:
            right[prev] = v
            prev = v
    rest = list(range(1 + k, n))
    prev, side = 0, left
    for v in rest:
        side[prev] = v
        prev, side = v, left
    return left, right


def make_shape(kind, n, rng):
    if kind in ("left", "right", "zigzag", "randchain"):
        return shape_chain(n, rng, kind)
    table = {"random": shape_random, "complete": shape_complete, "broom": shape_broom,
             "caterpillar": shape_caterpillar, "leftdeep": shape_leftdeep}
    if kind not in table:
        raise SystemExit("unknown shape " + kind)
    return table[kind](n, rng)


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


SHAPES = ["random", "complete", "left", "right", "zigzag", "randchain", "caterpillar", "broom",
          "leftdeep"]


def main():
    n = int(sys.argv[1])
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    shape = sys.argv[3] if len(sys.argv) > 3 else "random"
    values = sys.argv[4] if len(sys.argv) > 4 else "wide"
    t = int(sys.argv[5]) if len(sys.argv) > 5 else 1
    rng = random.Random(seed)
    if t == 1:
        sizes = [n]
    else:
        cuts = sorted(rng.randint(0, n) for _ in range(t - 1))
        sizes = [b - a for a, b in zip([0] + cuts, cuts + [n])]
    lo, hi = {"wide": (-10**9, 10**9), "small": (-3, 3), "nonneg": (0, 10**9)}[values]
    out = [str(t)]
    for size in sizes:
        kind = rng.choice(SHAPES) if shape == "mixed" else shape
        left, right = make_shape(kind, size, rng)
        vals = [rng.randint(lo, hi) for _ in range(size)]
        label = relabel(size, rng, True)
        out += tree_lines(left, right, vals, label)
    sys.stdout.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
