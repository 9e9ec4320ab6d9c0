"""An interview's last answer ends where the story goes on: a paragraph that ends with a colon introducing someone
else's words, or one that opens with a quotation mark or a dash, is no part of the interviewee's answer."""

from __future__ import annotations

from support.extraction import quotes, said

INTERVIEW = (
    "Por Marta Gil | Semanario Sur | 9 de octubre de 2026\n\n"
    "La economista Rosa Quintana estudia las finanzas de las pandillas. Conversamos con ella en San Salvador.\n\n"
    "P: ¿Cuánto recaudan las pandillas?\n"
    "R: Calculamos que unos 60 millones de dólares al año, sobre todo de pequeños comercios.\n\n"
    "P: ¿Ha cambiado algo con el régimen de excepción?\n"
    "R: La extorsión bajó, pero no desapareció. Se volvió más discreta.\n\n"
    "Más tarde, el ministro de Seguridad, Gustavo Villatoro, matizó esas cifras en un mensaje a este semanario:\n\n"
    "«No existen cifras oficiales de ese tamaño. Lo que sí sabemos es que las estructuras están desarticuladas.»\n"
)


def test_the_last_answer_is_the_interviewees() -> None:
    assert said(quotes(INTERVIEW), "La extorsión bajó") == "Rosa Quintana"


def test_the_paragraph_introducing_someone_else_is_no_answer() -> None:
    assert not [q for q, _ in quotes(INTERVIEW) if "matizó esas cifras" in q]


def test_the_words_after_the_colon_are_the_ministers_only() -> None:
    speakers = {who for q, who in quotes(INTERVIEW) if "No existen cifras oficiales" in q}
    assert speakers == {"Gustavo Villatoro"}
