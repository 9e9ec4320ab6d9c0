"""Names typed by what the text says around them: a boss's band, a namesake of a listed person."""

from __future__ import annotations

from nexos.extract import extract
from nexos.ingest import build_document


def _extract(text: str):
    return extract(build_document(text.encode("utf-8"), "t.txt"))


def _ties(text: str) -> set[tuple[str, str, str]]:
    ex = _extract(text)
    by = {e.key: e.name for e in ex.entities}
    return {(by[r.source], r.type, by[r.target]) for r in ex.relations}


def test_a_bare_surname_is_the_namesake_the_text_names_en() -> None:
    ex = _extract("Senator Ortega denies cartel ties\n\n"
                  "Senator Paula Ortega said on Tuesday that the accusations were false. "
                  "Ortega met envoys of the Sinaloa Cartel, according to a report.\n")
    names = {e.name for e in ex.entities if e.type == "person"}
    assert "Daniel Ortega" not in names
    assert "Paula Ortega" in names


def test_a_bare_surname_is_the_namesake_the_text_names_es() -> None:
    ex = _extract("La senadora Ortega niega vínculos con el cartel\n\n"
                  "La senadora Paula Ortega dijo el martes que las acusaciones son falsas. "
                  "Ortega se reunió con enviados del Cártel de Sinaloa, según un informe.\n")
    names = {e.name for e in ex.entities if e.type == "person"}
    assert "Daniel Ortega" not in names


def test_the_listed_person_named_in_full_keeps_his_surname() -> None:
    ex = _extract("Daniel Ortega spoke in Managua. His rival, Paula Ortega, was absent. Ortega said the talks failed.\n")
    assert "Daniel Ortega" in {e.name for e in ex.entities}


def test_a_place_like_name_a_boss_heads_is_a_band_en() -> None:
    ties = _ties("Police in Ecuador arrested Tierra Caliente boss Ramiro Olmedo in Guayaquil on Monday, "
                 "in a blow to cocaine trafficking.\n")
    assert ("Ramiro Olmedo", "leads", "Tierra Caliente") in ties


def test_a_place_like_name_a_boss_heads_is_a_band_es() -> None:
    ties = _ties("El jefe de Cerro Negro, Ramiro Olmedo, fue capturado en Quito por narcotráfico.\n")
    assert ("Ramiro Olmedo", "leads", "Cerro Negro") in ties


def test_a_place_like_name_without_a_boss_stays_a_place() -> None:
    ex = _extract("Police seized cocaine in Tierra Caliente on Monday.\n")
    assert {e.type for e in ex.entities if e.name == "Tierra Caliente"} == {"location"}
