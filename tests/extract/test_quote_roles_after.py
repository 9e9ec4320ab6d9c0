"""Speakers named by a description after the words: the name set off after it, and a role noun used before."""

from __future__ import annotations

from support.extraction import quotes, said


def test_the_name_set_off_after_a_possessed_role_is_the_speaker():
    got = quotes("The Laboratorio Forense Norte, an independent lab, compared the clips. \"Someone worked to make "
                 "this look recent,\" said the lab's director, Iván Sotomayor.")
    assert said(got, "look recent") == "Iván Sotomayor"


def test_a_role_noun_before_the_verb_is_the_person_introduced_with_it():
    got = quotes("The pilot, Wálter Choque Mamani, is a cooperating witness. The defence asked him about his "
                 "daughters. \"I would say the truth about all of it,\" the pilot answered.")
    assert said(got, "say the truth") == "Wálter Choque Mamani"


def test_words_asked_for_are_the_askers():
    got = quotes("Desde la cárcel de Popayán, el excomandante Efraín Mosquera, alias Tito, envía una carta en la "
                 "que pide al Gobierno entrante \"una salida política\" para los frentes del Macizo.")
    assert said(got, "una salida política") == "Efraín Mosquera"
