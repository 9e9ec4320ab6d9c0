"""``Store.writer``: documents grouped into transactions on a SQLite file, with what one transaction per
document would leave after a failure."""

from __future__ import annotations

import pytest

from nexos.model import Claim, Document, Entity, Extraction, Relation
from nexos.store import Store, sql
from nexos.store.sql import Writer

ES_TEXT = "La banda Los Cuervos cobra cuotas en el puerto junto al Clan del Golfo, según la Fiscalía."
EN_TEXT = "The Clan del Golfo funds Los Cuervos in the port, prosecutors said. Los Cuervos denied it."
SAME_IDS = {"a": "ent-cuervos", "b": "ent-clan"}


def _extraction(doc_id: str, text: str, language: str, n_relations: int) -> Extraction:
    doc = Document(id=doc_id, sha256=doc_id * 4, text=text, title=doc_id, language=language,
                   sentences=[(0, len(text))], paragraphs=[(0, len(text))])
    ents = [Entity(key=k, name=name, type="criminal_group", mentions=[doc.span(text.index(name), text.index(name) + len(name))])
            for k, name in (("a", "Los Cuervos"), ("b", "Clan del Golfo"))]
    claim = Claim(key=f"{doc_id}:c1", document=doc_id, start=0, end=40, text=text[:40], kind="relation", entities=["a", "b"])
    rels = [Relation(key=f"{doc_id}:r{n}", type="allied_with", source="a", target="b", evidence=[doc.span(0, 20)],
                     claims=[claim.key]) for n in range(1, n_relations + 1)]
    return Extraction(document=doc, entities=ents, relations=rels, claims=[claim])


def _spanish() -> Extraction:
    return _extraction("d" * 16, ES_TEXT, "es", 1)


def _english() -> Extraction:
    return _extraction("e" * 16, EN_TEXT, "en", 11)


def _counts(path: str) -> tuple[int, int, int]:
    c = Store(path).counts()  # a connection of its own: sees only what was committed
    return c["documents"], c["relations"], c["claims"]


def test_documents_are_committed_a_group_at_a_time(tmp_path):
    path = str(tmp_path / "w.db")
    store = Store(path)
    with store.writer() as w:
        assert w.grouped
        w.save_extraction(_spanish(), SAME_IDS)
        w.save_extraction(_english(), SAME_IDS)
        assert _counts(path) == (0, 0, 0)  # the group is still open
    assert _counts(path) == (2, 12, 2)


def test_same_rows_as_one_transaction_each(tmp_path):
    one, grouped = Store(str(tmp_path / "a.db")), Store(str(tmp_path / "b.db"))
    for ex in (_spanish(), _english()):
        one.save_extraction(ex, SAME_IDS)
    with grouped.writer() as w:
        for ex in (_spanish(), _english()):
            w.save_extraction(ex, SAME_IDS)
    for table in ("relations", "events", "claims"):
        assert one.rows(table) == grouped.rows(table)
    drop = lambda rows: [{k: v for k, v in r.items() if k != "created_at"} for r in rows]  # noqa: E731
    assert drop(one.entity_rows()) == drop(grouped.entity_rows())


def test_a_full_group_is_committed(tmp_path, monkeypatch):
    monkeypatch.setattr(sql, "COMMIT_DOCUMENTS", 1)
    path = str(tmp_path / "w.db")
    with Store(path).writer() as w:
        w.save_extraction(_spanish(), SAME_IDS)
        assert _counts(path) == (1, 1, 1)


def test_failed_document_keeps_those_before_it(tmp_path, monkeypatch):
    path = str(tmp_path / "w.db")
    store = Store(path)
    real = Store._write_extraction

    def fail_on_english(self, conn, ex, ids):
        real(self, conn, ex, ids)  # written whole, then the failure: nothing of it may stay
        if ex.document.language == "en":
            raise RuntimeError("disk full")

    monkeypatch.setattr(Store, "_write_extraction", fail_on_english)
    with pytest.raises(RuntimeError, match="disk full"), store.writer() as w:
        w.save_extraction(_spanish(), SAME_IDS)
        w.save_extraction(_english(), SAME_IDS)
    assert _counts(path) == (1, 1, 1)
    assert [d["language"] for d in Store(path).documents()] == ["es"]


def test_an_error_outside_the_writer_keeps_finished_documents(tmp_path):
    path = str(tmp_path / "w.db")
    with pytest.raises(KeyboardInterrupt), Store(path).writer() as w:
        w.save_extraction(_spanish(), SAME_IDS)
        raise KeyboardInterrupt  # e.g. while the next document is being extracted
    assert _counts(path) == (1, 1, 1)


def test_sqlite_in_memory_writes_each_document_at_once():
    store = Store("sqlite://")
    w = Writer(store)
    assert not w.grouped
    w.save_extraction(_spanish(), SAME_IDS)
    assert store.counts()["documents"] == 1
