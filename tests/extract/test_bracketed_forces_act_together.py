"""Two forces listed as the subject of what forces do together are allied, also when the first is named with its
short form in brackets ("la Dirección Nacional de Control de Drogas (DNCD) y la Policía Nacional detuvieron …")."""

from __future__ import annotations

from support.extraction import ties


def _allied(got: set[tuple[str, str, str]], a: str, b: str) -> bool:
    return any({s, t} == {a, b} and typ == "allied_with" for s, typ, t in got)


def test_a_bracketed_short_form_keeps_the_list_of_two_forces_es() -> None:
    got = ties("El 14 de marzo, la Dirección Nacional de Control de Drogas (DNCD) y la Armada Nacional detuvieron a "
               "once presuntos miembros de la banda en una serie de allanamientos.\n")
    assert any(s == "DNCD" and typ == "allied_with" and "Armada" in t for s, typ, t in got)


def test_a_bracketed_short_form_keeps_the_list_of_two_forces_en() -> None:
    got = ties("On Monday the Special Force to Fight Drug Trafficking (FELCN) and the Bolivian Navy seized 400 "
               "kilograms of cocaine near Trinidad.\n")
    names = {n for s, _typ, t in got for n in (s, t)}
    felcn = next(n for n in names if "FELCN" in n or "Special Force" in n)
    navy = next(n for n in names if "Navy" in n)
    assert _allied(got, felcn, navy)
