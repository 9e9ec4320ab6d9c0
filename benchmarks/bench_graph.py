"""Time the network measures on a 100k-actor / 1M-tie graph (target: under 15 s in all).

Run: python benchmarks/bench_graph.py [n_nodes] [n_edges]
The graph has planted communities (dense inside, sparse between) so the
community step faces the kind of structure it is meant to find.
"""

from __future__ import annotations

import random
import sys
import time

import igraph as ig

from nexos.analysis.graph import metrics


def planted_graph(n: int, m: int, groups: int = 200, inside: float = 0.8, seed: int = 7) -> ig.Graph:
    rng = random.Random(seed)
    size = n // groups
    edges = set()
    while len(edges) < m:
        a = rng.randrange(n)
        if rng.random() < inside:
            base = (a // size) * size
            b = base + rng.randrange(size)
        else:
            b = rng.randrange(n)
        if a != b:
            edges.add((a, b) if a < b else (b, a))
    g = ig.Graph(n=n, edges=list(edges))
    g.vs["id"] = [f"e{i}" for i in range(n)]
    g.vs["name"] = g.vs["id"]
    g.vs["type"] = ["person"] * n
    g.es["weight"] = [1 + (i % 3 == 0) for i in range(m)]
    return g


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    m = int(sys.argv[2]) if len(sys.argv) > 2 else 1_000_000
    t0 = time.perf_counter()
    g = planted_graph(n, m)
    t1 = time.perf_counter()
    pr = g.pagerank(weights="weight", directed=False)
    t2 = time.perf_counter()
    result = metrics(g)
    t3 = time.perf_counter()
    print(f"graph: {g.vcount():,} nodes, {g.ecount():,} edges (built in {t1 - t0:.1f}s)")
    print(f"pagerank alone: {t2 - t1:.2f}s (max {max(pr):.2e})")
    print(f"metrics (degree, pagerank, betweenness {result['betweenness']}, Leiden, brokers): {t3 - t2:.2f}s")
    print(f"communities: {result['communities']}, brokers: {len(result['brokers'])}")
    print(f"total measured: {t3 - t1:.2f}s (target < 15 s)")


if __name__ == "__main__":
    main()
