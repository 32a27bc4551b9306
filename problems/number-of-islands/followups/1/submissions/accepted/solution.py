# Follow-up: union-find over the cells of a padded flat grid. A new land cell is a new island
# (+1); each union with a land neighbour from a different set merges two islands (-1).
# Union by size and path halving. O(rows * cols + q alpha).
import sys


def main():
    data = sys.stdin.buffer.read().split()
    rows, cols, q = int(data[0]), int(data[1]), int(data[2])
    width = cols + 1                       # a water column between rows: c - 1, c + 1 never wrap
    total = width * (rows + 2)             # plus a water row above and below
    parent = [-1] * total                  # -1: water; otherwise the parent in the union-find
    size = [1] * total
    islands = 0
    out = []
    for i in range(q):
        v = (int(data[3 + 2 * i]) + 1) * width + int(data[4 + 2 * i])
        if parent[v] < 0:
            parent[v] = v
            islands += 1
            for u in (v - 1, v + 1, v - width, v + width):
                if parent[u] < 0:
                    continue
                a = v                      # find(v) with path halving
                while parent[a] != a:
                    parent[a] = parent[parent[a]]
                    a = parent[a]
                b = u                      # find(u)
                while parent[b] != b:
                    parent[b] = parent[parent[b]]
                    b = parent[b]
                if a != b:
                    if size[a] < size[b]:
                        a, b = b, a
                    parent[b] = a
                    size[a] += size[b]
                    islands -= 1
        out.append(islands)
    sys.stdout.write("".join(map("{}\n".format, out)))


main()
