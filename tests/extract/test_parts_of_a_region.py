"""A region whose name is also an everyday word or a river's is kept after a compass word: 'en el norte del Cauca',
'el sur de Cauca', 'north of Cauca' name the department; 'el río Cauca' and 'ministro de Defensa' name no listed
place or body. Invented examples."""

from __future__ import annotations

from support.extraction import extracted


def _names(text: str) -> set[str]:
    return {e.name for e in extracted(text).entities}


def test_the_north_of_a_department() -> None:
    assert "Cauca" in _names("El ataque ocurrió en zona rural de Suárez, en el norte del Cauca, el lunes.\n")
    assert "Cauca" in _names("La columna tiene presencia en el sur de Cauca y el norte de Nariño.\n")


def test_a_river_and_a_ministry_stay_out() -> None:
    assert "Cauca" not in _names("Las aguas del río Cauca crecieron tras las lluvias.\n")
    assert not any(n in ("Defensa", "Ministry of Defence") for n in _names("El ministro de Defensa habló ayer.\n"))
