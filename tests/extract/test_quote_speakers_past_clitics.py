"""Quote speakers past clitics and openers: 'le dijo' after an apposed name, an opening 'pressed by X', and an object
pronoun ('lo señaló como') that is never the subject.

Each small document is written for these tests (fictional people and places).
"""

from __future__ import annotations

import pytest

from support.extraction import quotes as _quotes
from support.extraction import said

LEAD_EN = "The fight over the port contracts in Riverford grew sharper this week.\n\n"
LEAD_ES = "La disputa por los contratos del puerto de Villa Alcántara se agudizó esta semana.\n\n"


@pytest.mark.parametrize("text, words, speaker", [
    # 'le dijo' right after the apposed name: the name speaks, not the person the description names
    (LEAD_ES + "El exjefe de Iván Toro, Mauricio Cárdenas, le dijo a la jueza Amparo Restrepo que «Toro nunca manejó "
     "dinero».\n", "nunca manejó dinero", "Mauricio Cárdenas"),
    # an opening participle: whoever pressed is not who replied
    (LEAD_EN + "Pressed by Senator Clara Westbrook, Minister Paul Hadley replied: \"There were no bribes.\"\n",
     "no bribes", "Paul Hadley"),
    (LEAD_ES + "Interpelado por la senadora Clara Westfalia, el ministro Pablo Hidalgo respondió: «No hubo sobornos».\n",
     "No hubo sobornos", "Pablo Hidalgo"),
    # 'lo señaló como': the body, past its relative clause; the pronoun 'lo' is the person labelled
    (LEAD_ES + "La Fiscalía, que investiga al exgobernador Raúl Ferrer desde 2021, lo señaló como «jefe de la red».\n",
     "jefe de la red", "Fiscalía"),
])
def test_the_speaker_past_clitics_openers_and_object_pronouns(text: str, words: str, speaker: str) -> None:
    assert said(_quotes(text), words) == speaker
