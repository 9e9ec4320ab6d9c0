"""Where a text argues: section labels in the head, arguing paragraphs, quotations left out."""

from __future__ import annotations

import pytest

from nexos.assess.language import quoted_spans
from nexos.assess.register import in_spans, opinion_spans

BODY_EN = "The council met on Tuesday.\n\nIt approved the budget for the new clinic."
BODY_ES = "El concejo sesionó el martes.\n\nAprobó el presupuesto de la nueva clínica."


def spans(text: str, lang: str) -> list[tuple[int, int]]:
    return opinion_spans(text, lang, quoted_spans(text))


@pytest.mark.parametrize(
    ("head", "lang"),
    [
        ("OPINIÓN\n\nEl título\n\n", "es"),
        ("*Opinion | The Isthmus Review*\n*By A. Writer*\n\n", "en"),
        ("La Gaceta del Norte · Opinión · Lunes 19 de mayo de 2025\nPor Una Autora\n\n", "es"),
        ("Published by The Harbor Ledger | Editorial | May 2, 2025\n\n", "en"),
        ("# A title\n\nCOLUMNA | Diario del Sur\n\n", "es"),
    ],
)
def test_a_section_label_in_the_head_makes_the_whole_text_argued(head: str, lang: str) -> None:
    text = head + (BODY_EN if lang == "en" else BODY_ES)
    assert spans(text, lang) == [(0, len(text))]


@pytest.mark.parametrize(
    ("head", "lang"),
    [
        ("Army column ambushed near the border\n\n", "en"),
        ("Editorial staff of the newspaper receive threats\n\n", "en"),
        ("La columna de vehículos llegó al municipio\n\n", "es"),
        ("Fiscalía: la opinión del perito no cambia la acusación\n\n", "es"),
    ],
)
def test_the_same_words_inside_a_headline_are_no_label(head: str, lang: str) -> None:
    text = head + (BODY_EN if lang == "en" else BODY_ES)
    assert spans(text, lang) == []


def test_an_arguing_paragraph_is_argued_and_its_neighbours_are_not() -> None:
    arguing = ("Why should anyone believe the next experiment will end differently? We must demand "
               "better, and we must say so loudly.")
    text = f"{BODY_EN}\n\n{arguing}\n\nThe clinic opens in May."
    start = text.index(arguing)
    assert spans(text, "en") == [(start, start + len(arguing))]
    assert not in_spans(0, 10, spans(text, "en"))


def test_a_spanish_arguing_paragraph() -> None:
    arguing = "¿Cuánto más tendrá que aguantar este país? Hay que decirlo: debemos exigir otra cosa."
    text = f"{BODY_ES}\n\n{arguing}"
    start = text.index(arguing)
    assert spans(text, "es") == [(start, start + len(arguing))]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ('"We must act now. Why wait?" the mayor said. "We should not wait," said the governor.', "en"),
        ('"¿Por qué esperar? Debemos actuar ya", dijo el alcalde. "No podemos esperar", añadió.', "es"),
        # an NGO's demands in its own name are a request, not an argued column
        ("The Observatory calls on the ministry to publish its records and recommends funding "
         "river monitoring stations.", "en"),
    ],
)
def test_markers_inside_quotations_or_plain_requests_do_not_make_an_argument(text: str, lang: str) -> None:
    assert spans(text, lang) == []


def test_a_text_whose_long_paragraphs_mostly_argue_is_argued_whole() -> None:
    para = ("Why do we keep paying for prisons that make the gangs stronger? We should fund prosecutors "
            "instead, and we must stop pretending that more cells will make our streets safer. Our "
            "leaders know this.")
    text = "Title\n\n" + "\n\n".join([para, para, "A short line."])
    assert spans(text, "en") == [(0, len(text))]
