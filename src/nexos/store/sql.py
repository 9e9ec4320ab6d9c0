"""The store, over SQLAlchemy Core: SQLite by default, PostgreSQL by URL.

Writes one document per transaction (``save_extraction``), or, through a
``Writer`` on a SQLite file, a few finished documents per transaction; either
way an interrupted batch keeps no half-written document, and a failure while
writing one keeps every document finished before it. Reads return
plain dicts; merges are applied when entities are read, not by rewriting
mentions, so a merge can be undone.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import fields
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import String, Table, bindparam, create_engine, delete, event, func, insert, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection, Engine, Result
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.pool import QueuePool

from nexos import __version__
from nexos.errors import NotFound, StoreError
from nexos.model import Claim, Document, Entity, Event, Extraction, Relation, types_compatible
from nexos.store import schema as t

log = logging.getLogger(__name__)


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def ingest_stamp() -> str:
    """``ingested_at`` to the microsecond: documents are listed in ingest order.

    Whole seconds tie for every document of a quick batch, and a tie would
    fall back to the id, so the order would hinge on where a second ended.
    """
    return datetime.now(UTC).isoformat(timespec="microseconds")


# Bare PostgreSQL URLs name no driver; SQLAlchemy would then look for psycopg2,
# while the ``postgres`` extra installs psycopg 3.
_PG_SCHEMES = ("postgres://", "postgresql://")


def _url(db: str) -> str:
    if db.startswith(_PG_SCHEMES):
        return "postgresql+psycopg://" + db.split("://", 1)[1]
    if "://" in db:
        return db
    return f"sqlite:///{Path(db)}"


def _open_error(db: str, exc: Exception) -> StoreError:
    if isinstance(exc, ImportError) and "postgres" in db:
        return StoreError(f"cannot open database {db!r}: the PostgreSQL driver is missing; "
                          "install it with `pip install 'nexos[postgres]'` ({exc})")
    return StoreError(f"cannot open database {db!r}: {exc}")


def _insert_new(conn: Connection, table: Table, values: dict[str, Any]) -> bool:
    """Insert a row unless its primary key is taken; True when it was inserted.

    One statement instead of look-then-insert, so two writers adding the same
    entity at once (the CLI and a web upload) cannot collide on the key.
    """
    keys = [c.name for c in table.primary_key.columns]
    dialect = conn.dialect.name
    if dialect in ("postgresql", "sqlite"):
        ins = postgresql.insert if dialect == "postgresql" else sqlite.insert
        stmt = ins(table).values(**values).on_conflict_do_nothing(index_elements=keys)
        return conn.execute(stmt).rowcount == 1
    where = [table.c[k] == values[k] for k in keys]
    if conn.execute(select(*table.primary_key.columns).where(*where)).first() is not None:
        return False
    conn.execute(insert(table).values(**values))
    return True


# (table, column keys) -> the INSERT's text and, for each of its parameters, the key and the column's bind processor
_PLAIN_INSERTS: dict[tuple[str, tuple[str, ...]], tuple[str, list[tuple[str, Any]]] | None] = {}


def insert_rows(conn: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    """``conn.execute(insert(table), rows)``: the same rows written, with less work per row on SQLite.

    There the statement is compiled once per table and set of keys, and each value goes through
    its column's own bind processor (JSON columns: ``json.dumps``) straight to the driver's
    executemany, skipping SQLAlchemy's per-row parameter building: most of a document's write
    time went there. Rows must share their keys (the row builders below make them so); a
    statement that would need a column default filled in, and any other dialect, take
    SQLAlchemy's path.
    """
    if not rows:
        return
    keys = tuple(rows[0])
    plan = None
    if conn.dialect.name == "sqlite":
        cache_key = (table.name, keys)
        if cache_key not in _PLAIN_INSERTS:
            _PLAIN_INSERTS[cache_key] = _plain_insert(conn, table, keys)
        plan = _PLAIN_INSERTS[cache_key]
    if plan is None or any(len(r) != len(keys) for r in rows):
        conn.execute(insert(table), rows)
        return
    sql, params = plan
    conn.exec_driver_sql(sql, [tuple(proc(r[k]) if proc else r[k] for k, proc in params) for r in rows])


def _plain_insert(conn: Connection, table: Table, keys: tuple[str, ...]) -> tuple[str, list[tuple[str, Any]]] | None:
    """The INSERT's text and its parameters' (key, bind processor), or None when it needs more than the rows."""
    compiled = insert(table).compile(dialect=conn.dialect, column_keys=list(keys))
    order = list(getattr(compiled, "positiontup", None) or [])
    if sorted(order) != sorted(keys):
        return None  # a column default to fill in (or a named parameter style): SQLAlchemy's own path
    return compiled.string, [(k, table.c[k].type.dialect_impl(conn.dialect).bind_processor(conn.dialect)) for k in order]


def row_dicts(result: Result[Any]) -> list[dict[str, Any]]:
    """``[dict(r) for r in result.mappings()]`` (one table's columns, so no key twice), built from plain tuples:
    the mapping view costs more per row than the row itself."""
    keys = list(result.keys())
    return [dict(zip(keys, row, strict=True)) for row in result]


def _id_order(table: Table) -> list[Any]:
    """Primary-key order in which ``x:r2`` sorts before ``x:r10`` (shorter string first)."""
    out: list[Any] = []
    for col in table.primary_key.columns:
        if isinstance(col.type, String):
            out.append(func.length(col))
        out.append(col)
    return out


WAL_PAGES = 10_000  # about 40 MB of write-ahead log before it is copied into the database file


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    # A checkpoint (and its two fsyncs) every WAL_PAGES written pages, not every 1,000 (SQLite's default):
    # a document's transaction writes a few dozen pages, so analyze checkpointed every few documents.
    cur.execute(f"PRAGMA wal_autocheckpoint={WAL_PAGES}")
    cur.close()


def _flat(record: Any) -> dict[str, Any]:
    """``dataclasses.asdict`` of a record whose fields are plain values (a Span, a LoadedTerm), without its deep copy."""
    return {f.name: getattr(record, f.name) for f in fields(record)}


def _provenance(record: Relation | Event | Claim) -> dict[str, Any]:
    """The columns every asserted row shares: who extracted it, which version, how sure, review state."""
    return {"confidence": record.confidence, "extractor": record.extractor, "extractor_version": __version__,
            "status": "active"}


# Statements every document asks, built once (their values bound per call)
_HAS_DOCUMENT = select(t.documents.c.id).where(t.documents.c.id == bindparam("doc_id"))
_ENTITIES_FOR_UPDATE = select(t.entities).where(t.entities.c.id.in_(bindparam("ids", expanding=True))).with_for_update()


class Store:
    """A nexos workspace: documents and everything asserted in them."""

    def __init__(self, db: str) -> None:
        self.url = _url(db)
        try:
            self.engine: Engine = create_engine(self.url, future=True)
        except (SQLAlchemyError, ImportError) as exc:
            raise _open_error(db, exc) from exc
        if self.engine.dialect.name == "sqlite":
            event.listen(self.engine, "connect", _sqlite_pragmas)
        self.migrate()

    # -- schema -------------------------------------------------------------
    def migrate(self) -> list[int]:
        """Apply pending migrations; return the versions applied."""
        applied: list[int] = []
        try:
            with self.engine.begin() as conn:
                t.migrations_table.create(conn, checkfirst=True)
                done = set(conn.execute(select(t.migrations_table.c.version)).scalars())
                for version, name, fn in t.MIGRATIONS:
                    if version in done:
                        continue
                    fn(conn)
                    conn.execute(insert(t.migrations_table).values(version=version, name=name, applied_at=now()))
                    applied.append(version)
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot prepare database {self.url}: {exc}") from exc
        return applied

    def schema_versions(self) -> list[int]:
        with self.engine.connect() as conn:
            return sorted(conn.execute(select(t.migrations_table.c.version)).scalars())

    @contextmanager
    def begin(self) -> Iterator[Connection]:
        with self.engine.begin() as conn:
            yield conn

    def close(self) -> None:
        self.engine.dispose()

    # -- documents ----------------------------------------------------------
    def has_document(self, doc_id: str) -> bool:
        with self.engine.connect() as conn:
            return conn.execute(_HAS_DOCUMENT, {"doc_id": doc_id}).first() is not None

    def save_extraction(self, ex: Extraction, entity_ids: dict[str, str]) -> None:
        """Write one document and all it asserts, in one transaction.

        ``entity_ids`` maps the extraction's local entity keys to store ids
        (the resolve stage decides them).
        """
        with self.engine.begin() as conn:
            self._write_extraction(conn, ex, entity_ids)

    def writer(self) -> Writer:
        """A ``Writer`` for a run of ``save_extraction`` calls (use it as a context manager)."""
        return Writer(self)

    def _write_extraction(self, conn: Connection, ex: Extraction, entity_ids: dict[str, str]) -> None:
        """``save_extraction``'s writes, in the caller's transaction."""
        self._insert_document(conn, ex.document)
        stored = self._entities_for_update(conn, {entity_ids[ent.key] for ent in ex.entities})
        mention_rows: list[dict[str, Any]] = []
        for ent in ex.entities:
            mention_rows.extend(self._upsert_entity(conn, ent, entity_ids[ent.key], ex.document.id, stored))
        insert_rows(conn, t.mentions, mention_rows)
        remap = lambda k: entity_ids.get(k, k) if k else k  # noqa: E731
        batches = (
            (t.relations, [self._relation_row(rel, ex.document.id, remap) for rel in ex.relations]),
            (t.events, [self._event_row(ev, ex.document.id, remap) for ev in ex.events]),
            (t.claims, [self._claim_row(cl, remap) for cl in ex.claims]),
        )
        # One executemany per table: a long report carries hundreds of claims,
        # and a round trip each is slow on a networked PostgreSQL.
        for table, batch in batches:
            insert_rows(conn, table, batch)

    def _insert_document(self, conn: Connection, doc: Document) -> None:
        insert_rows(conn, t.documents, [dict(
            id=doc.id,
            sha256=doc.sha256,
            path=doc.path,
            title=doc.title or "",
            language=doc.language,
            publisher=doc.publisher,
            published=doc.published,
            source_url=doc.source_url,
            media_type=doc.media_type,
            size_bytes=doc.size_bytes,
            text=doc.text,
            paragraphs=[list(p) for p in doc.paragraphs],
            sentences=[list(s) for s in doc.sentences],
            page_breaks=list(doc.page_breaks),
            links=[list(x) for x in doc.links],
            meta=doc.meta,
            ingested_at=ingest_stamp(),
        )])
        rows = [
            {
                "document_id": doc.id,
                "marker": c.marker,
                "url": c.url,
                "kind": c.kind,
                "start": c.start,
                "end": c.end,
                "sentence_start": c.sentence_start,
                "sentence_end": c.sentence_end,
                "definition_start": c.definition_start,
                "definition_end": c.definition_end,
                "note": c.note,
            }
            for c in doc.citations
        ]
        insert_rows(conn, t.citations, rows)

    @staticmethod
    def _entities_for_update(conn: Connection, ids: set[str]) -> dict[str, dict[str, Any]]:
        """The stored rows of these entities, read in one statement (and locked until commit on PostgreSQL).

        A document names a few dozen entities, most of them already stored once a
        workspace has grown: one read for all instead of one each.
        """
        if not ids:
            return {}
        return {r["id"]: r for r in row_dicts(conn.execute(_ENTITIES_FOR_UPDATE, {"ids": sorted(ids)}))}

    def _upsert_entity(self, conn: Connection, ent: Entity, eid: str, doc_id: str,
                       stored: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
        """Insert or merge one entity; returns its mention rows for the caller to write in one batch.

        ``stored`` holds the stored rows of the document's entities and is kept up to date
        here, so an entity named twice in one document merges with what the first wrote.
        """
        row = stored.get(eid)
        if row is None:  # (the new row is built only here: most of a document's entities are stored already)
            fresh = {
                "id": eid,
                "name": ent.name,
                "type": ent.type,
                "subtype": ent.subtype,
                "aliases": sorted(set(ent.aliases) - {ent.name}),
                "countries": sorted(set(ent.countries)),
                "external_ids": dict(ent.external_ids),
                "kb_id": ent.kb_id,
                "status": "active",
                "created_at": now(),
            }
            if _insert_new(conn, t.entities, fresh):
                stored[eid] = fresh
            else:  # another writer stored it since the read (PostgreSQL): merge into theirs, locked
                current = select(t.entities).where(t.entities.c.id == eid).with_for_update()
                row = dict(conn.execute(current).mappings().one())
        if row is not None:
            aliases = set(row["aliases"] or []) | set(ent.aliases) | {ent.name}
            aliases.discard(row["name"])
            countries = set(row["countries"] or []) | set(ent.countries)
            ext = dict(row["external_ids"] or {}) | dict(ent.external_ids)
            # an organisation first stored untyped takes the type a later document gives it
            typ = ent.type if row["type"] == "other" and types_compatible("other", ent.type) else row["type"]
            merged = {"aliases": sorted(aliases), "countries": sorted(countries), "external_ids": ext, "type": typ}
            if (merged["aliases"], merged["countries"], ext, typ) != (
                    sorted(row["aliases"] or []), sorted(row["countries"] or []), dict(row["external_ids"] or {}),
                    row["type"]):
                conn.execute(update(t.entities).where(t.entities.c.id == eid).values(**merged))
            stored[eid] = row | merged
        return [
            {
                "entity_id": eid,
                "document_id": doc_id,
                "start": m.start,
                "end": m.end,
                "text": m.text,
                "extractor": ent.extractor,
                "extractor_version": __version__,
                "confidence": ent.confidence,
            }
            for m in ent.mentions
        ]

    @staticmethod
    def _relation_row(rel: Relation, doc_id: str, remap: Any) -> dict[str, Any]:
        return dict(
            id=rel.key,
            document_id=doc_id,
            type=rel.type,
            subtype=rel.subtype,
            source=remap(rel.source),
            target=remap(rel.target),
            valid_from=rel.valid_from,
            valid_to=rel.valid_to,
            negated=rel.negated,
            evidence=[_flat(s) for s in rel.evidence],
            claims=list(rel.claims),
            **_provenance(rel),
        )

    @staticmethod
    def _event_row(ev: Event, doc_id: str, remap: Any) -> dict[str, Any]:
        return dict(
            id=ev.key,
            document_id=doc_id,
            type=ev.type,
            subtype=ev.subtype,
            date=ev.date,
            date_precision=ev.date_precision,
            description=ev.description,
            location=remap(ev.location),
            participants=[remap(p) for p in ev.participants],
            evidence=[_flat(s) for s in ev.evidence],
            claims=list(ev.claims),
            **_provenance(ev),
        )

    @staticmethod
    def _claim_row(cl: Claim, remap: Any) -> dict[str, Any]:
        return dict(
            id=cl.key,
            document_id=cl.document,
            start=cl.start,
            end=cl.end,
            text=cl.text,
            kind=cl.kind,
            attributed_to=remap(cl.attributed_to),
            source_description=cl.source_description,
            anonymous_source=cl.anonymous_source,
            quote=cl.quote,
            speaker=remap(cl.speaker),
            citations=list(cl.citations),
            hedged=cl.hedged,
            hedges=list(cl.hedges),
            negated=cl.negated,
            loaded_terms=[_flat(x) for x in cl.loaded_terms],
            entities=[remap(e) for e in cl.entities],
            corroborated_by=list(cl.corroborated_by),
            contradicted_by=list(cl.contradicted_by),
            grade=cl.grade.as_dict() if cl.grade else None,
            check_worthiness=cl.check_worthiness,
            **_provenance(cl),
        )

    def delete_document(self, doc_id: str) -> None:
        with self.engine.begin() as conn:
            for table in (t.mentions, t.relations, t.events, t.claims, t.citations):
                conn.execute(delete(table).where(table.c.document_id == doc_id))
            conn.execute(delete(t.documents).where(t.documents.c.id == doc_id))

    # -- reads --------------------------------------------------------------
    def documents(self, with_text: bool = True, columns: Iterable[str] | None = None) -> list[dict[str, Any]]:
        """Every document in ingest order, with its citations; ``columns``: only these (and ``id``)."""
        if columns is not None:
            cols = [t.documents.c[c] for c in dict.fromkeys(("id", *columns))]
        else:
            cols = list(t.documents.c) if with_text else [c for c in t.documents.c if c.name != "text"]
        with self.engine.connect() as conn:
            order = (t.documents.c.ingested_at, t.documents.c.id)
            docs = row_dicts(conn.execute(select(*cols).order_by(*order)))
            cits = row_dicts(conn.execute(select(t.citations).order_by(t.citations.c.id)))
        by_doc: dict[str, list[dict[str, Any]]] = {}
        for c in cits:
            by_doc.setdefault(c["document_id"], []).append(dict(c))
        for d in docs:
            d["citations"] = by_doc.get(d["id"], [])
        return docs

    def document_texts(self) -> Iterator[tuple[str, str]]:
        """(id, text) of every document, one at a time, so a caller never holds all texts."""
        with self.engine.connect() as conn:
            result = conn.execution_options(stream_results=True).execute(
                select(t.documents.c.id, t.documents.c.text).order_by(t.documents.c.id))
            for row in result:
                yield row[0], row[1]

    def document(self, doc_id: str) -> dict[str, Any]:
        for d in self.documents():
            if d["id"] == doc_id or d["id"].startswith(doc_id) or (d["path"] or "").endswith(doc_id):
                return d
        raise NotFound(f"no document {doc_id!r} in this workspace; `nexos stats` lists what it holds")

    def merge_map(self) -> dict[str, str]:
        """entity id -> the id it is merged into (followed to the end)."""
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(t.merges.c.entity_id, t.merges.c.into_id)
                .where(t.merges.c.undone_at.is_(None))
                .order_by(t.merges.c.id)
            ).all()
        direct = {a: b for a, b in rows}
        out: dict[str, str] = {}
        for a in direct:
            seen, cur = {a}, direct[a]
            while cur in direct and cur not in seen:
                seen.add(cur)
                cur = direct[cur]
            out[a] = cur
        return out

    def entity_rows(self) -> list[dict[str, Any]]:
        with self.engine.connect() as conn:
            return row_dicts(conn.execute(select(t.entities).order_by(t.entities.c.id)))

    def mention_rows(self, document_id: str | None = None, columns: Iterable[str] | None = None,
                     document_ids: Iterable[str] | None = None) -> list[dict[str, Any]]:
        base = select(*[t.mentions.c[c] for c in columns]) if columns else select(t.mentions)
        q = base.order_by(t.mentions.c.document_id, t.mentions.c.start, t.mentions.c.id)
        if document_id:
            q = q.where(t.mentions.c.document_id == document_id)
        if document_ids is not None:
            q = q.where(t.mentions.c.document_id.in_(list(document_ids)))
        with self.engine.connect() as conn:
            return row_dicts(conn.execute(q))

    def rows(self, table_name: str, active_only: bool = True, columns: Iterable[str] | None = None,
             document_ids: Iterable[str] | None = None, ids: Iterable[str] | None = None) -> list[dict[str, Any]]:
        """Every row of a table in a fixed order: document ingest order, then id.

        The order is explicit because PostgreSQL returns rows in storage order,
        which moves when a row is updated, and callers (claim linking, exports)
        build lists whose order should not depend on the backend.
        ``document_ids`` / ``ids``: only the rows of these documents / with these
        ids, for readers that go through a workspace a batch at a time.
        """
        table = t.metadata.tables[table_name]
        # ``columns``: only these, for readers that hold a whole workspace in memory
        q = select(*[table.c[c] for c in columns]) if columns else select(table)
        if "document_id" in table.c:
            docs = t.documents.c
            q = q.outerjoin(t.documents, docs.id == table.c.document_id).order_by(docs.ingested_at, docs.id)
        q = q.order_by(*_id_order(table))
        if active_only and "status" in table.c:
            q = q.where(table.c.status != "rejected")
        if document_ids is not None:
            q = q.where(table.c.document_id.in_(list(document_ids)))
        if ids is not None:
            q = q.where(table.c.id.in_(list(ids)))
        with self.engine.connect() as conn:
            return row_dicts(conn.execute(q))

    def counts(self) -> dict[str, int]:
        out = {}
        with self.engine.connect() as conn:
            for name in ("documents", "entities", "mentions", "relations", "events", "claims", "citations"):
                table = t.metadata.tables[name]
                out[name] = conn.execute(select(func.count()).select_from(table)).scalar_one()
        out["entities"] -= len(self.merge_map())
        return out

    def update_claims(self, updates: Iterable[tuple[str, dict[str, Any]]]) -> None:
        """Update many claims in one transaction, one executemany per set of columns."""
        groups: dict[tuple[str, ...], list[dict[str, Any]]] = {}
        for cid, values in updates:
            groups.setdefault(tuple(sorted(values)), []).append({"_cid": cid, **{f"v_{k}": v for k, v in values.items()}})
        with self.engine.begin() as conn:
            for cols, rows in groups.items():
                stmt = (update(t.claims).where(t.claims.c.id == bindparam("_cid"))
                        .values(**{c: bindparam(f"v_{c}") for c in cols}))
                conn.execute(stmt, rows)

    # -- publishers ----------------------------------------------------------
    def publisher_ratings(self) -> dict[str, str]:
        with self.engine.connect() as conn:
            return {r.name: r.reliability for r in conn.execute(select(t.publishers))}

    def rate_publisher(self, name: str, reliability: str, note: str | None = None, actor: str = "analyst") -> None:
        with self.engine.begin() as conn:
            before = conn.execute(select(t.publishers).where(t.publishers.c.name == name)).mappings().first()
            values = {"name": name, "reliability": reliability, "note": note, "updated_at": now()}
            if not _insert_new(conn, t.publishers, values):
                conn.execute(
                    update(t.publishers)
                    .where(t.publishers.c.name == name)
                    .values(reliability=reliability, note=note, updated_at=now())
                )
            self._audit(conn, actor, "rate", "publisher", name, dict(before) if before else None,
                        {"name": name, "reliability": reliability, "note": note})

    # -- merges and the audit log ---------------------------------------------
    def merge(self, entity_id: str, into_id: str, reason: str = "", actor: str = "analyst") -> int:
        ids = {r["id"] for r in self.entity_rows()}
        for x in (entity_id, into_id):
            if x not in ids:
                raise NotFound(f"no entity {x!r}; `nexos entities` lists them")
        if self.merge_map().get(into_id, into_id) == entity_id:
            raise StoreError(f"{into_id} is already merged into {entity_id}; undo that merge first")
        with self.engine.begin() as conn:
            res = conn.execute(
                insert(t.merges).values(entity_id=entity_id, into_id=into_id, reason=reason, actor=actor, created_at=now())
            )
            key = res.inserted_primary_key
            if key is None:
                raise StoreError("the merge was not given an id")
            mid = int(key[0])
            self._audit(conn, actor, "merge", "entity", entity_id, None, {"into": into_id, "merge_id": mid})
        return mid

    def unmerge(self, entity_id: str, actor: str = "analyst") -> int:
        with self.engine.begin() as conn:
            row = conn.execute(
                select(t.merges)
                .where(t.merges.c.entity_id == entity_id, t.merges.c.undone_at.is_(None))
                .order_by(t.merges.c.id.desc())
            ).mappings().first()
            if row is None:
                raise NotFound(f"entity {entity_id!r} is not merged into anything")
            conn.execute(update(t.merges).where(t.merges.c.id == row["id"]).values(undone_at=now()))
            self._audit(conn, actor, "unmerge", "entity", entity_id, {"into": row["into_id"]}, None)
            return int(row["id"])

    def _audit(self, conn: Connection, actor: str, action: str, kind: str, rid: str,
               before: Any, after: Any) -> None:
        conn.execute(
            insert(t.audit_log).values(
                actor=actor, action=action, record_kind=kind, record_id=rid, before=before, after=after, created_at=now()
            )
        )

    def audit_entries(self) -> list[dict[str, Any]]:
        with self.engine.connect() as conn:
            return row_dicts(conn.execute(select(t.audit_log).order_by(t.audit_log.c.id)))


# A writer's transaction on a SQLite file holds at most this many documents, this much text, this long.
# Each commit writes the pages a transaction touched (the same index and search pages again for every
# document) to the write-ahead log; grouping documents writes them once per group.
COMMIT_DOCUMENTS = 32
COMMIT_CHARS = 2_000_000
COMMIT_SECONDS = 5.0


class Writer:
    """``Store.save_extraction`` for a run of documents, with the documents grouped into transactions.

    On a SQLite file, up to COMMIT_DOCUMENTS finished documents (COMMIT_CHARS of text, COMMIT_SECONDS)
    share one transaction, committed when full and when the writer closes, normally or on an error
    raised outside it (an interrupted run keeps every document written whole). When writing a
    document fails, the open transaction is rolled back, the documents finished before it in it are
    written again one transaction each, and the error goes on: the store then holds what one
    transaction per document would have left. Readers on other connections see a group's documents
    once it commits. Other backends, and SQLite in memory (one shared connection), write one
    transaction per document, as ``save_extraction`` does.
    """

    def __init__(self, store: Store) -> None:
        self.store = store
        self.grouped = store.engine.dialect.name == "sqlite" and isinstance(store.engine.pool, QueuePool)
        self._conn: Connection | None = None
        self._written: list[tuple[Extraction, dict[str, str]]] = []  # in the open transaction, for a rewrite
        self._chars = 0
        self._opened = 0.0

    def __enter__(self) -> Writer:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.commit()

    def save_extraction(self, ex: Extraction, entity_ids: dict[str, str]) -> None:
        if not self.grouped:
            self.store.save_extraction(ex, entity_ids)
            return
        if self._conn is None:
            self._conn = self.store.engine.connect()
            self._conn.begin()
            self._opened = time.monotonic()
        try:
            self.store._write_extraction(self._conn, ex, entity_ids)
        except BaseException:
            written, self._written = self._written, []
            self._close(commit=False)
            for done in written:
                self.store.save_extraction(*done)
            raise
        self._written.append((ex, entity_ids))
        self._chars += len(ex.document.text)
        if len(self._written) >= COMMIT_DOCUMENTS or self._chars >= COMMIT_CHARS \
                or time.monotonic() - self._opened >= COMMIT_SECONDS:
            self.commit()

    def commit(self) -> None:
        """Commit the documents written since the last commit (nothing when there are none)."""
        self._close(commit=True)

    def _close(self, commit: bool) -> None:
        conn, self._conn = self._conn, None
        self._written, self._chars = [], 0
        if conn is None:
            return
        try:
            if commit:
                conn.commit()
            else:
                conn.rollback()
        finally:
            conn.close()
