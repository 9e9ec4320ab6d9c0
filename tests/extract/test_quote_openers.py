"""Who speaks when the sentence opens with someone else: a clause of time, a reply, a source set off mid-way.

Each small document is written for these tests (fictional people and places).
"""

from __future__ import annotations

import pytest

from support.extraction import extracted, said
from support.extraction import quotes as _quotes


@pytest.mark.parametrize("text, words, speaker", [
    ("When Keeler appeared in court, Judge Orrin Baptiste warned: \"Any threat to a witness will cost you bail.\"\n",
     "Any threat", "Orrin Baptiste"),
    ("Cuando Quelal compareció ante el tribunal, el juez Orlando Bautista advirtió: \"Cualquier amenaza a un testigo "
     "le costará la libertad\".\n", "Cualquier amenaza", "Orlando Bautista"),
    ("While Mayor Ilse Varga listened, the union leader Hector Mabry said: \"Our members are afraid.\"\n",
     "Our members", "Hector Mabry"),
    ("Mientras Ignacio Vargas escuchaba, el dirigente Héctor Mabres dijo: «Nuestros afiliados tienen miedo».\n",
     "Nuestros afiliados", "Héctor Mabres"),
])
def test_a_clause_of_time_before_the_subject_names_someone_else(text: str, words: str, speaker: str) -> None:
    assert said(_quotes(text), words) == speaker


@pytest.mark.parametrize("text, words, speaker", [
    ("Keeler, according to prosecutor Anton Grieve, \"ran the whole network from a warehouse.\"\n",
     "ran the whole network", "Anton Grieve"),
    ("Quelal, según el fiscal Antonio Griñán, «manejaba toda la red desde una bodega».\n",
     "manejaba toda la red", "Antonio Griñán"),
    # the name set off after the office is the same source
    ("Quien critica el plan, según el ministro de Defensa, el general en retiro Walter Zegarra, «le hace el juego "
     "a los narcos».\n", "le hace el juego", "Walter Zegarra"),
])
def test_a_source_set_off_inside_the_clause_says_the_words(text: str, words: str, speaker: str) -> None:
    assert said(_quotes(text), words) == speaker


def test_a_source_set_off_before_a_speech_verb_is_not_the_speaker() -> None:
    got = _quotes("Keeler, according to his neighbours, told the court: \"I never owned a boat.\"\n")
    assert said(got, "I never owned a boat") == "Keeler"


def test_an_adjective_between_a_spanish_title_and_a_name_keeps_the_title_on_that_name() -> None:
    # 'la senadora opositora Lidia Fajardo' is Fajardo's title, not a reference to the woman named before
    text = ("La ministra Carla Ostaiza defendió el decreto. En respuesta a Ostaiza, la senadora opositora Lidia "
            "Fajardo declaró: «La ministra encubre a sus amigos».\n")
    assert said(_quotes(text), "encubre") == "Lidia Fajardo"
    ostaiza = next(e for e in extracted(text).entities if e.name == "Carla Ostaiza")
    assert "la senadora" not in {m.text.lower() for m in ostaiza.mentions}


def test_a_ministry_portfolio_before_an_apposition_is_no_person() -> None:
    names = {e.name: e.type for e in extracted("Según el ministro de Defensa, el general en retiro Walter Zegarra, "
                                                 "el valle está en calma.\n").entities}
    assert names.get("Walter Zegarra") == "person"
    assert "Defensa" not in names


@pytest.mark.parametrize("text, words, speaker", [
    ("Like Keeler, his partner Peter Zane denied the charges and said \"it is all false.\"\n", "all false", "Peter Zane"),
    ("Unlike Keeler, former minister Ramsey Tell said he \"never met the man.\"\n", "never met", "Ramsey Tell"),
    ("Al igual que Quelal, su socio Pedro Zárate negó los cargos y dijo que \"todo es falso\".\n", "todo es falso",
     "Pedro Zárate"),
    ("With Keeler in jail, the dockworker Tom Brill said the port \"finally breathes.\"\n", "finally breathes",
     "Tom Brill"),
    ("Con Quelal en prisión, el estibador Tomás Brito aseguró que el puerto \"por fin respira\".\n", "por fin respira",
     "Tomás Brito"),
])
def test_a_comparison_or_circumstance_before_the_subject_names_someone_else(text: str, words: str,
                                                                              speaker: str) -> None:
    assert said(_quotes(text), words) == speaker


def test_like_opening_a_sentence_is_not_part_of_a_name() -> None:
    names = {e.name for e in extracted("Like Damon Keeler, his partner Peter Zane denied the charges.\n").entities}
    assert "Damon Keeler" in names and not any(n.startswith("Like") for n in names)


@pytest.mark.parametrize("text, words, speaker", [
    ("Prosecutors charged Damon Keeler on Monday. Keeler was described by Senator Ruth Alvey as \"the most dangerous man in the port.\"\n", "most dangerous",
     "Ruth Alvey"),
    ("Quelal fue calificado por la senadora Rut Alvear como \"el hombre más peligroso del puerto\".\n",
     "más peligroso", "Rut Alvear"),
])
def test_the_agent_of_a_passive_label_says_the_words(text: str, words: str, speaker: str) -> None:
    assert said(_quotes(text), words) == speaker


@pytest.mark.parametrize("text, words, speaker", [
    ("Police arrested Damon Keeler. The arrest of Keeler, said the harbour master Ann Quist, \"changed nothing on the docks.\"\n", "changed nothing",
     "Ann Quist"),
    ("La detención de Quelal, dijo la capitana del puerto Ana Quispe, «no cambió nada en los muelles».\n",
     "no cambió nada", "Ana Quispe"),
])
def test_a_reporting_clause_set_off_with_a_description_before_the_name(text: str, words: str, speaker: str) -> None:
    assert said(_quotes(text), words) == speaker


@pytest.mark.parametrize("relation", ["neighbour", "boss", "accountant", "former cellmate", "party colleague",
                                      "running mate", "trial judge", "political godfather"])
def test_whoever_is_named_after_someones_noun_speaks_not_the_owner(relation: str) -> None:
    text = (f"Police arrested the trucker Damon Keeler on Friday. Keeler's {relation} Ruth Penhall said the case was "
            "\"a story about money and nothing else.\"\n")
    assert said(_quotes(text), "a story about money") == "Ruth Penhall"


def test_a_short_label_goes_to_the_named_person_not_the_owner() -> None:
    text = ("Police arrested the trucker Damon Keeler on Friday. Keeler's accountant, Ruth Penhall, called the "
            "charges \"pure fiction.\"\n")
    assert said(_quotes(text), "pure fiction") == "Ruth Penhall"


def test_a_dash_after_the_words_credits_them() -> None:
    text = ("Police arrested Damon Keeler on Friday. \"The port is quiet,\" said Jorge Mejía.\n\n"
            "\"The port has changed a lot since then\" — J. P. Ortega, a prosecutor in the organised crime unit.\n")
    assert said(_quotes(text), "has changed a lot") == "J. P. Ortega"


@pytest.mark.parametrize("name", ["Nora van Vance", "Karim bin Salem", "Pieter van der Berg"])
def test_a_name_with_a_particle_is_one_person(name: str) -> None:
    text = f"Police arrested Damon Keeler on Friday. In a statement, {name} said that \"the port has changed.\"\n"
    people = {e.name: e.type for e in extracted(text).entities}
    assert people.get(name) == "person", people
    assert said(_quotes(text), "the port has changed") == name


def test_added_goes_on_from_the_speaker_named_in_the_same_run_es() -> None:
    text = ("La Policía detuvo el viernes al transportista Damián Quelal.\n\n"
            "Tomás Hidalgo dirige la investigación desde 2021. Él dijo a este diario: \"el puerto cambió mucho\".\n\n"
            "\"nada está resuelto\", dijo Luis Quintero. \"el puerto sigue igual que siempre\", agregó.\n")
    assert said(_quotes(text), "sigue igual") == "Luis Quintero"


def test_those_were_the_words_of_the_minister_es() -> None:
    text = ("La Policía detuvo el viernes al transportista Damián Quelal. La gobernadora Ana Ruiz celebró la captura.\n\n"
            "\"Vamos a limpiar el puerto de contrabandistas de una vez por todas\". Esas fueron las palabras del ministro "
            "del Interior, Carlos Bonilla, el sábado.\n")
    assert said(_quotes(text), "Vamos a limpiar") == "Carlos Bonilla"


def test_the_one_a_witness_heard_says_the_words_es() -> None:
    text = ("La Policía detuvo el viernes al transportista Damián Quelal. La fiscal Rut Peñafiel dijo ante el tribunal "
            "que un testigo escuchó a Quelal decir \"nadie toca mis camiones en este puerto\".\n")
    assert said(_quotes(text), "nadie toca mis camiones") == "Damián Quelal"


@pytest.mark.parametrize("text, words, speaker", [
    ("La fiscal Rut Peñafiel habló el sábado con la prensa. De Quelal dijo que \"era el jefe de todo el negocio\".\n",
     "jefe de todo", "Rut Peñafiel"),
    ("La alcaldesa Ana Ruiz también habló. A Quelal lo describió como \"un hombre peligroso para el puerto\".\n",
     "hombre peligroso", "Ana Ruiz"),
    ("La jueza Marta Salas leyó la sentencia. Respecto de Quelal, afirmó que \"no mostró arrepentimiento alguno\".\n",
     "arrepentimiento", "Marta Salas"),
    ("El abogado Marcos Dávila apeló. Defendió a Quelal y sostuvo que \"la prueba fue sembrada por la Policía\".\n",
     "sembrada", "Marcos Dávila"),
    ("La diputada Lidia Fajardo escribió en redes. Contra Quelal lanzó una frase dura: \"que se pudra en la "
     "cárcel\".\n", "se pudra", "Lidia Fajardo"),
    ("Colonel Ivan Rowles held a press conference. As for Keeler, he insisted that he \"had no partners in the "
     "police.\"\n", "no partners", "Ivan Rowles"),
])
def test_the_subject_before_speaks_when_the_clause_opens_with_its_object_or_topic(text: str, words: str,
                                                                                   speaker: str) -> None:
    lead = ("La Policía detuvo el viernes al transportista Damián Quelal en el puerto. " if "Quelal" in text
            else "Police arrested the trucker Damon Keeler on Friday in the port. ")
    assert said(_quotes(lead + text), words) == speaker


def test_a_subject_of_its_own_after_the_topic_speaks() -> None:
    text = ("La Policía detuvo el viernes al transportista Damián Quelal. La alcaldesa Ana Ruiz celebró la captura. "
            "En cuanto a Quelal, la fiscal Rut Peñafiel aseguró que \"no tenía socios en la Policía\".\n")
    assert said(_quotes(text), "no tenía socios") == "Rut Peñafiel"


def test_every_answer_of_a_dash_interview_is_the_interviewees_es() -> None:
    text = ("La fiscal Rut Peñafiel lleva seis años investigando el contrabando en el puerto. Habló con este diario "
            "tras la captura del transportista Damián Quelal.\n\n"
            "—¿Qué significa la captura de Quelal?\n"
            "—Es un paso, pero pequeño. Quelal era un operador, no el dueño del negocio.\n\n"
            "—¿Quién es el dueño?\n"
            "—No puedo dar nombres. Hay funcionarios de aduana que cobran por mirar hacia otro lado.\n")
    got = _quotes(text)
    assert said(got, "Es un paso") == "Rut Peñafiel"
    assert said(got, "No puedo dar nombres") == "Rut Peñafiel"
