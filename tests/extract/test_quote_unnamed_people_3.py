"""Unnamed people who speak: neighbours, kin and traders a story brings in without a name.

Each small document is written for these tests (fictional people and places). The words must go to the
unnamed person the text describes, never to the named person the story is about.
"""

from __future__ import annotations

import pytest

from support.extraction import extracted, said
from support.extraction import quotes as _quotes

LEAD_EN = "Police arrested the trucker Damon Keeler on Friday. The mayor, Ilse Varga, welcomed the arrest. "
LEAD_ES = "La Policía detuvo el viernes al transportista Damián Quelal. La alcaldesa, Ilse Vargas, celebró la captura. "


def _unnamed(text: str, words: str) -> str | None:
    got = _quotes(text)
    speaker = said(got, words)
    people = {e.name: e for e in extracted(text).entities}
    assert speaker is not None, got
    assert people[speaker].subtype == "unnamed", (speaker, got)
    return speaker


@pytest.mark.parametrize("text, words, noun", [
    (LEAD_EN + "A cousin who visited him in jail said he \"looked calm and even joked with the guards.\"\n",
     "looked calm", "cousin"),
    (LEAD_EN + "A shopkeeper across the street was less impressed: \"They catch the small fish and leave the "
     "sharks.\"\n", "small fish", "shopkeeper"),
    (LEAD_ES + "Un tendero de enfrente no estaba tan impresionado: \"Agarran a los peces chicos y dejan a los "
     "tiburones\".\n", "peces chicos", "tendero"),
])
def test_the_unnamed_subject_of_the_clause_says_the_words(text: str, words: str, noun: str) -> None:
    assert noun in _unnamed(text, words)


@pytest.mark.parametrize("text, words, noun", [
    (LEAD_EN + "At the market, a fish seller shrugged when asked about Keeler. \"Nothing changes,\" she said.\n",
     "Nothing changes", "seller"),
    (LEAD_ES + "En el mercado, una vendedora de pescado se encogió de hombros al ser consultada sobre Quelal. "
     "\"Nada cambia\", dijo.\n", "Nada cambia", "vendedora"),
])
def test_a_bare_she_said_goes_on_from_the_unnamed_subject_before(text: str, words: str, noun: str) -> None:
    assert noun in _unnamed(text, words)


def test_un_policia_is_an_officer_not_the_force() -> None:
    text = LEAD_ES + ("Un policía en el lugar, que no estaba autorizado a hablar, describió a Quelal como «un "
                      "intermediario, nada más».\n")
    assert "policía" in _unnamed(text, "intermediario")


def test_whom_the_words_were_said_to_stands_before_the_unnamed_speaker_es() -> None:
    text = LEAD_ES + ("\"Estamos cansadas\", dijo a este periodista una madre de tres hijos frente a la escuela "
                      "donde se estacionaban los camiones de Quelal.\n")
    assert "madre" in _unnamed(text, "Estamos cansadas")


@pytest.mark.parametrize("text, words, noun", [
    (LEAD_ES + "\"Él pagaba a los guardias cada semana\", dijo el exsocio de Quelal.\n", "pagaba", "exsocio de Quelal"),
    (LEAD_ES + "La exesposa de Quelal dijo que \"él pagaba a los guardias cada semana\".\n", "pagaba",
     "exesposa de Quelal"),
    (LEAD_EN + "\"He paid the guards every week,\" said the ex-partner of Keeler.\n", "paid the guards",
     "ex-partner of Keeler"),
])
def test_a_former_partner_or_spouse_of_someone_is_not_that_someone(text: str, words: str, noun: str) -> None:
    assert _unnamed(text, words) == noun


def test_a_bare_verb_goes_on_from_the_paragraphs_subject_past_a_subjectless_last_sentence_es() -> None:
    text = ("La Policía detuvo el viernes al transportista Damián Quelal.\n\n"
            "Marta Ibarra tiene una panadería a dos cuadras de la bodega de Quelal. Dice que los camiones llegaban "
            "cada noche desde hace años.\n\n"
            "\"Todos los veían\", dijo.\n\n"
            "Su esposo, León Ibarra, habla menos. Se encoge de hombros cuando le preguntan por Quelal.\n\n"
            "\"Ya se acabó, eso dicen\", dice.\n")
    got = _quotes(text)
    assert said(got, "Todos los veían") == "Marta Ibarra"
    assert said(got, "Ya se acabó") == "León Ibarra"


def test_he_says_opening_a_paragraph_is_the_subject_of_the_paragraph_before_en() -> None:
    text = ("Police arrested the trucker Damon Keeler on Friday.\n\n"
            "Marta Ibbott runs a bakery two blocks from Keeler's warehouse. She says the trucks came every night.\n\n"
            "\"Everybody saw them,\" she said.\n\n"
            "Her husband, Leo Ibbott, is less talkative. He shrugs when asked about Keeler.\n\n"
            "\"It is over now, or so they say,\" he says.\n")
    assert said(_quotes(text), "It is over now") == "Leo Ibbott"
