import sys


def orangesRotting(grid: list[str]) -> int:
    """grid[r][c] is '0' (empty), '1' (fresh orange) or '2' (rotten orange). Each minute,
    every rotten orange rots the fresh oranges directly above, below, left and right of it.
    Return the number of minutes until no fresh orange is left, or -1 if that never happens
    (0 if there is no fresh orange to begin with)."""
    # TODO: your code here
    return 0


def main():
    data = sys.stdin.buffer.read().split()
    rows = int(data[0])
    grid = [row.decode() for row in data[2:2 + rows]]
    print(orangesRotting(grid))


main()
