"""'According to a fisherman', 'según una maestra': a person of any trade cited by no name is an anonymous source;
a report or a paper is not, and neither is a person named right after the description.

Each small document is written for these tests (fictional people and places).
"""

from __future__ import annotations

import pytest

from support.extraction import extracted

LEAD_EN = "The fight over the port contracts in Riverford grew sharper this week.\n\n"
LEAD_ES = "La disputa por los contratos del puerto de Villa Alcántara se agudizó esta semana.\n\n"


def _flagged(text: str, words: str) -> bool:
    claims = [c for c in extracted(text).claims if words in c.text]
    assert claims, f"no claim holds {words!r}"
    return any(c.anonymous_source for c in claims)


@pytest.mark.parametrize("sentence, words", [
    ("According to a fisherman, the boats left the bay at dawn loaded with fuel.", "the boats left"),
    ("According to one local teacher, the gang recruits boys from the school every month.", "recruits boys"),
    ("According to a shopkeeper on the main street, the gang collects a weekly fee.", "weekly fee"),
    ("According to a taxi driver, the checkpoints vanished after the election.", "checkpoints vanished"),
    ("According to a nurse at the clinic, three of the wounded were minors.", "three of the wounded"),
    ("According to an elderly farmer, soldiers burned the crops.", "burned the crops"),
    ("According to a mechanic who works near the port, the trucks carry false plates.", "false plates"),
])
def test_according_to_an_unnamed_person_of_any_trade_en(sentence: str, words: str) -> None:
    assert _flagged(LEAD_EN + sentence + "\n", words)


@pytest.mark.parametrize("sentence, words", [
    ("Según un pescador, las lanchas salieron de la bahía al amanecer cargadas de combustible.", "las lanchas salieron"),
    ("Según una maestra de la escuela, la banda recluta a niños cada mes.", "recluta a niños"),
    ("Según un tendero de la calle principal, la banda cobra una cuota semanal.", "cuota semanal"),
    ("Según un taxista, los retenes desaparecieron después de las elecciones.", "retenes desaparecieron"),
    ("Según una enfermera del hospital, tres de los heridos eran menores.", "tres de los heridos"),
    ("De acuerdo con un ex trabajador de la mina, la banda cobra una cuota semanal.", "cuota semanal"),
    ("Según una joven madre del barrio, los disparos duraron una hora.", "disparos duraron"),
    ("Según un mecánico que trabaja cerca del puerto, los camiones llevan placas falsas.", "placas falsas"),
])
def test_segun_un_unnamed_person_of_any_trade_es(sentence: str, words: str) -> None:
    assert _flagged(LEAD_ES + sentence + "\n", words)


@pytest.mark.parametrize("text, words", [
    # named right after the description
    (LEAD_EN + "According to a prosecutor, John Gomes, the gang collects a weekly fee.\n", "weekly fee"),
    (LEAD_EN + "According to a teacher, Laura Peel, the gang recruits boys from the school.\n", "recruits boys"),
    (LEAD_ES + "Según un fiscal, Juan Gómez, la banda cobra una cuota semanal.\n", "cuota semanal"),
    (LEAD_ES + "Según una vecina, Rosa Manrique, los disparos duraron una hora.\n", "disparos duraron"),
    # a paper, not a person
    (LEAD_EN + "According to a report by the ombudsman, the trucks carry false plates.\n", "false plates"),
    (LEAD_EN + "According to a recent Reuters tally, forty people died in the port.\n", "forty people"),
    (LEAD_ES + "Según un informe reciente de la Defensoría, los camiones llevan placas falsas.\n", "placas falsas"),
    (LEAD_ES + "Según una revista local, los camiones llevan placas falsas.\n", "placas falsas"),
])
def test_a_named_person_or_a_paper_is_no_anonymous_source(text: str, words: str) -> None:
    assert not _flagged(text, words)


@pytest.mark.parametrize("text, words", [
    (LEAD_EN + "A police officer not authorised to speak to the press said the trucks carry false plates.\n",
     "false plates"),
    (LEAD_ES + "Según una mujer entrevistada por este diario, la cuota se duplicó en mayo.\n", "cuota se duplicó"),
])
def test_a_missing_permission_or_an_interview_leaves_the_source_unnamed(text: str, words: str) -> None:
    assert _flagged(text, words)


@pytest.mark.parametrize("text, words", [
    # an aside between commas after the unnamed speaker
    (LEAD_EN + "One former gang member, now in prison, said the fee doubled in May.\n", "fee doubled"),
    (LEAD_ES + "Un integrante de la banda, hoy preso, contó que la cuota se duplicó en mayo.\n", "cuota se duplicó"),
    # 'según contó una vecina', 'de acuerdo con lo que contó un policía': the verb before the unnamed person
    (LEAD_ES + "Según contó una vecina a este diario, los disparos duraron una hora.\n", "disparos duraron"),
    (LEAD_ES + "De acuerdo con lo que contó un policía a este diario, los camiones llevan placas falsas.\n",
     "placas falsas"),
])
def test_unnamed_speakers_past_asides_and_verbs(text: str, words: str) -> None:
    assert _flagged(text, words)


def test_a_person_named_after_the_verb_is_no_anonymous_source_es() -> None:
    assert not _flagged(LEAD_ES + "Según contó la vecina Rosa Manrique a este diario, los disparos duraron una hora.\n",
                        "disparos duraron")


@pytest.mark.parametrize("sentence, words", [
    ("Fuentes de la Gendarmería Nacional consultadas por el observatorio admiten que los controles son escasos.",
     "controles son escasos"),
    ("Según fuentes de la Prefectura, la lancha salió de noche.", "la lancha salió"),
    ("Fuentes de Carabineros indicaron que la célula se dividió.", "la célula se dividió"),
])
def test_sources_inside_a_named_force_are_anonymous_es(sentence: str, words: str) -> None:
    assert _flagged(LEAD_ES + sentence + "\n", words)
