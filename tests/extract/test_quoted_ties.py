"""A quoted speaker is tied to the state body or armed band he names in his own words."""

from __future__ import annotations

from nexos.extract.coref import resolve_mentions
from nexos.extract.entities import find_candidates
from nexos.extract.quoted_ties import EXTRACTOR, quoted_actor_ties
from nexos.extract.quotes import find_quotes
from nexos.ingest import build_document
from nexos.model import Relation


def _ties(text: str, tied: list[tuple[str, str]] = ()) -> set[tuple[str, str, str]]:  # type: ignore[assignment]
    doc = build_document(text.encode("utf-8"), "t.txt")
    res = resolve_mentions(doc, find_candidates(doc))
    key = {e.name: e.key for e in res.entities}
    before = [Relation(key=f"r{i}", type="opposes", source=key[a], target=key[b]) for i, (a, b) in enumerate(tied)]
    got = quoted_actor_ties(doc, res, find_quotes(doc, res), before)
    assert all(r.extractor == EXTRACTOR and r.confidence < 0.5 for r in got)
    return {(res.by_key[r.source].name, r.type, res.by_key[r.target].name) for r in got}


PRIEST = ("El padre Aníbal Quintero lleva once años en la parroquia de San Roque.\n\n"
          "—El Gobierno manda soldados, pero no manda maestros —me dice en la sacristía—.\n")


def test_a_speaker_is_tied_to_the_body_his_quote_names_not_to_its_places() -> None:
    assert _ties(PRIEST) == {("Aníbal Quintero", "associated_with", "Gobierno")}
    assert _ties('"The Ecuadorian Army comes to Guayaquil, takes a photo and leaves," said Mayor Aquiles Álvarez.\n') \
        == {("Aquiles Álvarez", "associated_with", "Ecuadorian Army")}


def test_a_gang_named_in_the_quote_of_a_speaker_named_in_the_same_sentence_is_left_to_the_sentence() -> None:
    assert _ties('"Los Lobos are killing people in Guayaquil every night," said Mayor Aquiles Álvarez.\n') == set()
    assert _ties("Aquiles Álvarez es alcalde de Guayaquil.\n\n"
                 "—Los Lobos matan gente cada noche —dijo—.\n") == {
        ("Aquiles Álvarez", "associated_with", "Los Lobos (Ecuador)")}


def test_a_pair_already_tied_gets_no_second_tie() -> None:
    assert _ties(PRIEST, [("Gobierno", "Aníbal Quintero")]) == set()


def test_an_outlet_quoted_is_a_source_an_account_is_a_speaker() -> None:
    assert _ties('"Ortega is protecting the Chapitos," the newspaper El Norte wrote.\n') == set()
