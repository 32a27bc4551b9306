# Follow-up, offline (Python has no ordered map in its standard library). All the endpoints
# are known in advance: sort the distinct ones, p0 < p1 < ... < p(K-1), and cut the line into
# cells 0, 1, ..., 2K-2: cell 2i is the point p(i), cell 2i+1 the open gap (p(i), p(i+1)).
# Interval [l, r] covers the consecutive cells 2*idx(l) .. 2*idx(r), and the number of
# disjoint intervals of the union is the number of maximal runs of covered cells. Paint the
# cells of each arriving interval; painting one cell changes the run count by
# 1 - (left neighbour covered) - (right neighbour covered). A "next uncovered cell" pointer
# with path compression skips painted cells, so every cell is painted once.
# O(n log n) for the sort, then near-linear.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    v = list(map(int, data[1:1 + 2 * n]))
    xs = sorted(set(v))
    index = {x: 2 * i for i, x in enumerate(xs)}
    cells = list(map(index.__getitem__, v))
    size = 2 * len(xs) + 1       # the last cell is never covered: cov[-1] and cov[c + 1] are safe
    nxt = list(range(size))      # nxt[c] == c: c is uncovered; otherwise a later cell to try
    cov = bytearray(size)
    runs = 0
    out = []
    for i in range(0, 2 * n, 2):
        c = cells[i]
        b = cells[i + 1]
        path = []
        while True:
            p = nxt[c]
            if p != c:           # c is covered: jump ahead
                path.append(c)
                c = p
            elif c > b:          # first uncovered cell past the interval
                break
            else:                # paint c
                runs += 1 - cov[c - 1] - cov[c + 1]
                cov[c] = 1
                path.append(c)
                c += 1
        for x in path:           # path compression: all of them lead to c now
            nxt[x] = c
        out.append(runs)
    sys.stdout.write("".join(map("{}\n".format, out)))


main()
