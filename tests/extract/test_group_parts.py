"""A group set beside another as its part ("X, the Y faction", "X, a splinter of Y", "X, la célula de Y") belongs to
it, whoever the sentence's subject is; a person or a town set there is no part of a group."""

from __future__ import annotations

from support.extraction import ties


def test_the_cartel_faction_after_a_name_en():
    text = ("Wire\n\nSoldiers dismantled a laboratory in the hills on Tuesday, a raid officials called the heaviest blow "
            "this year to Los Halcones Negros, the Cartel de los Llanos Altos faction headed by Ramiro Ledezma Soto.\n")
    assert ("Halcones Negros", "member_of", "Cartel de los Llanos Altos") in ties(text)


def test_a_splinter_of_is_the_apposed_groups_not_the_subjects_en():
    text = ("Wire\n\nAlias Tucán, whose legal name is Héctor Ruiz Palma, was the military chief of the Bloque "
            "Comunero Andino, a splinter of Segunda Marquetalia that took shape in 2021.\n")
    got = ties(text)
    assert ("Bloque Comunero Andino", "member_of", "Segunda Marquetalia") in got
    assert ("Héctor Ruiz Palma", "member_of", "Segunda Marquetalia") not in got


def test_una_celula_de_is_the_apposed_groups_not_the_police_es():
    text = ("Reportaje\n\nLa Policía detuvo a tres integrantes de La Manada, una célula de Los Lobos que cobra "
            "extorsiones a los pescadores.\n")
    got = ties(text)
    assert any(s == "Manada" and typ == "member_of" and t.startswith("Los Lobos") for s, typ, t in got)
    assert not any(s == "Policía" and typ == "member_of" for s, typ, t in got)


def test_a_person_beside_a_cell_is_no_part_en():
    text = ("Wire\n\nPolice arrested Wilmer Rangel Soto, a Tren de Aragua cell leader, in Cúcuta on Monday.\n")
    got = ties(text)
    assert not any(s == "Wilmer Rangel Soto" and typ == "member_of" and t == "Cúcuta" for s, typ, t in got)
