"""An armed group's numbered unit keeps its number in its name, and 'the 48th Front of the FARC' is the unit
and the group it belongs to, two actors."""

from __future__ import annotations

from support.extraction import extracted


def _names(text: str) -> set[str]:
    return {e.name for e in extracted(text).entities}


def test_english_ordinal_front_of_a_group() -> None:
    names = _names("Report — August 14, 2026\n\nFor two decades he was a mid-level commander of the 48th Front "
                   "of the FARC on the Putumayo river.\n")
    assert "48th Front" in names and "FARC" in names
    assert "Front of the FARC" not in names and "48th Front of the FARC" not in names


def test_english_ordinal_front_mid_sentence() -> None:
    assert "57th Front" in _names("Troops clashed with the 57th Front near the river on Monday.\n")


def test_spanish_frente_with_its_number() -> None:
    names = _names("Informe — 14 de agosto de 2026\n\nEl Frente 48 de las FARC controlaba el río Putumayo.\n")
    assert "Frente 48" in names and "FARC" in names


def test_an_army_brigade_is_left_as_it_was() -> None:
    names = _names("La Brigada 30 del Ejército llegó el lunes a Tibú.\n")
    assert "Brigada 30 del Ejército" not in names
