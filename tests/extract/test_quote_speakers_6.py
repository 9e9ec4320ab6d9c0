"""Words with no speaker of their own in mid-paragraph belong to the subject of the sentence before, not to the
person that sentence names last (its object, or someone it speaks about)."""

from __future__ import annotations

import pytest

from support.extraction import quotes, said

CASES = {
    "es_dijo_sin_sujeto_tras_frase_con_dos_personas": (
        "Por Redacción | 12 de marzo de 2025\n\nLa abogada Ana Ruiz Peña habló con la prensa sobre la detención "
        "de Pedro Gómez Lara. «Es una persecución política y lo vamos a probar», dijo.\n",
        "Es una persecución política", "Ana Ruiz Peña"),
    "es_cita_sin_verbo_tras_critica_a_otro": (
        "Por Redacción | 12 de marzo de 2025\n\nLa defensora Marta Lis Ochoa criticó también al fiscal Mario "
        "Díaz Soto por filtrar el expediente. «Nadie en este país respeta el debido proceso».\n",
        "Nadie en este país", "Marta Lis Ochoa"),
    "es_comandante_responde_al_alcalde": (
        "Por Redacción | 2 de mayo de 2025\n\nEl comandante Luis Pardo, jefe de la Policía de Tumaco, respondió a "
        "las críticas del alcalde Jorge Cuero. «No vamos a negociar con criminales».\n",
        "No vamos a negociar", "Luis Pardo"),
    "en_question_after_questioning_a_minister": (
        "By Staff | May 2, 2025\n\nSenator Paula Reyes questioned Defense Minister Iván Castro about the missing "
        'rifles. "Where are the weapons?"\n',
        "Where are the weapons", "Paula Reyes"),
    "en_bare_said_after_a_sentence_about_someone_else": (
        "By Staff | May 2, 2025\n\nDefense lawyer Karen Mills spoke to reporters outside the hearing for Tomás "
        'Ferrer. "This case was built on a paid informant," she said.\n',
        "built on a paid informant", "Karen Mills"),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_speaker(name: str) -> None:
    text, words, speaker = CASES[name]
    assert said(quotes(text), words) == speaker


def test_the_person_named_first_is_not_taken_when_deep_in_the_sentence() -> None:
    # the police open the sentence and the man they arrested is named deep in it: his own words stay his
    text = ("Por Redacción | 2 de mayo de 2025\n\nLa Policía Nacional detuvo el lunes en Cali a Julián Mora Vélez. "
            "«Yo no tengo nada que ver con esa banda», dijo a los periodistas.\n")
    assert said(quotes(text), "Yo no tengo nada") == "Julián Mora Vélez"


def test_a_pronoun_inside_the_words_before_is_no_subject() -> None:
    text = ("By Staff | May 2, 2025\n\nAmong those detained was Edgar Lins Prado, a 40-year-old Brazilian whom "
            "prosecutors call the network's accountant. Lins was arrested in Foz do Iguaçu by the Federal Police, "
            "which said he answered to a cell in São Paulo.\n\n"
            '"He kept the books for four routes," said Marcos Vilela, the police superintendent. "We found ledgers '
            'that name people on both sides of the border."\n')
    assert said(quotes(text), "We found ledgers") == "Marcos Vilela"
