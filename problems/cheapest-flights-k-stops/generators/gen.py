#!/usr/bin/env python3
"""Test generator for cheapest-flights-k-stops.

usage: gen.py M [SEED] [MODE] [N] [K] [MAXP]
  M      number of flights (at most N * (N - 1): no repeated pair, no flight to itself)
  N      number of cities (default: the smallest n with n * (n - 1) >= M, at most 100)
  K      the stop limit (default: random in [0, N - 1])
  MAXP   largest price (default 10000); prices are random in [1, MAXP]
  MODE   random (default): M random flights, src and dst random and different
         complete: every ordered pair of cities has a flight (M is ignored)
         far:    every ordered pair of cities has a flight; flights into dst cost MAXP, all
                 the others 1 to 10 (M is ignored)
         chain:  a chain of cheap flights src -> ... -> dst that is K + 2 flights long (one
                 too many), plus random expensive flights: the cheapest allowed route must
                 leave the chain; flights are listed in chain order (a single Bellman-Ford
                 round that reuses its own updates walks the whole chain)
         detour: like random, but cheap long detours make the cheapest way to many cities
                 use more flights than the cheapest way that still reaches dst in time
Prints "N M", the M flights "u v price", then "src dst K".
"""
import random
import sys


def main():
    m = int(sys.argv[1])
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    mode = sys.argv[3] if len(sys.argv) > 3 else "random"
    n = int(sys.argv[4]) if len(sys.argv) > 4 else 0
    k = int(sys.argv[5]) if len(sys.argv) > 5 else -1
    maxp = int(sys.argv[6]) if len(sys.argv) > 6 else 10000
    if n <= 0:
        n = 2
        while n * (n - 1) < m:
            n += 1
    n = min(n, 100)
    m = min(m, n * (n - 1))
    rng = random.Random(seed)
    if k < 0:
        k = rng.randint(0, n - 1)
    k = min(k, n - 1)
    flights = {}
    src, dst = rng.sample(range(1, n + 1), 2) if n >= 2 else (1, 1)

    def add(u, v, p):
        if u != v and (u, v) not in flights:
            flights[(u, v)] = p

    order = []
    if mode == "complete":
        for u in range(1, n + 1):
            for v in range(1, n + 1):
                add(u, v, rng.randint(1, maxp))
    elif mode == "far":
        for u in range(1, n + 1):
            for v in range(1, n + 1):
                add(u, v, maxp if v == dst else rng.randint(1, 10))
    elif mode == "chain":
        length = min(k + 2, n - 1)  # flights in the chain
        mids = rng.sample([c for c in range(1, n + 1) if c not in (src, dst)], length - 1)
        chain = [src] + mids + [dst]
        for a, b in zip(chain, chain[1:]):
            add(a, b, 1)
            order.append((a, b))
        while len(flights) < m:
            add(rng.randint(1, n), rng.randint(1, n), rng.randint(maxp // 2, maxp))
    elif mode == "detour":
        # cheap two-flight detours next to direct flights: the cheapest way into a city
        # often takes one flight more than the direct one
        while len(flights) < m:
            u, v = rng.randint(1, n), rng.randint(1, n)
            if rng.random() < 0.3 and len(flights) + 3 <= m:
                w = rng.randint(1, n)
                if len({u, v, w}) == 3 and (u, v) not in flights:
                    p = rng.randint(maxp // 2, maxp)
                    add(u, v, p)
                    add(u, w, rng.randint(1, p // 3))
                    add(w, v, rng.randint(1, p // 3))
                    continue
            add(u, v, rng.randint(1, maxp))
    elif mode == "random":
        while len(flights) < m:
            add(rng.randint(1, n), rng.randint(1, n), rng.randint(1, maxp))
    else:
        raise SystemExit("unknown mode " + mode)
    rest = [e for e in flights if e not in set(order)]
    rng.shuffle(rest)
    lines = [f"{n} {len(flights)}"]
    for u, v in order + rest:
        lines.append(f"{u} {v} {flights[(u, v)]}")
    lines.append(f"{src} {dst} {k}")
    sys.stdout.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
