"""Corroboration, independence and contradiction across documents (EN + ES), through the real pipeline."""

from __future__ import annotations

from collections import defaultdict

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nexos.assess import assess_corpus, corroborate, grade, independence
from nexos.assess.corroborate import (
    Assertion,
    Independence,
    dates_agree,
    events_agree,
    relations_agree,
)
from nexos.assess.independence import NEAR_DUPLICATE, shingles
from nexos.store import Store

from .conftest import claim_with, doc, view

TIE_EN_1 = doc("Foundation tied to armed group", "Daily Courier",
               "Prosecutors said on Monday that Fundación Horizonte Andino funds the Frente Comuneros del Río "
               "through shell companies in Cúcuta.")
TIE_EN_2 = doc("Bank records point to rebel financing", "Evening Ledger",
               "According to bank records, Fundación Horizonte Andino funds the Frente Comuneros del Río with "
               "monthly transfers.")
TIE_ES_1 = doc("Fundación señalada", "Diario del Valle",
               "Según documentos judiciales, la Fundación Horizonte Andino financia al Frente Comuneros del Río "
               "desde 2023.", "es")
TIE_ES_2 = doc("Transferencias bajo la lupa", "Radio Frontera",
               "La Fundación Horizonte Andino financia al Frente Comuneros del Río con transferencias mensuales, "
               "de acuerdo con registros bancarios.", "es")
CHECK_EN = doc("Fact check on the foundation", "Checkers United",
               "There is no evidence that Fundación Horizonte Andino funds the Frente Comuneros del Río.")
CHECK_ES = doc("Verificación", "Verifica Sur",
               "No hay pruebas de que la Fundación Horizonte Andino financie al Frente Comuneros del Río.", "es")


def test_two_publishers_corroborate_en(analyse) -> None:
    v = analyse({"a.txt": TIE_EN_1, "b.txt": TIE_EN_2})
    a, b = claim_with(v, "a.txt", "funds"), claim_with(v, "b.txt", "funds")
    assert a["corroborated_by"] == [b["id"]] and b["corroborated_by"] == [a["id"]]
    assert a["grade"]["credibility"] == 2
    assert "asserted by 2 documents from 2 independent sources" in a["grade"]["reasons"][0]
    assert a["grade"]["reasons"][0].startswith("credibility 2: ")


def test_two_publishers_corroborate_es(analyse) -> None:
    v = analyse({"a.txt": TIE_ES_1, "b.txt": TIE_ES_2})
    a, b = claim_with(v, "a.txt", "financia"), claim_with(v, "b.txt", "financia")
    assert b["id"] in a["corroborated_by"]
    assert a["grade"]["credibility"] == b["grade"]["credibility"] == 2
    assert "asserted by 2 documents from 2 independent sources" in b["grade"]["reasons"][0]


def test_one_document_alone_is_not_corroborated(analyse) -> None:
    v = analyse({"a.txt": TIE_EN_1})
    a = claim_with(v, "a.txt", "funds")
    assert a["corroborated_by"] == [] and a["grade"]["credibility"] == 6
    assert a["grade"]["reasons"][0] == "credibility 6: asserted by 1 document; uncited"


def test_syndicated_copy_is_not_independent(analyse) -> None:
    body = ("Prosecutors said on Monday that Fundación Horizonte Andino funds the Frente Comuneros del Río "
            "through shell companies in Cúcuta, and that the payments began in 2023 after a meeting in Ocaña.")
    v = analyse({"a.txt": doc("Foundation tied to armed group", "Daily Courier", body),
                 "b.txt": doc("Foundation linked to rebels", "Northern Herald", body)})
    a, b = claim_with(v, "a.txt", "funds"), claim_with(v, "b.txt", "funds")
    assert a["corroborated_by"] == [] and b["corroborated_by"] == []
    assert a["grade"]["credibility"] != 2
    assert "asserted by 2 documents from 1 independent source" in a["grade"]["reasons"][0]


def test_shared_cited_url_is_not_independent(analyse) -> None:
    v = analyse({
        "a.txt": doc("Foundation tied to armed group", "Daily Courier",
                     "Fundación Horizonte Andino funds the Frente Comuneros del Río, a leaked video shows.[1]",
                     extra="\n[1] https://www.youtube.com/watch?v=Hx7Lp2Qm9Za&utm_source=share\n"),
        "b.txt": doc("Video points to rebel financing", "Evening Ledger",
                     "A recording published this week suggests that Fundación Horizonte Andino funds the Frente "
                     "Comuneros del Río.[1]", extra="\n[1] https://youtu.be/Hx7Lp2Qm9Za\n"),
    })
    a = claim_with(v, "a.txt", "funds")
    assert a["corroborated_by"] == []
    assert "asserted by 2 documents from 1 independent source" in a["grade"]["reasons"][0]
    assert "cites 1 video" in a["grade"]["reasons"][0]


def test_citing_the_other_documents_url_is_not_independent(analyse) -> None:
    first = doc("Foundation tied to armed group", "Daily Courier",
                "Fundación Horizonte Andino funds the Frente Comuneros del Río, court filings show.",
                extra="\nSource: https://dailycourier.example/2025/05/foundation-armed-group\n")
    second = doc("Rebel financing row grows", "Evening Ledger",
                 "Fundación Horizonte Andino funds the Frente Comuneros del Río, the Daily Courier reported.[1]",
                 extra="\n[1] https://dailycourier.example/2025/05/foundation-armed-group\n")
    v = analyse({"a.txt": first, "b.txt": second})
    assert v["docs"]["a.txt"]["source_url"], "the test needs the first document to state its URL"
    a = claim_with(v, "a.txt", "funds")
    assert a["corroborated_by"] == []
    assert "from 1 independent source" in a["grade"]["reasons"][0]


def test_fact_check_contradicts_both_ways_en(analyse) -> None:
    v = analyse({"a.txt": TIE_EN_1, "c.txt": CHECK_EN})
    tie, check = claim_with(v, "a.txt", "funds"), claim_with(v, "c.txt", "no evidence")
    assert tie["contradicted_by"] == [check["id"]] and check["contradicted_by"] == [tie["id"]]
    assert tie["grade"]["credibility"] == 5
    assert "disputed by 1 other document" in tie["grade"]["reasons"][0]
    assert check["grade"]["credibility"] != 5
    assert "disputes claims in 1 other document" in check["grade"]["reasons"][0]
    assert check["corroborated_by"] == [] and tie["corroborated_by"] == []


def test_fact_check_contradicts_both_ways_es(analyse) -> None:
    v = analyse({"a.txt": TIE_ES_1, "c.txt": CHECK_ES})
    tie, check = claim_with(v, "a.txt", "financia"), claim_with(v, "c.txt", "No hay pruebas")
    assert check["id"] in tie["contradicted_by"] and tie["id"] in check["contradicted_by"]
    assert tie["grade"]["credibility"] == 5


def test_denial_pointing_back_at_the_allegation(analyse) -> None:
    release = doc("Comunicado", "Fundación Horizonte Andino",
                  "El lunes, una columna afirmó que la Fundación Horizonte Andino financia al Frente Comuneros del "
                  "Río. La Fundación rechaza de manera categórica esta afirmación.", "es")
    v = analyse({"a.txt": TIE_EN_1, "r.txt": release})
    tie = claim_with(v, "a.txt", "funds")
    denial = claim_with(v, "r.txt", "rechaza")
    restated = claim_with(v, "r.txt", "columna")
    assert denial["id"] in tie["contradicted_by"] and tie["id"] in denial["contradicted_by"]
    # Restating an allegation in order to deny it is not corroboration.
    assert restated["id"] not in tie["corroborated_by"]
    assert tie["grade"]["credibility"] == 5
    assert "disputed in the same document" in restated["grade"]["reasons"][0]


def test_unrelated_denial_disputes_nothing(analyse) -> None:
    other = doc("Mayor speaks", "Evening Ledger",
                "The mayor of Ocaña, Ómar Benítez Durán, denied that the city budget was cut this year.")
    v = analyse({"a.txt": TIE_EN_1, "b.txt": other})
    assert claim_with(v, "a.txt", "funds")["contradicted_by"] == []


def test_merge_is_followed(analyse, store: Store) -> None:
    other = doc("Andes foundation probe", "Morning Post",
                "The Horizonte Andino Foundation funds the Frente Comuneros del Río, officials said.")
    v = analyse({"a.txt": TIE_EN_1, "f.txt": other})
    a, f = claim_with(v, "a.txt", "funds"), claim_with(v, "f.txt", "funds")
    names = {e["name"]: e["id"] for e in store.entity_rows()}
    if f["id"] in a["corroborated_by"]:
        return  # the resolver already joined the two names: nothing left for the merge to do
    store.merge(names["Horizonte Andino Foundation"], names["Fundación Horizonte Andino"])
    assess_corpus(store)
    v = view(store)
    assert claim_with(v, "a.txt", "funds")["corroborated_by"] == [f["id"]]


def test_source_rating_sets_reliability(analyse, store: Store) -> None:
    v = analyse({"a.txt": TIE_EN_1})
    assert claim_with(v, "a.txt", "funds")["grade"]["reliability"] == "F"
    store.rate_publisher("daily courier", "B")
    assess_corpus(store)
    g = claim_with(view(store), "a.txt", "funds")["grade"]
    assert g["reliability"] == "B"
    assert "reliability B: publisher Daily Courier rated B" in g["reasons"]


# ------------------------------------------------------------------ unit checks


def _rel(claim: str, doc_id: str, typ: str, src: str, tgt: str) -> Assertion:
    return Assertion(claim, doc_id, "relation", typ, src, tgt)


def test_symmetric_types_match_either_way_directed_do_not() -> None:
    assert relations_agree(_rel("1", "d1", "allied_with", "A", "B"), _rel("2", "d2", "allied_with", "B", "A"))
    assert relations_agree(_rel("1", "d1", "funds", "A", "B"), _rel("2", "d2", "associated_with", "B", "A"))
    assert not relations_agree(_rel("1", "d1", "funds", "A", "B"), _rel("2", "d2", "funds", "B", "A"))
    assert not relations_agree(_rel("1", "d1", "funds", "A", "B"), _rel("2", "d2", "opposes", "A", "B"))


def test_dates_agree_at_the_coarser_precision() -> None:
    assert dates_agree("2025-03-04", "day", "2025-03", "month")
    assert dates_agree("2025-03-04", "day", "2025", "year")
    assert not dates_agree("2025-03-04", "day", "2025-03-05", "day")
    assert not dates_agree("2025-03", "month", "2025-04-01", "day")
    assert not dates_agree(None, None, "2025", "year")


def _ev(claim: str, doc_id: str, typ: str, date: str, parts: set[str], loc: str | None = None) -> Assertion:
    return Assertion(claim, doc_id, "event", typ, date=date, precision={4: "year", 7: "month", 10: "day"}[len(date)],
                     participants=frozenset(parts), location=loc)


def test_events_need_two_shared_participants_or_one_and_the_place() -> None:
    a = _ev("1", "d1", "arrest", "2025-03-05", {"police", "quimico"})
    assert events_agree(a, _ev("2", "d2", "arrest", "2025-03", {"police", "quimico", "cali"}))
    assert not events_agree(a, _ev("2", "d2", "arrest", "2025-03-05", {"police"}))
    # one shared actor is enough at the same place, not elsewhere; a place is not counted as an actor
    assert events_agree(_ev("1", "d1", "arrest", "2025-03-05", {"police", "cali"}, "cali"),
                        _ev("2", "d2", "legal_action", "2025-03-05", {"police", "cali"}, "cali"))
    assert not events_agree(_ev("1", "d1", "arrest", "2025-03-05", {"police", "cali"}, "cali"),
                            _ev("2", "d2", "arrest", "2025-03-05", {"police", "tumaco"}, "tumaco"))
    assert not events_agree(_ev("1", "d1", "arrest", "2025-03-05", {"army", "cali"}, "cali"),
                            _ev("2", "d2", "arrest", "2025-03-05", {"police", "cali"}, "cali"))
    assert events_agree(_ev("1", "d1", "arrest", "2025-03-05", {"police", "x", "cali"}, "cali"),
                        _ev("2", "d2", "arrest", "2025-03-05", {"police", "y", "cali"}, "cali"))
    assert not events_agree(a, _ev("2", "d2", "arrest", "2024-03-05", {"police", "quimico"}))
    assert not events_agree(a, _ev("2", "d2", "violence", "2025-03-05", {"police", "quimico"}))


EVENT_TYPES = ["statement", "meeting", "negotiation", "arrest", "legal_action", "violence", "military_action", "other"]
EVENTS = st.lists(st.tuples(st.sampled_from(EVENT_TYPES), st.sampled_from(["", "Toma", "toma", "paro"]),
                            st.sampled_from(["2025", "2025-03", "2025-03-04", "2025-03-05", "2024-03-04"]),
                            st.sets(st.sampled_from("ABCD"), min_size=1, max_size=3), st.sampled_from([None, "C"]),
                            st.integers(0, 4)), max_size=40)


@pytest.mark.parametrize("block", [4, 64])
@settings(max_examples=100, deadline=None)
@given(rows=EVENTS)
def test_event_pairs_skipped_by_type_never_agree(block: int, rows: list) -> None:
    """Pairing one participant's events only within a type class finds every agreeing pair of the window."""
    group = [Assertion(f"c{n}", f"d{doc_n}", "event", typ, date=date, participants=frozenset(parts), location=loc,
                       subtype=sub or None, precision={4: "year", 7: "month", 10: "day"}[len(date)])
             for n, (typ, sub, date, parts, loc, doc_n) in enumerate(rows)]
    window = {(a.claim, b.claim) for n, a in enumerate(group) for b in group[n + 1 : n + 1 + block]
              if events_agree(a, b)}
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(corroborate, "MAX_BLOCK", block)
        paired = {(a.claim, b.claim) for a, b in corroborate._bounded_pairs(group) if events_agree(a, b)}
    assert paired == window


def test_independence_rules() -> None:
    docs = {
        "a": {"publisher": "Diario Sur", "citations": [{"url": "https://www.youtube.com/watch?v=Hx7Lp2Qm9Za"}],
              "text": "one two three four five six seven", "source_url": "https://diariosur.example/n/1"},
        "b": {"publisher": "DIARIO  SUR ", "citations": [], "text": "entirely different words here in this one"},
        "c": {"publisher": "Other", "citations": [{"url": "https://youtu.be/Hx7Lp2Qm9Za"}], "text": "nothing shared at all ok"},
        "d": {"publisher": "Third", "citations": [{"url": "https://diariosur.example/n/1/"}], "text": "zz yy xx ww vv"},
        "e": {"publisher": "Fourth", "citations": [], "text": "alpha beta gamma delta epsilon zeta"},
    }
    ind = Independence(docs)
    assert ind.why_dependent("a", "b") == "same publisher"
    assert ind.why_dependent("a", "c") == "cite the same source"
    assert ind.why_dependent("a", "d") == "one cites the other"
    assert ind.why_dependent("a", "e") is None
    assert ind.count_sources({"a", "b", "c", "e"}) == 2


def test_dependent_on_agrees_with_why_dependent() -> None:
    """The shortcut a claim's corroborators go through says what ``why_dependent`` says, for every pair."""
    docs = {
        "a": {"publisher": "Diario Sur", "citations": [{"url": "https://example.org/informe"}], "text": "uno dos"},
        "b": {"publisher": "diario sur", "citations": [], "text": "tres cuatro"},
        "c": {"publisher": "Radio Norte", "citations": [{"url": "https://example.org/informe/"}], "text": "cinco"},
        "d": {"publisher": "", "citations": [], "text": "the gang paid the police in the north"},
        "e": {"publisher": "", "citations": [], "text": "the gang paid the police in the north"},
        "f": {"publisher": "", "citations": [], "text": "a court sentenced the mayor for fraud"},
    }
    ind = Independence(docs)
    for x in docs:
        dependent = ind.dependent_on(x)
        for y in docs:
            assert dependent(y) == (ind.why_dependent(x, y) is not None), (x, y)
    assert ind.dependent_on("a")("b") and ind.dependent_on("d")("e") and not ind.dependent_on("d")("f")


def test_verdict_word_used_as_adjective_is_not_a_dispute(analyse) -> None:
    invoices = doc("Invoices under scrutiny", "Evening Ledger",
                   "Fundación Horizonte Andino funds the Frente Comuneros del Río through fake invoices, "
                   "auditors found.")
    v = analyse({"a.txt": TIE_EN_1, "b.txt": invoices})
    a, b = claim_with(v, "a.txt", "funds"), claim_with(v, "b.txt", "fake")
    assert a["contradicted_by"] == [] and b["id"] in a["corroborated_by"]


def test_disputes_of_one_tie_agree_with_each_other(analyse) -> None:
    v = analyse({"a.txt": TIE_EN_1, "c.txt": CHECK_EN, "e.txt": CHECK_ES})
    en, es = claim_with(v, "c.txt", "no evidence"), claim_with(v, "e.txt", "No hay pruebas")
    assert en["corroborated_by"] == [es["id"]]
    assert claim_with(v, "a.txt", "funds")["grade"]["reasons"][0].startswith(
        "credibility 5: asserted by 1 document; disputed by 2 other documents")


def test_batches_and_memo_limit_do_not_change_links(analyse, store: Store, monkeypatch) -> None:
    """Documents read a batch at a time and a memo that starts over give the links of one pass."""
    import nexos.assess as assess
    from nexos.assess import corroborate, independence

    release = doc("Comunicado", "Fundación Horizonte Andino",
                  "El lunes, una columna afirmó que la Fundación Horizonte Andino financia al Frente Comuneros del "
                  "Río. La Fundación rechaza de manera categórica esta afirmación.", "es")
    copy = doc("Foundation linked to rebels", "Northern Herald", TIE_EN_1.split("\n\n", 2)[2])
    v = analyse({"a.txt": TIE_EN_1, "b.txt": TIE_EN_2, "c.txt": TIE_ES_1, "d.txt": TIE_ES_2, "e.txt": CHECK_EN,
                 "f.txt": CHECK_ES, "g.txt": release, "h.txt": copy})
    monkeypatch.setattr(corroborate, "MAX_BLOCK", 3)  # the tie's claims also form a bulk group
    whole = corroborate.link_claims(store)
    tie = claim_with(v, "a.txt", "funds")["id"]
    assert whole.get(tie).corroborated_by and whole.get(tie).contradicted_by
    assert whole.get(tie).independent_sources >= 3
    monkeypatch.setattr(corroborate, "DOC_BATCH", 1)
    monkeypatch.setattr(independence, "MEMO", 1)
    assert corroborate.link_claims(store) == whole
    monkeypatch.setattr(assess, "GRADE_BATCH", 2)
    assert assess.assess_corpus(store) == len(whole.support)
    for cid, c in store_claims(store).items():
        assert c["corroborated_by"] == whole.get(cid).corroborated_by
        assert c["contradicted_by"] == whole.get(cid).contradicted_by


def store_claims(store: Store) -> dict:
    return {c["id"]: c for c in store.rows("claims")}


# ------------------------------------------------------------------ the shortcuts give the plain answer

RELEASE_ES = doc("Comunicado", "Fundación Horizonte Andino",
                 "El lunes, una columna afirmó que la Fundación Horizonte Andino financia al Frente Comuneros del "
                 "Río. La Fundación rechaza de manera categórica esta afirmación.", "es")
# One claim that alleges a tie and disputes a compatible one on the same pair.
BOTH_WAYS = doc("Foundation and rebels", "Morning Post",
                "Fundación Horizonte Andino supports the Frente Comuneros del Río, but Fundación Horizonte Andino "
                "is not allied with the Frente Comuneros del Río.")


def _by_definition(ws: corroborate._Workspace) -> dict[str, tuple[list[str], set[str], set[str], bool]]:
    """Every dispute tried against every allegation of its tie, ordered by dispute, then place in the tie:
    (contradicted_by, disputed_by_documents, disputes_documents, disputed_in_same_document) per claim."""
    hits: dict[str, list[tuple[int, int, str, str]]] = defaultdict(list)
    for n, d in enumerate(ws.disputes):
        for p, a in enumerate(ws.by_pair.get(d.pair, ())):
            if ws._meets(d, a):
                hits[d.claim].append((n, p, a.claim, "disputes"))
                hits[a.claim].append((n, -1, d.claim, "disputed"))
    out = {}
    for cid, found in hits.items():
        own = ws.claim_doc[ws.index[cid]]
        found.sort()
        listed = list(dict.fromkeys(other for _, _, other, _ in found))
        docs = {role: {ws.claim_doc[ws.index[o]] for _, _, o, r in found if r == role} for role in ("disputes", "disputed")}
        out[cid] = (listed, docs["disputed"] - {own}, docs["disputes"] - {own}, own in docs["disputed"])
    return out


def test_contradictions_are_those_of_every_dispute_against_every_allegation(analyse, store: Store) -> None:
    """Lists kept per tie, restated allegations and a claim on both sides of one tie give the brute-force answer."""
    analyse({"a.txt": TIE_EN_1, "b.txt": TIE_EN_2, "c.txt": TIE_ES_1, "e.txt": CHECK_EN, "f.txt": CHECK_ES,
             "g.txt": RELEASE_ES, "m.txt": BOTH_WAYS})
    ws, _ = corroborate._linked(store)
    assert ws.restated, "the sample needs an allegation restated to be denied"
    assert any(a.claim == d.claim for d in ws.disputes for a in ws.by_pair.get(d.pair, ())), \
        "the sample needs a claim that alleges the tie it disputes"
    expected = _by_definition(ws)
    assert sum(bool(e[0]) for e in expected.values()) >= 6
    links = corroborate.link_claims(store)
    for cid in ws.claim_ids:
        sup = links.get(cid)
        got = (sup.contradicted_by, sup.disputed_by_documents, sup.disputes_documents, sup.disputed_in_same_document)
        assert got == expected.get(cid, ([], set(), set(), False)), cid


def test_a_bulk_tie_counts_the_documents_of_all_its_claims(analyse, store: Store, monkeypatch) -> None:
    v = analyse({"a.txt": TIE_EN_1, "b.txt": TIE_EN_2, "c.txt": TIE_ES_1, "d.txt": TIE_ES_2, "m.txt": BOTH_WAYS})
    monkeypatch.setattr(corroborate, "MAX_BLOCK", 2)
    links = corroborate.link_claims(store)
    tie = claim_with(v, "a.txt", "funds")["id"]
    alleging = {v["docs"][name]["id"] for name in ("a.txt", "b.txt", "c.txt", "d.txt")}
    assert alleging <= links.get(tie).documents
    assert links.get(tie).independent_sources >= 4


def test_tie_documents_read_as_the_union_of_their_parts() -> None:
    docs = corroborate.TieDocuments([{"d1"}, ("d1", "d2"), ("d3", "d2")])
    assert len(docs) == 3 and "d3" in docs and "d4" not in docs
    assert docs == {"d1", "d2", "d3"} and {"d1", "d2", "d3"} == docs and list(docs) == ["d1", "d2", "d3"]
    sup = corroborate.Support(documents=docs, independent_sources=2)
    assert grade({"citations": []}, support=sup).reasons[0].startswith(
        "credibility 2: asserted by 3 documents from 2 independent sources")


def _near_duplicates_by_count(a: str, b: str) -> bool:
    sa, sb = shingles(a), shingles(b)
    return bool(sa and sb) and len(sa & sb) / min(len(sa), len(sb)) > NEAR_DUPLICATE


WORDS = st.lists(st.sampled_from("el la de que cartel frente rio paga cobra mata sur norte".split()), min_size=5,
                 max_size=60)


@pytest.mark.parametrize("buckets", [independence.BUCKETS, 16])
@settings(max_examples=150, deadline=None)
@given(first=WORDS, kept=st.integers(0, 60), tail=WORDS)
def test_near_duplicate_bound_never_hides_one(buckets: int, first: list[str], kept: int, tail: list[str]) -> None:
    """The bitmap bound only skips pairs the shingle count rejects, even when most shingles share a bucket."""
    a, b = " ".join(first), " ".join(first[:kept] + tail)
    docs = {"a": {"publisher": "Diario Sur", "text": a}, "b": {"publisher": "Radio Norte", "text": b}}
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(independence, "BUCKETS", buckets)
        verdict = Independence(docs).why_dependent("a", "b")
    assert (verdict == "near-duplicate text") == _near_duplicates_by_count(a, b)
