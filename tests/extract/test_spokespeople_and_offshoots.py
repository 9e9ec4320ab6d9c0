"""A spokesperson named after their post, a band born of another, an investigation opened on a date.

- "…to San Pedro Sula, a spokesman for the prosecutors' office, Yuri Mora, told…": the description is
  Mora's, so the town stays a town; and whoever speaks for a body belongs to it, even in a clause
  about an investigation the body opened.
- "an offshoot of Barrio 18", "una escisión de Los Rastrojos": the band is part of the other.
- "opened an investigation in August", "abrió una investigación el 3 de marzo": a legal action.
"""

from __future__ import annotations

from support.extraction import extracted, ties, typed_events


def test_a_place_before_a_spokesman_and_his_name_stays_a_place() -> None:
    ex = extracted("TEGUCIGALPA, Oct. 8, 2025 - Two trucks were set on fire on the road to San Pedro Sula, a "
                   "spokesman for the prosecutors' office, Yuri Mora, told reporters on Tuesday.\n")
    types = {e.name: e.type for e in ex.entities}
    assert types["San Pedro Sula"] == "location"
    assert types["Yuri Mora"] == "person"


def test_a_spokesman_belongs_to_the_body_in_a_clause_about_its_investigation() -> None:
    got = ties("TEGUCIGALPA, Oct. 8, 2025 - The Public Ministry opened an investigation in August, a spokesman for "
               "the prosecutors' office, Yuri Mora, told reporters on Tuesday.\n")
    assert ("Yuri Mora", "member_of", "Public Ministry") in got
    assert not any(t == "acts_against" and "Yuri Mora" in (s, o) for s, t, o in got)


def test_la_vocera_de_la_fiscalia_pertenece_a_ella() -> None:
    got = ties("Quito, 3 de marzo de 2025.\n\nLa Fiscalía General del Estado abrió una investigación por el ataque, "
               "según la vocera de la entidad, Andrea Salazar.\n")
    assert ("Andrea Salazar", "member_of", "Fiscalía General del Estado") in got


def test_an_offshoot_and_una_escision_are_part_of_the_other_band() -> None:
    got = ties("SAN PEDRO SULA, Oct. 8, 2025 - Police say La Cofradía del Muelle is an offshoot of Barrio 18.\n")
    assert ("Cofradía del Muelle", "member_of", "Barrio 18") in got
    got = ties("Cúcuta, 3 de marzo de 2025.\n\nLos Cuervos del Norte son una escisión de Los Rastrojos, según la "
               "Policía Nacional.\n")
    assert any(t == "member_of" and "Cuervos" in s and "Rastrojos" in o for s, t, o in got)


def test_opening_an_investigation_is_a_legal_action() -> None:
    events = typed_events("TEGUCIGALPA, Oct. 8, 2025 - Honduras's Public Ministry opened an investigation into the "
                          "Cofradía del Muelle gang in August.\n")
    assert any(date == "2025-08" and typ == "legal_action" for date, typ, _who in events)
    events = typed_events("Quito, 3 de marzo de 2025.\n\nLa Fiscalía General del Estado abrió el 1 de marzo una "
                          "investigación sobre la banda Los Lobos.\n")
    assert any(date == "2025-03-01" and typ == "legal_action" for date, typ, _who in events)
