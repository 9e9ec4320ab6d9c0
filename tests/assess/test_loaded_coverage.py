"""Loaded-language coverage on texts written for these tests, not taken from any evaluation set.

Each slanted text is one voice: a columnist of the left or of the right, in
English and in Spanish, an analyst, a fact check that quotes loaded claims.
Each neutral text is plain wire or press-release copy on the same topics
(a seizure, a ruling, a sanctions notice, an election result), written to
hold the neutral look-alikes of loaded words ("criminal organization", "the
1989 invasion", "the Communist Party", "sanctions regime"); nothing in it
may be flagged. The expected lists are what a careful editor would query,
whichever side the words serve.
"""

from __future__ import annotations

import pytest

from nexos.assess.language import find_loaded_terms
from nexos.assess.lexicon import fold, load_entries


def found(text: str, lang: str) -> list[str]:
    return [fold(t.term) for t in find_loaded_terms(text, lang)]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # Spanish gender and number come from one written entry
        ("una política desastrosa", "es", "desastrosa"),
        ("la autoproclamada presidenta", "es", "autoproclamada"),
        ("cifras escandalosas", "es", "escandalosas"),
        ("una tirana", "es", "tirana"),
        ("la supuesta «paz»", "es", "supuesta"),
        # English plurals beyond -s
        ("two autocracies", "en", "autocracies"),
        ("regional strongmen", "en", "strongmen"),
        ("the kleptocracies of the region", "en", "kleptocracies"),
    ],
)
def test_inflected_forms_are_found(text: str, lang: str, expected: str) -> None:
    assert expected in found(text, lang)


def test_spanish_entries_do_not_glue_endings_onto_a_final_o() -> None:
    # 'desastroso{,a,s,as}' reads as 'desastrosoa': write 'desastros{o,a,os,as}' instead
    for entry in load_entries("loaded")["es"]:
        assert "o{,a" not in entry.key.replace(" ", ""), entry.key
