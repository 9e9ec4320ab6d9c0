"""Ownership written actively or as an apposition ('Meta, which owns Facebook', 'la empacadora X, propiedad de la
familia Y', 'X, a Valencia real-estate firm owned by Y'), and forces from several countries acting together
('Police from Paraguay, Brazil and Argentina arrested …'). Invented examples."""

from __future__ import annotations

from support.extraction import ties


def _pair(got: set[tuple[str, str, str]], a: str, b: str) -> bool:
    return any({a, b} == {s, o} for s, _t, o in got)


def test_owning_a_firm_or_a_platform() -> None:
    got = ties("SAN JOSÉ, May 4, 2026 - The ministry asked Alphabet, which owns YouTube, to label the video.\n")
    assert any(t == "leads" and o == "YouTube" for _s, t, o in got), got
    got = ties("Morelia, 4 de mayo de 2026.\n\nEl martes ardió la empacadora Frutas del Valle, propiedad de la "
               "familia Cárdenas, que se había negado a pagar.\n")
    assert _pair(got, "Frutas del Valle", "familia Cárdenas")


def test_the_firm_not_its_town_is_owned() -> None:
    got = ties("CARACAS, May 4, 2026 - OFAC is also designating Inversiones Montebrisa C.A., a Valencia real-estate "
               "firm owned by Aurelio Bastidas that holds properties.\n")
    assert ("Aurelio Bastidas", "leads", "Inversiones Montebrisa C.A.") in got
    assert not _pair(got, "Aurelio Bastidas", "Valencia")


def test_police_from_several_countries_acting_together() -> None:
    got = ties("ASUNCIÓN, Oct 13, 2026 - Police from Bolivia, Peru and Chile arrested eleven people on Monday in "
               "coordinated raids.\n")
    for a, b in (("Bolivia", "Peru"), ("Bolivia", "Chile"), ("Peru", "Chile")):
        assert _pair(got, a, b), (a, b, got)
