#!/usr/bin/env python3
"""Test generator for redundant-connection.

usage: gen.py N [SEED] [MODE] [CYCLE]
  N      number of nodes = number of edges (a tree on N nodes plus one extra edge)
  MODE   random (default): a random tree, its edges in random order, plus an extra edge at a
                 random position
         late:   the cycle's edges (in random order) come after all the other edges
         early:  the cycle's edges (in random order) come before all the other edges
         path:   the path 1-2, 2-3, ..., (N-1)-N in this order, then the edge N-1 (the cycle
                 is the whole graph)
         double: the extra edge repeats a tree edge (a cycle of length 2), random position
  CYCLE  for random/late/early: the cycle length (default: a random pair of nodes); the
         tree gets a path of CYCLE nodes, and the extra edge joins a node and its ancestor
         CYCLE - 1 levels up
Labels are shuffled and every edge is printed in a random orientation (except in path).
Prints N, then N lines "u v".
"""
import random
import sys


def main():
    n = int(sys.argv[1])
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    mode = sys.argv[3] if len(sys.argv) > 3 else "random"
    want = int(sys.argv[4]) if len(sys.argv) > 4 else 0
    rng = random.Random(seed)
    if mode == "path":
        edges = [(i, i + 1) for i in range(1, n)] + [(n, 1)]
        sys.stdout.write(f"{n}\n" + "".join(f"{u} {v}\n" for u, v in edges))
        return
    # A random tree on 0..n-1: vertex i hangs under a random earlier vertex, often a recent
    # one, so that the tree has long paths as well as bushy parts. Tree edge i-1 is
    # (i, par[i]).
    par = [-1] + [rng.randrange(i) if rng.random() < 0.7 else max(0, i - rng.randint(1, 3))
                  for i in range(1, n)]
    for i in range(1, min(want, n)):  # a spine 0-1-...-(CYCLE-1), deep enough for the cycle
        par[i] = i - 1
    depth = [0] * n
    for i in range(1, n):
        depth[i] = depth[par[i]] + 1

    def path_edges(a, b):  # indices of the tree edges on the path a..b
        res = set()
        while a != b:
            if depth[a] < depth[b]:
                a, b = b, a
            res.add(a - 1)
            a = par[a]
        return res

    if mode == "double":
        i = rng.randrange(1, n)
        extra = (i, par[i])
        cycle = {i - 1}
    else:
        if n < 3:
            raise SystemExit("a cycle of length >= 3 needs n >= 3 (use MODE double)")
        while True:
            if want >= 3:
                cands = [v for v in range(n) if depth[v] >= want - 1]
                if not cands:
                    raise SystemExit("tree too shallow for that cycle length")
                a = rng.choice(cands)
                b = a
                for _ in range(want - 1):
                    b = par[b]
            else:
                a, b = rng.randrange(n), rng.randrange(n)
            if a != b and par[a] != b and par[b] != a:
                break
        extra = (a, b)
        cycle = path_edges(a, b)
    order = list(range(n - 1))
    rng.shuffle(order)
    if mode in ("random", "double"):
        edges = [(i + 1, par[i + 1]) for i in order]
        edges.insert(rng.randint(0, len(edges)), extra)
    else:
        cyc = [(i + 1, par[i + 1]) for i in order if i in cycle] + [extra]
        rng.shuffle(cyc)
        rest = [(i + 1, par[i + 1]) for i in order if i not in cycle]
        edges = rest + cyc if mode == "late" else cyc + rest
    label = list(range(1, n + 1))
    rng.shuffle(label)
    out = []
    for u, v in edges:
        u, v = label[u], label[v]
        if rng.random() < 0.5:
            u, v = v, u
        out.append(f"{u} {v}")
    sys.stdout.write(f"{n}\n" + "\n".join(out) + "\n")


if __name__ == "__main__":
    main()
