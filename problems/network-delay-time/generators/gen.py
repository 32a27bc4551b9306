#!/usr/bin/env python3
"""Test generator for network-delay-time.

usage: gen.py M [SEED] [MODE] [N] [MAXW]
  M      number of edges
  N      number of nodes (default max(2, M // 2), at most 100000)
  MAXW   largest weight (default 10^9); weights are random in [1, MAXW]
  MODE   random (default): M random directed edges; node 1 is the source, and a random
                spanning arborescence from it is included so that every node is reachable
         sparse: M random edges, no spanning tree added (usually some node is unreachable)
         path:  the source is node 1; the path 1 -> 2 -> ... -> N with weights in [1, 10]
                is the shortest way everywhere; its edges are listed in reverse order, and
                the other edges are random with weights of at least MAXW / 2
         heavypath: the path 1 -> 2 -> ... -> N, every weight MAXW, plus random edges that
                go backwards (from a node to a smaller one): distances near N * MAXW
         layers: the nodes in layers; edges go from each layer to the next, a few of them
                cheap and many expensive, plus direct "shortcut" edges from the source that
                are expensive: many nodes are first reached by a bad path
The source is printed as k; in random and sparse modes it is a random node.
Prints "N M k" then M lines "u v w".
"""
import random
import sys

NMAX = 100000


def main():
    m = int(sys.argv[1])
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    mode = sys.argv[3] if len(sys.argv) > 3 else "random"
    n = int(sys.argv[4]) if len(sys.argv) > 4 else max(2, m // 2)
    maxw = int(sys.argv[5]) if len(sys.argv) > 5 else 10**9
    n = min(n, NMAX)
    rng = random.Random(seed)
    edges = []
    k = 1
    if mode in ("random", "sparse"):
        k = rng.randint(1, n)
        if mode == "random":
            order = list(range(1, n + 1))
            rng.shuffle(order)
            order.remove(k)
            order.insert(0, k)
            for i in range(1, n):
                edges.append((order[rng.randrange(i)], order[i], rng.randint(1, maxw)))
        while len(edges) < m:
            edges.append((rng.randint(1, n), rng.randint(1, n), rng.randint(1, maxw)))
        rng.shuffle(edges)
    elif mode == "path":
        path = [(i, i + 1, rng.randint(1, 10)) for i in range(1, n)]
        extra = [(rng.randint(1, n), rng.randint(1, n), rng.randint(max(1, maxw // 2), maxw))
                 for _ in range(max(0, m - len(path)))]
        edges = extra + path[::-1]
    elif mode == "heavypath":
        edges = [(i, i + 1, maxw) for i in range(1, n)]
        while len(edges) < m:
            a, b = rng.randint(1, n), rng.randint(1, n)
            edges.append((max(a, b), min(a, b), rng.randint(1, maxw)))
        rng.shuffle(edges)
    elif mode == "layers":
        width = max(1, int(n ** 0.5))
        layer = [[] for _ in range((n - 2) // width + 2)]
        for v in range(2, n + 1):
            layer[(v - 2) // width + 1].append(v)
        layer[0] = [1]
        layer = [l for l in layer if l]
        for i in range(1, len(layer)):
            for v in layer[i]:
                edges.append((rng.choice(layer[i - 1]), v, rng.randint(1, 100)))
        while len(edges) < m:
            r = rng.random()
            if r < 0.3:  # an expensive shortcut from the source, found first by BFS order
                edges.append((1, rng.randint(2, n), rng.randint(maxw // 2, maxw)))
            else:
                i = rng.randrange(1, len(layer))
                edges.append((rng.choice(layer[i - 1]), rng.choice(layer[i]),
                              rng.randint(maxw // 4, maxw)))
        rng.shuffle(edges)
    else:
        raise SystemExit("unknown mode " + mode)
    edges = edges[:m]
    out = [f"{n} {len(edges)} {k}"] + [f"{u} {v} {w}" for u, v, w in edges]
    sys.stdout.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
