from __future__ import annotations

import pytest

from nexos.analysis.paths import evidence_paths, find_entity, format_path
from nexos.errors import NotFound


def _chain(mk):
    return mk([
        ("España", "Nicolás Maduro", "supports", "España ha respaldado a Maduro.", "d1"),
        ("Venezuela", "Nicolás Maduro", "negotiates_with", "Talks with Maduro went on for years.", "d1"),
        ("Venezuela", "ELN", "allied_with", "In Venezuela the ELN operates alongside the state.", "d1"),
        ("ELN", "Outsider", "opposes", "The ELN threatened the outsider.", "d1"),
    ], types={"España": "state", "Venezuela": "state", "ELN": "armed_group"})


def test_path_found_with_sentences_and_direction(mk):
    paths = evidence_paths(_chain(mk), "espana", "eln")  # folded: accents and case do not matter
    assert len(paths) == 1
    p = paths[0]
    assert p["actors"] == ["España", "Nicolás Maduro", "Venezuela", "ELN"]
    hops = p["hops"]
    assert [h["type"] for h in hops] == ["supports", "negotiates_with", "allied_with"]
    assert [h["direction"] for h in hops] == ["forward", "backward", "forward"]
    assert hops[0]["sentence"] == "España ha respaldado a Maduro."
    assert hops[2]["document"] == "d1"
    assert "document asserts" in format_path(p)


def test_max_len_limits_chains(mk):
    assert evidence_paths(_chain(mk), "España", "ELN", max_len=2) == []


def test_shortest_first_and_max_paths(mk):
    ex = mk([("A", "B", "supports", "s1", "d1"), ("B", "D", "supports", "s2", "d1"),
             ("A", "C", "supports", "s3", "d1"), ("C", "E", "supports", "s4", "d1"), ("E", "D", "supports", "s5", "d1")])
    paths = evidence_paths(ex, "A", "D", max_paths=2)
    assert [p["length"] for p in paths] == [2, 3]
    assert len(evidence_paths(ex, "A", "D", max_paths=1)) == 1


def test_unknown_name_raises_with_suggestion(mk):
    with pytest.raises(NotFound, match="Venezuela"):
        find_entity(_chain(mk), "Venezuella")


def test_lookup_by_alias(mk):
    ex = _chain(mk)
    ex["entities"][0]["aliases"] = ["Ejército de Liberación Nacional"]
    assert find_entity(ex, "ejercito de liberacion nacional")["id"] == ex["entities"][0]["id"]
