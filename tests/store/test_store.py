"""The store: migrations recorded, one transaction per document, reversible merges."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from nexos.errors import NotFound
from nexos.extract import extract
from nexos.ingest import build_document
from nexos.pipeline import analyze
from nexos.resolve import resolve
from nexos.store import Store
from nexos.store import schema as t


def test_migrations_are_recorded_once(db_url: str) -> None:
    db = db_url
    s1 = Store(db)
    assert s1.schema_versions() == [v for v, _n, _f in t.MIGRATIONS]
    assert Store(db).migrate() == []  # reopening applies nothing new


def test_failed_document_leaves_no_partial_rows(store: Store) -> None:
    doc = build_document(b"The ELN and the Clan del Golfo clashed in Cauca on March 3, 2025.", "a.txt")
    ex = extract(doc)
    ids = resolve(ex, store)
    ex.claims.append(ex.claims[0])  # the same claim id twice: the insert fails mid-document
    with pytest.raises(IntegrityError):
        store.save_extraction(ex, ids)
    assert store.counts()["documents"] == 0
    assert store.counts()["mentions"] == 0


def test_batch_keeps_finished_documents_when_one_fails(store: Store, tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text("Gustavo Petro met the ELN negotiators in Caracas on June 2, 2024.", encoding="utf-8")
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"%PDF-1.4 broken")
    summary = analyze([good, bad], store, max_bytes=10_000_000)
    assert summary.documents == 1
    assert [p.path for p in summary.problems] == [str(bad)]
    assert store.counts()["documents"] == 1


def test_merge_and_unmerge_are_records(store: Store) -> None:
    doc = build_document("Iván Márquez leads Segunda Marquetalia. Luciano Marín spoke in Caracas.".encode(), "m.txt")
    ex = extract(doc)
    store.save_extraction(ex, resolve(ex, store))
    ents = {r["name"]: r["id"] for r in store.entity_rows()}
    a, b = ents["Luciano Marín"], ents["Iván Márquez"]
    store.merge(a, b, reason="same person")
    assert store.merge_map() == {a: b}
    store.unmerge(a)
    assert store.merge_map() == {}
    actions = [e["action"] for e in store.audit_entries()]
    assert actions == ["merge", "unmerge"]
    with store.engine.connect() as conn:
        rows = conn.execute(select(t.merges)).mappings().all()
    assert len(rows) == 1 and rows[0]["undone_at"] is not None
    with pytest.raises(NotFound):
        store.unmerge(a)
