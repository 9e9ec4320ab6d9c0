"""Idioms of the column, on sentences written for these tests.

A populism with a nickname, a policy in costume, governing by press
release, looking away, kneeling, surrendering by instalments, rewarding
whoever shoots: they judge only where a writer argues. Each is checked in a
column, aimed at one side or the other, and alone, as a report would hold
it, where nothing may be flagged.
"""

from __future__ import annotations

import pytest

from support.loaded_terms import covers, found

OPINION_EN = "OPINION | The Review\n\nBy A. Writer\n\n"
OPINION_ES = "OPINIÓN\n\nPor Una Autora\n\n"


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [
        ("The minister sells security populism to frightened voters.", "en", "security populism"),
        ("The senator sells welfare populism to frightened voters.", "en", "welfare populism"),
        ("It is austerity wearing a law-and-order costume.", "en", "law-and-order costume"),
        ("It is a handout wearing a human-rights costume.", "en", "human-rights costume"),
        ("The governor has been governing by press release since March.", "en", "governing by press release"),
        ("The president practises diplomacy by tweet.", "en", "diplomacy by tweet"),
        ("The mayor treats the courts as a polite suggestion.", "en", "treats the courts as a polite suggestion"),
        ("Congress does what it is told.", "en", "does what it is told"),
        ("The regulators looked the other way for a decade.", "en", "looked the other way"),
        ("This is a peace on its knees.", "en", "peace on its knees"),
        ("The truce is surrender by instalments.", "en", "surrender by instalments"),
        ("The new law rewards whoever shoots first.", "en", "rewards whoever shoots"),
        ("The summit was revolutionary tourism on the public purse.", "en", "revolutionary tourism"),
        ("The delegates negotiate in luxury hotels.", "en", "luxury hotels"),
        ("El gobernador vende populismo asistencialista a los votantes.", "es", "populismo asistencialista"),
        ("El alcalde vende populismo militarista a los votantes.", "es", "populismo militarista"),
        ("La cumbre fue turismo revolucionario con dinero público.", "es", "turismo revolucionario"),
        ("La audiencia fue otra telenovela judicial.", "es", "telenovela judicial"),
        ("El Gobierno se tapa los ojos ante los secuestros.", "es", "se tapa los ojos"),
        ("La Fiscalía se hace la ciega con los contratos.", "es", "se hace la ciega"),
        ("Colombia no quiere una paz de rodillas.", "es", "paz de rodillas"),
        ("El acuerdo firmado fue una derrota en cámara lenta.", "es", "derrota en cámara lenta"),
        ("La bancada aprobó la reforma a pupitrazo.", "es", "a pupitrazo"),
        ("La aplanadora oficialista aprobó la ley.", "es", "aplanadora oficialista"),
        ("La ley termina por premiar al que secuestra.", "es", "premiar al que secuestra"),
        ("El presidente trata la Constitución como un estorbo.", "es", "trata la Constitución como un estorbo"),
        ("La sentencia quedó en papel mojado.", "es", "papel mojado"),
        ("El ministro hace lo que le ordenan desde Washington.", "es", "hace lo que le ordenan desde Washington"),
        ("Cuba presta la sede y Noruega presta la foto.", "es", "presta la foto"),
        ("Los negociadores viven en hoteles de lujo.", "es", "hoteles de lujo"),
    ],
)
def test_column_idioms_count_in_a_column_only(sentence: str, lang: str, expected: str) -> None:
    head = OPINION_EN if lang == "en" else OPINION_ES
    got = found(head + sentence, lang)
    assert covers(got, expected), got
    assert found(sentence, lang) == []


def test_a_figure_that_holds_a_listed_word_replaces_it() -> None:
    # 'capitulación' is listed alone; the figure is the whole phrase, and is reported once
    got = found(OPINION_ES + "No es una negociación: es una capitulación por entregas.", "es")
    assert [t for t in got if "capitulacion" in t] == ["es una capitulacion por entregas"]
    got = found(OPINION_EN + "So the iron-fist theatre goes on.", "en")
    assert [t for t in got if "iron" in t] == ["iron-fist theatre"]
