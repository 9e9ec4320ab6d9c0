"""Export the actor graph as GEXF (Gephi) or GraphML (yEd, Cytoscape, igraph).

Nodes are entities; edges are relations, one edge per nexos relation (a
multigraph, so two relations between the same pair stay apart). Gephi
rejects lists and chokes on missing values, so every attribute is a
plain string, int or float: lists are joined with ``"; "``, absent values
are ``""`` (strings) or ``0`` (numbers).

Node attributes: ``label``, ``type``, ``subtype``, ``countries``,
``aliases``, ``mentions`` (how many spans name it), ``documents`` (in how
many documents). Edge attributes: ``label``/``relation`` (the nexos type;
not ``type``, which GEXF reserves for directed/undirected), ``subtype``,
``reliability`` and ``credibility`` (the best Admiralty grade among the
relation's claims; "F"/6 when ungraded), ``valid_from``/``valid_to``,
``documents`` (how many documents assert it), ``claims``, ``confidence``.

This module draws no conclusions: a weak, ungraded relation is still an
edge, and its grade travels with it so the reader can filter in Gephi.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from nexos.errors import MissingExtra

log = logging.getLogger(__name__)

SEP = "; "


def _nx() -> Any:
    try:
        import networkx
    except ImportError as exc:  # pragma: no cover - depends on the install
        raise MissingExtra("GEXF/GraphML export", "formats") from exc
    return networkx


def best_grade(claims: list[dict[str, Any]]) -> tuple[str, int]:
    """(reliability, credibility) of the strongest graded claim; ("F", 6) if none."""
    grades = [
        (g.get("reliability", "F"), int(g.get("credibility", 6)))
        for g in (c.get("grade") for c in claims)
        if g
    ]
    return min(grades) if grades else ("F", 6)


def node_attributes(ent: dict[str, Any]) -> dict[str, Any]:
    mentions = ent.get("mentions") or []
    return {
        "label": ent["name"],
        "type": ent["type"],
        "subtype": ent.get("subtype") or "",
        "countries": SEP.join(ent.get("countries") or []),
        "aliases": SEP.join(ent.get("aliases") or []),
        "mentions": len(mentions),
        "documents": len({m["document"] for m in mentions}),
    }


def edge_attributes(rel: dict[str, Any], claims: dict[str, dict[str, Any]]) -> dict[str, Any]:
    own = [claims[c] for c in rel.get("claims") or [] if c in claims]
    reliability, credibility = best_grade(own)
    docs = {s["document"] for s in rel.get("evidence") or []} | {c["document"] for c in own}
    return {
        "id": rel["id"],
        "label": rel["type"],
        "relation": rel["type"],
        "subtype": rel.get("subtype") or "",
        "reliability": reliability,
        "credibility": credibility,
        "valid_from": rel.get("valid_from") or "",
        "valid_to": rel.get("valid_to") or "",
        "documents": len(docs),
        "claims": SEP.join(rel.get("claims") or []),
        "confidence": float(rel["confidence"]) if rel.get("confidence") is not None else 0.0,
    }


def build_graph(export: dict[str, Any]) -> Any:
    """A networkx MultiDiGraph of the export's entities and relations."""
    nx = _nx()
    graph = nx.MultiDiGraph(name="nexos")
    for ent in export.get("entities", []):
        graph.add_node(ent["id"], **node_attributes(ent))
    claims = {c["id"]: c for c in export.get("claims", [])}
    for rel in export.get("relations", []):
        if rel["source"] not in graph or rel["target"] not in graph:
            log.warning("relation %s points at an unknown entity; skipped", rel["id"])
            continue
        graph.add_edge(rel["source"], rel["target"], key=rel["id"], **edge_attributes(rel, claims))
    return graph


def export_gexf(export: dict[str, Any], path: str | Path) -> Path:
    """Write a GEXF 1.2 file for Gephi; return its path."""
    graph = build_graph(export)
    out = Path(path)
    _nx().write_gexf(graph, out, version="1.2draft")
    log.info("wrote %d nodes, %d edges to %s", graph.number_of_nodes(), graph.number_of_edges(), out)
    return out


def export_graphml(export: dict[str, Any], path: str | Path) -> Path:
    """Write a GraphML file; return its path."""
    graph = build_graph(export)
    out = Path(path)
    _nx().write_graphml(graph, out, named_key_ids=True)
    log.info("wrote %d nodes, %d edges to %s", graph.number_of_nodes(), graph.number_of_edges(), out)
    return out
