"""Bring one workspace's records into another: import a ``nexos/export@1`` file.

What an import does, and why:

* **Documents** already in this workspace (same id or same bytes, by
  sha256) are skipped together with everything asserted in them, so
  importing the same file twice adds nothing and a document analysed in
  both workspaces is not counted twice.
* **Text.** An export written with ``nexos export --with-text`` carries
  each document's text, which is stored and re-segmented. Without it the
  document is stored with *sparse text*: a string of the original length
  holding only the spans the export quotes (mentions, evidence, claims,
  citation markers) at their offsets, blanks elsewhere, and
  ``meta.text_missing`` set. Every offset stays valid and every quoted span
  still checks against the text; nothing else of the document is invented.
* **Actors** are joined, not duplicated: an imported entity becomes an
  existing one with the same id, else the one of the same knowledge-base
  entry, else one of the same type whose name or alias folds the same,
  else one sharing an external id. Only then is a new entity created.
* Relations, events and claims keep their ids; their entity references
  are rewritten to this workspace's entities. The original extractor name
  is not in the export, so imported records say ``import``.

Cross-document assessment (corroboration, grades) is re-run afterwards,
as after an analysis batch.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select, update
from sqlalchemy.engine import Connection

from nexos import __version__
from nexos.errors import ConfigError, IngestError
from nexos.knowledge import fold, load_kb
from nexos.store import Store
from nexos.store import schema as t
from nexos.store.sql import now

log = logging.getLogger(__name__)

SCHEMA = "nexos/export@1"
EXTRACTOR = "import"


@dataclass
class ImportSummary:
    documents: int = 0
    documents_skipped: int = 0
    documents_without_text: int = 0
    entities_new: int = 0
    entities_joined: int = 0
    mentions: int = 0
    relations: int = 0
    events: int = 0
    claims: int = 0
    entity_map: dict[str, str] = field(default_factory=dict)

    def as_dict(self) -> dict[str, int]:
        return {k: v for k, v in self.__dict__.items() if k != "entity_map"}


def read_export(path: str | Path) -> dict[str, Any]:
    """A nexos export file's content, checked for its schema tag."""
    source = Path(path)
    try:
        raw = _stdin() if str(path) == "-" else source.read_text(encoding="utf-8")
        data = json.loads(raw)
    except OSError as exc:
        raise IngestError(f"cannot read {source}: {exc.strerror or exc}") from exc
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise IngestError(f"{source} is not JSON ({exc}); `nexos import` reads `nexos export --format json` files") from exc
    if not isinstance(data, dict) or data.get("schema") != SCHEMA:
        raise ConfigError(f"{source} is not a {SCHEMA} file; write one with `nexos export --format json --with-text`")
    return data


def _stdin() -> str:
    import sys

    return sys.stdin.read()


def import_file(store: Store, path: str | Path) -> ImportSummary:
    """Import a nexos export file into ``store``."""
    return import_export(store, read_export(path), origin=str(path))


def merge_workspaces(target: Store, source: Store) -> ImportSummary:
    """Copy everything ``source`` holds (text included) into ``target``."""
    from nexos.export.native import build_export

    return import_export(target, build_export(source, include_text=True), origin=source.url)


# -- entity joining ------------------------------------------------------------
class _Joiner:
    """Finds the workspace entity an imported one stands for."""

    def __init__(self, store: Store, kb: Any) -> None:
        self.kb = kb
        self.merged = store.merge_map()
        self.rows = {r["id"]: r for r in store.entity_rows()}
        self.by_kb: dict[str, str] = {}
        self.by_name: dict[tuple[str, str], str] = {}
        self.by_ext: dict[tuple[str, str], str] = {}
        for row in self.rows.values():
            self._remember(row["id"], row["name"], row["type"], row["aliases"] or [], row["kb_id"],
                           row["external_ids"] or {})

    def _remember(self, eid: str, name: str, type_: str, aliases: Iterable[str], kb_id: str | None,
                  external: dict[str, str]) -> None:
        eid = self.merged.get(eid, eid)
        if kb_id:
            self.by_kb.setdefault(kb_id, eid)
        for n in [name, *aliases]:
            self.by_name.setdefault((fold(n), type_), eid)
        for k, v in external.items():
            self.by_ext.setdefault((k, str(v)), eid)

    def kb_id(self, ent: dict[str, Any]) -> str | None:
        for n in [ent["name"], *(ent.get("aliases") or [])]:
            for entry in self.kb.lookup(n):
                if entry.type == ent["type"] and not entry.is_ambiguous(n):
                    return str(entry.id)
        return None

    def find(self, ent: dict[str, Any], kb_id: str | None) -> str | None:
        if ent["id"] in self.rows:
            return self.merged.get(ent["id"], ent["id"])
        if kb_id and kb_id in self.by_kb:
            return self.by_kb[kb_id]
        for n in [ent["name"], *(ent.get("aliases") or [])]:
            hit = self.by_name.get((fold(n), ent["type"]))
            if hit:
                return hit
        for k, v in (ent.get("external_ids") or {}).items():
            hit = self.by_ext.get((k, str(v)))
            if hit:
                return hit
        return None

    def add(self, eid: str, ent: dict[str, Any], kb_id: str | None) -> None:
        self.rows[eid] = {"id": eid}
        self._remember(eid, ent["name"], ent["type"], ent.get("aliases") or [], kb_id, ent.get("external_ids") or {})


# -- documents -----------------------------------------------------------------
def _spans_by_document(data: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    spans: dict[str, list[dict[str, Any]]] = {}
    for e in data.get("entities", []):
        for m in e.get("mentions") or []:
            spans.setdefault(m["document"], []).append(m)
    for rec in [*data.get("relations", []), *data.get("events", [])]:
        for s in rec.get("evidence") or []:
            spans.setdefault(s["document"], []).append(s)
    for c in data.get("claims", []):
        spans.setdefault(c["document"], []).append(c)
    return spans


def sparse_text(length: int, spans: Iterable[dict[str, Any]]) -> str:
    """Blanks of ``length`` with each known span's text written at its offsets."""
    chars = [" "] * length
    for s in spans:
        text = s.get("text") or ""
        start = s.get("start")
        if start is None or start < 0 or start + len(text) > length:
            continue
        chars[start : start + len(text)] = list(text)
    return "".join(chars)


def _document_row(doc: dict[str, Any], spans: list[dict[str, Any]], origin: str) -> dict[str, Any]:
    from nexos.ingest.segment import segment

    text = doc.get("text")
    language = doc.get("language") or "und"
    meta: dict[str, Any] = {"imported_from": origin} if origin else {}
    if isinstance(text, str):
        paragraphs, sentences = segment(text, language)
    else:
        cites = [{"start": c.get("start"), "text": c.get("marker", "")} for c in doc.get("citations") or []]
        length = max([doc.get("text_length") or 0, *(s["end"] for s in spans)])
        text = sparse_text(length, [*spans, *cites])
        paragraphs, sentences = [], []
        meta["text_missing"] = True
    return {
        "id": doc["id"], "sha256": doc["sha256"], "path": doc.get("path"), "title": doc.get("title") or "",
        "language": language, "publisher": doc.get("publisher"), "published": doc.get("published"),
        "source_url": doc.get("source_url"), "media_type": None, "size_bytes": None, "text": text,
        "paragraphs": [list(p) for p in paragraphs], "sentences": [list(s) for s in sentences],
        "page_breaks": [], "links": [], "meta": meta, "ingested_at": now(),
    }


def _citation_rows(doc: dict[str, Any]) -> list[dict[str, Any]]:
    return [
        {"document_id": doc["id"], "marker": c["marker"], "url": c["url"], "kind": c.get("kind", "footnote"),
         "start": c.get("start"), "end": c.get("end")}
        for c in doc.get("citations") or []
    ]


# -- the import ------------------------------------------------------------------
def import_export(store: Store, data: dict[str, Any], origin: str = "", kb: Any = None) -> ImportSummary:
    """Import an export's documents and records; see the module notes for the rules."""
    summary = ImportSummary()
    have = {(d["id"], d["sha256"]) for d in store.documents(with_text=False)}
    have_ids, have_shas = {i for i, _ in have}, {s for _, s in have}
    new_docs = []
    for d in data.get("documents", []):
        if d["id"] in have_ids or d["sha256"] in have_shas:
            summary.documents_skipped += 1
        else:
            new_docs.append(d)
            have_ids.add(d["id"])
            have_shas.add(d["sha256"])
    fresh = {d["id"] for d in new_docs}
    if not fresh:
        return summary
    spans = _spans_by_document(data)
    joiner = _Joiner(store, kb if kb is not None else load_kb())
    with store.begin() as conn:
        for d in new_docs:
            row = _document_row(d, spans.get(d["id"], []), origin)
            conn.execute(insert(t.documents).values(**row))
            cites = _citation_rows(d)
            if cites:
                conn.execute(insert(t.citations), cites)
            summary.documents += 1
            summary.documents_without_text += bool(row["meta"].get("text_missing"))
        _import_entities(conn, data, fresh, joiner, summary)
        _import_records(conn, data, fresh, summary)
    from nexos import assess

    assess.assess_corpus(store)
    log.info("imported %s", summary.as_dict())
    return summary


def _import_entities(conn: Connection, data: dict[str, Any], fresh: set[str], joiner: _Joiner,
                     summary: ImportSummary) -> None:
    referenced = _referenced_entities(data, fresh)
    for ent in data.get("entities", []):
        mentions = [m for m in ent.get("mentions") or [] if m["document"] in fresh]
        if not mentions and ent["id"] not in referenced:
            continue
        kb_id = joiner.kb_id(ent)
        target = joiner.find(ent, kb_id)
        if target is None:
            target = _new_entity(conn, ent, kb_id, joiner)
            summary.entities_new += 1
        else:
            _join_entity(conn, target, ent)
            summary.entities_joined += 1
        summary.entity_map[ent["id"]] = target
        rows = [
            {"entity_id": target, "document_id": m["document"], "start": m["start"], "end": m["end"],
             "text": m.get("text", ""), "extractor": EXTRACTOR, "extractor_version": __version__,
             "confidence": 0.5}
            for m in mentions
        ]
        if rows:
            conn.execute(insert(t.mentions), rows)
            summary.mentions += len(rows)


def _referenced_entities(data: dict[str, Any], fresh: set[str]) -> set[str]:
    out: set[str] = set()
    claim_docs = {c["id"]: c["document"] for c in data.get("claims", [])}
    for r in data.get("relations", []):
        if _record_document(r, claim_docs) in fresh:
            out.update((r["source"], r["target"]))
    for e in data.get("events", []):
        if _record_document(e, claim_docs) in fresh:
            out.update(e.get("participants") or [])
            if e.get("location"):
                out.add(e["location"])
    for c in data.get("claims", []):
        if c["document"] in fresh:
            out.update(x for x in (c.get("attributed_to"), c.get("speaker"), *(c.get("entities") or [])) if x)
    return out


def _new_entity(conn: Connection, ent: dict[str, Any], kb_id: str | None, joiner: _Joiner) -> str:
    from nexos.resolve import entity_id_for

    # A KB actor gets the id analysis would give it, so later analyses land on it.
    eid = entity_id_for(ent["name"], ent["type"], kb_id) if kb_id else ent["id"]
    if eid in joiner.rows:
        eid = ent["id"]
    conn.execute(insert(t.entities).values(
        id=eid, name=ent["name"], type=ent["type"], subtype=ent.get("subtype"),
        aliases=sorted(set(ent.get("aliases") or []) - {ent["name"]}),
        countries=sorted(set(ent.get("countries") or [])),
        external_ids=dict(ent.get("external_ids") or {}), kb_id=kb_id, status="active", created_at=now(),
    ))
    joiner.add(eid, ent, kb_id)
    return eid


def _join_entity(conn: Connection, eid: str, ent: dict[str, Any]) -> None:
    row = conn.execute(select(t.entities).where(t.entities.c.id == eid)).mappings().first()
    if row is None:
        return
    aliases = set(row["aliases"] or []) | set(ent.get("aliases") or []) | {ent["name"]}
    aliases.discard(row["name"])
    countries = set(row["countries"] or []) | set(ent.get("countries") or [])
    external = dict(ent.get("external_ids") or {}) | dict(row["external_ids"] or {})
    values = {"aliases": sorted(aliases), "countries": sorted(countries), "external_ids": external}
    if any(values[k] != (row[k] or type(values[k])()) for k in values):
        conn.execute(update(t.entities).where(t.entities.c.id == eid).values(**values))


def _record_document(rec: dict[str, Any], claim_docs: dict[str, str]) -> str | None:
    for s in rec.get("evidence") or []:
        return str(s["document"])
    for cid in rec.get("claims") or []:
        if cid in claim_docs:
            return claim_docs[cid]
    return None


def _existing_ids(conn: Connection, table: Any, ids: list[str]) -> set[str]:
    out: set[str] = set()
    for i in range(0, len(ids), 500):
        out.update(conn.execute(select(table.c.id).where(table.c.id.in_(ids[i : i + 500]))).scalars())
    return out


def _import_records(conn: Connection, data: dict[str, Any], fresh: set[str], summary: ImportSummary) -> None:
    emap = summary.entity_map
    remap = lambda x: emap.get(x, x) if x else x  # noqa: E731
    claim_docs = {c["id"]: c["document"] for c in data.get("claims", [])}
    base = {"extractor": EXTRACTOR, "extractor_version": __version__, "status": "active"}
    plan = (
        (t.relations, "relations", _relation_row),
        (t.events, "events", _event_row),
        (t.claims, "claims", _claim_row),
    )
    for table, key, build in plan:
        found = [(r, _record_document(r, claim_docs) if key != "claims" else r["document"])
                 for r in data.get(key, [])]
        recs = [(r, str(doc)) for r, doc in found if doc in fresh]
        taken = _existing_ids(conn, table, [r["id"] for r, _ in recs])
        rows = [build(r, doc, remap) | base for r, doc in recs if r["id"] not in taken]
        if rows:
            conn.execute(insert(table), rows)
        setattr(summary, key, len(rows))


def _relation_row(r: dict[str, Any], doc: str, remap: Any) -> dict[str, Any]:
    return {
        "id": r["id"], "document_id": doc, "type": r["type"], "subtype": r.get("subtype"),
        "source": remap(r["source"]), "target": remap(r["target"]), "valid_from": r.get("valid_from"),
        "valid_to": r.get("valid_to"), "negated": bool(r.get("negated")), "evidence": list(r.get("evidence") or []),
        "claims": list(r.get("claims") or []), "confidence": r.get("confidence"),
    }


def _event_row(e: dict[str, Any], doc: str, remap: Any) -> dict[str, Any]:
    return {
        "id": e["id"], "document_id": doc, "type": e["type"], "subtype": e.get("subtype"), "date": e.get("date"),
        "date_precision": e.get("date_precision"), "description": e.get("description") or "",
        "location": remap(e.get("location")), "participants": [remap(p) for p in e.get("participants") or []],
        "evidence": list(e.get("evidence") or []), "claims": list(e.get("claims") or []), "confidence": None,
    }


def _claim_row(c: dict[str, Any], doc: str, remap: Any) -> dict[str, Any]:
    return {
        "id": c["id"], "document_id": doc, "start": c["start"], "end": c["end"], "text": c["text"],
        "kind": c["kind"], "attributed_to": remap(c.get("attributed_to")),
        "source_description": c.get("source_description"), "anonymous_source": bool(c.get("anonymous_source")),
        "quote": c.get("quote"), "speaker": remap(c.get("speaker")), "citations": list(c.get("citations") or []),
        "hedged": bool(c.get("hedged")), "hedges": list(c.get("hedges") or []), "negated": bool(c.get("negated")),
        "loaded_terms": list(c.get("loaded_term_spans") or []),
        "entities": [remap(x) for x in c.get("entities") or []],
        "corroborated_by": list(c.get("corroborated_by") or []), "contradicted_by": list(c.get("contradicted_by") or []),
        "grade": c.get("grade"), "check_worthiness": c.get("check_worthiness"), "confidence": None,
    }
