# Iterative flood fill on a flat, padded grid. Recursion would go up to 10^6 deep here,
# far past Python's recursion limit, so an explicit stack is used instead.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    rows, cols = int(data[0]), int(data[1])
    width = cols + 1  # one water column between rows, so that c-1 / c+1 never wrap around
    grid = bytearray(b"0" * (width * (rows + 2)))  # plus a water row above and below
    for r in range(rows):
        start = (r + 1) * width
        grid[start:start + cols] = data[2 + r]
    land, water = ord("1"), ord("0")
    islands = 0
    for cell in range(width, width * (rows + 1)):
        if grid[cell] != land:
            continue
        islands += 1
        grid[cell] = water
        stack = [cell]
        pop, push = stack.pop, stack.append
        while stack:
            v = pop()
            for u in (v - 1, v + 1, v - width, v + width):
                if grid[u] == land:
                    grid[u] = water
                    push(u)
    print(islands)


main()
