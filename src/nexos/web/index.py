"""An in-memory index over ``build_export``, rebuilt when the store changes.

The web app never assembles entities, merges or review state itself: it
reads the one export view and indexes it (by entity, by document, by
claim) so that an entity page or a neighbourhood is a few dict look-ups.
The index is rebuilt when a cheap fingerprint of the store changes (new
documents, new or undone audit rows) or when the app says so after a write.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select

from nexos.errors import NotFound
from nexos.export.native import build_export
from nexos.store import Store
from nexos.store import schema as t

log = logging.getLogger(__name__)


@dataclass
class View:
    """The export dict plus look-up tables; read-only once built."""

    data: dict[str, Any]
    entities: dict[str, dict[str, Any]] = field(default_factory=dict)
    documents: dict[str, dict[str, Any]] = field(default_factory=dict)
    relations: dict[str, dict[str, Any]] = field(default_factory=dict)
    events: dict[str, dict[str, Any]] = field(default_factory=dict)
    claims: dict[str, dict[str, Any]] = field(default_factory=dict)
    rels_of: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    events_of: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    claims_of: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    claims_in: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    mentions_in: dict[str, list[tuple[int, int, str]]] = field(default_factory=lambda: defaultdict(list))
    merged_into: dict[str, str] = field(default_factory=dict)
    merged_from: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))

    def name(self, eid: str | None) -> str | None:
        e = self.entities.get(eid or "")
        return e["name"] if e else None

    def entity(self, eid: str) -> dict[str, Any]:
        eid = self.merged_into.get(eid, eid)
        if eid not in self.entities:
            raise NotFound(f"no entity {eid!r} in this workspace")
        return self.entities[eid]


def build_view(store: Store) -> View:
    started = time.perf_counter()
    data = build_export(store, include_text=False)
    v = View(data)
    v.merged_into = store.merge_map()
    for a, b in v.merged_into.items():
        v.merged_from[b].append(a)
    v.documents = {d["id"]: d for d in data["documents"]}
    for e in data["entities"]:
        v.entities[e["id"]] = e
        for m in e["mentions"]:
            v.mentions_in[m["document"]].append((m["start"], m["end"], e["id"]))
    for r in data["relations"]:
        v.relations[r["id"]] = r
        v.rels_of[r["source"]].append(r["id"])
        v.rels_of[r["target"]].append(r["id"])
    for ev in data["events"]:
        v.events[ev["id"]] = ev
        for p in {*ev["participants"], ev["location"]} - {None}:
            v.events_of[p].append(ev["id"])
    for c in data["claims"]:
        v.claims[c["id"]] = c
        v.claims_in[c["document"]].append(c["id"])
        for eid in {*c["entities"], c["attributed_to"], c["speaker"]} - {None}:
            v.claims_of[eid].append(c["id"])
    log.info("web index built in %.2fs (%d entities)", time.perf_counter() - started, len(v.entities))
    return v


def fingerprint(store: Store) -> tuple[Any, ...]:
    """Changes whenever a document arrives or a review decision is made or undone."""
    with store.engine.connect() as conn:
        docs = conn.execute(select(func.count()).select_from(t.documents)).scalar_one()
        audit = conn.execute(select(func.max(t.audit_log.c.id), func.count(t.audit_log.c.undone_at))).one()
        merges = conn.execute(select(func.count(), func.count(t.merges.c.undone_at)).select_from(t.merges)).one()
    return (docs, *audit, *merges)


class Workspace:
    """One store and its current view, shared by every request of the app."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._lock = threading.Lock()
        self._view: View | None = None
        self._key: tuple[Any, ...] | None = None
        self._generation = 0

    def invalidate(self) -> None:
        with self._lock:
            self._generation += 1

    def view(self) -> View:
        key = (self._generation, *fingerprint(self.store))
        with self._lock:
            if self._view is None or key != self._key:
                self._view = build_view(self.store)
                self._key = key
            return self._view

    def document_text(self, doc_id: str) -> dict[str, Any]:
        """Text and sentence boundaries of one document, read straight from its row."""
        cols = [t.documents.c.id, t.documents.c.text, t.documents.c.sentences]
        with self.store.engine.connect() as conn:
            row = conn.execute(select(*cols).where(t.documents.c.id == doc_id)).mappings().first()
        if row is None:
            raise NotFound(f"no document {doc_id!r} in this workspace")
        return dict(row)

    def document_texts(self, doc_ids: list[str]) -> dict[str, dict[str, Any]]:
        cols = [t.documents.c.id, t.documents.c.text, t.documents.c.sentences]
        with self.store.engine.connect() as conn:
            rows = conn.execute(select(*cols).where(t.documents.c.id.in_(doc_ids))).mappings().all()
        return {r["id"]: dict(r) for r in rows}

    def entity_row(self, eid: str) -> dict[str, Any] | None:
        with self.store.engine.connect() as conn:
            row = conn.execute(select(t.entities).where(t.entities.c.id == eid)).mappings().first()
        return dict(row) if row else None

    def entity_status(self, eid: str) -> str:
        row = self.entity_row(eid)
        return row["status"] if row else "unknown"

    def entity_name(self, eid: str) -> str:
        row = self.entity_row(eid)
        return row["name"] if row else eid
