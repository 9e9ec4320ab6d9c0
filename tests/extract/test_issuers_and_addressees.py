"""The words a statement 'read' are its issuer's; whoever a speaker talks to, by title, is not the speaker."""

from __future__ import annotations

from support.extraction import quotes, said


def test_a_statements_words_are_the_body_that_put_it_out_not_the_man_it_names_en():
    text = ("Wire\n\nThe Defence Ministry announced the arrest of Marco Bellini. \"This is a decisive blow against "
            "the Lobos,\" the statement read.\n")
    assert said(quotes(text), "decisive blow") == "Defence Ministry"


def test_a_statements_words_are_the_body_that_put_it_out_es():
    text = ("Nota\n\nEl Ejército anunció la captura de Marco Bellini. «Es un golpe decisivo contra Los Lobos», "
            "señala el comunicado.\n")
    assert said(quotes(text), "golpe decisivo") == "Ejército"


def test_the_issuer_named_after_the_text_wins():
    text = ("Nota\n\nEl Ejército anunció la captura de Marco Bellini. «Es un golpe decisivo contra Los Lobos», "
            "señala el comunicado de la Fiscalía General.\n")
    assert said(quotes(text), "golpe decisivo") == "Fiscalía General"


def test_a_titled_person_spoken_to_is_not_the_speaker():
    text = ("Nota\n\n«Usted sabe quién mató a Luis», le dijo la madre al comandante Jaime Ortiz frente a las "
            "cámaras.\n")
    assert said(quotes(text), "quién mató a Luis") != "Jaime Ortiz"
    text = "Wire\n\n\"You know who killed Luis,\" the mother said to Commander Jaime Ortiz in front of the cameras.\n"
    assert said(quotes(text), "who killed Luis") != "Jaime Ortiz"
