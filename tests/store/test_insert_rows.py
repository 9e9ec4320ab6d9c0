"""``insert_rows``: the fast SQLite write path stores exactly what SQLAlchemy's own insert stores."""

from __future__ import annotations

import sqlite3

from sqlalchemy import insert, select

from nexos.store import Store
from nexos.store import schema as t
from nexos.store.sql import insert_rows, row_dicts


def _doc_row(doc_id: str) -> dict[str, object]:
    return {"id": doc_id, "sha256": doc_id * 4, "path": None, "title": "Informe", "language": "es",
            "publisher": None, "published": None, "source_url": None, "media_type": "text/plain", "size_bytes": 10,
            "text": "La banda negó los cargos.", "paragraphs": [[0, 25]], "sentences": [[0, 25]], "page_breaks": [],
            "links": [], "meta": None, "ingested_at": "2025-01-01T00:00:00"}


def _relation_rows(doc_id: str) -> list[dict[str, object]]:
    base = {"document_id": doc_id, "type": "allied_with", "subtype": None, "source": "e:a", "target": "e:b",
            "valid_from": None, "valid_to": None, "evidence": [{"start": 0, "end": 9, "text": "La banda ñ"}],
            "confidence": 0.5, "extractor": "rules", "extractor_version": "1", "status": "active"}
    return [{"id": f"{doc_id}:r1", "negated": True, "claims": None, **base},
            {"id": f"{doc_id}:r2", "negated": False, "claims": ["c1", "c2"], **base}]


def _raw(path: str, table: str, doc_id: str) -> list[tuple[object, ...]]:
    column = "id" if table == "documents" else "document_id"
    with sqlite3.connect(path) as db:
        return db.execute(f"SELECT * FROM {table} WHERE {column} = ? ORDER BY id", (doc_id,)).fetchall()  # noqa: S608


def test_same_stored_values_as_sqlalchemy_insert(tmp_path):
    path = str(tmp_path / "w.db")
    store = Store(path)
    with store.begin() as conn:
        conn.execute(insert(t.documents), [_doc_row("a" * 16)])
        conn.execute(insert(t.relations), _relation_rows("a" * 16))
        insert_rows(conn, t.documents, [_doc_row("b" * 16)])
        insert_rows(conn, t.relations, _relation_rows("b" * 16))
    for table in ("documents", "relations"):
        slow, fast = _raw(path, table, "a" * 16), _raw(path, table, "b" * 16)
        assert len(fast) == len(slow) > 0
        # the same bytes apart from the ids: JSON text (None as 'null', accents escaped), booleans as 0/1
        strip = lambda rows: [tuple(str(v).replace("a" * 16, "X").replace("b" * 16, "X") for v in r) for r in rows]  # noqa: E731
        assert strip(fast) == strip(slow)
    rel = _raw(path, "relations", "b" * 16)[0]
    assert "null" in rel and 1 in rel


def test_missing_column_with_a_default_falls_back_to_sqlalchemy(tmp_path):
    store = Store(str(tmp_path / "w.db"))
    rows = _relation_rows("c" * 16)
    for r in rows:
        del r["status"]  # the table's default ('active') must still be written
    with store.begin() as conn:
        insert_rows(conn, t.documents, [_doc_row("c" * 16)])
        insert_rows(conn, t.relations, rows)
    assert [r["status"] for r in store.rows("relations")] == ["active", "active"]


def test_no_rows_writes_nothing(tmp_path):
    store = Store(str(tmp_path / "w.db"))
    with store.begin() as conn:
        insert_rows(conn, t.relations, [])
    assert store.rows("relations") == []


def test_row_dicts_match_sqlalchemy_mappings(tmp_path):
    store = Store(str(tmp_path / "w.db"))
    with store.begin() as conn:
        insert_rows(conn, t.documents, [_doc_row("a" * 16)])
        insert_rows(conn, t.relations, _relation_rows("a" * 16))
    with store.begin() as conn:
        expected = [dict(r) for r in conn.execute(select(t.relations).order_by(t.relations.c.id)).mappings()]
        got = row_dicts(conn.execute(select(t.relations).order_by(t.relations.c.id)))
    assert got == expected and [list(r) for r in got] == [list(r) for r in expected]  # same keys, same order
    assert got[0]["claims"] is None and got[1]["claims"] == ["c1", "c2"] and got[0]["negated"] is True
