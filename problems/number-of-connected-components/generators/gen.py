#!/usr/bin/env python3
"""Test generator for number-of-connected-components.

usage: gen.py M [SEED] [MODE] [N] [K]
  M      number of edges
  N      number of nodes (default: max(1, M // 5), at most 200000)
  MODE   random (default): M random edges (self-loops and repeats possible)
         forest:   K components (default 10), each a random spanning tree of its nodes,
                   then random extra edges inside components; labels shuffled
         chain:    the path 1-2, 2-3, ..., (N-1)-N (in a shuffled edge order if K = 1),
                   then random extra edges inside it
         star-first:  edges (1, i) for i = 2..N, then (1, x) for random x: the tree grows
                   under the first endpoint
         star-second: edges (i, 1), then (x, 1): the mirror image
         desc-chain:  edges (N, N-1), (N-1, N-2), ..., (2, 1), then (N, x) for random x
         islands:  N nodes, M edges among the first K nodes only (the rest isolated)
Prints "N M" then M lines "u v" (1-based).
"""
import random
import sys

NMAX = 200000


def main():
    m = int(sys.argv[1])
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    mode = sys.argv[3] if len(sys.argv) > 3 else "random"
    n = int(sys.argv[4]) if len(sys.argv) > 4 else max(1, m // 5)
    k = int(sys.argv[5]) if len(sys.argv) > 5 else 10
    n = min(n, NMAX)
    rng = random.Random(seed)
    edges = []
    if mode == "random":
        edges = [(rng.randint(1, n), rng.randint(1, n)) for _ in range(m)]
    elif mode == "forest":
        label = list(range(1, n + 1))
        rng.shuffle(label)
        cuts = sorted(rng.sample(range(1, n), min(k, n) - 1)) if k > 1 else []
        groups, prev = [], 0
        for c in cuts + [n]:
            groups.append(label[prev:c])
            prev = c
        for g in groups:
            for i in range(1, len(g)):
                edges.append((g[i], g[rng.randrange(i)]))
        big = [g for g in groups if len(g) > 1]
        while len(edges) < m and big:
            g = rng.choice(big)
            edges.append((rng.choice(g), rng.choice(g)))
        rng.shuffle(edges)
        edges = [(v, u) if rng.random() < 0.5 else (u, v) for u, v in edges]
    elif mode == "chain":
        edges = [(i, i + 1) for i in range(1, n)]
        if k == 1:
            rng.shuffle(edges)
        while len(edges) < m:
            edges.append((rng.randint(1, n), rng.randint(1, n)))
    elif mode == "star-first":
        edges = [(1, i) for i in range(2, n + 1)]
        while len(edges) < m:
            edges.append((1, rng.randint(1, n)))
    elif mode == "star-second":
        edges = [(i, 1) for i in range(2, n + 1)]
        while len(edges) < m:
            edges.append((rng.randint(1, n), 1))
    elif mode == "desc-chain":
        edges = [(i, i - 1) for i in range(n, 1, -1)]
        while len(edges) < m:
            edges.append((n, rng.randint(1, n)))
    elif mode == "islands":
        edges = [(rng.randint(1, k), rng.randint(1, k)) for _ in range(m)]
    else:
        raise SystemExit("unknown mode " + mode)
    edges = edges[:m] if len(edges) > m else edges
    out = [f"{n} {len(edges)}"] + [f"{u} {v}" for u, v in edges]
    sys.stdout.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
