"""Quote speakers next to the people they are described through or speak to: 'Hermana del activista asesinado X,
Y afirmó' (X is whose sister Y is), and a dialogue line '—…—le dijo al alcalde X' (X is spoken to).

Each small document is written for these tests (fictional people and places).
"""

from __future__ import annotations

import pytest

from support.extraction import quotes as _quotes
from support.extraction import said

LEAD_EN = "The fight over the port contracts in Riverford grew sharper this week.\n\n"
LEAD_ES = "La disputa por los contratos del puerto de Villa Alcántara se agudizó esta semana.\n\n"


@pytest.mark.parametrize("text, words, speaker", [
    (LEAD_ES + "Hermana del activista asesinado Iván Toro, Rosa Manrique afirmó: «No tenemos miedo».\n",
     "No tenemos miedo", "Rosa Manrique"),
    (LEAD_EN + "The lawyer for jailed businessman Rodney Salter, Thomas Ibbotson, said: \"My client was framed.\"\n",
     "was framed", "Thomas Ibbotson"),
    # the person set off after the description still speaks when the description names no one else
    (LEAD_ES + "Rosa Manrique, hermana del activista asesinado Iván Toro, afirmó: «No tenemos miedo».\n",
     "No tenemos miedo", "Rosa Manrique"),
])
def test_whom_a_relation_is_told_through_does_not_speak(text: str, words: str, speaker: str) -> None:
    assert said(_quotes(text), words) == speaker


def test_a_dialogue_line_spoken_to_someone_goes_to_the_person_before_es() -> None:
    text = LEAD_ES + "El concejal Iván Toro se levantó de su silla.\n\n—Esto es un robo —le dijo al alcalde Ernesto Lozada.\n"
    assert said(_quotes(text), "Esto es un robo") == "Iván Toro"


def test_a_dialogue_line_whose_narrator_names_the_speaker_keeps_him_es() -> None:
    text = (LEAD_ES + "La periodista Rosa Manrique le preguntó al alcalde Ernesto Lozada por los contratos.\n\n"
            "—No tengo nada que ver —respondió Lozada.\n")
    assert said(_quotes(text), "No tengo nada que ver") == "Ernesto Lozada"


@pytest.mark.parametrize("text, words, speaker", [
    # a kin word opening the sentence before 'de' and a name is no part of that name
    (LEAD_ES + "Madre de Iván Toro, la maestra jubilada Rosa Manrique, afirmó: «Mi hijo no era un sicario».\n",
     "no era un sicario", "Rosa Manrique"),
    (LEAD_ES + "Abogado de Iván Toro, el penalista Luis Rojas, afirmó: «Mi cliente es inocente».\n",
     "Mi cliente es inocente", "Luis Rojas"),
    (LEAD_ES + "Vecina de Rodrigo Salcedo durante veinte años, la costurera Ana Gil, afirmó: «Era un hombre "
     "tranquilo».\n", "hombre tranquilo", "Ana Gil"),
])
def test_a_kin_word_opening_the_sentence_is_no_name_es(text: str, words: str, speaker: str) -> None:
    assert said(_quotes(text), words) == speaker


def test_a_kin_opener_leaves_the_person_named_after_de() -> None:
    from support.extraction import extracted
    names = {e.name for e in extracted(LEAD_ES + "Padre de Iván Toro, el carpintero Luis Rojas, habló ayer.\n").entities}
    assert "Iván Toro" in names and not any(n.startswith("Padre") for n in names)
