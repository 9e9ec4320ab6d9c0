"""An office named with the department that owns it ("the Treasury's Office of Foreign Assets Control", "la Oficina
de Control de Activos Extranjeros (OFAC) del Departamento del Tesoro") is the one that acts: the department only
says whose office it is, and takes no part in the clause's other ties."""

from __future__ import annotations

from support.extraction import ties

EN = ("Venezuelan financier Óscar Elías Montilla ran a money exchange house in Maracay.\n\n"
      "November 2022 - The U.S. Treasury's Office of Foreign Assets Control (OFAC) sanctions Montilla and his firm, "
      "CambioExpress Caribe.\n")

ES = ("Ramiro Salas Vega es un comerciante de Maracay.\n\n"
      "En 2024, la Oficina de Control de Activos Extranjeros (OFAC) del Departamento del Tesoro sancionó a Ramiro "
      "Salas Vega y a su empresa, Cambios Aragua.\n")

EN_UNIT = ("Rodrigo Paz Ulloa owns a cattle ranch near Trinidad.\n\n"
           "In May the Interior Ministry's Special Anti-Narcotics Force arrested Rodrigo Paz Ulloa at the ranch.\n")


def _tied(got: set[tuple[str, str, str]], a: str, b: str) -> bool:
    return any({s, t} == {a, b} for s, _typ, t in got)


def test_the_office_acts_not_the_department_that_owns_it_en() -> None:
    got = ties(EN)
    assert _tied(got, "OFAC", "Óscar Elías Montilla")
    assert not any(s == "US Department of the Treasury" and typ == "acts_against" for s, typ, _t in got)


def test_the_office_acts_not_the_department_that_owns_it_es() -> None:
    got = ties(ES)
    assert ("OFAC", "acts_against", "Ramiro Salas Vega") in got
    assert not any(s == "US Department of the Treasury" and typ == "acts_against" for s, typ, _t in got)


def test_a_ministry_named_as_its_unit_s_owner_is_not_the_arrester_en() -> None:
    got = ties(EN_UNIT)
    assert not any(t == "Rodrigo Paz Ulloa" and "Ministry" in s and typ == "acts_against" for s, typ, t in got)
