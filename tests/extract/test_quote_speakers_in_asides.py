"""Quote speakers hidden behind asides: a relative clause after the apposed name, a body that describes someone
'as' the quoted words in a relative clause, a name set off after 'according to X's lawyer', a kinship or friendship
description that opens the sentence, a second verb joined on with no subject of its own, and a participle after a
comma.

Each small document is written for these tests (fictional people and places).
"""

from __future__ import annotations

import pytest

from support.extraction import extracted, said
from support.extraction import quotes as _quotes

LEAD_EN = "The fight over the port contracts in Riverford grew sharper this week.\n\n"
LEAD_ES = "La disputa por los contratos del puerto de Villa Alcántara se agudizó esta semana.\n\n"


@pytest.mark.parametrize("text, words, speaker", [
    # a body of the state whose name opens with 'Unidad' is no person, so the apposed name speaks
    (LEAD_ES + "El fiscal de la Unidad Antinarcóticos, Pedro Ramírez, quien dirigió la operación, calificó el hallazgo "
     "como «el golpe más duro del año».\n", "el golpe más duro", "Pedro Ramírez"),
    # 'a quien describió como': the main clause's subject labels, not the person described
    (LEAD_ES + "La Fiscalía General acusó ante el Tribunal Superior a Rodrigo Salcedo, a quien describió como «el "
     "cerebro financiero de la red».\n", "el cerebro financiero", "Fiscalía General"),
    # a report 'que describe al empresario X como «…»': the body that sent it
    (LEAD_ES + "La Dirección de Inteligencia de la Policía remitió al Juzgado Tercero un informe que describe al "
     "empresario Rodrigo Salcedo como «el cerebro financiero de la red».\n", "el cerebro financiero",
     "Dirección de Inteligencia de la Policía"),
    # 'Según el abogado de X, Y,': the name set off after the description, not the client
    (LEAD_ES + "Según el abogado de Rodrigo Salcedo, Tomás Ibarguen, las pruebas son «un montaje de principio a fin».\n",
     "un montaje", "Tomás Ibarguen"),
    # a friendship described before the name: someone of X's, the name after speaks
    (LEAD_ES + "Amigo de infancia de Rodrigo Salcedo, el comerciante Luis Rojas, afirmó: «Nunca lo vi con armas».\n",
     "Nunca lo vi", "Luis Rojas"),
    # 'se refirió al exgobernador Y, detenido en marzo, y lo calificó como': the first clause's subject
    (LEAD_ES + "La ministra de Justicia, Eugenia Solís, se refirió al exgobernador Raúl Ferrer, detenido en marzo, y lo "
     "calificó como «un delincuente de cuello blanco».\n", "cuello blanco", "Eugenia Solís"),
])
def test_spanish_asides_do_not_take_the_words(text: str, words: str, speaker: str) -> None:
    assert said(_quotes(text), words) == speaker


@pytest.mark.parametrize("text, words, speaker", [
    (LEAD_EN + "The Financial Intelligence Unit sent the court a report describing businessman Rodney Salter as \"the "
     "financial brain of the network\".\n", "financial brain", "Financial Intelligence Unit"),
    (LEAD_EN + "According to Rodney Salter's lawyer, Thomas Ibbotson, the evidence is \"a fabrication from start to "
     "finish\".\n", "a fabrication", "Thomas Ibbotson"),
    (LEAD_EN + "Justice Minister Eugenia Solly turned to former governor Ralph Ferris, arrested in March, and called him "
     "\"a white-collar criminal\".\n", "white-collar criminal", "Eugenia Solly"),
])
def test_english_asides_do_not_take_the_words(text: str, words: str, speaker: str) -> None:
    assert said(_quotes(text), words) == speaker


def test_a_unidad_name_is_a_body_of_the_state() -> None:
    ex = extracted(LEAD_ES + "La Unidad Antinarcóticos incautó dos toneladas de cocaína en el muelle.\n")
    assert {e.name: e.type for e in ex.entities}.get("Unidad Antinarcóticos") == "government_body"


@pytest.mark.parametrize("text, words, speaker", [
    # the name set off after the description still speaks when no one else is named
    (LEAD_ES + "El abogado de Rodrigo Salcedo, el penalista Tomás Ibarguen, afirmó: «Mi cliente es inocente».\n",
     "Mi cliente es inocente", "Tomás Ibarguen"),
    # a relative clause with its own subject still gives it the words
    (LEAD_ES + "Rodrigo Salcedo, a quien la fiscal Diana Velasco describió como «un hombre peligroso», guardó silencio.\n",
     "un hombre peligroso", "Diana Velasco"),
    # a participle: the main clause's subject, not those it acts on
    (LEAD_EN + "The Treasury sanctioned Rodney Salter and Louis Rowe, describing the firm as \"a front for the "
     "network\".\n", "a front for the network", "US Department of the Treasury"),
    # a verb joined on after a subject of its own keeps that subject
    (LEAD_ES + "La fiscal Diana Velasco presentó los cargos y el juez Aurelio Benítez los calificó como «sólidos y "
     "bien documentados».\n", "sólidos y bien", "Aurelio Benítez"),
])
def test_neighbouring_shapes_keep_their_speakers(text: str, words: str, speaker: str) -> None:
    assert said(_quotes(text), words) == speaker


def test_an_authority_is_a_body_that_speaks_en() -> None:
    text = LEAD_EN + "In a statement, the Port Authority said Commander Ivan Rosler had led \"a flawless operation\".\n"
    assert said(_quotes(text), "flawless operation") == "Port Authority"
    assert {e.name: e.type for e in extracted(text).entities}.get("Port Authority") == "government_body"
