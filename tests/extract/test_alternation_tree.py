"""``lexicon.alternation``: a list of words as a tree of letters matches what the longest-first alternation of the
same words matches, at the same places, and tries a longer word before a shorter one it starts with."""

from __future__ import annotations

import re

from nexos.extract.lexicon import alternation, phrase_regex


def _flat(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


WORDS_EN = ["minister", "minister of defense", "ministry", "mayor", "prosecutor", "u.s. attorney", "a"]
WORDS_ES = ["ministro", "ministra", "ministro de defensa", "alcalde", "alcaldesa", "fiscal", "fiscal general"]
TEXTS = [
    "the minister of defense met the mayor; the ministry and the u.s. attorney said a prosecutor",
    "el ministro de defensa y la alcaldesa hablaron con el fiscal general y el fiscal; la ministra no",
    "minister of defenses, ministers, alcaldes, u.s. attorneys, fiscalia",
]


def test_the_tree_finds_what_the_flat_alternation_finds_in_english_and_spanish():
    for words in (WORDS_EN, WORDS_ES, WORDS_EN + WORDS_ES):
        for wrap in (r"(?<![\w])(?:{})(?![\w])", r"(?:{})", r"({})\s+(?:y|and|said|no)", r"(?:{})$"):
            flat, tree = re.compile(wrap.format(_flat(words))), re.compile(wrap.format(alternation(words)))
            for text in TEXTS:
                assert [(m.span(), m.groups()) for m in flat.finditer(text)] == \
                    [(m.span(), m.groups()) for m in tree.finditer(text)]
                for i in range(len(text)):
                    a, b = flat.match(text, i), tree.match(text, i)
                    assert (a and a.span()) == (b and b.span())


def test_a_longer_word_is_tried_first_then_a_shorter_one_when_what_follows_fails():
    rx = re.compile(r"(?:" + alternation(["fiscal", "fiscal general"]) + r")(?![\w])")
    assert rx.match("fiscal general de la nacion").group() == "fiscal general"
    assert rx.match("fiscal generalizado").group() == "fiscal"  # the longer word fails on what follows
    assert rx.match("minister") is None
    assert re.fullmatch(alternation([]), "") and alternation(["a.b"]) == re.escape("a") + re.escape(".") + "b"


def test_phrase_regex_matches_whole_folded_phrases_in_english_and_spanish():
    rx = phrase_regex(["Ministro de Defensa", "ministro", "Minister of Defense", "minister"])
    assert [m.group() for m in rx.finditer("el ministro de defensa y el ministro; the minister of defense")] == \
        ["ministro de defensa", "ministro", "minister of defense"]
    assert rx.search("ministros") is None and rx.search("the prime-minister") is not None


def test_dates_in_a_documents_head_are_read_as_before_with_weekday_and_month_trees_in_english_and_spanish():
    from nexos.ingest.metadata import find_dates

    assert [d[2] for d in find_dates("Published Tuesday, March 4, 2025 | Updated MARCH 5, 2025")] == \
        ["2025-03-04", "2025-03-05"]
    assert [d[2] for d in find_dates("Bogotá, miércoles 6 de septiembre de 2023; sept. 2024")] == \
        ["2023-09-06", "2024-09"]
    assert [d[2] for d in find_dates("SÁBADO 1 DE SETIEMBRE DE 2024, julio de 2022")] == ["2024-09-01", "2022-07"]


def test_place_cues_before_a_name_still_fire_in_english_and_spanish():
    from nexos.extract.entities import LOCATION_CUE, PEOPLE_OF_PLACE, PLACE_LIST

    for window in ("residents of the municipality of ", "en la localidad boliviana de ", "the township of ",
                   "cerca de la frontera con ", "el alcalde de ", "in the neighborhood of ", "SECTORES DE "):
        assert LOCATION_CUE.search(window), window
    for window in ("the town of Chone", "the city ", "la municipalidad ", "el ministro de "):
        assert not LOCATION_CUE.search(window), window
    assert PLACE_LIST.search("las veredas La Esmeralda y ") and PLACE_LIST.search("the towns of Chone, ")
    assert not PLACE_LIST.search("las veredas de la zona y ")
    assert PEOPLE_OF_PLACE.search("the stevedores of ") and PEOPLE_OF_PLACE.search("los vecinos de ")
    assert PEOPLE_OF_PLACE.search("the harbor of the ") and not PEOPLE_OF_PLACE.search("the sports of ")
