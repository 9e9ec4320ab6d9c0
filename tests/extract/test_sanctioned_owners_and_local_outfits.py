"""A sanction that names a firm or a group and then its owner or leader acts against both, and a town written
before the kind of outfit sanctioned ('the Caracas colectivo X') only says where the outfit is.

'OFAC sanctions X, a Culiacán freight company, and its owner, Y' acts against X and Y; 'OFAC designates the
Caracas colectivo X and its leader, Y' acts against X and Y, not against Caracas.
"""

from __future__ import annotations

from support.extraction import ties

FIRM = ("June 2025 - The Treasury Department's Office of Foreign Assets Control (OFAC) sanctions Transportes "
        "Tamazula, a Culiacán freight company, and its owner, Baltazar Inzunza Ruelas, accusing them of moving "
        "weapons and cash for Los Chapitos.\n")
COLECTIVO = ("June 2026 - OFAC designates the Caracas colectivo Fuerza Bolivariana 23 and its leader, Jhonny "
             "Arráez, for acts of violence and intimidation against opposition supporters.\n")
SPANISH = ("La Oficina de Control de Activos Extranjeros (OFAC) sancionó a Inversiones Altamira y a su dueño, "
           "Rigoberto Salas Peña, por lavar dinero de la red.\n")


def test_a_sanction_reaches_the_firms_owner_named_after_its_description() -> None:
    got = ties(FIRM)
    assert ("OFAC", "acts_against", "Transportes Tamazula") in got
    assert ("OFAC", "acts_against", "Baltazar Inzunza Ruelas") in got
    assert ("Baltazar Inzunza Ruelas", "leads", "Transportes Tamazula") in got


def test_a_town_before_the_outfits_kind_is_not_what_is_sanctioned() -> None:
    got = ties(COLECTIVO)
    assert ("OFAC", "acts_against", "Fuerza Bolivariana 23") in got
    assert ("OFAC", "acts_against", "Jhonny Arráez") in got
    assert not any(t == "acts_against" and b == "Caracas" for _a, t, b in got)


def test_a_spanish_sanction_reaches_the_owner() -> None:
    got = ties(SPANISH)
    assert ("OFAC", "acts_against", "Inversiones Altamira") in got
    assert ("OFAC", "acts_against", "Rigoberto Salas Peña") in got
