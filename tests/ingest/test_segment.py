"""Paragraph and sentence splitting on small invented texts, English and Spanish."""

from __future__ import annotations

import pytest

from nexos.ingest.segment import segment


def texts(text: str, spans: list[tuple[int, int]]) -> list[str]:
    return [text[s:e] for s, e in spans]


def sentences(text: str, language: str = "en") -> list[str]:
    return texts(text, segment(text, language)[1])


def test_spans_are_stripped_and_exclusive() -> None:
    text = "  First one here.   Second one here.  \n"
    paras, sents = segment(text, "en")
    assert texts(text, paras) == ["First one here.   Second one here."]
    assert texts(text, sents) == ["First one here.", "Second one here."]
    assert all(not text[s:e][0].isspace() and not text[s:e][-1].isspace() for s, e in paras + sents)


def test_paragraphs_split_on_blank_lines_and_headings() -> None:
    text = (
        "Harbour Report\n\nBackground\nThe port reopened on Monday after a long strike by dockers.\n"
        "Officials expect traffic to recover soon.\n\nA second paragraph follows here.\f"
        "Page two starts here."
    )
    assert texts(text, segment(text, "en")[0]) == [
        "Harbour Report",
        "Background",
        "The port reopened on Monday after a long strike by dockers.\nOfficials expect traffic to recover soon.",
        "A second paragraph follows here.",
        "Page two starts here.",
    ]


def test_wrapped_lines_stay_in_one_paragraph_and_sentence() -> None:
    text = "The minister said that the new\nborder controls would start in\nMay. Critics disagreed."
    paras, sents = segment(text, "en")
    assert len(paras) == 1
    assert texts(text, sents) == [
        "The minister said that the new\nborder controls would start in\nMay.",
        "Critics disagreed.",
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The U.S. Treasury acted. The U.N. agreed.", ["The U.S. Treasury acted.", "The U.N. agreed."]),
        (
            "Sen. Ruiz and Gov. Parra met Gen. Vega. They spoke.",
            ["Sen. Ruiz and Gov. Parra met Gen. Vega.", "They spoke."],
        ),
        (
            "Mr. Lee and Mrs. Park met Dr. Ortiz Jr. on Friday. Nothing followed.",
            ["Mr. Lee and Mrs. Park met Dr. Ortiz Jr. on Friday.", "Nothing followed."],
        ),
        ("J. Smith wrote it. He left.", ["J. Smith wrote it.", "He left."]),
        ("Growth was 3.5 percent. Prices rose.", ["Growth was 3.5 percent.", "Prices rose."]),
        (
            "They seized guns, cash, etc. and left. Police came.",
            ["They seized guns, cash, etc. and left.", "Police came."],
        ),
        ("Decree No. 45 was signed. It took effect.", ["Decree No. 45 was signed.", "It took effect."]),
        ('He said: "Come here. Now." Then he left.', ['He said: "Come here. Now."', "Then he left."]),
        (
            '"Wait… We will see," she said. Later she left.',
            ['"Wait… We will see," she said.', "Later she left."],
        ),
        ("Is it true? Yes! It is… Done.", ["Is it true?", "Yes!", "It is…", "Done."]),
    ],
)
def test_english_sentences(text: str, expected: list[str]) -> None:
    assert sentences(text, "en") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "El Gral. Padilla habló con el Sr. Gómez y la Sra. Ruiz. Luego se fue.",
            ["El Gral. Padilla habló con el Sr. Gómez y la Sra. Ruiz.", "Luego se fue."],
        ),
        (
            "La Lic. Mora viajó a EE. UU. El viaje duró dos días.",
            ["La Lic. Mora viajó a EE. UU. El viaje duró dos días."],
        ),
        (
            "Según el art. 12 y el Nº. 3, hay delitos, p. ej. la extorsión. Nadie lo niega.",
            ["Según el art. 12 y el Nº. 3, hay delitos, p. ej. la extorsión.", "Nadie lo niega."],
        ),
        (
            "¿Quién pagó? Nadie lo sabe. ¡Basta ya! Dijo el fiscal.",
            ["¿Quién pagó?", "Nadie lo sabe.", "¡Basta ya!", "Dijo el fiscal."],
        ),
        (
            "El alcalde dijo: «No habrá tregua. Nunca». Después calló.",
            ["El alcalde dijo: «No habrá tregua. Nunca».", "Después calló."],
        ),
    ],
)
def test_spanish_sentences(text: str, expected: list[str]) -> None:
    assert sentences(text, "es") == expected


@pytest.mark.parametrize("marker", ["¹", "¹²", "[3]", "^4", "[^5]"])
def test_footnote_marker_after_period_stays_with_its_sentence(marker: str) -> None:
    text = f"The cartel paid the officials.{marker} A second claim follows."
    assert sentences(text) == [f"The cartel paid the officials.{marker}", "A second claim follows."]


def test_dateline_and_url_lines_are_their_own_sentences() -> None:
    text = (
        "Bogotá, 3 de marzo de 2025\nEl ministerio publicó el informe completo hoy en su portal oficial.\n"
        "https://example.gov.co/informe\nLas cifras muestran un aumento."
    )
    assert sentences(text, "es") == [
        "Bogotá, 3 de marzo de 2025",
        "El ministerio publicó el informe completo hoy en su portal oficial.",
        "https://example.gov.co/informe",
        "Las cifras muestran un aumento.",
    ]


def test_list_items_are_paragraphs() -> None:
    text = "Key points:\n- Arrests rose.\n- Seizures fell.\n1. A numbered item."
    paras = texts(text, segment(text, "en")[0])
    assert paras == ["Key points:", "- Arrests rose.", "- Seizures fell.", "1. A numbered item."]


def test_a_long_text_segments_unit_by_unit() -> None:
    # its speed is printed by benchmarks/bench_components.py
    unit = "Gen. Ruiz met the U.S. envoy on May 3. Growth was 3.5 percent, officials said. ¿Qué pasó? Nadie sabe.\n\n"
    text = unit * 600
    paras, sents = segment(text, "en")
    assert len(paras) == 600 and len(sents) == 2400
    assert texts(text, sents[-4:]) == ["Gen. Ruiz met the U.S. envoy on May 3.", "Growth was 3.5 percent, officials said.",
                                       "¿Qué pasó?", "Nadie sabe."]


def test_heading_over_one_short_line() -> None:
    text = "Background\nPrices rose.\n\nAntecedentes\nLos precios subieron."
    assert texts(text, segment(text, "es")[0]) == [
        "Background",
        "Prices rose.",
        "Antecedentes",
        "Los precios subieron.",
    ]


def test_wrapped_line_is_not_a_heading() -> None:
    text = "Officials said\nthat the port\nwould reopen soon."
    assert len(segment(text, "en")[0]) == 1


def test_masthead_lines_stand_alone() -> None:
    text = (
        "Inicio > Noticias > Justicia\nCapturan a un cabecilla en Cúcuta\nPor Redacción Judicial\n"
        "12 de marzo de 2025 - 10:45 a. m.\n\nLa policía capturó al cabecilla. La banda operaba desde 2019."
    )
    assert sentences(text, "es") == [
        "Inicio > Noticias > Justicia",
        "Capturan a un cabecilla en Cúcuta",
        "Por Redacción Judicial",
        "12 de marzo de 2025 - 10:45 a. m.",
        "La policía capturó al cabecilla.",
        "La banda operaba desde 2019.",
    ]


def test_month_abbreviation_before_a_year_is_not_an_ending() -> None:
    assert sentences("Data from Feb. 2025 show a rise. It held.") == [
        "Data from Feb. 2025 show a rise.",
        "It held.",
    ]


def test_company_suffix_can_end_a_sentence() -> None:
    assert sentences("The boats belong to Acme Inc. The firm denied it.") == [
        "The boats belong to Acme Inc.",
        "The firm denied it.",
    ]
