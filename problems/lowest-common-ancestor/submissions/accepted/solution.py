# Lowest common ancestor with a preorder numbering and a sparse table (range minimum).
#
# Number the nodes in preorder (tin). For u != v with tin[u] < tin[v], the LCA is the node
# with the smallest tin among the parents of the nodes at preorder positions
# tin[u] + 1 .. tin[v]. So store, at position i, tin of the parent of the i-th node, and answer
# each query with one O(1) range-minimum lookup. O(n log n) preprocessing, O(1) per query.
import sys
from itertools import islice


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    left = [0] * (n + 1)
    right = [0] * (n + 1)
    left[1:] = map(int, data[2:3 * n + 1:3])
    right[1:] = map(int, data[3:3 * n + 1:3])
    # iterative preorder: order[i] = node with tin i; par_tin[i] = tin of its parent
    order = []
    tin = [0] * (n + 1)
    par_tin = []
    stack = [(1, 0)]
    pop, push = stack.pop, stack.append
    while stack:
        u, pt = pop()
        t = len(order)
        tin[u] = t
        order.append(u)
        par_tin.append(pt)
        c = right[u]
        if c:
            push((c, t))
        c = left[u]
        if c:
            push((c, t))
    # sparse table: table[k][i] = min(par_tin[i .. i + 2^k - 1])
    table = [par_tin]
    k = 1
    while (1 << k) <= n:
        prev = table[-1]
        h = 1 << (k - 1)
        table.append([x if x < y else y for x, y in zip(prev, islice(prev, h, None))])
        k += 1
    q = int(data[3 * n + 1])
    it = map(int, data[3 * n + 2:3 * n + 2 + 2 * q])
    out = []
    for u, v in zip(it, it):
        if u == v:
            out.append(u)
            continue
        a, b = tin[u], tin[v]
        if a > b:
            a, b = b, a
        a += 1
        k = (b - a + 1).bit_length() - 1
        row = table[k]
        x = row[a]
        y = row[b - (1 << k) + 1]
        out.append(order[x if x < y else y])
    sys.stdout.write("\n".join(map(str, out)) + "\n")


main()
