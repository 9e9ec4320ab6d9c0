"""A firm named by its trade's noun ('Financiera Altamar', 'Autolavado El Brillo', 'Depósito Los Arcos') is a
company, not a man; a Haitian gang named as a troop ('Lame Ti Machèt', Creole for 'army') is a criminal group,
and listed Haitian gangs ('Gran Grif', 'Kraze Baryè') are found by name.
"""

from __future__ import annotations

from support.extraction import extracted


def _types(text: str) -> dict[str, str]:
    return {e.name: e.type for e in extracted(text).entities}


def test_firms_named_by_their_trade_are_companies() -> None:
    got = _types("La policía allanó el Autolavado El Brillo y la Financiera Altamar, propiedad de Juan Pérez Gil. "
                 "El Depósito Los Arcos guardaba la droga.\n")
    assert got["Autolavado El Brillo"] == "company"
    assert got["Financiera Altamar"] == "company"
    assert got["Depósito Los Arcos"] == "company"
    assert got["Juan Pérez Gil"] == "person"


def test_creole_troop_word_and_listed_haitian_gangs() -> None:
    x = extracted("Sources inside the police say Ti Lyon is sheltering in the Artibonite valley with allies from "
                  "the Gran Grif gang. Lame Ti Machèt controls the road to the border, and Kraze Baryè attacked "
                  "Tabarre last week.\n")
    got = {e.name: (e.type, e.kb_id) for e in x.entities}
    assert got["Gran Grif"] == ("criminal_group", "gran_grif")
    assert got["Kraze Baryè"] == ("criminal_group", "kraze_barye")
    assert got["Lame Ti Machèt"][0] == "criminal_group"
