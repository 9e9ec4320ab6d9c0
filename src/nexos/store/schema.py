"""Tables and numbered migrations.

Every assertion row carries its document, spans, extractor name/version and
confidence: provenance is the storage unit. Entities are assembled from
mentions; merges and analyst edits are rows that can be undone, never
rewrites. Migrations are applied in order and recorded in ``migrations``.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)
from sqlalchemy.engine import Connection

metadata = MetaData()

migrations_table = Table(
    "migrations",
    metadata,
    Column("version", Integer, primary_key=True),
    Column("name", String(200), nullable=False),
    Column("applied_at", String(40), nullable=False),
)

documents = Table(
    "documents",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("sha256", String(64), nullable=False, unique=True),
    Column("path", Text),
    Column("title", Text, nullable=False, default=""),
    Column("language", String(8), nullable=False, default="und"),
    Column("publisher", Text),
    Column("published", String(20)),
    Column("source_url", Text),
    Column("media_type", String(120)),
    Column("size_bytes", Integer),
    Column("text", Text, nullable=False),
    Column("paragraphs", JSON),
    Column("sentences", JSON),
    Column("page_breaks", JSON),
    Column("links", JSON),
    Column("meta", JSON),
    Column("ingested_at", String(40), nullable=False),
)

citations = Table(
    "citations",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("document_id", String(64), ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("marker", Text, nullable=False),
    Column("url", Text, nullable=False),
    Column("kind", String(20), nullable=False),
    Column("start", Integer),
    Column("end", Integer),
    Column("sentence_start", Integer),
    Column("sentence_end", Integer),
    Column("definition_start", Integer),
    Column("definition_end", Integer),
    Column("note", Text),
    Index("ix_citations_document", "document_id"),
)

entities = Table(
    "entities",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("name", Text, nullable=False),
    Column("type", String(40), nullable=False),
    Column("subtype", Text),
    Column("aliases", JSON),
    Column("countries", JSON),
    Column("external_ids", JSON),
    Column("kb_id", String(120)),
    Column("status", String(20), nullable=False, default="active"),
    Column("created_at", String(40), nullable=False),
    Index("ix_entities_kb", "kb_id"),
)

mentions = Table(
    "mentions",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("entity_id", String(64), ForeignKey("entities.id"), nullable=False),
    Column("document_id", String(64), ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("extractor", String(80), nullable=False),
    Column("extractor_version", String(40), nullable=False),
    Column("confidence", Float, nullable=False),
    Index("ix_mentions_entity", "entity_id"),
    Index("ix_mentions_document", "document_id"),
)


def _assertion_columns() -> list[Column]:
    """Columns every asserted record (relation, event, claim) shares."""
    return [
        Column("confidence", Float),
        Column("extractor", String(80), nullable=False),
        Column("extractor_version", String(40), nullable=False),
        Column("status", String(20), nullable=False, default="active"),
    ]


relations = Table(
    "relations",
    metadata,
    Column("id", String(80), primary_key=True),
    Column("document_id", String(64), ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("type", String(40), nullable=False),
    Column("subtype", Text),
    Column("source", String(64), nullable=False),
    Column("target", String(64), nullable=False),
    Column("valid_from", String(20)),
    Column("valid_to", String(20)),
    Column("negated", Boolean, nullable=False, default=False),
    Column("evidence", JSON),
    Column("claims", JSON),
    *_assertion_columns(),
    Index("ix_relations_document", "document_id"),
    Index("ix_relations_pair", "source", "target"),
)

events = Table(
    "events",
    metadata,
    Column("id", String(80), primary_key=True),
    Column("document_id", String(64), ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("type", String(40), nullable=False),
    Column("subtype", Text),
    Column("date", String(20)),
    Column("date_precision", String(10)),
    Column("description", Text),
    Column("location", String(64)),
    Column("participants", JSON),
    Column("evidence", JSON),
    Column("claims", JSON),
    *_assertion_columns(),
    Index("ix_events_document", "document_id"),
    Index("ix_events_date", "date"),
)

claims = Table(
    "claims",
    metadata,
    Column("id", String(80), primary_key=True),
    Column("document_id", String(64), ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("kind", String(40), nullable=False),
    Column("attributed_to", String(64)),
    Column("source_description", Text),
    Column("anonymous_source", Boolean, nullable=False, default=False),
    Column("quote", Text),
    Column("speaker", String(64)),
    Column("citations", JSON),
    Column("hedged", Boolean, nullable=False, default=False),
    Column("hedges", JSON),
    Column("negated", Boolean, nullable=False, default=False),
    Column("loaded_terms", JSON),
    Column("entities", JSON),
    Column("corroborated_by", JSON),
    Column("contradicted_by", JSON),
    Column("grade", JSON),
    Column("check_worthiness", Float),
    *_assertion_columns(),
    Index("ix_claims_document", "document_id"),
)

merges = Table(
    "merges",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("entity_id", String(64), nullable=False),
    Column("into_id", String(64), nullable=False),
    Column("reason", Text),
    Column("actor", String(120), nullable=False),
    Column("created_at", String(40), nullable=False),
    Column("undone_at", String(40)),
    Index("ix_merges_entity", "entity_id"),
)

audit_log = Table(
    "audit_log",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("actor", String(120), nullable=False),
    Column("action", String(40), nullable=False),
    Column("record_kind", String(40), nullable=False),
    Column("record_id", String(80), nullable=False),
    Column("before", JSON),
    Column("after", JSON),
    Column("created_at", String(40), nullable=False),
    Column("undone_at", String(40)),
)

publishers = Table(
    "publishers",
    metadata,
    Column("name", String(200), primary_key=True),
    Column("reliability", String(1), nullable=False, default="F"),
    Column("note", Text),
    Column("updated_at", String(40), nullable=False),
)

_V1_TABLES = [documents, citations, entities, mentions, relations, events, claims, merges, audit_log, publishers]


def _v1_initial(conn: Connection) -> None:
    metadata.create_all(conn, tables=_V1_TABLES)


def _v2_search_index(conn: Connection) -> None:
    # Imported here: the search module needs the tables defined above.
    from nexos.store.search import create_index

    create_index(conn)


def _v3_reference_lists(conn: Connection) -> None:
    # Imported here: the reference tables live beside the code that fills them.
    from nexos.refs.store import create_tables

    create_tables(conn)


# (version, name, function). Append only: never edit an applied migration.
MIGRATIONS: list[tuple[int, str, Callable[[Connection], None]]] = [
    (1, "initial schema", _v1_initial),
    (2, "full-text search index (SQLite FTS5)", _v2_search_index),
    (3, "reference lists and their matches", _v3_reference_lists),
]
