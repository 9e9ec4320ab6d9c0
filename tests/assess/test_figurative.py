"""Figures found by their shape: corrections, christenings and sarcastic asides.

The columns are written for these tests, one of each side in each language.
Each figure is made of plain words no list could name; the same shapes in a
report (a fact check correcting a date, an official's sincere "of course")
must stay unflagged.
"""

from __future__ import annotations

import pytest

from support.loaded_terms import covers, found

OPINION_EN = "OPINION | The Review\n\nBy A. Writer\n\n"
OPINION_ES = "OPINIÓN\n\nPor Una Autora\n\n"


@pytest.mark.parametrize(
    ("body", "lang", "expected"),
    [
        # corrections: the second noun phrase is the verdict, against a hard-liner and against a dove
        ("The new prison is not a solution. It is a warehouse with a flag on the roof.", "en",
         "warehouse with a flag on the roof"),
        ("The amnesty bill is not a reform. It is a clearance sale for gunmen.", "en",
         "clearance sale for gunmen"),
        ("La base militar no es una política de seguridad: es una vitrina para el ministro.", "es",
         "vitrina para el ministro"),
        ("El diálogo no es una salida, es una sala de espera para los secuestradores.", "es",
         "sala de espera para los secuestradores"),
        # christenings: the name the writer gives
        ("The army patrols the slums and the banks stay untouched. Call it barracks economics.", "en",
         "barracks economics"),
        ("Welcome to amnesty theology: every crime is a cry for help.", "en", "amnesty theology"),
        ("Los comandantes duermen en hoteles y los soldados en trincheras. Llámenlo pacifismo de salón.",
         "es", "pacifismo de salón"),
        # sarcastic asides
        ("The cartel bosses, it seems, are safer in prison than the guards.", "en",
         "The cartel bosses, it seems, are safer"),
        ("The peace envoys flew home in business class. Progress, no doubt.", "en", "Progress, no doubt"),
        ("El ministro, claro, no sabía nada de los contratos.", "es", "El ministro, claro, no sabía nada"),
        ("Nadie renunció después de la masacre, por supuesto.", "es", "Nadie renunció después de la masacre"),
    ],
)
def test_figures_in_a_column(body: str, lang: str, expected: str) -> None:
    head = OPINION_EN if lang == "en" else OPINION_ES
    got = found(head + body, lang)
    assert covers(got, expected), got
    assert found(body, lang) == []  # the same sentence alone is no column


def test_a_correction_in_quoted_words_is_the_speakers_verdict() -> None:
    en = 'The gang leader escaped again. "He is not a rebel. He is a landlord with rifles," the analyst said.'
    es = 'El jefe escapó otra vez. "No es un rebelde, es un cobrador con fusil", dijo la analista.'
    assert covers(found(en, "en"), "landlord with rifles")
    assert covers(found(es, "es"), "cobrador con fusil")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # a fact check correcting a date, a report's plain contrast, a pro-form
        ("The photo is not from 2024. It is from 2019, the archive shows.", "en"),
        ("El documento no es de la Fiscalía; es de la Procuraduría, según el registro.", "es"),
        (OPINION_EN + "The answer to a weak state is not a violent one. It is a competent one.", "en"),
        # a sincere aside in somebody's words, and a sentence that opens on 'of course'
        (OPINION_EN + '"We will, of course, cooperate with the inquiry," the minister said.', "en"),
        (OPINION_ES + "Por supuesto, la Fiscalía abrió una investigación.", "es"),
        # a christening in a report: the name of a plan
        ("The government called it Operation Shield. Police said 40 people were arrested.", "en"),
    ],
)
def test_the_same_shapes_in_reports_are_left_alone(text: str, lang: str) -> None:
    assert found(text, lang) == []
