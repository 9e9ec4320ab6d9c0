"""A group named by words and a lower-case word for what it is ('the Southern Hawks gang') is a group, at the
start of a sentence too, and one with the same words named bare ('the Southern Hawks'), in either order; a
family's name ('the Ferrán clan') stays apart from the person who bears it."""

from __future__ import annotations

from support.extraction import extracted


def _actors(text: str) -> list[tuple[str, str, list[str]]]:
    return [(e.name, e.type, e.aliases) for e in extracted(text).entities]


def test_a_sentence_opening_with_the_name_and_gang_names_a_gang_not_a_person():
    got = _actors("Port report\n\nThe Garzas Rojas gang has run the docks of Puerto Lindo since 2021.\n")
    assert [(n, t) for n, t, _ in got if "Garzas" in n] == [("Garzas Rojas gang", "criminal_group")]


def test_the_bare_name_after_the_name_with_its_head_word_is_the_same_group():
    got = _actors("Port report\n\nPolice say the Southern Hawks gang sells stolen fuel. The Southern Hawks also pay "
                  "the prison guards.\n")
    hawks = [(n, t, a) for n, t, a in got if "Hawks" in n]
    assert len(hawks) == 1 and hawks[0][1] == "criminal_group" and "Southern Hawks" in hawks[0][2]


def test_the_name_with_its_head_word_after_the_bare_name_joins_it_and_types_it():
    got = _actors("Informe\n\nPolice say the Southern Hawks pay the prison guards. The Southern Hawks gang also "
                  "sells stolen fuel.\n")
    hawks = [(n, t) for n, t, _ in got if "Hawks" in n]
    assert hawks == [("Southern Hawks", "criminal_group")]


def test_a_family_clan_keeps_apart_from_the_person_of_that_surname():
    got = _actors("Port report\n\nThe Ferrán clan moved the cocaine. Rafael Ferrán denied it. Ferrán was arrested "
                  "on Monday.\n")
    assert ("Ferrán clan", "criminal_group") in [(n, t) for n, t, _ in got]
    person = [a for n, t, a in got if n == "Rafael Ferrán"]
    assert person and "Ferrán" in person[0]
