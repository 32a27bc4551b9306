#!/usr/bin/env python3
"""Prints one shortest-path-binary-grid test.

usage: gen.py MODE ROWS COLS SEED [PERCENT]
  free        no blocked cell
  random      each cell is blocked with probability PERCENT/100; the corners are kept free
  maze        serpentine corridor: every other row is a wall with one gap, at alternate ends
  maze-closed the same maze with its last gap closed: the end cannot be reached
"""
import random
import sys


def main():
    mode, rows, cols, seed = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
    percent = int(sys.argv[5]) if len(sys.argv) > 5 else 30
    rng = random.Random(seed)
    if mode == "free":
        g = [[0] * cols for _ in range(rows)]
    elif mode == "random":
        g = [[1 if rng.random() < percent / 100 else 0 for _ in range(cols)] for _ in range(rows)]
        g[0][0] = 0
        g[rows - 1][cols - 1] = 0
    elif mode in ("maze", "maze-closed"):
        g = [[0] * cols for _ in range(rows)]
        walls = [i for i in range(1, rows - 1, 2)]
        for k, i in enumerate(walls):
            g[i] = [1] * cols
            gap = cols - 1 if k % 2 == 0 else 0
            if not (mode == "maze-closed" and k == len(walls) - 1):
                g[i][gap] = 0
    else:
        raise SystemExit("unknown mode " + mode)
    out = [f"{rows} {cols}"] + ["".join(map(str, row)) for row in g]
    sys.stdout.write("\n".join(out) + "\n")


main()
