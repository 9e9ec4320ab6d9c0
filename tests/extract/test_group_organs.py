"""A guerrilla's or a band's ruling organ written in lower case ("the ELN's central command", "el comando central
de la guerrilla", "el secretariado de las FARC") is an actor of its own, of its owner's kind, and can speak."""

from __future__ import annotations

from support.extraction import extracted, quotes, said


def _named(text: str) -> dict[str, str]:
    return {e.name: e.type for e in extracted(text).entities}


def test_a_guerrilla_s_central_command_speaks_en() -> None:
    got = quotes("The talks are frozen. The ELN's central command replies that the president \"speaks like the "
                 'oligarchy he claims to fight."\n')
    assert said(got, "speaks like the oligarchy") == "central command"


def test_el_comando_central_de_la_guerrilla_speaks_es() -> None:
    text = ("El Gobierno suspendió la mesa con el ELN. Desde el otro lado, el comando central de la guerrilla acusó "
            "al Gobierno de «traicionar la palabra empeñada».\n")
    assert _named(text).get("comando central") == "armed_group"
    assert said(quotes(text), "traicionar la palabra") == "comando central"


def test_an_army_s_high_command_is_no_group_organ_en() -> None:
    assert "high command" not in _named("The army's high command denied the report on Monday.\n")


def test_a_nation_s_state_media_speak_en() -> None:
    got = quotes('Spring 2026 — An Iranian delegation visits Caracas. Venezuelan state media report agreements on '
                 '"drone technology and agricultural cooperation."\n')
    assert said(got, "drone technology") == "Venezuelan state media"
