# Level-by-level BFS on a flat grid padded with blocked cells, so that no bounds checks are
# needed: row r, column c is cell (r + 1) * width + c, with width = cols + 1.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    rows, cols = int(data[0]), int(data[1])
    width = cols + 1
    blocked, free = ord("1"), ord("0")
    grid = bytearray(b"1" * (width * (rows + 2) + 1))
    for r in range(rows):
        start = (r + 1) * width
        grid[start:start + cols] = data[2 + r]
    source, target = width, rows * width + cols - 1
    if grid[source] != free or grid[target] != free:
        print(-1)
        return
    grid[source] = blocked  # visited cells are marked blocked
    frontier, length = [source], 1
    while frontier:
        if grid[target] == blocked:
            print(length)
            return
        length += 1
        nxt = []
        push = nxt.append
        for v in frontier:
            for u in (v - width - 1, v - width, v - width + 1, v - 1,
                      v + 1, v + width - 1, v + width, v + width + 1):
                if grid[u] == free:
                    grid[u] = blocked
                    push(u)
        frontier = nxt
    print(-1)


main()
