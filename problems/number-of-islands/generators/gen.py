#!/usr/bin/env python3
"""Prints one number-of-islands test.

usage: gen.py MODE ROWS COLS SEED [PERCENT]
  random   each cell is land with probability PERCENT/100 (default 50)
  checker  chessboard: every land cell is its own island (diagonals do not count)
  snake    one serpentine island, a single path through about half of the cells
  full     every cell is land
  blobs    random rectangles of land on water (PERCENT = number of rectangles)
  spiral   one spiral-shaped island winding into the centre
"""
import random
import sys


def main():
    mode, rows, cols, seed = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
    extra = int(sys.argv[5]) if len(sys.argv) > 5 else 50
    rng = random.Random(seed)
    if mode == "random":
        p = extra / 100
        grid = ["".join("1" if rng.random() < p else "0" for _ in range(cols)) for _ in range(rows)]
    elif mode == "checker":
        grid = ["".join("1" if (i + j) % 2 == 0 else "0" for j in range(cols)) for i in range(rows)]
    elif mode == "snake":
        grid = []
        for i in range(rows):
            if i % 2 == 0:
                grid.append("1" * cols)
            elif i % 4 == 1:
                grid.append("0" * (cols - 1) + "1")
            else:
                grid.append("1" + "0" * (cols - 1))
    elif mode == "full":
        grid = ["1" * cols for _ in range(rows)]
    elif mode == "blobs":
        g = [[0] * cols for _ in range(rows)]
        for _ in range(extra):
            h, w = rng.randint(1, max(1, rows // 8)), rng.randint(1, max(1, cols // 8))
            r0, c0 = rng.randrange(rows - h + 1), rng.randrange(cols - w + 1)
            for i in range(r0, r0 + h):
                for j in range(c0, c0 + w):
                    g[i][j] = 1
        grid = ["".join("1" if x else "0" for x in row) for row in g]
    elif mode == "spiral":
        g = [[0] * cols for _ in range(rows)]
        top, left, bottom, right = 0, 0, rows - 1, cols - 1
        # Walls of land two cells apart, so that consecutive turns never touch.
        while top <= bottom and left <= right:
            for j in range(left, right + 1):
                g[top][j] = 1
            for i in range(top, bottom + 1):
                g[i][right] = 1
            if bottom - top >= 2:
                for j in range(left, right + 1):
                    g[bottom][j] = 1
            if right - left >= 2:
                for i in range(top + 2, bottom + 1):
                    g[i][left] = 1
                if top + 2 <= bottom:
                    g[top + 2][left + 1] = 1
            top, left, bottom, right = top + 2, left + 2, bottom - 2, right - 2
        grid = ["".join("1" if x else "0" for x in row) for row in g]
    else:
        raise SystemExit("unknown mode " + mode)
    out = [f"{rows} {cols}"] + grid
    sys.stdout.write("\n".join(out) + "\n")


main()
