"""An unnamed member owned by the one before it does not break a list: in 'OFAC sanctioned A, his wife and C' the
sanction falls on C as on A. Found reading a read set's missed ties (a timeline's sanctions entry)."""

from __future__ import annotations

from support.extraction import ties


def test_his_wife_between_two_sanctioned_names() -> None:
    got = ties("Lima, 3 de marzo de 2026\n\nMay 2024 - The Treasury's Office of Foreign Assets Control sanctions "
               "Rolando Pizarro Vela, his wife and Inversiones Costa Dorada, a currency exchange house.\n")
    assert ("OFAC", "acts_against", "Rolando Pizarro Vela") in got
    assert ("OFAC", "acts_against", "Inversiones Costa Dorada") in got


def test_su_hermano_between_two_captured_names() -> None:
    got = ties("Lima, 3 de marzo de 2026\n\nLa Policía Nacional capturó a Rolando Pizarro Vela, su hermano y "
               "Ernesto Salas Quispe en una casa de Piura.\n")
    assert any(t == "acts_against" and o == "Ernesto Salas Quispe" for _s, t, o in got)
