"""Full-text search over documents, claims and entity names.

On SQLite the index is an FTS5 table kept in step by triggers, so every
writer (the CLI, the pipeline, the web upload) feeds it without knowing it
exists. The tokenizer folds accents (``remove_diacritics 2``): "ejercito"
finds "Ejército". Other dialects fall back to a case-insensitive LIKE scan
without accent folding.

Hits are filtered through the review state: rejected records never show,
and an entity merged into another is reported as the one it was merged into.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import or_, select, text
from sqlalchemy.engine import Connection

from nexos.store import schema as t
from nexos.store.sql import Store

log = logging.getLogger(__name__)

FTS_TABLE = "search_index"
KINDS = ("document", "claim", "entity")
_HIT_OPEN, _HIT_CLOSE = "\x02", "\x03"

# FTS5 cannot index its UNINDEXED columns, so a lookup by (kind, ref) there would scan the whole index.
# ``search_keys`` gives every indexed record a rowid through a real primary key; triggers find a row
# through it in O(log n). Without it, re-saving an entity (every document that names it again)
# costs a full scan and a large analysis turns quadratic.
_KEY = "(SELECT rowid FROM search_keys WHERE kind = '{kind}' AND ref = {ref})"


def _insert(kind: str, ref: str, title: str, body: str) -> str:
    return (f"INSERT OR IGNORE INTO search_keys(kind, ref) VALUES ('{kind}', {ref}); "
            f"INSERT INTO {FTS_TABLE}(rowid, kind, ref, title, body) "
            f"VALUES ({_KEY.format(kind=kind, ref=ref)}, '{kind}', {ref}, {title}, {body});")


def _delete(kind: str, ref: str) -> str:
    return (f"DELETE FROM {FTS_TABLE} WHERE rowid = {_KEY.format(kind=kind, ref=ref)}; "
            f"DELETE FROM search_keys WHERE kind = '{kind}' AND ref = {ref};")


_DDL = [
    f"""CREATE VIRTUAL TABLE IF NOT EXISTS {FTS_TABLE} USING fts5(
        kind UNINDEXED, ref UNINDEXED, title, body,
        tokenize = "unicode61 remove_diacritics 2")""",
    "CREATE TABLE IF NOT EXISTS search_keys (kind TEXT NOT NULL, ref TEXT NOT NULL, PRIMARY KEY (kind, ref))",
    # Documents: the title and the whole extracted text.
    f"""CREATE TRIGGER IF NOT EXISTS search_doc_ins AFTER INSERT ON documents BEGIN
        {_insert('document', 'NEW.id', 'NEW.title', 'NEW.text')} END""",
    f"""CREATE TRIGGER IF NOT EXISTS search_doc_del AFTER DELETE ON documents BEGIN
        {_delete('document', 'OLD.id')} END""",
    f"""CREATE TRIGGER IF NOT EXISTS search_claim_ins AFTER INSERT ON claims BEGIN
        {_insert('claim', 'NEW.id', "''", 'NEW.text')} END""",
    f"""CREATE TRIGGER IF NOT EXISTS search_claim_upd AFTER UPDATE OF text ON claims
        WHEN NEW.text IS NOT OLD.text BEGIN
        UPDATE {FTS_TABLE} SET body = NEW.text WHERE rowid = {_KEY.format(kind='claim', ref='NEW.id')}; END""",
    f"""CREATE TRIGGER IF NOT EXISTS search_claim_del AFTER DELETE ON claims BEGIN
        {_delete('claim', 'OLD.id')} END""",
    # Entities: the name as title, aliases as body (JSON punctuation is not a token).
    f"""CREATE TRIGGER IF NOT EXISTS search_ent_ins AFTER INSERT ON entities BEGIN
        {_insert('entity', 'NEW.id', 'NEW.name', "COALESCE(NEW.aliases, '')")} END""",
    f"""CREATE TRIGGER IF NOT EXISTS search_ent_upd AFTER UPDATE OF name, aliases ON entities
        WHEN NEW.name IS NOT OLD.name OR NEW.aliases IS NOT OLD.aliases BEGIN
        UPDATE {FTS_TABLE} SET title = NEW.name, body = COALESCE(NEW.aliases, '')
        WHERE rowid = {_KEY.format(kind='entity', ref='NEW.id')}; END""",
]

_BACKFILL = [
    "INSERT OR IGNORE INTO search_keys(kind, ref) SELECT 'document', id FROM documents",
    "INSERT OR IGNORE INTO search_keys(kind, ref) SELECT 'claim', id FROM claims",
    "INSERT OR IGNORE INTO search_keys(kind, ref) SELECT 'entity', id FROM entities",
    f"""INSERT INTO {FTS_TABLE}(rowid, kind, ref, title, body)
        SELECT k.rowid, 'document', d.id, d.title, d.text FROM documents d JOIN search_keys k
        ON k.kind = 'document' AND k.ref = d.id""",
    f"""INSERT INTO {FTS_TABLE}(rowid, kind, ref, title, body)
        SELECT k.rowid, 'claim', c.id, '', c.text FROM claims c JOIN search_keys k ON k.kind = 'claim' AND k.ref = c.id""",
    f"""INSERT INTO {FTS_TABLE}(rowid, kind, ref, title, body)
        SELECT k.rowid, 'entity', e.id, e.name, COALESCE(e.aliases, '') FROM entities e JOIN search_keys k
        ON k.kind = 'entity' AND k.ref = e.id""",
]


def create_index(conn: Connection) -> None:
    """Migration body: the FTS5 table, its triggers, and what the store already holds."""
    if conn.dialect.name != "sqlite":
        log.info("search index skipped on %s: LIKE search is used instead", conn.dialect.name)
        return
    for stmt in _DDL + _BACKFILL:
        conn.exec_driver_sql(stmt)


@dataclass
class Hit:
    kind: str
    id: str
    title: str
    snippet: list[dict[str, Any]] = field(default_factory=list)
    document: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "id": self.id, "title": self.title, "snippet": self.snippet,
                "document": self.document}


def fts_query(q: str) -> str:
    """Turn what a person typed into a safe FTS5 query: every word quoted, the last a prefix."""
    words = [w for w in re.findall(r"\w+", q, flags=re.UNICODE) if w]
    if not words:
        return ""
    parts = ['"' + w.replace('"', '""') + '"' for w in words]
    parts[-1] += "*"
    return " ".join(parts)


def segments(marked: str) -> list[dict[str, Any]]:
    """Split text carrying hit markers into [{text, hit}] pieces, so callers escape text themselves."""
    out: list[dict[str, Any]] = []
    for piece in re.split(f"({_HIT_OPEN}.*?{_HIT_CLOSE})", marked, flags=re.S):
        if not piece:
            continue
        hit = piece.startswith(_HIT_OPEN)
        out.append({"text": piece.strip(_HIT_OPEN + _HIT_CLOSE) if hit else piece, "hit": hit})
    return out


def _has_index(conn: Connection) -> bool:
    if conn.dialect.name != "sqlite":
        return False
    row = conn.exec_driver_sql(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (FTS_TABLE,)
    ).first()
    return row is not None


def search(store: Store, q: str, kinds: tuple[str, ...] = KINDS, limit: int = 20) -> list[Hit]:
    """Search documents, claims and entity names; best matches first, review state applied."""
    kinds = tuple(k for k in kinds if k in KINDS) or KINDS
    with store.engine.connect() as conn:
        if _has_index(conn):
            raw = _fts(conn, q, kinds, limit * 3)
        else:
            raw = _like(conn, q, kinds, limit * 3)
        hits = _apply_review(conn, store, raw)
    return hits[:limit]


def _fts(conn: Connection, q: str, kinds: tuple[str, ...], limit: int) -> list[Hit]:
    query = fts_query(q)
    if not query:
        return []
    marks = f"'{_HIT_OPEN}', '{_HIT_CLOSE}', '…', 12"
    sql = text(
        f"SELECT kind, ref, title, snippet({FTS_TABLE}, 3, {marks}) AS snip, "
        f"snippet({FTS_TABLE}, 2, {marks}) AS tsnip FROM {FTS_TABLE} "
        f"WHERE {FTS_TABLE} MATCH :q AND kind IN ({', '.join(repr(k) for k in kinds)}) "
        "ORDER BY rank LIMIT :limit"
    )
    rows = conn.execute(sql, {"q": query, "limit": limit}).all()
    out = []
    for kind, ref, title, snip, tsnip in rows:
        body = snip if _HIT_OPEN in snip or kind != "entity" else tsnip
        out.append(Hit(kind, ref, title or "", segments(body)))
    return out


def _like(conn: Connection, q: str, kinds: tuple[str, ...], limit: int) -> list[Hit]:
    """Fallback without FTS5: substring match, no accent folding."""
    q = q.strip()
    if not q:
        return []
    pat = f"%{q}%"
    out: list[Hit] = []
    if "entity" in kinds:
        for r in conn.execute(select(t.entities.c.id, t.entities.c.name).where(t.entities.c.name.ilike(pat)).limit(limit)):
            out.append(Hit("entity", r.id, r.name, [{"text": r.name, "hit": True}]))
    if "claim" in kinds:
        for r in conn.execute(select(t.claims.c.id, t.claims.c.text).where(t.claims.c.text.ilike(pat)).limit(limit)):
            out.append(Hit("claim", r.id, "", [{"text": r.text[:200], "hit": False}]))
    if "document" in kinds:
        cond = or_(t.documents.c.title.ilike(pat), t.documents.c.text.ilike(pat))
        for r in conn.execute(select(t.documents.c.id, t.documents.c.title).where(cond).limit(limit)):
            out.append(Hit("document", r.id, r.title or "", []))
    return out


def _apply_review(conn: Connection, store: Store, hits: list[Hit]) -> list[Hit]:
    """Drop rejected records, follow merges, attach each claim's document."""
    ent_ids = [h.id for h in hits if h.kind == "entity"]
    claim_ids = [h.id for h in hits if h.kind == "claim"]
    ent_rows = {r.id: r for r in conn.execute(
        select(t.entities.c.id, t.entities.c.name, t.entities.c.status).where(t.entities.c.id.in_(ent_ids)))}
    claim_rows = {r.id: r for r in conn.execute(
        select(t.claims.c.id, t.claims.c.document_id, t.claims.c.status).where(t.claims.c.id.in_(claim_ids)))}
    merged = store.merge_map() if ent_ids else {}
    targets: dict[str, Any] = {}
    if merged:
        targets = {r.id: r for r in conn.execute(
            select(t.entities.c.id, t.entities.c.name, t.entities.c.status)
            .where(t.entities.c.id.in_([merged[e] for e in ent_ids if e in merged])))}
    seen: set[tuple[str, str]] = set()
    out: list[Hit] = []
    for hit in hits:
        h: Hit | None = hit
        if hit.kind == "entity":
            h = _entity_hit(hit, ent_rows, merged, targets)
        elif hit.kind == "claim":
            row = claim_rows.get(hit.id)
            if row is None or row.status == "rejected":
                continue
            hit.document = row.document_id
        if h is None or (h.kind, h.id) in seen:
            continue
        seen.add((h.kind, h.id))
        out.append(h)
    return out


def _entity_hit(h: Hit, rows: dict[str, Any], merged: dict[str, str], targets: dict[str, Any]) -> Hit | None:
    row = rows.get(h.id)
    if row is None or row.status == "rejected":
        return None
    if h.id in merged:
        into = targets.get(merged[h.id])
        if into is None or into.status == "rejected":
            return None
        return Hit("entity", into.id, into.name, h.snippet)
    h.title = row.name
    return h

