"""Footnotes, inline URLs and source keys on small invented documents."""

from __future__ import annotations

import pytest

from nexos.ingest.citations import canonical_url, find_citations
from nexos.ingest.segment import segment
from nexos.model.records import Citation


def cite(text: str, links: list[tuple[int, int, str]] | None = None) -> list[Citation]:
    return find_citations(text, segment(text, "en")[1], links)


def sentence_of(text: str, c: Citation) -> str:
    assert c.sentence_start is not None and c.sentence_end is not None
    return text[c.sentence_start : c.sentence_end]


def footnotes(cites: list[Citation]) -> list[Citation]:
    return [c for c in cites if c.kind == "footnote"]


def test_superscripts_with_definitions_at_the_end() -> None:
    text = (
        "The militia taxes the miners.¹ Its leader denies it.\n\n"
        "Another report links it to a senator¹².\n\n"
        "¹ <https://example.org/mines>\n"
        "¹² Ortiz, A., Gold and guns, https://news.example.com/gold?id=4.\n"
    )
    cs = footnotes(cite(text))
    assert [(c.marker, c.url) for c in cs] == [
        ("¹", "https://example.org/mines"),
        ("¹²", "https://news.example.com/gold?id=4"),
    ]
    first, second = cs
    assert text[first.start : first.end] == "¹"
    assert sentence_of(text, first) == "The militia taxes the miners.¹"
    assert sentence_of(text, second) == "Another report links it to a senator¹²."
    assert first.definition_start is not None and first.definition_end is not None
    assert text[first.definition_start : first.definition_end] == "¹ <https://example.org/mines>"
    assert second.note.startswith("Ortiz, A., Gold and guns")


def test_definition_in_the_middle_is_not_a_body_marker_and_no_inline_url() -> None:
    text = (
        "Los grupos cobran peajes en el río².\n\n"
        "² <https://ejemplo.org/rio>\n\n"
        "El gobierno no respondió a las preguntas.\n"
    )
    cs = cite(text)
    assert len(cs) == 1
    assert cs[0].kind == "footnote" and cs[0].url == "https://ejemplo.org/rio"
    assert cs[0].start == text.index("²")


@pytest.mark.parametrize(
    "body, definition, marker",
    [
        ("Smuggling grew [1].", "[1] https://example.org/a", "[1]"),
        ("Smuggling grew.^1", "^1 https://example.org/a", "^1"),
        ("Smuggling grew.[^1]", "[^1]: See https://example.org/a for data.", "[^1]"),
        ("Smuggling grew (1).", "(1) https://example.org/a", "(1)"),
        ("Smuggling grew.¹", "1. Ruiz, Routes, https://example.org/a", "¹"),
    ],
)
def test_every_marker_style(body: str, definition: str, marker: str) -> None:
    text = f"{body} Nobody disputes it.\n\n{definition}\n"
    cs = footnotes(cite(text))
    assert [(c.marker, c.url) for c in cs] == [(marker, "https://example.org/a")]
    assert sentence_of(text, cs[0]).startswith("Smuggling grew")


def test_parenthesised_number_without_definition_is_not_a_footnote() -> None:
    text = "The law sets two duties: (1) report and (2) comply. Nothing else."
    assert cite(text) == []


def test_numbered_list_is_not_a_definition_for_nothing() -> None:
    text = "Steps:\n\n1. Close the border.\n2. Audit the ports.\n"
    assert cite(text) == []


def test_numbering_restarts_per_page() -> None:
    text = "Page one claim.¹\n\n¹ https://example.org/p1\n\fPage two claim.¹\n\n¹ https://example.org/p2\n"
    cs = footnotes(cite(text))
    assert [c.url for c in cs] == ["https://example.org/p1", "https://example.org/p2"]


def test_definition_before_marker_is_used_when_none_follows() -> None:
    text = "¹ https://example.org/early\n\nLater the claim appears.¹\n"
    cs = footnotes(cite(text))
    assert [c.url for c in cs] == ["https://example.org/early"]


def test_definition_without_url_is_still_a_citation() -> None:
    text = "La fiscalía lo confirmó.³\n\n³ Entrevista con un fiscal, marzo de 2025.\n"
    cs = footnotes(cite(text))
    assert len(cs) == 1
    assert cs[0].url == "" and cs[0].note == "Entrevista con un fiscal, marzo de 2025."


def test_square_meters_are_not_footnotes() -> None:
    assert cite("The lab covered 300 m². It was hidden.") == []


def test_inline_urls_are_cited_with_their_sentence() -> None:
    text = (
        "Home Office report\nwww.example.org\n\n"
        "The data is public (see https://data.example.org/seizures.csv). "
        "More at www.example.net/cases, and <https://example.com/x>.\n"
    )
    cs = cite(text)
    assert all(c.kind == "inline" for c in cs)
    assert [(c.marker, c.url) for c in cs] == [
        ("https://data.example.org/seizures.csv", "https://data.example.org/seizures.csv"),
        ("www.example.net/cases", "https://www.example.net/cases"),
        ("https://example.com/x", "https://example.com/x"),
    ]
    assert text[cs[0].start : cs[0].end] == "https://data.example.org/seizures.csv"
    assert sentence_of(text, cs[0]).startswith("The data is public")
    assert sentence_of(text, cs[1]).startswith("More at")


def test_links_become_inline_citations() -> None:
    text = "The ministry published the figures. Nothing else changed."
    start = text.index("the figures")
    cs = cite(text, links=[(start, start + 11, "https://gov.example/figures"), (0, 3, "#top")])
    assert len(cs) == 1
    assert cs[0].kind == "inline" and cs[0].url == "https://gov.example/figures"
    assert sentence_of(text, cs[0]) == "The ministry published the figures."


def test_link_fills_a_definition_without_url() -> None:
    text = "Claim here.¹\n\n¹ Annual report 2024\n"
    start = text.index("Annual")
    cs = cite(text, links=[(start, start + 13, "https://example.org/annual")])
    assert [(c.kind, c.url) for c in cs] == [("footnote", "https://example.org/annual")]


@pytest.mark.parametrize(
    "a, b",
    [
        ("https://www.Example.org/report/", "http://example.org/report"),
        ("https://m.example.org/a?utm_source=x&id=3#top", "example.org/a?id=3"),
        ("https://example.org:443/a?fbclid=abc", "https://example.org/a"),
        ("https://youtu.be/xq5TDv3NL7w?si=abc", "https://www.youtube.com/watch?v=xq5TDv3NL7w&t=30"),
        ("https://www.youtube.com/watch?feature=share&v=xq5TDv3NL7w", "youtu.be/xq5TDv3NL7w"),
        ("<www.example.org/a>.", "https://example.org/a"),
    ],
)
def test_canonical_url_equivalences(a: str, b: str) -> None:
    assert canonical_url(a) == canonical_url(b)


def test_canonical_url_keeps_distinct_sources_apart() -> None:
    assert canonical_url("https://example.org/a?id=3") != canonical_url("https://example.org/a?id=4")
    assert canonical_url("https://youtu.be/aaaaaaa1") != canonical_url("https://youtu.be/aaaaaaa2")
    assert canonical_url("https://example.org/a") != canonical_url("https://example.com/a")


def test_url_on_its_own_line_backs_the_sentence_above() -> None:
    text = "Masthead\n\nEl ejército negó los hechos en un comunicado.\nhttps://ejemplo.mil/comunicado-12\n"
    cs = cite(text)
    assert [c.url for c in cs] == ["https://ejemplo.mil/comunicado-12"]
    assert sentence_of(text, cs[0]) == "El ejército negó los hechos en un comunicado."


def test_uncited_numbered_list_of_urls_gives_inline_citations() -> None:
    text = "The figures come from two agencies.\n\nSources:\n1. https://a.example.org/x\n2. https://b.example.org/y\n"
    cs = cite(text)
    assert [(c.kind, c.url) for c in cs] == [
        ("inline", "https://a.example.org/x"),
        ("inline", "https://b.example.org/y"),
    ]


def test_orphan_definition_still_lists_its_source() -> None:
    text = "A claim whose marker was lost.\n\n² https://example.org/lost\n"
    cs = cite(text)
    assert [(c.kind, c.marker, c.url, c.start) for c in cs] == [
        ("footnote", "²", "https://example.org/lost", None)
    ]


def test_numbered_findings_in_the_body_are_not_notes_when_the_notes_are_bracketed() -> None:
    text = (
        "Main findings\n\n"
        "1. Recruitment has grown. The network recorded 300 cases in 2025 [1].\n\n"
        "2. Schools are targets. Armed men took over 40 schools [2].\n\n"
        "Notes\n\n"
        "[1] Network dataset, 2026: https://data.example.org/recruitment\n"
        "[2] Observatory report, 2025: https://obs.example.org/schools\n"
    )
    cs = footnotes(cite(text))
    assert [(c.marker, c.url) for c in cs] == [
        ("[1]", "https://data.example.org/recruitment"),
        ("[2]", "https://obs.example.org/schools"),
    ]
    assert all(c.start is not None for c in cs)
    assert sentence_of(text, cs[0]) == "The network recorded 300 cases in 2025 [1]."
