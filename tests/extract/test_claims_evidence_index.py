"""A sentence's claim lists the relations and events whose evidence starts there: found by an index, not a scan."""

from __future__ import annotations

from nexos.extract import extract
from nexos.extract.claims import _by_evidence_start
from nexos.ingest import build_document
from nexos.model.records import Relation, Span


def test_index_keeps_record_order_and_lists_each_record_once_per_start() -> None:
    a = Relation("r1", "funds", "clan", "campaign", [Span("d", 0, 40), Span("d", 0, 40), Span("d", 41, 90)])
    b = Relation("r2", "allied_with", "lobos", "choneros", [Span("d", 41, 90)])
    c = Relation("r3", "opposes", "fiscalia", "clan", [Span("d", 0, 40)])
    index = _by_evidence_start([a, b, c])
    assert [r.key for r in index[0]] == ["r1", "r3"]
    assert [r.key for r in index[41]] == ["r1", "r2"]
    assert 90 not in index


def test_claims_name_the_ties_their_sentence_states() -> None:
    for name, text in [
        ("en.txt", "The Gulf Clan financed the campaign of Ramiro Zambrano. Los Lobos work alongside Los Choneros.\n"),
        ("es.txt", "El Clan del Golfo financió la campaña de Lucía Benítez. Los Lobos operan junto a Los Choneros.\n"),
    ]:
        ex = extract(build_document(text.encode("utf-8"), name))
        assert ex.relations
        for rel in ex.relations:
            starts = {ev.start for ev in rel.evidence}
            mine = [cl.key for cl in ex.claims if cl.start in starts]
            assert mine and set(rel.claims) >= set(mine[:1])
