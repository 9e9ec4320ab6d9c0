"""Quoted words go to the person who chose them, not to another person named in the same sentence; a word or
two in quotes inside a report is the reporter's subject's.

Each small document is written for these tests (fictional people and places).
"""

from __future__ import annotations

import pytest

from support.extraction import quotes as _quotes
from support.extraction import said

LEAD_EN = "The row over the ferry licences in Castlebrook grew louder this week. "
LEAD_ES = "La pelea por las licencias del ferry en Villa Corcuera se agravó esta semana. "


@pytest.mark.parametrize("text, words", [
    # a passive whose agent comes after the words
    (LEAD_EN + "Anton Brisco was branded \"a coward\" by councillor Petra Quillfeather.\n", "a coward"),
    (LEAD_EN + "Anton Brisco was called \"the worst harbour master in memory\" by Petra Quillfeather.\n",
     "the worst harbour master"),
    # a relative clause with its own subject
    (LEAD_EN + "Anton Brisco, whom Petra Quillfeather described as \"reckless\", kept silent.\n", "reckless"),
    (LEAD_EN + "Anton Brisco, whom Petra Quillfeather once called \"a menace to the coast\", kept silent.\n",
     "a menace to the coast"),
    # the words of someone's claim
    (LEAD_EN + "Anton Brisco rejected Petra Quillfeather's claim that he was \"a stooge\".\n", "a stooge"),
    # a reporting clause set off inside the sentence
    (LEAD_EN + "Anton Brisco, councillor Petra Quillfeather said, was \"a menace\".\n", "a menace"),
    # an opening phrase that names someone else
    (LEAD_EN + "Standing beside Anton Brisco, Petra Quillfeather said the licences were \"a swindle\".\n",
     "a swindle"),
    # blaming, comparing
    (LEAD_EN + "Petra Quillfeather blamed Anton Brisco for the \"mess at the quay\".\n", "mess at the quay"),
    (LEAD_EN + "Petra Quillfeather compared Anton Brisco to \"a pirate king\".\n", "a pirate king"),
    # the agent named before the words, attacks on something in quotes
    (LEAD_EN + "Anton Brisco has been portrayed by Petra Quillfeather as \"a smuggler\".\n", "a smuggler"),
    (LEAD_EN + "Anton Brisco was accused by councillor Petra Quillfeather of \"bribing the pilots\".\n",
     "bribing the pilots"),
    (LEAD_EN + "Anton Brisco was dismissed as \"a fraud\" by former councillor Petra Quillfeather.\n", "a fraud"),
    (LEAD_EN + "Petra Quillfeather lashed out at Anton Brisco's \"greed\".\n", "greed"),
])
def test_english_words_go_to_who_chose_them(text: str, words: str) -> None:
    assert said(_quotes(text), words) == "Petra Quillfeather"


@pytest.mark.parametrize("text, words", [
    (LEAD_ES + "Macario Tellechea fue tildado de «traidor» por la concejala Sabina Orduña.\n", "traidor"),
    (LEAD_ES + "Macario Tellechea fue calificado de «un estafador de la costa» por Sabina Orduña.\n",
     "un estafador"),
    (LEAD_ES + "Macario Tellechea, a quien Sabina Orduña llamó «corrupto», guardó silencio.\n", "corrupto"),
    (LEAD_ES + "Macario Tellechea, a quien la concejala Sabina Orduña llamó «una amenaza para la costa», "
     "guardó silencio.\n", "una amenaza"),
    (LEAD_ES + "Macario Tellechea rechazó la afirmación de Sabina Orduña de que es «un títere».\n", "un títere"),
    (LEAD_ES + "Macario Tellechea, dijo la concejala Sabina Orduña, es «una amenaza».\n", "una amenaza"),
    (LEAD_ES + "Junto a Macario Tellechea, Sabina Orduña dijo que las licencias eran «una estafa».\n",
     "una estafa"),
    (LEAD_ES + "Sabina Orduña culpó a Macario Tellechea del «desorden en el muelle».\n", "desorden en el muelle"),
    (LEAD_ES + "Sabina Orduña comparó a Macario Tellechea con «un rey pirata».\n", "un rey pirata"),
    (LEAD_ES + "Macario Tellechea fue acusado por Sabina Orduña de «mentir».\n", "mentir"),
    (LEAD_ES + "Macario Tellechea ha sido descrito por la concejala Sabina Orduña como «un contrabandista».\n",
     "un contrabandista"),
    (LEAD_ES + "Sabina Orduña cargó contra la «codicia» de Macario Tellechea.\n", "codicia"),
    (LEAD_ES + "Sabina Orduña se burló de Macario Tellechea como «el capitancito».\n", "el capitancito"),
    (LEAD_ES + "La licencia, aseguró Sabina Orduña, fue «un regalo».\n", "un regalo"),
    (LEAD_ES + "Sabina Orduña ha descrito reiteradamente a los prácticos como «cómplices».\n", "cómplices"),
])
def test_spanish_words_go_to_who_chose_them(text: str, words: str) -> None:
    assert said(_quotes(text), words) == "Sabina Orduña"


@pytest.mark.parametrize("text, words, speaker", [
    (LEAD_EN + "The \"firm hand\" Petra Quillfeather promised has not reached the quay.\n", "firm hand",
     "Petra Quillfeather"),
    (LEAD_EN + "Harbour master Anton Brisco had been \"careless,\" Petra Quillfeather said.\n", "careless",
     "Petra Quillfeather"),
    (LEAD_EN + "Petra Quillfeather thanked Anton Brisco for his \"patience\".\n", "patience", "Petra Quillfeather"),
    (LEAD_ES + "La «mano firme» que prometió la concejala Sabina Orduña no llegó al muelle.\n", "mano firme",
     "Sabina Orduña"),
    (LEAD_ES + "Sabina Orduña desestimó la denuncia como «invento».\n", "invento", "Sabina Orduña"),
    (LEAD_ES + "Sabina Orduña agradeció a Macario Tellechea su «paciencia».\n", "paciencia", "Sabina Orduña"),
])
def test_a_word_or_two_in_quotes_is_the_speakers(text: str, words: str, speaker: str) -> None:
    assert said(_quotes(text), words) == speaker


@pytest.mark.parametrize("text, words", [
    (LEAD_EN + "Anton Brisco, who many call \"the Admiral\", left the island.\n", "the Admiral"),
    (LEAD_EN + "Anton Brisco was arrested on a boat he named \"Sea Witch\".\n", "Sea Witch"),
    (LEAD_EN + "Anton Brisco ran a crew called \"The Tide\".\n", "The Tide"),
    (LEAD_EN + "Anton Brisco, \"reckless\" as ever, denied the charges.\n", "reckless"),
    (LEAD_EN + "Tomas Hulme, \"defiant\" as ever, denied the charges.\n", "defiant"),
    (LEAD_ES + "Fortunato Illa, «desafiante» como siempre, negó los cargos.\n", "desafiante"),
    (LEAD_ES + "Macario Tellechea, «temerario» como siempre, negó los cargos.\n", "temerario"),
    (LEAD_ES + "Macario Tellechea, apodado «el Almirante», dejó la isla.\n", "el Almirante"),
    (LEAD_ES + "El «contador» es, según la Fiscalía, Macario Tellechea, un exempleado del puerto.\n", "contador"),
])
def test_no_speaker_in_reach_is_no_speaker(text: str, words: str) -> None:
    assert all(speaker is None for quote, speaker in _quotes(text) if words in quote)


@pytest.mark.parametrize("text, words", [
    # a relative clause on the speaker, after someone else is named first
    (LEAD_EN + "Anton Brisco hired councillor Petra Quillfeather, who later told the inquiry that the deal was "
     "\"a trap\".\n", "a trap"),
    (LEAD_EN + "Anton Brisco quarrelled with Petra Quillfeather, who warned of \"ruin\".\n", "ruin"),
    (LEAD_ES + "Macario Tellechea contrató a Sabina Orduña, quien luego contó a los jueces que el trato era "
     "«una trampa».\n", "una trampa"),
    (LEAD_ES + "Macario Tellechea chocó con la concejala Sabina Orduña, quien advirtió de una «ruina».\n", "ruina"),
    # the words deep in a reported clause, past an insertion or a verb of belief
    (LEAD_EN + "Petra Quillfeather said the firm, which had won four berths from Anton Brisco in a single year, had "
     "paid \"sweeteners\".\n", "sweeteners"),
    (LEAD_EN + "Petra Quillfeather said she would seek charges against two pilots and did not rule out that the "
     "harbour office had taken \"monthly fees\".\n", "monthly fees"),
    (LEAD_ES + "Sabina Orduña indicó que pedirá la prisión preventiva de los dos prácticos del muelle norte y no "
     "descartó que la capitanía haya "
     "cobrado «cuotas mensuales».\n", "cuotas mensuales"),
    # a source named after the words
    (LEAD_EN + "The coastguard took part in the \"night patrols\" of the smugglers, according to Petra Quillfeather.\n",
     "night patrols"),
    (LEAD_ES + "La guardia costera participó en las «rondas nocturnas» de los contrabandistas, según admitió Sabina "
     "Orduña.\n", "rondas nocturnas"),
])
def test_the_speakers_clause_comes_after_another_name(text: str, words: str) -> None:
    assert said(_quotes(text), words) in ("Petra Quillfeather", "Sabina Orduña")


@pytest.mark.parametrize("text, words, speaker", [
    # a relative clause that closes before the words does not take them from the reporter
    (LEAD_EN + "Councillor Petra Quillfeather said Anton Brisco, who denied every charge, had \"fooled the whole quay\".\n",
     "fooled the whole quay", "Petra Quillfeather"),
    (LEAD_ES + "Sabina Orduña dijo que Macario Tellechea, quien negó los cargos, había «engañado a todo el muelle».\n",
     "engañado a todo el muelle", "Sabina Orduña"),
    (LEAD_ES + "Sabina Orduña contó que Macario Tellechea, quien negó los cargos, le dijo: «Me las vas a pagar».\n",
     "Me las vas a pagar", "Macario Tellechea"),
])
def test_a_closed_relative_clause_keeps_the_reporter(text: str, words: str, speaker: str) -> None:
    assert said(_quotes(text), words) == speaker


@pytest.mark.parametrize("text, words", [
    (LEAD_EN + "Petra Quillfeather asked for the licences to be revoked; the harbour master replied that "
     "\"nobody will close this port\".\n", "nobody will close this port"),
    (LEAD_ES + "Sabina Orduña pidió revocar las licencias, pero el capitán del puerto respondió que «nadie va a "
     "cerrar este muelle».\n", "nadie va a cerrar"),
])
def test_a_second_clause_with_its_own_subject_is_not_the_first_names(text: str, words: str) -> None:
    assert said(_quotes(text), words) not in ("Petra Quillfeather", "Sabina Orduña")


@pytest.mark.parametrize("text, words, speaker", [
    (LEAD_EN + "Councillor Petra Quillfeather put it plainly: the licences are \"a racket\".\n", "a racket",
     "Petra Quillfeather"),
    (LEAD_EN + "Councillor Petra Quillfeather's reply was \"not a chance\".\n", "not a chance", "Petra Quillfeather"),
    (LEAD_EN + "To Petra Quillfeather, Anton Brisco is simply \"the skipper\".\n", "the skipper", "Petra Quillfeather"),
    (LEAD_EN + "Unlike Anton Brisco, Petra Quillfeather regards the licences as \"a racket\".\n", "a racket",
     "Petra Quillfeather"),
    (LEAD_EN + "Councillor Petra Quillfeather was asked about the fire. \"Criminal,\" she said.\n", "Criminal",
     "Petra Quillfeather"),
    (LEAD_EN + "Councillor Petra Quillfeather kept nothing back. The licences, in her view, are \"a racket\".\n",
     "a racket", "Petra Quillfeather"),
    (LEAD_ES + "La concejala Sabina Orduña no se guardó nada. Las licencias, a su juicio, son «un negociado».\n",
     "un negociado", "Sabina Orduña"),
    (LEAD_ES + "La respuesta de la concejala Sabina Orduña fue «ni loca».\n", "ni loca", "Sabina Orduña"),
    (LEAD_ES + "Para Sabina Orduña, el incendio del muelle fue un «crimen de Estado».\n", "crimen de Estado",
     "Sabina Orduña"),
    (LEAD_EN + "For Petra Quillfeather, the fire on the quay was \"a crime of the State\".\n", "a crime of the State",
     "Petra Quillfeather"),
    (LEAD_ES + "A diferencia de Macario Tellechea, Sabina Orduña ve las licencias como «un negociado».\n",
     "un negociado", "Sabina Orduña"),
    (LEAD_ES + "La concejala Sabina Orduña fue consultada por el incendio. «Criminal», respondió.\n", "Criminal",
     "Sabina Orduña"),
])
def test_a_few_words_given_as_someones_nearby(text: str, words: str, speaker: str) -> None:
    assert said(_quotes(text), words) == speaker


def test_a_capital_word_inside_a_sentence_is_no_quote() -> None:
    got = _quotes(LEAD_EN + "The coastguard launched operation \"Gannet\", said the harbour office.\n")
    assert all(speaker is None for quote, speaker in got if "Gannet" in quote)


def test_the_subject_before_the_verb_though_its_name_is_unfamiliar() -> None:
    got = _quotes(LEAD_EN + "\"He never paid a cent,\" Imogen Stroud said of Anton Brisco.\n")
    assert said(got, "He never paid a cent") == "Imogen Stroud"
