"""A second-in-command, right hand or lieutenant is in the ranks of the group his boss leads, though no sentence
names the aide and the group together; a partner or a lawyer is not."""

from __future__ import annotations

from support.extraction import ties


def test_his_second_in_command_joins_the_front_the_boss_commands() -> None:
    got = ties("Wilson Quintero commands the 48th Front of the FARC dissidents. His second-in-command is a younger man "
               "known as alias Sombra.\n")
    assert ("Sombra", "member_of", "48th Front") in got


def test_la_mano_derecha_de_the_boss() -> None:
    got = ties("Anderson Rocha, alias Tatu, es el jefe del Frente 57. La mano derecha de Tatu era Marcelo Nunes "
               "Ferreira, conocido como el Gordo.\n")
    assert ("Marcelo Nunes Ferreira", "member_of", "Frente 57") in got


def test_a_lawyer_of_the_boss_is_not_in_the_group() -> None:
    got = ties("Wilson Quintero commands the 48th Front of the FARC dissidents. His lawyer is Marta Ospina Gil.\n")
    assert not any(s == "Marta Ospina Gil" and o == "48th Front" for s, _t, o in got)
