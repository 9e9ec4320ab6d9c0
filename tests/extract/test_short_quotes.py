"""A few quoted words inside reported speech or a view given as someone's are that someone's words.

Each small document is written for these tests (fictional people and places).
"""

from __future__ import annotations

import pytest

from support.extraction import quotes as _quotes
from support.extraction import said

LEAD_EN = "Police arrested the trucker Damon Keeler on Friday. Governor Ana Ruiz welcomed the arrest. "
LEAD_ES = "La Policía detuvo el viernes al transportista Damián Quelal. La gobernadora Ana Ruiz celebró la captura. "


@pytest.mark.parametrize("text, words, speaker", [
    (LEAD_EN + "The mayor, Tom Varga, said the port plan, approved last week by the council, was \"dead on "
     "arrival.\"\n", "dead on arrival", "Tom Varga"),
    (LEAD_EN + "Mayor Tom Varga insists that the charges against his allies are \"political.\"\n", "political",
     "Tom Varga"),
    (LEAD_ES + "El alcalde, Tomás Vargas, dijo que el plan portuario, aprobado la semana pasada por el concejo, estaba "
     "\"muerto\".\n", "muerto", "Tomás Vargas"),
    (LEAD_ES + "El alcalde Tomás Vargas aseguró en una entrevista con la radio local que los cargos son "
     "\"políticos\".\n", "políticos", "Tomás Vargas"),
])
def test_a_few_words_in_a_reported_clause_are_the_reporting_subjects(text: str, words: str, speaker: str) -> None:
    assert said(_quotes(text), words) == speaker


@pytest.mark.parametrize("text, words", [
    (LEAD_EN + "In Ruiz's words, the deal was \"a betrayal.\"\n", "a betrayal"),
    (LEAD_ES + "Para Ruiz, la reforma es \"una trampa\".\n", "una trampa"),
    (LEAD_ES + "En palabras de Ruiz, el acuerdo fue \"una traición\".\n", "una traición"),
    (LEAD_EN + "Ruiz referred to Keeler's network as \"the company.\"\n", "the company"),
    (LEAD_ES + "Ruiz se refirió a la red de Quelal como \"la empresa\".\n", "la empresa"),
])
def test_a_view_given_as_someones_or_a_name_they_give(text: str, words: str) -> None:
    assert said(_quotes(text), words) == "Ana Ruiz"


def test_a_name_in_quotes_inside_reported_speech_is_nobodys_quote() -> None:
    got = _quotes(LEAD_ES + "El alcalde Tomás Vargas dijo que la banda del barrio, alias \"los del Muelle Viejo\", "
                            "ya no cobra.\n")
    assert all(speaker is None for words, speaker in got if "Muelle" in words)


@pytest.mark.parametrize("text, words", [
    (LEAD_EN + "\"Overdue\" was the word Ruiz used on Friday.\n", "Overdue"),
    (LEAD_ES + "\"Tardía\", así calificó Ruiz la captura.\n", "Tardía"),
    (LEAD_EN + "Ruiz's message to the gangs was blunt: \"no mercy.\"\n", "no mercy"),
    (LEAD_ES + "El mensaje de Ruiz a las bandas fue claro: \"cero tolerancia\".\n", "cero tolerancia"),
    (LEAD_ES + "La reacción de Ruiz: \"ya era hora\".\n", "ya era hora"),
])
def test_a_few_words_a_clause_points_at_as_someones(text: str, words: str) -> None:
    assert said(_quotes(text), words) == "Ana Ruiz"


def test_a_name_after_a_colon_is_nobodys_quote() -> None:
    got = _quotes(LEAD_EN + "The police operation had a code name: \"Tormenta\".\n")
    assert all(speaker is None for _words, speaker in got)
