import sys


def shortestPathBinaryMatrix(grid: list[str]) -> int:
    """Return the number of cells on a shortest path from the top-left cell to the
    bottom-right cell, moving in 8 directions through '0' cells only, or -1 if there is
    no such path. grid[r][c] is '0' (free) or '1' (blocked).
    """
    # TODO: your code here
    return 0


def main():
    data = sys.stdin.buffer.read().split()
    rows = int(data[0])
    grid = [row.decode() for row in data[2:2 + rows]]
    print(shortestPathBinaryMatrix(grid))


main()
