"""Store behaviour that differs most between SQLite and PostgreSQL when done carelessly:
URLs, JSON and boolean round trips, generated ids, upserts, row order, deletes.

Records are built by hand so the assertions do not move with the extractor.
"""

from __future__ import annotations

import sys

import pytest
from sqlalchemy import select

from nexos.errors import StoreError
from nexos.model import Claim, Document, Entity, Event, Extraction, Relation
from nexos.model.records import Citation, Grade, LoadedTerm
from nexos.store import Store
from nexos.store import schema as t
from nexos.store.sql import _url

ES_TEXT = "El ELN y el Clan del Golfo pactaron una tregua en el Cauca, según fuentes militares."
EN_TEXT = "The National Liberation Army (ELN) allegedly funds the Clan del Golfo. It did not attack Cauca."


def _doc(doc_id: str, text: str, language: str, publisher: str | None = None) -> Document:
    return Document(
        id=doc_id, sha256=doc_id * 4, text=text, title=f"t-{doc_id}", language=language, publisher=publisher,
        sentences=[(0, len(text))], paragraphs=[(0, len(text))], links=[(0, 3, "https://example.org/a")],
        citations=[Citation(marker="1", url="https://example.org/informe", start=4, end=5)],
        meta={"byline": "Redacción", "nested": {"pages": [1, 2]}},
    )


def _entity(doc: Document, key: str, surface: str, name: str, typ: str, **kw: object) -> Entity:
    start = doc.text.index(surface)
    return Entity(key=key, name=name, type=typ, mentions=[doc.span(start, start + len(surface))], **kw)  # type: ignore[arg-type]


def _spanish() -> Extraction:
    doc = _doc("d" * 16, ES_TEXT, "es", publisher="Observatorio Ejemplo")
    eln = _entity(doc, "e1", "ELN", "ELN", "armed_group", aliases=["Ejército de Liberación Nacional"], countries=["CO"])
    clan = _entity(doc, "e2", "Clan del Golfo", "Clan del Golfo", "criminal_group")
    claim = Claim(
        key=f"{doc.id}:c1", document=doc.id, start=0, end=len(ES_TEXT) - 1, text=ES_TEXT[:-1], kind="relation",
        source_description="fuentes militares", anonymous_source=True, hedged=True, hedges=["según"],
        entities=["e1", "e2"], loaded_terms=[LoadedTerm(23, 29, "pactaron", "framing")],
        grade=Grade("C", 3, ["anonymous source"]), check_worthiness=0.75,
    )
    rel = Relation(key=f"{doc.id}:r1", type="allied_with", source="e1", target="e2",
                   evidence=[doc.span(0, 30)], claims=[claim.key], valid_from="2024-03")
    ev = Event(key=f"{doc.id}:v1", type="agreement", date="2024-03", date_precision="month",
               participants=["e1", "e2"], evidence=[doc.span(0, 30)], claims=[claim.key])
    return Extraction(document=doc, entities=[eln, clan], relations=[rel], events=[ev], claims=[claim])


def _english() -> Extraction:
    doc = _doc("e" * 16, EN_TEXT, "en")
    eln = _entity(doc, "x1", "National Liberation Army", "ELN", "armed_group",
                  aliases=["National Liberation Army"], countries=["VE"], external_ids={"wikidata": "Q1"})
    clan = _entity(doc, "x2", "Clan del Golfo", "Clan del Golfo", "criminal_group")
    rels = [Relation(key=f"{doc.id}:r{n}", type="funds", source="x1", target="x2", negated=(n % 2 == 0),
                     evidence=[doc.span(0, 40)]) for n in range(1, 12)]
    return Extraction(document=doc, entities=[eln, clan], relations=rels)


SAME_IDS = {"e1": "ent-eln", "e2": "ent-clan", "x1": "ent-eln", "x2": "ent-clan"}


def test_urls_name_the_installed_driver() -> None:
    assert _url("postgresql://nexos@db.local:5432/work") == "postgresql+psycopg://nexos@db.local:5432/work"
    assert _url("postgres://nexos@db.local/work") == "postgresql+psycopg://nexos@db.local/work"
    assert _url("postgresql+psycopg://u@h/d") == "postgresql+psycopg://u@h/d"
    assert _url("work/nexos.db") == "sqlite:///work/nexos.db"


def test_missing_postgres_driver_says_which_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "psycopg", None)  # makes `import psycopg` fail
    with pytest.raises(StoreError, match=r"nexos\[postgres\]"):
        Store("postgresql://nexos@127.0.0.1:1/none")


def test_json_and_booleans_round_trip(store: Store) -> None:
    ex = _spanish()
    store.save_extraction(ex, SAME_IDS)
    [doc] = store.documents()
    assert doc["meta"] == {"byline": "Redacción", "nested": {"pages": [1, 2]}}
    assert doc["links"] == [[0, 3, "https://example.org/a"]] and doc["sentences"] == [[0, len(ES_TEXT)]]
    assert [c["url"] for c in doc["citations"]] == ["https://example.org/informe"]
    [claim] = store.rows("claims")
    assert claim["hedged"] is True and claim["anonymous_source"] is True and claim["negated"] is False
    assert claim["grade"] == {"reliability": "C", "credibility": 3, "reasons": ["anonymous source"]}
    assert claim["loaded_terms"] == [{"start": 23, "end": 29, "term": "pactaron", "category": "framing"}]
    assert claim["entities"] == ["ent-eln", "ent-clan"]  # local keys mapped to store ids
    [ev] = store.rows("events")
    assert ev["participants"] == ["ent-eln", "ent-clan"] and ev["evidence"][0]["text"] == ES_TEXT[:30]
    [rel] = store.rows("relations")
    assert rel["negated"] is False and rel["source"] == "ent-eln"


def test_second_document_extends_an_existing_entity(store: Store) -> None:
    store.save_extraction(_spanish(), SAME_IDS)
    store.save_extraction(_english(), SAME_IDS)
    ents = {r["id"]: r for r in store.entity_rows()}
    assert sorted(ents) == ["ent-clan", "ent-eln"]
    eln = ents["ent-eln"]
    assert eln["name"] == "ELN"  # the first document named it; later ones add aliases
    assert eln["aliases"] == ["Ejército de Liberación Nacional", "National Liberation Army"]
    assert eln["countries"] == ["CO", "VE"] and eln["external_ids"] == {"wikidata": "Q1"}
    assert [m["document_id"] for m in store.mention_rows() if m["entity_id"] == "ent-eln"] == ["d" * 16, "e" * 16]


def _english_naming_eln_twice() -> Extraction:
    ex = _english()
    ex.entities.append(_entity(ex.document, "x3", "ELN", "Ejército del Pueblo", "armed_group", aliases=["EP"],
                               countries=["CO"]))
    return ex


@pytest.mark.parametrize("stored_before", [False, True])
def test_an_entity_named_twice_in_one_document_keeps_both_names(store: Store, stored_before: bool) -> None:
    """Two local entities resolved to one stored entity: the second merges with what the first wrote."""
    if stored_before:
        store.save_extraction(_spanish(), SAME_IDS)
    store.save_extraction(_english_naming_eln_twice(), SAME_IDS | {"x3": "ent-eln"})
    [eln] = [r for r in store.entity_rows() if r["id"] == "ent-eln"]
    before = ["Ejército de Liberación Nacional"] if stored_before else []
    assert eln["name"] == "ELN"
    assert eln["aliases"] == sorted(["EP", "Ejército del Pueblo", "National Liberation Army", *before])
    assert eln["countries"] == ["CO", "VE"] and eln["external_ids"] == {"wikidata": "Q1"}
    assert len([m for m in store.mention_rows() if m["entity_id"] == "ent-eln"]) == 2 + stored_before


def test_generated_ids_count_up(store: Store) -> None:
    store.save_extraction(_spanish(), SAME_IDS)
    store.save_extraction(_english(), SAME_IDS)
    with store.engine.connect() as conn:
        mention_ids = list(conn.execute(select(t.mentions.c.id).order_by(t.mentions.c.id)).scalars())
    assert mention_ids == list(range(mention_ids[0], mention_ids[0] + 4))
    first = store.merge("ent-clan", "ent-eln", reason="test")
    store.unmerge("ent-clan")
    second = store.merge("ent-clan", "ent-eln", reason="again")
    assert second == first + 1
    assert [e["action"] for e in store.audit_entries()] == ["merge", "unmerge", "merge"]


def test_rows_come_back_in_document_then_counter_order(store: Store) -> None:
    store.save_extraction(_spanish(), SAME_IDS)
    store.save_extraction(_english(), SAME_IDS)
    want = ["d" * 16 + ":r1"] + [f"{'e' * 16}:r{n}" for n in range(1, 12)]
    assert [r["id"] for r in store.rows("relations")] == want
    # An update moves a row to the end of PostgreSQL's heap; the order must not follow it.
    store.update_claims([("d" * 16 + ":c1", {"check_worthiness": 0.1})])
    with store.begin() as conn:
        conn.execute(t.relations.update().where(t.relations.c.id == want[1]).values(status="accepted"))
    assert [r["id"] for r in store.rows("relations")] == want
    negated = [r["id"] for r in store.rows("relations") if r["negated"]]
    assert negated == [f"{'e' * 16}:r{n}" for n in range(2, 12, 2)]


def test_rating_a_publisher_twice_updates_and_logs_both(store: Store) -> None:
    store.rate_publisher("Observatorio Ejemplo", "C", note="first look")
    store.rate_publisher("Observatorio Ejemplo", "B")
    assert store.publisher_ratings() == {"Observatorio Ejemplo": "B"}
    befores = [e["before"] for e in store.audit_entries()]
    assert befores[0] is None and befores[1]["reliability"] == "C" and befores[1]["note"] == "first look"


def test_delete_document_keeps_the_other(store: Store) -> None:
    store.save_extraction(_spanish(), SAME_IDS)
    store.save_extraction(_english(), SAME_IDS)
    store.delete_document("d" * 16)
    counts = store.counts()
    assert counts["documents"] == 1 and counts["claims"] == 0 and counts["relations"] == 11
    assert {m["document_id"] for m in store.mention_rows()} == {"e" * 16}


def test_a_failed_document_does_not_touch_existing_entities(store: Store) -> None:
    store.save_extraction(_spanish(), SAME_IDS)
    bad = _english()
    bad.relations.append(bad.relations[0])  # duplicate key: the whole document rolls back
    with pytest.raises(Exception, match="(?i)unique|duplicate"):
        store.save_extraction(bad, SAME_IDS)
    [eln] = [r for r in store.entity_rows() if r["id"] == "ent-eln"]
    assert eln["aliases"] == ["Ejército de Liberación Nacional"] and eln["countries"] == ["CO"]
    assert store.counts()["documents"] == 1
