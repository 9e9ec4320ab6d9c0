"""A title of a named place or body that nobody in the story was given ('El gobernador de Chocó', 'The governor of
Chocó') is someone unnamed: it does not point back to the last person named, and a 'he' after it stands for that
unnamed holder, not for whoever was named before. A bare description ('the former commander') still refers back."""

from __future__ import annotations

from support.extraction import quotes, said

EN_HEAD = "Quibdó, 14 July 2026\n\n"
ES_HEAD = "Quibdó, 14 de julio de 2026\n\n"


def test_el_gobernador_de_un_lugar_no_es_el_ultimo_nombrado() -> None:
    text = (ES_HEAD + "La red respondía a alias el Negro, un antiguo mando de la guerrilla.\n\n"
            "El gobernador de Chocó celebró las capturas: «Es un golpe a las mafias que nos desangran».\n")
    assert said(quotes(text), "Es un golpe") != "Negro"


def test_he_after_the_governor_of_a_place_is_not_the_last_person_named() -> None:
    text = (EN_HEAD + "The network answered to alias el Negro, a former rebel commander.\n\n"
            "The governor of Chocó, by contrast, welcomed the arrests. \"It is a blow to the mafias,\" he wrote "
            "on X.\n")
    assert said(quotes(text), "It is a blow") != "Negro"


def test_a_governor_named_before_with_that_title_still_speaks() -> None:
    text = (EN_HEAD + "Juan Ruiz, the governor of Chocó, met the army's commanders on Monday.\n\n"
            "The governor of Chocó welcomed the arrests. \"It is a blow to the mafias,\" he wrote on X.\n")
    assert said(quotes(text), "It is a blow") == "Juan Ruiz"


def test_a_governor_named_in_apposition_speaks() -> None:
    text = (EN_HEAD + "The network answered to alias el Negro, a former rebel commander.\n\n"
            "The governor of Chocó, Ana Pérez, welcomed the arrests. \"It is a blow to the mafias,\" she wrote.\n")
    assert said(quotes(text), "It is a blow") == "Ana Pérez"


def test_a_bare_description_still_refers_back() -> None:
    text = (EN_HEAD + "Everyone on the river calls him alias Cangrejo. He once led a column of sixty fighters.\n\n"
            "The former commander rarely speaks to reporters. \"We only deliver what is paid for,\" he said in a "
            "voice note.\n")
    assert said(quotes(text), "We only deliver") == "Cangrejo"
