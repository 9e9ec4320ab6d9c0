"""'la subestructura Héroes del Baudó' is an armed or criminal group, and 'el comandante de la subestructura' its leader."""

from __future__ import annotations

from support.extraction import extracted, ties


def test_a_subestructura_is_a_group_and_its_commander_leads_it() -> None:
    text = ("La Fiscalía capturó a nueve integrantes de la subestructura Los Tigres del Atrato, del Clan del Golfo. "
            "La investigación continúa contra alias Pedro Pablo, el comandante de la subestructura, quien permanece "
            "prófugo.\n")
    types = {e.name: e.type for e in extracted(text).entities}
    assert types.get("Tigres del Atrato", types.get("Los Tigres del Atrato")) in ("criminal_group", "armed_group")
    assert any(s == "Pedro Pablo" and t == "leads" and "Tigres del Atrato" in o for s, t, o in ties(text))
