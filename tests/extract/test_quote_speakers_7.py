"""Who speaks when the clause's subject is no named actor: a dialogue narrator that says when, a possessive
description ('His public defender'), a body's staff ('Prosecutors', 'Los fiscales')."""

from __future__ import annotations

import pytest

from support.extraction import quotes, said

CASES = {
    # '—…—dijo el domingo pasado—': when, not who; the priest the paragraph before is about speaks
    "es_narrador_con_fecha": (
        "Por Ana Gil | 17 de julio de 2026\n\nHace dos semanas, el padre Tomás Quiroga celebró una misa por los "
        "jóvenes del barrio.\n\n—Aquí los traficantes mandan más que el alcalde —dijo el domingo pasado—. Los de "
        "la capital firman papeles y acá los chicos se mueren.\n",
        "Aquí los traficantes mandan", "Tomás Quiroga"),
    "es_narrador_con_fecha_sigue": (
        "Por Ana Gil | 17 de julio de 2026\n\nHace dos semanas, el padre Tomás Quiroga celebró una misa por los "
        "jóvenes del barrio.\n\n—Aquí los traficantes mandan más que el alcalde —dijo el domingo pasado—. Los de "
        "la capital firman papeles y acá los chicos se mueren.\n",
        "Los de la capital firman", "Tomás Quiroga"),
    # someone of his, unnamed: not the man 'His' means
    "en_his_public_defender_called": (
        "Wire | November 24, 2026\n\nMario Pardo, known as Gordo, is in federal custody. His public defender called "
        'the indictment "a story built on paid informants."\n',
        "a story built on paid informants", "public defender"),
    "en_his_lawyer_entered_a_plea_and_called": (
        "Wire | November 24, 2026\n\nJuan Ruiz is in custody. His lawyer has entered a not-guilty plea and called "
        'the indictment "a story built on lies."\n',
        "a story built on lies", "lawyer"),
    # a body's staff speak for the body named before, never for the man they speak of
    "en_prosecutors_said_he_was": (
        "Wire | November 24, 2026\n\nAn indictment unsealed by the U.S. Attorney's Office for the District of Puerto "
        'Rico names Mario Pardo as the leader. Prosecutors said he was "the head and the purse" of the cell.\n',
        "the head and the purse", "U.S. Attorney's Office for the District of Puerto Rico"),
    "en_prosecutors_describe_him_as": (
        "Wire | November 24, 2026\n\nAn indictment unsealed by the U.S. Attorney's Office for the District of Puerto "
        'Rico names Juan Ruiz as the leader. Prosecutors describe him as "the brain of the cell" and ask for forty '
        "years.\n",
        "the brain of the cell", "U.S. Attorney's Office for the District of Puerto Rico"),
    "es_los_fiscales_lo_describen": (
        "Lima, 3 de mayo de 2026\n\nLa Fiscalía Provincial de Lima acusó a Pedro Soto Rivas. Los fiscales lo describen "
        "como «el cerebro de la red».\n",
        "el cerebro de la red", "Fiscalía Provincial de Lima"),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_speaker(name: str) -> None:
    text, words, speaker = CASES[name]
    assert said(quotes(text), words) == speaker


def test_a_name_set_off_after_the_possessive_description_still_speaks() -> None:
    text = ("Wire | November 24, 2026\n\nIn a letter read at a hearing, Juan Ruiz rejected the charges. His lawyer, "
            'Otávio Brandão, said his client had "no contact" with the group since his arrest.\n')
    assert said(quotes(text), "no contact") == "Otávio Brandão"


def test_staff_with_no_body_named_are_nobody_named() -> None:
    # no prosecutor's office named: the words are the prosecutors', unnamed, not the accused's
    text = ("Wire | November 24, 2026\n\nJuan Ruiz Soto was arrested in Miami. Prosecutors said he was \"the brain "
            'of the cell".\n')
    assert said(quotes(text), "the brain of the cell") is None


@pytest.mark.parametrize("text, words, speaker", [
    ("Wire | November 24, 2026\n\nIts owner, Blas Ramírez Quintana, 51, was among those arrested. His lawyer, Daniela "
     'Insfrán, called the charges "a media circus built on a spreadsheet" and asked for his release.\n',
     "a media circus", "Daniela Insfrán"),
    ("Cable | 2 de mayo de 2026\n\nSu dueño, Blas Ramírez, fue detenido. Su abogada, Daniela Insfrán, calificó los "
     "cargos de «un circo mediático» y pidió su libertad.\n",
     "un circo mediático", "Daniela Insfrán"),
])
def test_a_name_set_off_right_before_a_naming_verb_speaks(text: str, words: str, speaker: str) -> None:
    assert said(quotes(text), words) == speaker
