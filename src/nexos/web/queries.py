"""What each page shows, as plain JSON-ready dicts (the HTML views and the API share them).

Everything is read from the ``View`` (the indexed export), so merges and
review decisions already apply. Text taken from documents is returned as
plain strings or lists of segments; escaping is the template's job and no
function here builds HTML.
"""

from __future__ import annotations

import bisect
from collections import Counter, deque
from dataclasses import dataclass
from typing import Any

from nexos.errors import NotFound
from nexos.web.index import View, Workspace

CONTEXT_CHARS = 160
MAX_MENTIONS = 60


LOOSE_BELOW = 0.35  # ties extracted with less confidence than this are loose pairings


@dataclass(frozen=True)
class EdgeFilter:
    """Which ties the explorer shows: relation types, a date window, a grade floor."""

    types: frozenset[str] = frozenset()
    date_from: str | None = None
    date_to: str | None = None
    max_credibility: int = 6  # Admiralty credibility: 1 best … 6 cannot be judged
    loose: bool = False  # also show loose ties: same-clause pairings (rules.pairing) and inferred ones (model.context)

    def keep(self, rel: dict[str, Any], view: View) -> bool:
        if self.types and rel["type"] not in self.types:
            return False
        if not self.loose and (rel.get("confidence") or 1.0) < LOOSE_BELOW:
            return False
        if relation_grade(rel, view) > self.max_credibility:
            return False
        if self.date_from or self.date_to:
            d = relation_date(rel, view)
            if d is None or (self.date_from and d[:len(self.date_from)] < self.date_from):
                return False
            if self.date_to and d[:len(self.date_to)] > self.date_to:
                return False
        return True


def relation_grade(rel: dict[str, Any], view: View) -> int:
    """The best credibility among the claims asserting the tie (6 when none is graded)."""
    creds = [view.claims[c]["grade"]["credibility"] for c in rel["claims"]
             if c in view.claims and view.claims[c].get("grade")]
    return min(creds, default=6)


def relation_date(rel: dict[str, Any], view: View) -> str | None:
    if rel.get("valid_from"):
        return str(rel["valid_from"])
    for span in rel["evidence"]:
        doc = view.documents.get(span["document"])
        if doc and doc.get("published"):
            return str(doc["published"])
    return None


def node(view: View, eid: str, hop: int | None = None) -> dict[str, Any]:
    e = view.entities[eid]
    out = {"id": eid, "name": e["name"], "type": e["type"], "degree": len(view.rels_of.get(eid, [])),
           "mentions": len(e["mentions"])}
    return out | ({"hop": hop} if hop is not None else {})


def _edge(view: View, rel: dict[str, Any]) -> dict[str, Any]:
    return {"id": rel["id"], "source": rel["source"], "target": rel["target"], "type": rel["type"],
            "credibility": relation_grade(rel, view), "date": relation_date(rel, view)}


def neighbourhood(view: View, eid: str, hops: int = 2, flt: EdgeFilter = EdgeFilter(),
                  limit: int = 250) -> dict[str, Any]:
    """Entities within ``hops`` ties of one entity (breadth first, at most ``limit`` nodes)."""
    root = view.entity(eid)["id"]
    seen = {root: 0}
    edges: dict[str, dict[str, Any]] = {}
    queue = deque([root])
    while queue:
        cur = queue.popleft()
        if seen[cur] >= hops:
            continue
        for rid in view.rels_of.get(cur, []):
            rel = view.relations[rid]
            if not flt.keep(rel, view):
                continue
            other = rel["target"] if rel["source"] == cur else rel["source"]
            if other not in seen:
                if len(seen) >= limit:
                    continue
                seen[other] = seen[cur] + 1
                queue.append(other)
            edges[rid] = _edge(view, rel)
    return {"root": root, "hops": hops, "nodes": [node(view, n, h) for n, h in seen.items()],
            "edges": list(edges.values()), "truncated": len(seen) >= limit}


def overview(view: View, flt: EdgeFilter = EdgeFilter(), limit: int = 150) -> dict[str, Any]:
    """The most connected part of the graph under a filter: top nodes by degree and the ties among them."""
    kept = [r for r in view.relations.values() if flt.keep(r, view)]
    degree = Counter(x for r in kept for x in (r["source"], r["target"]))
    top = {eid for eid, _n in degree.most_common(limit)}
    edges = [_edge(view, r) for r in kept if r["source"] in top and r["target"] in top]
    nodes = [node(view, eid) | {"degree": degree[eid]} for eid in top]
    types = sorted({r["type"] for r in view.relations.values()})
    return {"nodes": nodes, "edges": edges, "relation_types": types, "truncated": len(degree) > limit}


def _sentence_context(text: str, sentences: list[list[int]], start: int, end: int) -> list[dict[str, Any]]:
    """The sentence around a span as [before, span, after] segments, clipped to a readable length."""
    starts = [s for s, _e in sentences]
    i = bisect.bisect_right(starts, start) - 1
    s, e = (sentences[i][0], sentences[i][1]) if i >= 0 and sentences[i][1] >= end else (start, end)
    s, e = max(s, start - CONTEXT_CHARS), min(e, end + CONTEXT_CHARS)
    return [{"text": text[s:start], "mark": False}, {"text": text[start:end], "mark": True},
            {"text": text[end:e], "mark": False}]


def mentions_in_context(ws: Workspace, entity: dict[str, Any], view: View) -> list[dict[str, Any]]:
    ms = entity["mentions"][:MAX_MENTIONS]
    texts = ws.document_texts(sorted({m["document"] for m in ms}))
    out = []
    for m in ms:
        doc = texts.get(m["document"])
        if doc is None:
            continue
        out.append({"document": m["document"], "title": view.documents[m["document"]]["title"],
                    "start": m["start"], "end": m["end"],
                    "context": _sentence_context(doc["text"], doc["sentences"] or [], m["start"], m["end"])})
    return out


def claim_summary(view: View, cid: str) -> dict[str, Any] | None:
    c = view.claims.get(cid)
    if c is None:
        return None
    doc = view.documents.get(c["document"], {})
    return {"id": cid, "text": c["text"], "kind": c["kind"], "document": c["document"],
            "document_title": doc.get("title", ""), "publisher": doc.get("publisher"),
            "grade": c.get("grade")}


def _tie(view: View, rel: dict[str, Any], eid: str) -> dict[str, Any]:
    outgoing = rel["source"] == eid
    other = rel["target"] if outgoing else rel["source"]
    return {"id": rel["id"], "type": rel["type"], "direction": "out" if outgoing else "in",
            "other": other, "other_name": view.name(other), "credibility": relation_grade(rel, view),
            "date": relation_date(rel, view), "documents": sorted({s["document"] for s in rel["evidence"]})}


def entity_page(ws: Workspace, view: View, eid: str) -> dict[str, Any]:
    e = view.entity(eid)
    rid = e["id"]
    events = sorted((view.events[x] for x in view.events_of.get(rid, [])), key=lambda ev: ev["date"] or "9999")
    return {
        "entity": {k: e[k] for k in ("id", "name", "type", "subtype", "aliases", "countries", "external_ids")},
        "status": ws.entity_status(rid),
        "requested": eid,
        "merged_from": [{"id": m, "name": ws.entity_name(m)} for m in view.merged_from.get(rid, [])],
        "mention_count": len(e["mentions"]),
        "mentions": mentions_in_context(ws, e, view),
        "ties": [_tie(view, view.relations[r], rid) for r in view.rels_of.get(rid, [])],
        "events": [timeline_item(view, ev) for ev in events],
        "claims": [claim_summary(view, c) for c in view.claims_of.get(rid, [])],
    }


def relation_detail(ws: Workspace, view: View, rid: str) -> dict[str, Any]:
    rel = view.relations.get(rid)
    if rel is None:
        raise NotFound(f"no relation {rid!r} (it may have been rejected)")
    texts = ws.document_texts(sorted({s["document"] for s in rel["evidence"]}))
    evidence = []
    for s in rel["evidence"]:
        doc = texts.get(s["document"])
        ctx = _sentence_context(doc["text"], doc["sentences"] or [], s["start"], s["end"]) if doc else []
        evidence.append(s | {"title": view.documents.get(s["document"], {}).get("title", ""), "context": ctx})
    return {"relation": rel | {"source_name": view.name(rel["source"]), "target_name": view.name(rel["target"]),
                               "credibility": relation_grade(rel, view), "date": relation_date(rel, view)},
            "claims": [c for c in (claim_summary(view, x) for x in rel["claims"]) if c],
            "evidence": evidence}


def claim_detail(ws: Workspace, view: View, cid: str) -> dict[str, Any]:
    c = view.claims.get(cid)
    if c is None:
        raise NotFound(f"no claim {cid!r} (it may have been rejected)")
    doc = view.documents.get(c["document"], {})
    return {
        "claim": c, "document": {k: doc.get(k) for k in ("id", "title", "publisher", "published", "source_url")},
        "segments": _claim_segments(c),
        "attributed_to_name": view.name(c["attributed_to"]), "speaker_name": view.name(c["speaker"]),
        "entities": [{"id": x, "name": view.name(x)} for x in c["entities"]],
        "corroborated_by": [x for x in (claim_summary(view, i) for i in c["corroborated_by"]) if x],
        "contradicted_by": [x for x in (claim_summary(view, i) for i in c["contradicted_by"]) if x],
        "relations": [r["id"] for r in view.relations.values() if cid in r["claims"]][:50],
    }


def _claim_segments(c: dict[str, Any]) -> list[dict[str, Any]]:
    """The claim's text with its loaded terms marked (offsets are document offsets)."""
    spans = sorted((t["start"] - c["start"], t["end"] - c["start"], t["category"])
                   for t in c.get("loaded_term_spans") or [] if c["start"] <= t["start"] < t["end"] <= c["end"])
    out, pos, text = [], 0, c["text"]
    for s, e, cat in spans:
        if s < pos:
            continue
        out += [{"text": text[pos:s], "loaded": None}, {"text": text[s:e], "loaded": cat}]
        pos = e
    out.append({"text": text[pos:], "loaded": None})
    return [x for x in out if x["text"]]


def date_label(date: str | None, precision: str | None) -> str:
    if not date:
        return "undated"
    keep = {"year": 4, "month": 7, "day": 10}.get(precision or "", len(date))
    return date[:keep]


def timeline_item(view: View, ev: dict[str, Any]) -> dict[str, Any]:
    doc = ev["evidence"][0]["document"] if ev["evidence"] else None
    return {"id": ev["id"], "date": ev["date"], "precision": ev["date_precision"] or "unknown",
            "label": date_label(ev["date"], ev["date_precision"]), "type": ev["type"],
            "subtype": ev["subtype"], "description": ev["description"], "document": doc,
            "document_title": view.documents.get(doc or "", {}).get("title", ""),
            "location": ev["location"], "location_name": view.name(ev["location"]),
            "participants": [{"id": p, "name": view.name(p)} for p in ev["participants"]],
            "claims": ev["claims"]}


def timeline(view: View, entity: str | None = None, date_from: str | None = None,
             date_to: str | None = None, limit: int = 500) -> list[dict[str, Any]]:
    """Events in date order (undated last), each with its date precision."""
    evs = view.events.values() if not entity else [view.events[x] for x in view.events_of.get(entity, [])]
    evs = [e for e in evs if (not date_from or (e["date"] or "") >= date_from)
           and (not date_to or (e["date"] or "9999")[:len(date_to)] <= date_to)]
    evs = sorted(evs, key=lambda e: (e["date"] is None, e["date"] or "", e["id"]))
    return [timeline_item(view, e) for e in evs[:limit]]


def document_list(view: View) -> list[dict[str, Any]]:
    return [{"id": d["id"], "title": d["title"], "publisher": d["publisher"], "published": d["published"],
             "language": d["language"], "claims": len(view.claims_in.get(d["id"], []))}
            for d in view.data["documents"]]
