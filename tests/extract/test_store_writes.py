"""How the store writes: evidence rows as flat dicts, and a write-ahead log checkpointed in large steps."""

from __future__ import annotations

import json
from dataclasses import asdict

from sqlalchemy import text

from nexos.model.records import LoadedTerm, Span
from nexos.pipeline import analyze
from nexos.store import Store
from nexos.store.sql import WAL_PAGES, _flat


def test_flat_rows_equal_asdict_and_copy_nothing_they_do_not_need() -> None:
    span = Span("doc1", 4, 19, "financió la campaña")
    term = LoadedTerm(0, 7, "narcoestado", "pejorative")
    assert _flat(span) == asdict(span) and list(_flat(span)) == list(asdict(span))
    assert _flat(term) == asdict(term) and list(_flat(term)) == ["start", "end", "term", "category"]


def test_stored_evidence_and_loaded_terms_read_back_as_written(tmp_path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "en.txt").write_text("The Gulf Clan financed the campaign of Ramiro Zambrano in Cúcuta.\n", encoding="utf-8")
    (tmp_path / "es.txt").write_text("El Clan del Golfo financió la campaña de Lucía Benítez en Tumaco.\n", encoding="utf-8")
    store = Store(f"sqlite:///{tmp_path / 'w.db'}")
    analyze([tmp_path], store, max_bytes=10_000_000)
    with store.engine.connect() as conn:
        evidence = [r[0] for r in conn.execute(text("SELECT evidence FROM relations"))]
        assert conn.execute(text("PRAGMA wal_autocheckpoint")).scalar() == WAL_PAGES
    assert evidence
    for row in evidence:
        items = row if isinstance(row, list) else json.loads(row)
        assert all(list(item) == ["document", "start", "end", "text"] for item in items)
