"""An unnamed description whose relative clause gives the speaker's own name ('a farmer who introduced himself
as Tomás', 'una mujer que dijo llamarse Rosa') speaks as that named person, before or after the words; a relative
clause that names someone else ('a cousin who visited Pedro Ruiz') still leaves the speaker unnamed."""

from __future__ import annotations

import pytest

from support.extraction import extracted, quotes, said

HEAD_EN = "Valle Hondo, 3 May 2026\n\n"
HEAD_ES = "Valle Hondo, 3 de mayo de 2026\n\n"

CASES = {
    "en_before_introduced_himself_as": (
        HEAD_EN + 'A farmer who introduced himself as Tomás said: "They came at night and took the boys."\n',
        "They came at night", "Tomás"),
    "en_before_gave_her_name_as": (
        HEAD_EN + 'A nurse who gave her name as Lidia told us: "We ran out of gauze on the second day."\n',
        "We ran out of gauze", "Lidia"),
    "en_after_introduced_himself_as": (
        HEAD_EN + '"They came at night and took the boys," said a farmer who introduced himself as Tomás.\n',
        "They came at night", "Tomás"),
    "en_after_said_his_name_was": (
        HEAD_EN + '"Nobody ever came to help us," said a man who said his name was Ovidio.\n',
        "Nobody ever came", "Ovidio"),
    "es_antes_se_identifico_como": (
        HEAD_ES + "Un campesino que se identificó como Rodrigo dijo: «Vinieron de noche y se llevaron a los muchachos».\n",
        "Vinieron de noche", "Rodrigo"),
    "es_antes_dijo_llamarse": (
        HEAD_ES + "Una mujer que dijo llamarse Rosa contó: «Nadie vino nunca a ayudarnos».\n",
        "Nadie vino nunca", "Rosa"),
    "es_despues_se_identifico_solo_como": (
        HEAD_ES + "«Vinieron de noche y se llevaron a los muchachos», dijo un campesino que se identificó solo como "
        "Rodrigo.\n",
        "Vinieron de noche", "Rodrigo"),
    "es_raya_despues_dijo_llamarse": (
        HEAD_ES + "—Nadie vino nunca a ayudarnos —contó una mujer que dijo llamarse Rosa.\n",
        "Nadie vino nunca", "Rosa"),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_the_self_given_name_speaks(name: str) -> None:
    text, words, speaker = CASES[name]
    assert said(quotes(text), words) == speaker


def test_a_name_given_after_dijo_llamarse_is_a_person() -> None:
    people = {e.name for e in extracted(HEAD_ES + "—Nadie vino —contó una mujer que dijo llamarse Rosa.\n").entities
              if e.type == "person"}
    assert "Rosa" in people


def test_a_relative_clause_naming_someone_else_leaves_the_speaker_unnamed() -> None:
    text = HEAD_EN + 'A cousin who visited Pedro Ruiz in jail said: "He has lost a lot of weight."\n'
    assert said(quotes(text), "He has lost") != "Pedro Ruiz"
