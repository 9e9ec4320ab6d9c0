"""Title, publisher, publication date and dateline from invented documents."""

from __future__ import annotations

import pytest

from nexos.ingest.metadata import detect_metadata, find_dates, parse_dateline

BODY_EN = (
    "The armed group expanded its routes along the river during the year. "
    "In August 2025, its leader met traders in the border town.\n\n"
    "Local officials said the army had not responded to their warnings."
)
BODY_ES = (
    "El grupo armado amplió sus rutas a lo largo del río durante el año. "
    "En agosto de 2025, su jefe se reunió con comerciantes en el pueblo fronterizo.\n\n"
    "Los funcionarios locales dijeron que el ejército no respondió a sus alertas."
)


def test_title_site_line_and_closing_dateline() -> None:
    text = f"\nRiver Routes and Armed Groups\n\nwww.riverwatch.org\n\nExecutive Summary\n\n{BODY_EN}\n\nQuito, Ecuador, February 2, 2026.\n\n¹ <https://example.org/a>\n"
    meta = detect_metadata(text, "en")
    assert meta == {
        "title": "River Routes and Armed Groups",
        "publisher": "riverwatch.org",
        "published": "2026-02-02",
        "published_precision": "day",
        "dateline_place": "Quito, Ecuador",
    }


def test_boilerplate_first_line_is_not_the_title() -> None:
    text = f"Executive Summary\n\nRiver Routes and Armed Groups\n\n{BODY_EN}\n"
    assert detect_metadata(text, "en")["title"] == "River Routes and Armed Groups"


def test_spanish_press_release_with_opening_wire_dateline() -> None:
    text = (
        "Comunicado de prensa\nMinisterio de Defensa Nacional\n\n"
        "Nuevas capturas en la frontera\n\n"
        f"CARACAS, 5 de marzo de 2025 (EFE) - {BODY_ES}\n"
    )
    meta = detect_metadata(text, "es")
    assert meta["title"] == "Nuevas capturas en la frontera"
    assert meta["publisher"] == "Ministerio de Defensa Nacional"
    assert meta["published"] == "2025-03-05" and meta["published_precision"] == "day"
    assert meta["dateline_place"] == "CARACAS"


def test_wire_agency_is_publisher_without_other_clues() -> None:
    text = f"Capturan a un jefe regional\n\nBOGOTÁ (Reuters) - {BODY_ES}\n"
    meta = detect_metadata(text, "es")
    assert meta["publisher"] == "Reuters"
    assert meta["dateline_place"] == "BOGOTÁ"
    assert "published" not in meta


def test_body_date_is_not_the_publication_date() -> None:
    meta = detect_metadata(f"River Routes\n\n{BODY_EN}\n", "en")
    assert "published" not in meta
    meta = detect_metadata(f"Rutas del río\n\n{BODY_ES}\n", "es")
    assert "published" not in meta


@pytest.mark.parametrize(
    "line, language, date, precision",
    [
        ("Published: 2025-03-04", "en", "2025-03-04", "day"),
        ("Fecha: 4/3/2025", "es", "2025-03-04", "day"),
        ("Date: 4/3/2025", "en", "2025-04-03", "day"),
        ("Madrid, 12 de febrero de 2026", "es", "2026-02-12", "day"),
        ("March 2025", "en", "2025-03", "month"),
        ("Publicado el lunes, 13 de enero de 2026 - 10:30", "es", "2026-01-13", "day"),
        ("Published: 2024", "en", "2024", "year"),
    ],
)
def test_opening_date_lines(line: str, language: str, date: str, precision: str) -> None:
    body = BODY_EN if language == "en" else BODY_ES
    meta = detect_metadata(f"Some Headline Here\n{line}\n\n{body}\n", language)
    assert (meta["published"], meta["published_precision"]) == (date, precision)


def test_opening_date_wins_over_closing_one() -> None:
    text = f"Headline\nJanuary 5, 2026\n\n{BODY_EN}\n\nLima, March 1, 2026.\n"
    assert detect_metadata(text, "en")["published"] == "2026-01-05"


@pytest.mark.parametrize(
    "line, publisher",
    [
        ("Published by Harbour Watch Institute", "Harbour Watch Institute"),
        ("Publicado por Observatorio Andino", "Observatorio Andino"),
        ("© 2025 Coastal Monitor. All rights reserved.", "Coastal Monitor"),
        ("Fuente: Agencia Regional de Noticias", "Agencia Regional de Noticias"),
        ("https://www.news.example.com.co/", "example.com.co"),
    ],
)
def test_publisher_lines(line: str, publisher: str) -> None:
    text = f"Some Headline Here\n\n{BODY_EN}\n\n{line}\n"
    assert detect_metadata(text, "en")["publisher"] == publisher


def test_file_metadata_wins() -> None:
    text = f"Text Title\n\nwww.example.org\n\n{BODY_EN}\n\nLima, March 1, 2026.\n"
    meta = detect_metadata(
        text,
        "en",
        {
            "title": "Meta Title",
            "og:site_name": "Example News",
            "article:published_time": "2026-02-27T08:00:00Z",
            "og:url": "https://example.org/story",
        },
    )
    assert meta["title"] == "Meta Title"
    assert meta["publisher"] == "Example News"
    assert (meta["published"], meta["published_precision"]) == ("2026-02-27", "day")
    assert meta["source_url"] == "https://example.org/story"


def test_pdf_creation_date_only_fills_a_gap() -> None:
    text = f"Report Title\n\n{BODY_EN}\n\nLima, March 1, 2026.\n"
    assert detect_metadata(text, "en", {"creationdate": "D:20260310120000"})["published"] == "2026-03-01"
    bare = f"Report Title\n\n{BODY_EN}\n"
    assert detect_metadata(bare, "en", {"creationdate": "D:20260310120000"})["published"] == "2026-03-10"


def test_source_url_line() -> None:
    text = f"Headline\n\n{BODY_EN}\n\nSource: https://example.org/2026/story-1\n"
    assert detect_metadata(text, "en")["source_url"] == "https://example.org/2026/story-1"


def test_prose_lines_are_not_datelines() -> None:
    assert parse_dateline("In August 2025, the leader met traders.") is None
    assert parse_dateline("En agosto de 2025 el jefe se reunió con ellos.") is None
    assert parse_dateline("Following the raid on January 3, 2026, the army withdrew.") is None


def test_find_dates_formats() -> None:
    found = [
        d[2] for d in find_dates("On Jan. 13th, 2026, 2 de mayo del 2024, 2025-11-30 and septiembre de 2023.")
    ]
    assert found == ["2026-01-13", "2024-05-02", "2025-11-30", "2023-09"]


def test_masthead_with_breadcrumb_byline_and_timed_date() -> None:
    text = (
        "Inicio > Noticias > Justicia\nCapturan a un cabecilla en Cúcuta\nPor Redacción Judicial\n"
        f"12 de marzo de 2025 - 10:45 a. m.\n\n{BODY_ES}\n"
    )
    meta = detect_metadata(text, "es")
    assert meta["title"] == "Capturan a un cabecilla en Cúcuta"
    assert (meta["published"], meta["published_precision"]) == ("2025-03-12", "day")


def test_published_on_date_by_organisation() -> None:
    meta = detect_metadata(
        f"# Pacific Routes\n\n*Published 2025-06-01 by Coastal Monitor*\n\n{BODY_EN}\n", "en"
    )
    assert meta["title"] == "Pacific Routes"
    assert meta["publisher"] == "Coastal Monitor"
    assert meta["published"] == "2025-06-01"
