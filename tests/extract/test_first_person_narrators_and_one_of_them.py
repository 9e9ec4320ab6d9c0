"""A dialogue line whose narrator is the writer ('—¿Y si no funciona? —le pregunté a Montoya.') holds the writer's
question, nobody else's, and the narrator is no quote of its own; 'Uno de ellos' / 'One of them' / 'one of those
accounts' opening a clause is one unnamed person who says the words, even short words in the clause reported."""

from __future__ import annotations

from support.extraction import quotes, said

ES_HEAD = "Quibdó, 14 de julio de 2026\n\n"
EN_HEAD = "Quibdó, 14 July 2026\n\n"

INTERVIEW = (ES_HEAD + "Para la directora de la fundación Tierra Viva, Inés Montoya, el problema va más allá del "
             "expediente.\n\n—¿Y si no funciona? —le pregunté a Montoya.\n\n"
             "—Entonces volveremos a contar muertos —respondió.\n")


def test_the_writers_question_is_nobodys_quote() -> None:
    got = quotes(INTERVIEW)
    assert said(got, "Y si no funciona") is None


def test_the_narrator_after_the_dash_is_no_quote() -> None:
    assert not [q for q, _ in quotes(INTERVIEW) if "pregunté" in q]


def test_the_answer_is_the_interviewees() -> None:
    assert said(quotes(INTERVIEW), "volveremos a contar") == "Inés Montoya"


def test_uno_de_ellos_says_the_long_words() -> None:
    text = (ES_HEAD + "Fuentes castrenses aseguran que el Ejército prepara un operativo. Una de ellas lo resumió así: "
            "«Primero hay que cortar la ruta; después, el pueblo respira».\n")
    assert said(quotes(text), "Primero hay que cortar") == "Una de ellas"


def test_uno_de_ellos_says_short_words_in_the_clause_reported() -> None:
    text = (ES_HEAD + "Dos chicos del barrio se acercaron a dejarle flores. Uno de ellos, de no más de quince años, "
            "contó que un hombre le ofreció una moto nueva a cambio de \"hacer unos viajes\".\n")
    assert said(quotes(text), "hacer unos viajes") == "Uno de ellos"


def test_one_of_them_in_english() -> None:
    text = (EN_HEAD + "Two boys brought flowers to the stall. One of them, no older than fifteen, said a man had "
            "offered him a motorbike to \"make a few trips across the river\".\n")
    assert said(quotes(text), "make a few trips") == "One of them"


def test_one_of_those_accounts_keeps_its_noun() -> None:
    text = (EN_HEAD + "Several accounts aligned with the ruling party circulated a doctored image of the mayor. One "
            "of those accounts described the original post as \"coup propaganda paid from abroad\".\n")
    assert said(quotes(text), "coup propaganda") == "One of those accounts"
