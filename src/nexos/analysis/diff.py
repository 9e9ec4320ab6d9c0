"""The network as it stood at a date, and what changed between two views.

``as_of`` keeps what documents published on or before a date asserted,
and the events dated on or before it. ``diff`` compares two exports (or
two dates, or two document sets) of the same workspace: actors and ties
that appeared, and ties that have since been disputed by another source.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from typing import Any

from nexos.analysis.timeline import date_bounds
from nexos.knowledge import fold

log = logging.getLogger(__name__)

SYMMETRIC = {"allied_with", "associated_with", "negotiates_with"}


def _spans_in(spans: Iterable[dict[str, Any]], docs: set[str]) -> list[dict[str, Any]]:
    return [s for s in spans or [] if s.get("document") in docs]


def restrict(export: dict[str, Any], documents: Iterable[str], *, until: str | None = None) -> dict[str, Any]:
    """A copy of the export holding only what these documents assert.

    Evidence, mentions and cross-document links (corroborated_by,
    contradicted_by) pointing outside the set are dropped; with ``until``,
    events dated after it are dropped too.
    """
    docs = set(documents)
    claims = []
    for c in export.get("claims") or []:
        if c["document"] in docs:
            claims.append(c)
    keep_claims = {c["id"] for c in claims}
    claims = [{**c, "corroborated_by": [x for x in c.get("corroborated_by") or [] if x in keep_claims],
               "contradicted_by": [x for x in c.get("contradicted_by") or [] if x in keep_claims]} for c in claims]
    entities = []
    for e in export.get("entities") or []:
        mentions = _spans_in(e.get("mentions") or [], docs)
        if mentions:
            entities.append({**e, "mentions": mentions})
    live = {e["id"] for e in entities}
    relations = []
    for r in export.get("relations") or []:
        ev = _spans_in(r.get("evidence") or [], docs)
        rc = [c for c in r.get("claims") or [] if c in keep_claims]
        if (ev or rc) and r["source"] in live and r["target"] in live:
            relations.append({**r, "evidence": ev, "claims": rc})
    events = []
    limit = date_bounds(until) if until else None
    for v in export.get("events") or []:
        ev = _spans_in(v.get("evidence") or [], docs)
        vc = [c for c in v.get("claims") or [] if c in keep_claims]
        if not (ev or vc):
            continue
        if limit is not None:
            b = date_bounds(v.get("date"), v.get("date_precision"))
            if b is not None and b[0] > limit[1]:
                continue
        events.append({**v, "evidence": ev, "claims": vc,
                       "participants": [p for p in v.get("participants") or [] if p in live]})
    return {**export, "documents": [d for d in export.get("documents") or [] if d["id"] in docs],
            "entities": entities, "relations": relations, "events": events, "claims": claims}


def as_of(export: dict[str, Any], date: str, *, include_undated: bool = False) -> dict[str, Any]:
    """What the workspace asserted using documents published on or before ``date`` (ISO, any precision).

    A document without a publication date cannot be placed in time and is
    left out unless ``include_undated``. A publication date less precise
    than ``date`` counts from its first day ("2025" is before "2025-06-01").
    """
    limit = date_bounds(date)
    if limit is None:
        raise ValueError(f"not an ISO date: {date!r}")
    keep = []
    for d in export.get("documents") or []:
        b = date_bounds(d.get("published"))
        if b is None:
            if include_undated:
                keep.append(d["id"])
            continue
        if b[0] <= limit[1]:
            keep.append(d["id"])
    return restrict(export, keep, until=date)


def _tie_key(rel: dict[str, Any], names: dict[str, str]) -> tuple[str, str, str]:
    a, b = names.get(rel["source"], rel["source"]), names.get(rel["target"], rel["target"])
    if rel["type"] in SYMMETRIC and b < a:
        a, b = b, a
    return (rel["type"], a, b)


def _actor_keys(export: dict[str, Any]) -> dict[str, str]:
    """Entity id -> a key that survives across exports: folded name plus type."""
    return {e["id"]: f"{e['type']}:{fold(e['name'])}" for e in export.get("entities") or []}


def _ties(export: dict[str, Any], keys: dict[str, str]) -> dict[tuple[str, str, str], list[dict[str, Any]]]:
    out: dict[tuple[str, str, str], list[dict[str, Any]]] = {}
    for r in export.get("relations") or []:
        if not r.get("negated"):
            out.setdefault(_tie_key(r, keys), []).append(r)
    return out


def _disputed(rels: list[dict[str, Any]], claims: dict[str, dict[str, Any]]) -> list[str]:
    return sorted({x for r in rels for c in r.get("claims") or [] if c in claims
                   for x in claims[c].get("contradicted_by") or []})


def _tie_view(key: tuple[str, str, str], rels: list[dict[str, Any]], display: dict[str, str]) -> dict[str, Any]:
    return {"type": key[0], "source": display.get(key[1], key[1]), "target": display.get(key[2], key[2]),
            "relations": [r["id"] for r in rels],
            "documents": sorted({s["document"] for r in rels for s in r.get("evidence") or []})}


def diff(export_a: dict[str, Any], export_b: dict[str, Any]) -> dict[str, Any]:
    """What B has that A had not: new actors, new ties, ties now disputed; and what B lost.

    Actors are matched by folded name and type, so two exports of the same
    workspace (or of two workspaces) compare even when ids differ.
    """
    keys_a, keys_b = _actor_keys(export_a), _actor_keys(export_b)
    ents_b = {e["id"]: e for e in export_b.get("entities") or []}
    ents_a = {e["id"]: e for e in export_a.get("entities") or []}
    have_a, have_b = set(keys_a.values()), set(keys_b.values())
    display = {keys_b[i]: e["name"] for i, e in ents_b.items()} | {keys_a[i]: e["name"] for i, e in ents_a.items()}
    ties_a, ties_b = _ties(export_a, keys_a), _ties(export_b, keys_b)
    claims_a = {c["id"]: c for c in export_a.get("claims") or []}
    claims_b = {c["id"]: c for c in export_b.get("claims") or []}
    disputed = []
    for key, rels in sorted(ties_b.items()):
        now = _disputed(rels, claims_b)
        before = _disputed(ties_a.get(key, []), claims_a)
        if now and not before:
            disputed.append(_tie_view(key, rels, display) | {"contradicted_by": now})
    return {
        "new_actors": sorted(({"id": i, "name": e["name"], "type": e["type"]} for i, e in ents_b.items()
                              if keys_b[i] not in have_a), key=lambda x: x["name"]),
        "gone_actors": sorted(({"id": i, "name": e["name"], "type": e["type"]} for i, e in ents_a.items()
                               if keys_a[i] not in have_b), key=lambda x: x["name"]),
        "new_ties": [_tie_view(k, v, display) for k, v in sorted(ties_b.items()) if k not in ties_a],
        "gone_ties": [_tie_view(k, v, display) for k, v in sorted(ties_a.items()) if k not in ties_b],
        "newly_disputed": disputed,
    }


def diff_dates(export: dict[str, Any], date_a: str, date_b: str, *, include_undated: bool = False) -> dict[str, Any]:
    """What the workspace asserted by ``date_b`` that it had not by ``date_a``."""
    return diff(as_of(export, date_a, include_undated=include_undated),
                as_of(export, date_b, include_undated=include_undated))


def diff_documents(export: dict[str, Any], docs_a: Iterable[str], docs_b: Iterable[str]) -> dict[str, Any]:
    """What document set B asserts that document set A does not."""
    return diff(restrict(export, docs_a), restrict(export, docs_b))


def format_diff(d: dict[str, Any]) -> str:
    lines = [f"new actors: {len(d['new_actors'])}"]
    lines += [f"  + {a['name']} ({a['type']})" for a in d["new_actors"]]
    lines.append(f"new ties: {len(d['new_ties'])}")
    lines += [f"  + {t['source']} —{t['type']}— {t['target']}" for t in d["new_ties"]]
    lines.append(f"ties now disputed: {len(d['newly_disputed'])}")
    lines += [f"  ! {t['source']} —{t['type']}— {t['target']} (disputed by {', '.join(t['contradicted_by'])})"
              for t in d["newly_disputed"]]
    if d["gone_actors"] or d["gone_ties"]:
        lines.append(f"no longer asserted: {len(d['gone_actors'])} actors, {len(d['gone_ties'])} ties")
    return "\n".join(lines)
