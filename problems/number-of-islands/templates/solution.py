import sys


def numIslands(grid: list[str]) -> int:
    """Return the number of islands in the grid.

    grid[r][c] is '1' (land) or '0' (water); an island is a group of land cells joined
    through up, down, left and right (not diagonals). The grid can hold 10^6 cells: a
    recursive flood fill would exceed Python's recursion limit, use an explicit stack/queue.
    """
    # TODO: your code here
    return 0


def main():
    data = sys.stdin.buffer.read().split()
    rows = int(data[0])
    grid = [row.decode() for row in data[2:2 + rows]]
    print(numIslands(grid))


main()
