"""A season before a year ('Spring 2019:', 'Primavera de 2019') and a feast day ('En Nochevieja de 2024') are dates,
never places or other actors: the timeline entry keeps its date and its real participants."""

from __future__ import annotations

from support.extraction import dated_events, extracted


def _names(text: str) -> set[str]:
    return {e.name for e in extracted(text).entities}


EN = ("Gulf Monitor | 15 March 2026\n\n"
      "- Spring 2019: Hernán Rivera founds a trucking company in Reynosa.\n"
      "- 3 August 2020: Police seize 400 kilos of cocaine in one of his trucks.\n")
ES = ("Monitor del Golfo | 15 de marzo de 2026\n\n"
      "- Primavera de 2019: Hernán Rivera funda una empresa de transporte en Reynosa.\n"
      "- En Nochevieja de 2024, la Marina detiene a Hernán Rivera en un rancho cerca de San Fernando.\n")


def test_spring_before_a_year_is_no_actor() -> None:
    assert "Spring" not in _names(EN)


def test_primavera_and_nochevieja_are_no_actors() -> None:
    names = _names(ES)
    assert "Primavera" not in names and "Nochevieja" not in names


def test_the_season_entry_is_dated_with_its_actor() -> None:
    assert any(date == "2019" and "Hernán Rivera" in people for date, people in dated_events(EN))
