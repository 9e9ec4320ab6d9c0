"""Canada's provinces, named in stories about fentanyl precursors and money-service businesses, are places in
English and Spanish ('Columbia Británica' is British Columbia, not a person); 'Alberta Ruiz' stays a person."""

from __future__ import annotations

from support.extraction import extracted


def _entities(text: str) -> dict[str, str]:
    return {e.name: e.type for e in extracted(text).entities}


def test_provinces_in_spanish() -> None:
    got = _entities("Cable | 2 de mayo de 2026\n\nLas pastillas incautadas en Columbia Británica llevaban el mismo "
                    "sello. La red lavaba dinero en Ontario y en Quebec.\n")
    assert got.get("British Columbia") == "location"
    assert got.get("Ontario") == "location"
    assert got.get("Quebec") == "location"


def test_a_province_that_is_also_a_given_name() -> None:
    got = _entities("Wire | May 2, 2026\n\nAlberta Ruiz, a lawyer, spoke to reporters. Police in Alberta seized "
                    "pills stamped with the same logo.\n")
    assert got.get("Alberta Ruiz") == "person"
    assert got.get("Alberta") == "location"
