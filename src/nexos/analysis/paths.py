"""Evidence paths: how the documents connect actor A to actor B, hop by hop.

Each hop names the relation the documents assert, which way it points,
its grade, and the sentence that asserts it, so a reader can check every
link of a chain instead of trusting the chain.
"""

from __future__ import annotations

import difflib
import logging
from collections import deque
from typing import Any

from nexos.analysis.graph import RELIABILITY_ORDER, relation_grade, relation_pairs
from nexos.errors import NotFound
from nexos.knowledge import fold

log = logging.getLogger(__name__)

_MAX_STEPS = 200_000  # bounds the enumeration on dense hubs


def find_entity(export: dict[str, Any], name_or_id: str) -> dict[str, Any]:
    """The entity with this id, or whose folded name or alias matches (most mentioned wins)."""
    ents = export.get("entities") or []
    for e in ents:
        if e["id"] == name_or_id:
            return e
    key = fold(name_or_id)
    hits = [e for e in ents if key and (fold(e["name"]) == key or any(fold(a) == key for a in e.get("aliases") or []))]
    if not hits:
        hits = [e for e in ents if key and e["id"].startswith(name_or_id)]
    if hits:
        return max(hits, key=lambda e: (len(e.get("mentions") or []), fold(e["name"]) == key))
    names = [e["name"] for e in ents]
    close = difflib.get_close_matches(name_or_id, names, n=3, cutoff=0.6)
    hint = f" Did you mean: {', '.join(close)}?" if close else " List actors with `nexos entities`."
    raise NotFound(f"no actor named {name_or_id!r} in the workspace.{hint}")


def _adjacency(pairs: dict[tuple[str, str], list[dict[str, Any]]]) -> dict[str, set[str]]:
    adj: dict[str, set[str]] = {}
    for a, b in pairs:
        adj.setdefault(a, set()).add(b)
        adj.setdefault(b, set()).add(a)
    return adj


def _distances(adj: dict[str, set[str]], start: str, limit: int) -> dict[str, int]:
    dist = {start: 0}
    queue = deque([start])
    while queue:
        v = queue.popleft()
        if dist[v] >= limit:
            continue
        for u in adj.get(v, ()):
            if u not in dist:
                dist[u] = dist[v] + 1
                queue.append(u)
    return dist


def _chains(adj: dict[str, set[str]], src: str, tgt: str, max_paths: int, max_len: int) -> list[list[str]]:
    """Simple paths from src to tgt, shortest first, at most max_len hops."""
    to_target = _distances(adj, tgt, max_len)
    if src not in to_target:
        return []
    found: list[list[str]] = []
    steps = 0
    for length in range(to_target[src], max_len + 1):
        stack: list[tuple[str, list[str]]] = [(src, [src])]
        while stack and len(found) < max_paths and steps < _MAX_STEPS:
            v, path = stack.pop()
            steps += 1
            left = length - (len(path) - 1)
            if v == tgt:
                if left == 0:
                    found.append(path)
                continue
            for u in sorted(adj.get(v, ()), reverse=True):
                if u not in path and to_target.get(u, max_len + 1) <= left - 1:
                    stack.append((u, path + [u]))
        if len(found) >= max_paths or steps >= _MAX_STEPS:
            break
    return found


def _grade_key(grade: dict[str, Any] | None) -> tuple[int, int]:
    if not grade:
        return (7, 6)
    return (int(grade.get("credibility") or 6), RELIABILITY_ORDER.find(grade.get("reliability") or "F"))


def _hop_relation(rel: dict[str, Any], start: str, claims: dict[str, dict[str, Any]]) -> dict[str, Any]:
    ev = (rel.get("evidence") or [{}])[0]
    sentence = ev.get("text") or ""
    document = ev.get("document")
    if not sentence:
        for cid in rel.get("claims") or []:
            if cid in claims:
                sentence, document = claims[cid]["text"], claims[cid]["document"]
                break
    return {
        "relation": rel["id"], "type": rel["type"], "subtype": rel.get("subtype"),
        "direction": "forward" if rel["source"] == start else "backward",
        "grade": relation_grade(rel, claims), "sentence": sentence, "document": document,
        "start": ev.get("start"), "end": ev.get("end"), "claims": list(rel.get("claims") or []),
    }


def _hop(a: str, b: str, rels: list[dict[str, Any]], names: dict[str, str],
         claims: dict[str, dict[str, Any]]) -> dict[str, Any]:
    options = sorted((_hop_relation(r, a, claims) for r in rels), key=lambda h: (_grade_key(h["grade"]), h["relation"]))
    best = options[0]
    return {"from": a, "from_name": names.get(a, a), "to": b, "to_name": names.get(b, b), **best,
            "alternatives": options[1:]}


def evidence_paths(export: dict[str, Any], source_name_or_id: str, target_name_or_id: str,
                   max_paths: int = 3, max_len: int = 4) -> list[dict[str, Any]]:
    """Up to ``max_paths`` shortest chains of asserted relations between two actors.

    Relations are walked in either direction; each hop says which way the
    relation was asserted (``forward``: from this hop's start to its end).
    Returns ``[{"length": n, "actors": [names], "hops": [hop, ...]}]``; each
    hop has ``from``/``to`` (ids and names), ``type``, ``direction``,
    ``grade``, ``sentence``, ``document`` and the other relations between
    the same pair as ``alternatives``. Raises NotFound for an unknown name.
    """
    src = find_entity(export, source_name_or_id)["id"]
    tgt = find_entity(export, target_name_or_id)["id"]
    if src == tgt:
        return []
    pairs = relation_pairs(export)
    names = {e["id"]: e["name"] for e in export.get("entities") or []}
    claims = {c["id"]: c for c in export.get("claims") or []}
    chains = _chains(_adjacency(pairs), src, tgt, max_paths, max_len)
    out = []
    for chain in chains:
        hops = []
        for a, b in zip(chain, chain[1:], strict=False):
            key = (a, b) if a < b else (b, a)
            hops.append(_hop(a, b, pairs[key], names, claims))
        out.append({"length": len(hops), "actors": [names.get(x, x) for x in chain], "hops": hops})
    log.debug("paths %s -> %s: %d found", src, tgt, len(out))
    return out


_ARROWS = {"forward": "→", "backward": "←"}


def format_path(path: dict[str, Any]) -> str:
    """A path as readable lines: the chain, then each hop with its sentence."""
    lines = [" — ".join(path["actors"])]
    for h in path["hops"]:
        g = h["grade"] or {}
        grade = f"{g.get('reliability', '?')}{g.get('credibility', '?')}"
        arrow = _ARROWS[h["direction"]]
        lines.append(f"  {h['from_name']} {arrow}[{h['type']}]{arrow} {h['to_name']}  ({grade}, document {h['document']})")
        lines.append(f"      document asserts: “{h['sentence']}”")
    return "\n".join(lines)
