# Intended solution: one BFS started from all rotten oranges at once (multi-source BFS),
# O(rows * cols).
import sys


def orangesRotting(grid):
    rows, cols = len(grid), len(grid[0])
    w = cols + 2  # a border of empty cells around the grid saves the bounds checks
    cells = bytearray(b"0" * w)
    for row in grid:
        cells += b"0" + row.encode() + b"0"
    cells += b"0" * w
    fresh = cells.count(b"1")
    level = [i for i, ch in enumerate(cells) if ch == 50]  # 50 == ord("2")
    minutes = 0
    while fresh and level:
        nxt = []
        for p in level:
            for q in (p - w, p + w, p - 1, p + 1):
                if cells[q] == 49:  # ord("1"): a fresh orange rots this minute
                    cells[q] = 50
                    nxt.append(q)
        fresh -= len(nxt)
        level = nxt
        if nxt:
            minutes += 1
    return minutes if fresh == 0 else -1


def main():
    data = sys.stdin.buffer.read().split()
    rows = int(data[0])
    grid = [row.decode() for row in data[2:2 + rows]]
    print(orangesRotting(grid))


main()
