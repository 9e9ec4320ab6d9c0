"""A complaint whose charge is spelled out before 'contra' still names whom it is against; putting someone on a
sanctions list acts against them; a run of columns or posts against someone opposes them. Invented examples."""

from __future__ import annotations

from support.extraction import extracted


def _typed(text: str) -> set[tuple[str, str, str, str]]:
    ex = extracted(text)
    names = {e.key: e.name for e in ex.entities}
    return {(names[r.source], r.type, names[r.target], r.extractor) for r in ex.relations}


def test_a_complaint_with_a_long_charge_is_against_its_object() -> None:
    got = _typed("LIMA, 4 de mayo de 2026.\n\nLa congresista Ana Flores presentó el 29 de enero una denuncia ante la "
                 "Fiscalía por difamación agravada contra la Asociación Cívica del Rímac.\n")
    assert ("Ana Flores", "acts_against", "Asociación Cívica del Rímac", "rules.relations") in got


def test_adding_someone_to_a_sanctions_list_acts_against_him() -> None:
    got = _typed("TEGUCIGALPA, May 4, 2026 - The U.S. Treasury Department added Mario Flores Pavón to its sanctions "
                 "list in July, describing him as a broker.\n")
    assert ("U.S. Treasury Department", "acts_against", "Mario Flores Pavón", "rules.relations") in got


def test_columns_published_against_someone_oppose_him() -> None:
    got = _typed("LIMA, 4 de mayo de 2026.\n\nEl domingo, el diario El Vigía del Norte publicó una serie de cinco "
                 "columnas contra Marco Quispe Llerena, alcalde de Comas.\n")
    assert ("El Vigía del Norte", "opposes", "Marco Quispe Llerena", "rules.relations") in got
