"""A Spanish chronicle's first-person past verb opening a sentence is no name; a given name that a town also bears
is a woman when the writer talks with her or a relative clause describes her."""

from __future__ import annotations

from support.extraction import extracted, quotes, said

CRONICA = (
    "Cúcuta, 3 de mayo de 2026\n\n"
    "Conversé con Carmen, que vende café en la esquina del puente desde hace once años. «Nos cobran por "
    "respirar», dice, y baja la voz. Llegué a La Parada el martes y las persianas seguían cerradas.\n"
)


def test_a_first_person_verb_opening_a_sentence_is_no_actor():
    names = {e.name for e in extracted(CRONICA).entities}
    assert "Conversé" not in names and "Llegué" not in names


def test_a_given_name_after_con_is_a_person_and_speaks():
    ents = {e.name: e.type for e in extracted(CRONICA).entities}
    assert ents.get("Carmen") == "person"
    assert said(quotes(CRONICA), "Nos cobran por respirar") == "Carmen"


def test_a_town_named_like_a_woman_stays_a_town():
    ents = {e.name: e.type for e in extracted("Informe, 2 de mayo de 2026\n\nLa patrulla llegó a Carmen el lunes.\n").entities}
    assert ents.get("Carmen") in (None, "location")
