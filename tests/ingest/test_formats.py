"""Each format reader on a small real file: text, title, metadata, links, page breaks."""

from __future__ import annotations

from pathlib import Path

import pytest

from nexos.ingest.formats import (
    APPLICATION_DOCX,
    APPLICATION_PDF,
    TEXT_HTML,
    TEXT_MARKDOWN,
    TEXT_PLAIN,
    read_bytes,
    read_path,
)

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "formats"


def _anchors(doc) -> dict[str, str]:
    return {doc.text[s:e]: href for s, e, href in doc.links}


# ---------------------------------------------------------------- text


@pytest.mark.parametrize(
    ("fixture", "encoding"),
    [
        ("spanish-cp1252.txt", "cp1252"),
        ("spanish-utf16.txt", "utf-16"),
        ("spanish-utf8-bom.txt", "utf-8-sig"),
    ],
)
def test_spanish_text_decodes_in_every_encoding(fixture: str, encoding: str) -> None:
    doc = read_path(FIXTURES / fixture)
    assert doc.encoding == encoding
    assert doc.media_type == TEXT_PLAIN
    assert doc.text.startswith("La Fiscalía informó que el año pasado")
    assert "puerto — según el “informe anual” —" in doc.text
    assert "\r" not in doc.text and "\ufeff" not in doc.text
    assert doc.text.split("\n\n")[1].startswith("El señor Muñoz")


def test_latin1_text_without_windows_characters() -> None:
    doc = read_path(FIXTURES / "spanish-latin1.txt")
    assert doc.encoding == "iso-8859-1"
    assert "Fiscalía" in doc.text and "señor Muñoz" in doc.text


def test_short_cp1252_snippet_is_not_misdetected() -> None:
    doc = read_bytes("Fiscalía: el año “récord” — 2023".encode("cp1252"), "nota.txt")
    assert doc.text == "Fiscalía: el año “récord” — 2023"


def test_utf8_english_text_is_nfc_and_newlines_normalised() -> None:
    raw = "Cartel de los Soles\r\n\r\n\r\nThe Treasury sanctioned Jose\u0301 Pe\u0301rez.\r"
    doc = read_bytes(raw.encode("utf-8"), "note.text")
    assert doc.text == "Cartel de los Soles\n\nThe Treasury sanctioned José Pérez."
    assert doc.encoding == "utf-8"


def test_mostly_utf8_with_one_bad_byte_stays_utf8() -> None:
    data = "Petro y Maduro se reunieron en Caracas; la Cancillería confirmó la reunión.".encode() + b" \xe9"
    doc = read_bytes(data, "x.txt")
    assert "Cancillería" in doc.text and "Ã" not in doc.text


# ---------------------------------------------------------------- markdown

MARKDOWN = """---
title: Informe semanal
date: 2024-05-02
author: Equipo de análisis
---

# Resumen

La **Fiscalía** acusó a [Tren de Aragua](https://example.org/tda) de *extorsión*.[^1]

Ver también <https://example.org/mapa> y el archivo snake_case_name.

[^1]: Boletín de la [Fiscalía](https://example.org/boletin-7).
"""


def test_markdown_markup_removed_and_links_point_at_anchor_text() -> None:
    doc = read_bytes(MARKDOWN.encode(), "informe.md")
    assert doc.media_type == TEXT_MARKDOWN
    assert doc.title == "Informe semanal"
    assert doc.meta == {"published": "2024-05-02", "author": "Equipo de análisis"}
    assert doc.text.startswith("Resumen\n\nLa Fiscalía acusó a Tren de Aragua de extorsión.[^1]")
    assert "snake_case_name" in doc.text
    anchors = _anchors(doc)
    assert anchors["Tren de Aragua"] == "https://example.org/tda"
    assert anchors["https://example.org/mapa"] == "https://example.org/mapa"
    assert doc.text.rstrip().endswith("[^1]: Boletín de la Fiscalía https://example.org/boletin-7.")


# ---------------------------------------------------------------- html


@pytest.fixture(scope="module")
def article():
    return read_path(FIXTURES / "article.html")


def test_html_main_text_without_boilerplate(article) -> None:
    assert article.media_type == TEXT_HTML
    assert "La Fiscalía General de la Nación informó que dos bandas" in article.text
    for junk in (
        "Inicio",
        "Seguridad",
        "cookies",
        "Compartir",
        "Lea también",
        "Todos los derechos",
        "window.tracking",
        "font-family",
    ):
        assert junk not in article.text
    assert "\n\nSegún el informe anual, los homicidios aumentaron un 12 % en 2023.²\n\n" in article.text


def test_html_metadata(article) -> None:
    assert article.title == "Extorsión en el puerto de Buenaventura"
    assert article.meta["publisher"] == "Observatorio del Pacífico"
    assert article.meta["published"] == "2024-03-05"
    assert article.meta["author"] == "Laura Gómez"
    assert article.meta["source_url"] == "https://observatorio.example.org/2024/03/extorsion-puerto"


def test_html_links_and_footnotes(article) -> None:
    anchors = _anchors(article)
    assert anchors["informe anual"] == "https://www.example.gov.co/informe-2023.pdf"
    assert "puerto.¹" in article.text
    notes = article.text[article.text.index("¹ Comunicado") :]
    assert "fiscalia.gov.co https://www.fiscalia.example.gov.co/comunicado-123" in notes
    assert "↩" not in notes
    assert "² Informe anual de seguridad, https://www.example.gov.co/informe-2023.pdf" in notes


def test_html_without_article_uses_body_and_h1_title() -> None:
    page = b"""<html><body><div class="menu">Home | About</div>
    <h1>Sanctions on the Cartel of the Suns</h1><p>The U.S. Treasury sanctioned
    <a href="/people/x">three officials</a> on Tuesday.</p></body></html>"""
    doc = read_bytes(page, "page.htm")
    assert doc.title == "Sanctions on the Cartel of the Suns"
    assert doc.text == (
        "Sanctions on the Cartel of the Suns\n\nThe U.S. Treasury sanctioned three officials on Tuesday."
    )
    assert _anchors(doc) == {"three officials": "/people/x"}


def test_html_quotations_keep_what_sets_them_apart() -> None:
    page = (b"<html><body><h1>Port</h1><p>The minister said it was <q>under control</q>.</p>"
            b"<blockquote><p>First line of the post.</p><p>Second line.</p></blockquote><p>After.</p></body></html>")
    doc = read_bytes(page, "page.html")
    assert "said it was “under control”." in doc.text
    assert "\n\n> First line of the post.\n\n> Second line.\n\nAfter." in doc.text


def test_html_json_ld_and_cp1252_charset() -> None:
    page = (
        "<html><head><meta charset='windows-1252'>"
        '<script type=\'application/ld+json\'>{"@type": "NewsArticle", "headline": "Capturan a alias '
        '‘El Gordo’", "datePublished": "2023-11-20T10:00:00Z", "publisher": {"name": "Diario Sur"}}'
        "</script></head><body><article><p>La Policía capturó a un cabecilla del Clan del Golfo.</p>"
        "</article></body></html>"
    ).encode("cp1252")
    doc = read_bytes(page, "nota.html")
    assert doc.title == "Capturan a alias ‘El Gordo’"
    assert doc.meta["published"] == "2023-11-20"
    assert doc.meta["publisher"] == "Diario Sur"
    assert doc.text == "La Policía capturó a un cabecilla del Clan del Golfo."


# ---------------------------------------------------------------- pdf


@pytest.fixture(scope="module")
def two_pages():
    return read_path(FIXTURES / "two-pages.pdf")


def test_pdf_text_reflowed_into_paragraphs(two_pages) -> None:
    assert two_pages.media_type == APPLICATION_PDF
    paragraphs = two_pages.text.split("\n\n")
    assert paragraphs[0] == (
        "The prosecutor's office said that two armed groups are fighting over the extortion business "
        "in the port of Buenaventura, where traffickers move cocaine towards Central America.¹"
    )
    assert paragraphs[1].startswith("Local leaders described threats")
    assert "the organization of a curfew" in paragraphs[1]  # hyphen at the line end removed


def test_pdf_footnote_at_page_end_stays_in_text(two_pages) -> None:
    assert "¹ Fiscalía General, press release, https://www.fiscalia.example.gov.co/c/123" in two_pages.text


def test_pdf_page_breaks_and_metadata(two_pages) -> None:
    assert len(two_pages.page_breaks) == 1
    start = two_pages.page_breaks[0]
    assert two_pages.text[start:].startswith("In 2023 the navy seized 40 tonnes")
    assert two_pages.text[start - 2 : start] == "\n\n"
    assert not two_pages.text[:start].rstrip().endswith("1\n")  # page number dropped
    assert two_pages.title == "Rutas del narcotráfico en el Pacífico"
    assert two_pages.meta["author"] == "Centro de Estudios de Seguridad"


# ---------------------------------------------------------------- docx


@pytest.fixture(scope="module")
def report():
    return read_path(FIXTURES / "report.docx")


def test_docx_paragraphs_tables_and_properties(report) -> None:
    assert report.media_type == APPLICATION_DOCX
    paragraphs = report.text.split("\n\n")
    assert paragraphs[0] == "Economías ilegales en la frontera"
    assert paragraphs[1] == "Según el informe de la ONUDD, los cultivos de coca crecieron en 2023."
    assert "Departamento | Hectáreas" in paragraphs and "Nariño | 61.000" in paragraphs
    assert report.title == "Informe sobre economías ilegales"
    assert report.meta == {"author": "Observatorio Andino", "created": "2024-02-01"}


def test_docx_hyperlink_offsets(report) -> None:
    assert _anchors(report) == {"informe de la ONUDD": "https://www.unodc.example.org/report-2023"}


def test_docx_footnote_marker_and_note_text(report) -> None:
    assert "El Ejército desmanteló dos laboratorios.¹" in report.text
    assert report.text.endswith("¹ Ejército Nacional, boletín 45, https://www.ejercito.example.mil.co/b45")


# ---------------------------------------------------------------- sniffing


@pytest.mark.parametrize(
    ("fixture", "media_type"),
    [("two-pages.pdf", APPLICATION_PDF), ("report.docx", APPLICATION_DOCX), ("article.html", TEXT_HTML)],
)
def test_content_sniffed_when_name_has_no_extension(fixture: str, media_type: str) -> None:
    data = (FIXTURES / fixture).read_bytes()
    assert read_bytes(data, "-").media_type == media_type
    assert read_bytes(data, "download.bin").media_type == media_type


def test_stdin_plain_text_is_text() -> None:
    doc = read_bytes("El ELN negó el ataque.\n".encode(), "-")
    assert doc.media_type == TEXT_PLAIN and doc.text == "El ELN negó el ataque."


def test_footnote_markers_keep_their_printed_form() -> None:
    html = ("<html><head><title>T</title></head><body><article><p>The ELN denied it.<sup>[1]</sup> "
            "Police agreed.<sup><a href='#fn2'>2</a></sup></p><ol class='footnotes'>"
            "<li id='fn1'>[1] Report, <a href='https://example.org/r'>https://example.org/r</a></li>"
            "<li id='fn2'>Note two https://example.org/n</li></ol></article></body></html>")
    doc = read_bytes(html.encode(), "page.html")
    assert "denied it.[1]" in doc.text and "agreed.²" in doc.text
    md = read_bytes("La guerrilla negó el ataque[^3].\n\n[^3]: Comunicado https://example.org/c\n".encode(), "n.md")
    assert "ataque[^3]." in md.text and "[^3]: Comunicado" in md.text
