"""In-laws, grandchildren, stepchildren and partners are kin like any other: 'his brother-in-law, Óscar Pineda', 'El
cuñado de Ruiz, Pedro Lara', 'Lara, el yerno de Mauricio Vela' tie the two people (associated_with), and the loose
pairing no longer reads the brother-in-law as an opponent."""

from __future__ import annotations

from support.extraction import ties

EN = ("Tegucigalpa, 4 May 2026\n\nHonduran police arrested Marlon Ruiz, the alleged treasurer of the Barrio 18 gang, "
      "on Tuesday. Ruiz is accused of laundering money through car washes owned by his brother-in-law, Óscar "
      "Pineda.\n")
ES = ("Tegucigalpa, 4 de mayo de 2026\n\nLa policía detuvo a Marlon Ruiz el martes. El cuñado de Ruiz, Pedro Lara, "
      "fue detenido también. Lara, el yerno de Mauricio Vela, no declaró.\n")


def _pairs(text: str) -> dict[frozenset[str], set[str]]:
    out: dict[frozenset[str], set[str]] = {}
    for a, typ, b in ties(text):
        out.setdefault(frozenset((a, b)), set()).add(typ)
    return out


def test_his_brother_in_law_is_kin_not_a_rival() -> None:
    assert _pairs(EN).get(frozenset(("Marlon Ruiz", "Óscar Pineda"))) == {"associated_with"}


def test_cunado_and_yerno_are_kin() -> None:
    pairs = _pairs(ES)
    assert "associated_with" in pairs.get(frozenset(("Marlon Ruiz", "Pedro Lara")), set())
    assert "associated_with" in pairs.get(frozenset(("Pedro Lara", "Mauricio Vela")), set())
