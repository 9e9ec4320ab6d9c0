"""'el director de la DIRANDRO, general PNP X': a rank and the corps it is held in, written between a post and
its holder's name, do not hide the post: X leads the DIRANDRO. And 'X leaves Venezuela and
settles in Chaguanas': the second of two joined verbs keeps the clause's subject, not the place the first took.
"""

from __future__ import annotations

from support.extraction import ties


def test_the_post_before_a_rank_and_its_corps_is_the_holders() -> None:
    got = ties("Por su parte, el director de la DIRANDRO, general PNP César Atoche Villanueva, destacó el trabajo "
               "conjunto con la Guardia Civil.\n")
    assert ("César Atoche Villanueva", "leads", "Dirección Antidrogas") in got


def test_a_rank_with_no_post_before_it_names_only_the_corps() -> None:
    got = ties("Ayer declaró el general PNP César Atoche Villanueva ante la fiscalía.\n")
    assert not any(t == "leads" for a, t, _b in got if a == "César Atoche Villanueva")


def test_the_second_of_two_joined_verbs_keeps_the_clauses_subject() -> None:
    got = ties('March 2021 - Yohandry Rafael Castillo, known as "El Isleño", leaves Venezuela by boat and settles '
               "in Chaguanas, Trinidad.\n")
    assert ("Yohandry Rafael Castillo", "operates_in", "Chaguanas") in got
