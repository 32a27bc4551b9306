#!/usr/bin/env python3
"""Number of Islands, follow-up 1 (land appears one cell at a time) test generator.

usage: gen.py Q [SEED [MODE [ROWS COLS]]]   (defaults: seed 1, mode random, 1000 x 1000)
  random   Q random cells of the grid (repeats possible): many small islands
  fill     a random order of all the cells of a block of about Q cells (no repeats): islands
           appear, grow and merge until one is left
  rowmajor the cells of a block of about Q cells in reading order: one island that grows
           by one cell at a time (each new cell touches it)
  spiral   the cells of a spiral path, from its outer end inwards: one long winding island
           that grows at its tip
  comb     a spine along the first column of a block, then the teeth (rows) grown from the
           spine outwards, round-robin over the rows: many long branches, merges far from
           the newest cells
  repeats  Q additions drawn from only Q/4 cells: most additions hit land already there
ROWS and COLS give the grid; the modes that fill a block use the top-left part of it.
Prints "ROWS COLS Q", then Q lines "r c" (0-based).
"""
import random
import sys


def block(q, rows, cols):
    h = min(rows, max(1, int(q ** 0.5)))
    w = min(cols, max(1, (q + h - 1) // h))
    return h, w


def main():
    q = int(sys.argv[1])
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    mode = sys.argv[3] if len(sys.argv) > 3 else "random"
    rows = int(sys.argv[4]) if len(sys.argv) > 4 else 1000
    cols = int(sys.argv[5]) if len(sys.argv) > 5 else 1000
    rng = random.Random(seed)
    if mode == "random":
        cells = [(rng.randrange(rows), rng.randrange(cols)) for _ in range(q)]
    elif mode in ("fill", "rowmajor"):
        h, w = block(q, rows, cols)
        cells = [(r, c) for r in range(h) for c in range(w)]
        if mode == "fill":
            rng.shuffle(cells)
    elif mode == "spiral":
        h, w = block(q, rows, cols)
        cells = []
        top, left, bottom, right = 0, 0, h - 1, w - 1
        # walls two cells apart so that the turns of the path never touch each other
        while top <= bottom and left <= right:
            cells += [(top, j) for j in range(left, right + 1)]
            cells += [(i, right) for i in range(top + 1, bottom + 1)]
            if bottom - top >= 2:
                cells += [(bottom, j) for j in range(right - 1, left - 1, -1)]
            if right - left >= 2:
                cells += [(i, left) for i in range(bottom - 1, top + 1, -1)]
                if top + 2 <= bottom:
                    cells.append((top + 2, left + 1))
            top, left, bottom, right = top + 2, left + 2, bottom - 2, right - 2
        seen = set()
        cells = [x for x in cells if not (x in seen or seen.add(x))]
    elif mode == "comb":
        h, w = block(q, rows, cols)
        h = min(rows, max(1, h // 2 * 2))
        cells = [(r, 0) for r in range(h)]                       # the spine
        for c in range(1, w):                                    # teeth on even rows
            cells += [(r, c) for r in range(0, h, 2)]
    elif mode == "repeats":
        pool = [(rng.randrange(rows), rng.randrange(cols)) for _ in range(max(1, q // 4))]
        cells = [rng.choice(pool) for _ in range(q)]
    else:
        raise SystemExit("unknown mode " + mode)
    cells = cells[:q]
    while len(cells) < q:                                        # top up with random cells
        cells.append((rng.randrange(rows), rng.randrange(cols)))
    assert all(0 <= r < rows and 0 <= c < cols for r, c in cells)
    sys.stdout.write(f"{rows} {cols} {q}\n" + "".join(f"{r} {c}\n" for r, c in cells))


main()
