"""Spanish leaves a clause's subject unsaid: 'Dijo que X era «…»', 'En su programa, llamó al alcalde X «…»'. The
words are the unsaid subject's (the actor who opens a sentence before), not those of the person the clause names
after its verb, who is its object or the reported clause's subject."""

from __future__ import annotations

import pytest

from support.extraction import quotes, said

HEAD = "Sesión tensa en Valdeluna\n\n5 de mayo de 2025\n\n"

RADIO = HEAD + (
    "Lucía Ferraro cubre el puerto desde hace veinte años. Dirige una pequeña radio junto a los muelles y ha sido "
    "amenazada dos veces.\n\n"
    "En su programa del lunes, llamó al alcalde Tomás Quiroga «un títere de los contrabandistas». También dijo que "
    "el alcalde había «vendido el puerto».\n\n"
    "Quiroga lo negó todo. Dijo que Ferraro era «una mentirosa con micrófono».\n\n"
    "Días después, la concejala Elena Brandt se sumó a las críticas. Ante los periodistas, calificó el presupuesto "
    "de Quiroga de «un regalo al cartel» y acusó al alcalde de «traicionar a los pescadores».\n"
)


@pytest.mark.parametrize(("words", "speaker"), [
    ("un títere", "Lucía Ferraro"),
    ("vendido el puerto", "Lucía Ferraro"),
    ("una mentirosa", "Tomás Quiroga"),
    ("un regalo al cartel", "Elena Brandt"),
    ("traicionar a los pescadores", "Elena Brandt"),
])
def test_the_unsaid_subject_says_the_words(words: str, speaker: str) -> None:
    assert said(quotes(RADIO), words) == speaker


@pytest.mark.parametrize(("text", "words", "speaker"), [
    ("La jueza Marta Ibarra leyó la sentencia. Después, tildó al acusado Pedro Lúcar de «cobarde».",
     "cobarde", "Marta Ibarra"),
    ("La activista Rosa Peña llegó a la plaza. Allí, describió a la alcaldesa Inés Mora como «cómplice».",
     "cómplice", "Rosa Peña"),
    ("El fiscal Hugo Rey presentó las pruebas. Durante la audiencia, aseguró que el acusado Pedro Lúcar «mintió».",
     "mintió", "Hugo Rey"),
    ("El alcalde Julio Mena dio una rueda de prensa. Lo acompañó la concejala Eva Sanz, que calificó a Mena de "
     "«valiente».", "valiente", "Eva Sanz"),
    # a subject of its own, before or after the verb, keeps the words
    ("El senador Rubén Soto habló en el Congreso. Según el ministro Carlos Vela, el plan es «un fracaso».",
     "un fracaso", "Carlos Vela"),
    ("La activista Rosa Peña llegó a la plaza. Allí, dijo el comisario Luis Ortega que «no hay detenidos».",
     "no hay detenidos", "Luis Ortega"),
    ("El senador Rubén Soto habló en el Congreso. El ministro Carlos Vela respondió que el plan es «sólido».",
     "sólido", "Carlos Vela"),
])
def test_an_unsaid_subject_and_a_said_one(text: str, words: str, speaker: str) -> None:
    assert said(quotes(HEAD + text + "\n"), words) == speaker
