"""The native export (``nexos/export@1``): the whole workspace, lossless, with evidence.

``build_export`` is the one place that assembles the store into the
contract's shape; every other exporter (CSV, FtM, STIX, GEXF, the report)
starts from its output, so review decisions and merges apply everywhere.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from nexos.store import Store

SCHEMA = "nexos/export@1"


def _span(s: dict[str, Any]) -> dict[str, Any]:
    return {"document": s["document"], "start": s["start"], "end": s["end"], "text": s.get("text", "")}


def _entities(store: Store, merged: dict[str, str]) -> list[dict[str, Any]]:
    rows = {r["id"]: r for r in store.entity_rows() if r["status"] != "rejected"}
    out: dict[str, dict[str, Any]] = {}
    for eid, r in rows.items():
        if eid in merged:
            continue
        out[eid] = {
            "id": eid,
            "name": r["name"],
            "type": r["type"],
            "subtype": r["subtype"],
            "aliases": list(r["aliases"] or []),
            "countries": list(r["countries"] or []),
            "external_ids": dict(r["external_ids"] or {}),
            "mentions": [],
        }
    # A merged entity lends its names and mentions to the one it was merged into.
    for eid, into in merged.items():
        if eid in rows and into in out:
            names = {rows[eid]["name"], *(rows[eid]["aliases"] or [])} - {out[into]["name"]}
            out[into]["aliases"] = sorted(set(out[into]["aliases"]) | names)
    from nexos.refs.store import sanctions_by_entity

    # Listings matched by `nexos refs match` (leads, with their reasons); the best per list names the id.
    for eid, listings in sanctions_by_entity(store, merged).items():
        if eid in out:
            out[eid]["external_ids"].update({s["list"]: s["id"] for s in reversed(listings)})
            out[eid]["sanctions"] = listings
    for m in store.mention_rows():
        eid = merged.get(m["entity_id"], m["entity_id"])
        if eid in out:
            out[eid]["mentions"].append(
                {"document": m["document_id"], "start": m["start"], "end": m["end"], "text": m["text"]}
            )
    return [e for e in out.values() if e["mentions"]]


def _document(d: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": d["id"],
        "title": d["title"] or "",
        "path": d["path"],
        "source_url": d["source_url"],
        "publisher": d["publisher"],
        "published": d["published"],
        "language": d["language"],
        "sha256": d["sha256"],
        "text_length": len(d["text"]),
        "citations": [
            {"marker": c["marker"], "url": c["url"], "start": c["start"], "end": c["end"]}
            | ({"kind": c["kind"]} if c["kind"] != "footnote" else {})
            for c in d["citations"]
        ],
    }


def build_export(store: Store, include_text: bool = False, include_negated: bool = False) -> dict[str, Any]:
    merged = store.merge_map()
    remap = lambda x: merged.get(x, x) if x else x  # noqa: E731
    docs = store.documents(with_text=True)
    entities = _entities(store, merged)
    live = {e["id"] for e in entities}
    relations = []
    for r in store.rows("relations"):
        src, tgt = remap(r["source"]), remap(r["target"])
        if r["negated"] and not include_negated:
            continue  # a disputed tie lives on as its claim, not as an edge
        if src not in live or tgt not in live or src == tgt:
            continue
        relations.append({
            "id": r["id"], "type": r["type"], "subtype": r["subtype"], "source": src, "target": tgt,
            "valid_from": r["valid_from"], "valid_to": r["valid_to"], "claims": list(r["claims"] or []),
            "evidence": [_span(s) for s in r["evidence"] or []], "confidence": r["confidence"],
            "negated": bool(r["negated"]),
        })
    events = []
    for e in store.rows("events"):
        events.append({
            "id": e["id"], "type": e["type"], "subtype": e["subtype"], "date": e["date"],
            "date_precision": e["date_precision"], "description": e["description"] or "",
            "location": remap(e["location"]) if remap(e["location"]) in live else None,
            "participants": _unique(remap(p) for p in e["participants"] or [] if remap(p) in live),
            "claims": list(e["claims"] or []), "evidence": [_span(s) for s in e["evidence"] or []],
        })
    claims = []
    for c in sorted(store.rows("claims"), key=lambda c: (c["document_id"], c["start"])):
        claims.append({
            "id": c["id"], "document": c["document_id"], "start": c["start"], "end": c["end"], "text": c["text"],
            "kind": c["kind"], "attributed_to": _live(remap(c["attributed_to"]), live),
            "source_description": c["source_description"], "anonymous_source": bool(c["anonymous_source"]),
            "quote": c["quote"], "speaker": _live(remap(c["speaker"]), live),
            "citations": list(c["citations"] or []), "hedged": bool(c["hedged"]),
            "hedges": list(c["hedges"] or []), "negated": bool(c["negated"]),
            "loaded_terms": [x["term"] for x in c["loaded_terms"] or []],
            "loaded_term_spans": list(c["loaded_terms"] or []),
            "entities": _unique(remap(x) for x in c["entities"] or [] if remap(x) in live),
            "corroborated_by": list(c["corroborated_by"] or []), "contradicted_by": list(c["contradicted_by"] or []),
            "check_worthiness": c["check_worthiness"],
        } | ({"grade": c["grade"]} if c["grade"] else {}))
    out: dict[str, Any] = {
        "schema": SCHEMA,
        "generated_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "documents": [_document(d) | ({"text": d["text"]} if include_text else {}) for d in docs],
        "entities": entities,
        "relations": relations,
        "events": events,
        "claims": claims,
    }
    return out


def _live(x: str | None, live: set[str]) -> str | None:
    return x if x in live else None


def _unique(xs: Any) -> list[str]:
    seen: dict[str, None] = {}
    for x in xs:
        seen.setdefault(x, None)
    return list(seen)


def write_json(store: Store, path: str | Path, include_text: bool = False) -> dict[str, Any]:
    data = build_export(store, include_text=include_text)
    text = json.dumps(data, ensure_ascii=False, indent=1)
    if str(path) == "-":
        print(text)
    else:
        Path(path).write_text(text, encoding="utf-8")
    return data
