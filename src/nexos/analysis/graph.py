"""The actor network as an igraph Graph, and the usual centrality measures.

One undirected edge per pair of actors, carrying every relation the
documents assert between them. Its weight is the number of independent
sources behind those relations: distinct publishers of the documents whose
evidence backs the tie (a document without a known publisher counts as its
own source). Two articles from one outlet are one voice, not two.
"""

from __future__ import annotations

import logging
import random
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

import igraph as ig

log = logging.getLogger(__name__)

RELIABILITY_ORDER = "ABCDEF"
_SEED = 20260113


def _best_grade(grades: Iterable[dict[str, Any]]) -> dict[str, Any] | None:
    """The strongest grade: lowest credibility number, then best reliability letter."""
    best = None
    for g in grades:
        if not g:
            continue
        key = (int(g.get("credibility") or 6), RELIABILITY_ORDER.find(g.get("reliability") or "F"))
        if best is None or key < best[0]:
            best = (key, g)
    return best[1] if best else None


def best_grade(grades: Iterable[dict[str, Any]]) -> dict[str, Any] | None:
    return _best_grade(grades)


def _in_range(date: str | None, date_from: str | None, date_to: str | None) -> bool:
    """Compare ISO dates at their own precision: '2025' is within 2025-03-01..2025-12-31."""
    if not date_from and not date_to:
        return True
    if not date:
        return False
    if date_from and date[: len(date_from)] < date_from[: len(date)]:
        return False
    return not (date_to and date[: len(date_to)] > date_to[: len(date)])


def relation_grade(rel: dict[str, Any], claims: dict[str, dict[str, Any]]) -> dict[str, Any] | None:
    return _best_grade(claims[c].get("grade") or {} for c in rel.get("claims") or [] if c in claims)


def _relation_docs(rel: dict[str, Any], claims: dict[str, dict[str, Any]]) -> set[str]:
    docs = {s["document"] for s in rel.get("evidence") or []}
    docs.update(claims[c]["document"] for c in rel.get("claims") or [] if c in claims)
    return docs


def _keep_relation(rel: dict[str, Any], docs: set[str], grade: dict[str, Any] | None, *,
                   types: set[str] | None, min_credibility: int | None, min_reliability: str | None) -> bool:
    if types and rel["type"] not in types:
        return False
    if not docs:
        return False
    if min_credibility is not None and (grade is None or int(grade["credibility"]) > min_credibility):
        return False
    if min_reliability is not None:
        letter = (grade or {}).get("reliability") or "F"
        if RELIABILITY_ORDER.find(letter) > RELIABILITY_ORDER.find(min_reliability.upper()):
            return False
    return True


def build_graph(export: dict[str, Any], *, types: Iterable[str] | None = None, date_from: str | None = None,
                date_to: str | None = None, documents: Iterable[str] | None = None,
                min_credibility: int | None = None, min_reliability: str | None = None,
                entity_types: Iterable[str] | None = None, include_isolated: bool = False,
                min_confidence: float | None = None) -> ig.Graph:
    """The asserted-ties network, filtered.

    ``types``: relation types to keep; ``entity_types``: actor types to keep.
    ``date_from``/``date_to``: keep evidence from documents published in the
    range (ISO, any precision). ``documents``: keep evidence from these
    document ids only. ``min_credibility`` (1..6): keep ties whose best claim
    has credibility <= it; ``min_reliability`` ('A'..'F') likewise for the
    publisher letter. Vertices carry ``id``, ``name``, ``type``; edges carry
    ``weight`` (independent sources), ``types``, ``relations``, ``grade``,
    ``documents`` and ``directions`` (pairs of entity ids as asserted).
    ``min_confidence``: drop ties extracted with less confidence (e.g. 0.35 hides the
    loose structural pairings and the ties inferred from a story's shape, and keeps the ties a cue
    phrase names).
    """
    doc_index = {d["id"]: d for d in export.get("documents") or []}
    allowed_docs = {d for d, meta in doc_index.items() if _in_range(meta.get("published"), date_from, date_to)}
    if documents is not None:
        allowed_docs &= set(documents)
    claims = {c["id"]: c for c in export.get("claims") or []}
    ents = {e["id"]: e for e in export.get("entities") or []}
    etypes = set(entity_types) if entity_types else None
    tset = set(types) if types else None

    pairs: dict[tuple[str, str], dict[str, Any]] = {}
    for rel in export.get("relations") or []:
        if rel.get("negated"):
            continue
        if min_confidence is not None and (rel.get("confidence") or 0) < min_confidence:
            continue
        src, tgt = rel["source"], rel["target"]
        if src not in ents or tgt not in ents or src == tgt:
            continue
        if etypes and (ents[src]["type"] not in etypes or ents[tgt]["type"] not in etypes):
            continue
        docs = _relation_docs(rel, claims) & allowed_docs
        grade = relation_grade(rel, claims)
        if not _keep_relation(rel, docs, grade, types=tset, min_credibility=min_credibility,
                              min_reliability=min_reliability):
            continue
        key = (src, tgt) if src < tgt else (tgt, src)
        slot = pairs.setdefault(key, {"types": [], "relations": [], "grades": [], "documents": set(),
                                      "directions": []})
        if rel["type"] not in slot["types"]:
            slot["types"].append(rel["type"])
        slot["relations"].append(rel["id"])
        slot["grades"].append(grade)
        slot["documents"] |= docs
        slot["directions"].append((src, tgt))

    node_ids = set(ents) if include_isolated else {x for pair in pairs for x in pair}
    if include_isolated and etypes:
        node_ids = {x for x in node_ids if ents[x]["type"] in etypes}
    order = sorted(node_ids)
    index = {eid: i for i, eid in enumerate(order)}
    g = ig.Graph(n=len(order), directed=False)
    g.vs["id"] = order
    g.vs["name"] = [ents[e]["name"] for e in order]
    g.vs["type"] = [ents[e]["type"] for e in order]
    g.vs["mentions"] = [len(ents[e].get("mentions") or []) for e in order]
    keys = sorted(pairs)
    g.add_edges([(index[a], index[b]) for a, b in keys])
    g.es["weight"] = [_independent_sources(pairs[k]["documents"], doc_index) for k in keys]
    g.es["types"] = [pairs[k]["types"] for k in keys]
    g.es["relations"] = [pairs[k]["relations"] for k in keys]
    g.es["grade"] = [_best_grade(x for x in pairs[k]["grades"] if x) for k in keys]
    g.es["documents"] = [sorted(pairs[k]["documents"]) for k in keys]
    g.es["directions"] = [pairs[k]["directions"] for k in keys]
    log.debug("graph: %d actors, %d ties", g.vcount(), g.ecount())
    return g


def _independent_sources(docs: set[str], doc_index: dict[str, dict[str, Any]]) -> int:
    voices = {(doc_index.get(d) or {}).get("publisher") or f"doc:{d}" for d in docs}
    return max(1, len(voices))


def _seeded(fn: Any, *args: Any, **kwargs: Any) -> Any:
    """Run an igraph routine with a fixed random generator, so results repeat run to run."""
    ig.set_random_number_generator(random.Random(_SEED))
    try:
        return fn(*args, **kwargs)
    finally:
        ig.set_random_number_generator(random)


def _betweenness(g: ig.Graph, sample_above: int, sample_size: int) -> tuple[list[float], str]:
    n = g.vcount()
    if n <= sample_above:
        return g.betweenness(directed=False), "exact"
    # Brandes from a random subset of sources, scaled up: an unbiased estimate
    # whose ranking of the top brokers is stable long before the values are.
    k = min(n, sample_size)
    sources = random.Random(_SEED).sample(range(n), k)
    raw = g.betweenness(directed=False, sources=sources)
    scale = n / k
    return [b * scale for b in raw], f"sampled from {k} sources"


def _communities(g: ig.Graph) -> list[int]:
    if g.ecount() == 0:
        return list(range(g.vcount()))
    weights = "weight" if "weight" in g.es.attributes() else None
    iterations = -1 if g.ecount() < 200_000 else 2
    part = _seeded(g.community_leiden, objective_function="modularity", weights=weights,
                   n_iterations=iterations)
    # Number communities by size so community 0 is always the largest.
    sizes = sorted(range(len(part)), key=lambda c: (-len(part[c]), c))
    renumber = {old: new for new, old in enumerate(sizes)}
    return [renumber[m] for m in part.membership]


def _brokers(g: ig.Graph, membership: list[int], betweenness: list[float]) -> list[int]:
    out = []
    for v, neigh in enumerate(g.get_adjlist()):
        if betweenness[v] > 0 and len({membership[u] for u in neigh}) >= 2:
            out.append(v)
    return sorted(out, key=lambda v: -betweenness[v])


def metrics(graph: ig.Graph, sample_betweenness_above: int = 5000, sample_size: int = 32) -> dict[str, Any]:
    """Per-actor centrality, communities and brokers, as plain data.

    Returns ``{"nodes": [...], "brokers": [ids], "communities": n,
    "betweenness": "exact" | "sampled from k sources", "actors": n, "ties": m}``;
    nodes are sorted by PageRank, highest first. A broker is an actor whose
    neighbours fall in two or more communities and who lies on shortest
    paths between others (betweenness > 0); brokers are ranked by betweenness.
    """
    g = graph
    n = g.vcount()
    if n == 0:
        return {"nodes": [], "brokers": [], "communities": 0, "betweenness": "exact", "actors": 0, "ties": 0}
    weights = "weight" if "weight" in g.es.attributes() and g.ecount() else None
    degree = g.degree()
    strength = g.strength(weights=weights) if weights else degree
    pagerank = g.pagerank(weights=weights, directed=False)
    between, method = _betweenness(g, sample_betweenness_above, sample_size)
    membership = _communities(g)
    brokers = _brokers(g, membership, between)
    rank = {v: i + 1 for i, v in enumerate(brokers)}
    attrs = g.vs.attributes()
    ids = g.vs["id"] if "id" in attrs else [str(i) for i in range(n)]
    names = g.vs["name"] if "name" in attrs else ids
    types = g.vs["type"] if "type" in attrs else [None] * n
    nodes = [{
        "id": ids[v], "name": names[v], "type": types[v], "degree": degree[v],
        "weighted_degree": float(strength[v]), "betweenness": float(between[v]), "pagerank": float(pagerank[v]),
        "community": membership[v], "broker": v in rank, "broker_rank": rank.get(v),
    } for v in range(n)]
    nodes.sort(key=lambda x: (-x["pagerank"], x["name"]))
    return {"nodes": nodes, "brokers": [ids[v] for v in brokers], "communities": len(set(membership)),
            "betweenness": method, "actors": n, "ties": g.ecount()}


def edge_records(graph: ig.Graph) -> list[dict[str, Any]]:
    """The edges as plain dicts (for JSON output and the report)."""
    out = []
    for e in graph.es:
        a, b = graph.vs[e.source], graph.vs[e.target]
        out.append({"source": a["id"], "target": b["id"], "source_name": a["name"], "target_name": b["name"],
                    "weight": e["weight"], "types": e["types"], "relations": e["relations"], "grade": e["grade"],
                    "documents": e["documents"]})
    return out


def relation_pairs(export: dict[str, Any]) -> dict[tuple[str, str], list[dict[str, Any]]]:
    """Relations grouped by unordered actor pair (negated ones left out)."""
    out: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for rel in export.get("relations") or []:
        if rel.get("negated") or rel["source"] == rel["target"]:
            continue
        a, b = rel["source"], rel["target"]
        out[(a, b) if a < b else (b, a)].append(rel)
    return out
