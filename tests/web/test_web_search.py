"""Full-text search: accent folding both ways, English and Spanish, review state applied."""

from __future__ import annotations

from nexos.store import Store, review
from nexos.store.search import fts_query, search, segments


def _kinds_ids(hits) -> set[tuple[str, str]]:  # noqa: ANN001
    return {(h.kind, h.id) for h in hits}


def test_unaccented_query_finds_accented_spanish_text(web_store: Store) -> None:
    hits = search(web_store, "ejercito liberacion")
    assert any(h.kind == "document" for h in hits)
    assert any("Ejército" in "".join(s["text"] for s in h.snippet) for h in hits)
    marked = [s["text"] for h in hits for s in h.snippet if s["hit"]]
    assert "Ejército" in marked


def test_accented_query_finds_plain_text_and_entity_names(web_store: Store) -> None:
    names = {h.title for h in search(web_store, "defensoría", kinds=("entity",))}
    assert any(n.startswith("Defensoría del Pueblo") for n in names)
    assert {h.title for h in search(web_store, "NARINO", kinds=("entity",))} == {"Nariño"}


def test_english_words_and_prefixes(web_store: Store) -> None:
    hits = search(web_store, "seiz", kinds=("claim",))
    assert hits and all(h.document for h in hits)
    assert any("seized" in "".join(s["text"] for s in h.snippet) for h in hits)


def test_rejected_claims_are_not_found(web_store: Store) -> None:
    hits = search(web_store, "tonnes", kinds=("claim",))
    assert hits
    for h in hits:
        review.set_status(web_store, "claim", h.id, "reject")
    assert search(web_store, "tonnes", kinds=("claim",)) == []


def test_merged_entity_is_reported_as_its_target(web_store: Store, find_entity) -> None:
    navy, armada = find_entity("Navy"), find_entity("Armada de Colombia")
    review.merge(web_store, navy, armada)
    assert _kinds_ids(search(web_store, "navy", kinds=("entity",))) == {("entity", armada)}


def test_query_syntax_is_neutralised() -> None:
    assert fts_query('ELN" OR x*') == '"ELN" "OR" "x"*'
    assert fts_query("¿?") == ""
    assert segments("a \x02b\x03 c") == [{"text": "a ", "hit": False}, {"text": "b", "hit": True},
                                         {"text": " c", "hit": False}]


def test_new_documents_are_indexed_by_trigger(web_store: Store, tmp_path) -> None:  # noqa: ANN001
    from nexos.pipeline import analyze

    doc = tmp_path / "nuevo.txt"
    doc.write_text("Informe breve\n\nLa Fiscalía acusó a Los Lobos de extorsión en Guayaquil.\n", encoding="utf-8")
    assert search(web_store, "extorsion") == []
    analyze([doc], web_store, 10_000_000)
    assert any(h.kind == "document" for h in search(web_store, "extorsion"))
