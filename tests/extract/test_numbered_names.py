"""A body's or a group's number is part of its name ('Juzgado Federal N.º 4 de Rosario', 'Federal Oral Court No. 2',
'Centro Federal de Readaptación Social número 1', 'Los Gallegos de la 30'), and so is a unit's kind written in lower
case ('el frente Camilo Torres'); a count after a name is not ('la Guardia Nacional 48 horas después')."""

from __future__ import annotations

from support.extraction import extracted


def _names(text: str) -> set[str]:
    return {e.name for e in extracted(text).entities}


def test_a_court_s_number_and_seat() -> None:
    assert "Juzgado Federal N.º 4 de Rosario" in _names("El caso lo lleva el Juzgado Federal N.º 4 de Rosario.\n")


def test_an_english_court_s_number() -> None:
    assert "Federal Oral Court No. 2" in _names("The Federal Oral Court No. 2 sentenced him in March.\n")


def test_a_prison_s_number_written_out() -> None:
    got = _names("Fue trasladado al Centro Federal de Readaptación Social número 1, en el Estado de México.\n")
    assert "Centro Federal de Readaptación Social número 1" in got


def test_hours_after_a_name_are_no_number_of_it() -> None:
    got = _names("La Guardia Nacional 48 horas después llegó al pueblo de San Telmo.\n")
    assert not any("48" in n for n in got)


def test_a_band_named_for_its_street() -> None:
    got = _names("Capturaron a integrantes de la subestructura conocida como Los Gallegos de la 30, al servicio del "
                 "Tren de Aragua.\n")
    assert "Gallegos de la 30" in got
    assert not any("2020" in n or "5.000" in n for n in _names("Los Lobos del 2020 ya no existen. Los Choneros de la "
                                                              "5.000 calles tampoco.\n"))


def test_a_front_written_in_lower_case_before_its_name() -> None:
    got = extracted("Según los vecinos, es el mando del frente Camilo Torres del ELN en el Catatumbo.\n").entities
    assert ("frente Camilo Torres", "armed_group") in {(e.name, e.type) for e in got}
    assert not any(e.name.startswith("frente") for e in extracted("Juan Pérez está al frente de la Fiscalía "
                                                                  "desde marzo.\n").entities)


def test_a_number_after_a_name_a_group_word_introduces() -> None:
    got = _names("June 2026 — OFAC designates the Caracas colectivo Fuerza Bolivariana 23 and its leader, Jhonny "
                 "Arráez, for acts of violence.\n")
    assert "Fuerza Bolivariana 23" in got
    assert "Juan Pérez" in _names("El senador Juan Pérez 23 veces votó contra la ley.\n")
