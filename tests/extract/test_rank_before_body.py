"""A rank or a seat written before the body it is held in and the holder's name ("el general PNP Óscar Meléndez",
"el regidor del PAN Octavio Mijangos", "the sergeant of the FARC Wilson Mora") says the holder belongs to it."""

from __future__ import annotations

from support.extraction import ties


def _member(got: set[tuple[str, str, str]], person: str, body_word: str) -> bool:
    return any(s == person and typ == "member_of" and body_word in t for s, typ, t in got)


def test_a_police_rank_before_the_force_and_the_name_es() -> None:
    got = ties("Por su parte, el general PNP Óscar Meléndez Rivas destacó la operación.\n")
    assert _member(got, "Óscar Meléndez Rivas", "Policía Nacional")


def test_a_seat_of_a_party_before_the_name_es() -> None:
    got = ties("La oposición local, encabezada por el regidor del PAN Octavio Mijangos, lo acusa de pactar con la "
               "banda.\n")
    assert _member(got, "Octavio Mijangos", "PAN")


def test_a_rank_of_an_armed_group_before_the_name_en() -> None:
    got = ties("Troops captured the sergeant of the ELN Wilson Mora Quintero near the river on Monday.\n")
    assert _member(got, "Wilson Mora Quintero", "ELN")


def test_a_rank_set_off_by_a_comma_is_not_read_es() -> None:
    got = ties("Habló el director de la DIRANDRO, general PNP César Atoche Villanueva, en Lima.\n")
    assert not _member(got, "César Atoche Villanueva", "Policía Nacional")
