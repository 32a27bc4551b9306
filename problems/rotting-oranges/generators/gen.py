#!/usr/bin/env python3
"""Test generator for rotting-oranges.

usage: gen.py N [SEED] [MODE] [ROWS] [ARG]
  N      number of cells wanted; the grid is ROWS x (N // ROWS), each side at most 1000
  ROWS   default: the integer square root of N (a square grid)
  MODE   random (default): each cell empty / fresh / rotten with ARG = "E,F,R" percentages
                  (default "20,70,10")
         sources: every cell fresh except ARG (default 10) rotten cells at random places
         snake:   a serpentine corridor of fresh oranges between walls of empty cells, one
                  rotten orange at its start: the rot needs about N/2 minutes
         walled:  like random (ARG as there), plus a few fresh oranges boxed in by empty
                  cells, so that the answer is -1
         corner:  every cell fresh except the top-left one, which is rotten
Prints "ROWS COLS" then ROWS lines of COLS digits (0 empty, 1 fresh, 2 rotten).
"""
import math
import random
import sys


def main():
    n = int(sys.argv[1])
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    mode = sys.argv[3] if len(sys.argv) > 3 else "random"
    rows = int(sys.argv[4]) if len(sys.argv) > 4 else max(1, math.isqrt(n))
    arg = sys.argv[5] if len(sys.argv) > 5 else None
    rows = min(rows, 1000)
    cols = min(max(1, n // rows), 1000)
    rng = random.Random(seed)
    if mode in ("random", "walled"):
        e, f, r = map(int, (arg or "20,70,10").split(","))
        g = [rng.choices("012", weights=(e, f, r), k=cols) for _ in range(rows)]
        if mode == "walled":
            for _ in range(3):
                i, j = rng.randrange(1, max(2, rows - 1)), rng.randrange(1, max(2, cols - 1))
                for di in (-1, 0, 1):
                    for dj in (-1, 0, 1):
                        if 0 <= i + di < rows and 0 <= j + dj < cols:
                            g[i + di][j + dj] = "0"
                g[i][j] = "1"
    elif mode == "sources":
        k = int(arg or 10)
        g = [["1"] * cols for _ in range(rows)]
        for cell in rng.sample(range(rows * cols), min(k, rows * cols)):
            g[cell // cols][cell % cols] = "2"
    elif mode == "snake":
        g = []
        for i in range(rows):
            if i % 2 == 0:
                g.append(["1"] * cols)
            elif i % 4 == 1:
                g.append(["0"] * (cols - 1) + ["1"])
            else:
                g.append(["1"] + ["0"] * (cols - 1))
        g[0][0] = "2"
    elif mode == "corner":
        g = [["1"] * cols for _ in range(rows)]
        g[0][0] = "2"
    else:
        raise SystemExit("unknown mode " + mode)
    sys.stdout.write(f"{rows} {cols}\n" + "\n".join("".join(row) for row in g) + "\n")


if __name__ == "__main__":
    main()
