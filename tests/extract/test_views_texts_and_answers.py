"""A view given as someone's holds a long quote too; a text that labels someone speaks for its issuer, never for the
labelled; an answer or a message announced before a colon is the words of whoever it is said to be of."""

from __future__ import annotations

from support.extraction import quotes, said


def test_a_view_given_as_an_analysts_holds_a_long_quote_about_someone_else():
    text = ("Nota\n\nPara el analista Tomás Vidal, del Instituto Cívico, el alcalde Pedro Salas «perdió el control "
            "del puerto hace años».\n")
    assert said(quotes(text), "perdió el control") == "Tomás Vidal"
    text = ("Note\n\nIn the view of analyst Tomás Vidal, of the Civic Institute, Mayor Pedro Salas \"lost control of "
            "the port years ago.\"\n")
    assert said(quotes(text), "lost control") == "Tomás Vidal"


def test_a_view_with_a_verb_of_saying_after_it_is_the_sayers():
    text = ("Nota\n\nSegún el diario El Faro, el comandante Jaime Ortiz habría dicho que «Bellini le pagaba a todos, "
            "empezando por el alcalde».\n")
    assert said(quotes(text), "le pagaba a todos") == "Jaime Ortiz"


def test_a_text_that_labels_someone_is_never_the_labelled_ones_words():
    text = ("Court\n\nThe indictment, filed in Miami by federal prosecutors, describes Marco Bellini as \"the banker "
            "of the port\" and names Pedro Salas as his partner.\n")
    assert said(quotes(text), "the banker of the port") != "Marco Bellini"
    text = "Nota\n\nLa denuncia de la Fiscalía General califica a Marco Bellini de «banquero del puerto».\n"
    assert said(quotes(text), "banquero del puerto") == "Fiscalía General"


def test_an_answer_announced_before_a_colon_is_the_words_of_whom_it_is_of():
    text = ("Report\n\nGovernor Ana Ruiz met Mayor Pedro Salas on Monday. The mayor's response to her demands came "
            "hours later: \"Villa Sur will not be occupied by anyone.\"\n")
    assert said(quotes(text), "will not be occupied") == "Pedro Salas"
    text = ("Nota\n\nLa gobernadora Ana Ruiz se reunió con el alcalde Pedro Salas el lunes. Esa misma tarde llegó la "
            "respuesta del alcalde: «Villa Sur no será ocupada por nadie».\n")
    assert said(quotes(text), "no será ocupada") == "Pedro Salas"
