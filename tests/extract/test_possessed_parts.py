"""A part written after its whole's possessive ('the Barrio 18 gang's Sureños faction', 'the Sinaloa Cartel's Chapitos
wing') is the whole's member; English only, since Spanish writes the part first ('la facción Sureños del Barrio 18')."""

from __future__ import annotations

from support.extraction import ties

TEXT = ("Tegucigalpa, 4 May 2026\n\nHonduran police arrested Marlon Ruiz, the alleged treasurer of the Barrio 18 "
        "gang's Sureños faction, on Tuesday in San Pedro Sula.\n")


def test_the_gangs_faction_is_its_member() -> None:
    assert ("Sureños", "member_of", "Barrio 18") in ties(TEXT)


def test_a_possessed_person_is_no_part() -> None:
    got = ties("Tegucigalpa, 4 May 2026\n\nThe Barrio 18 gang's leader, Marlon Ruiz, was arrested on Tuesday.\n")
    assert ("Barrio 18", "member_of", "Marlon Ruiz") not in got
