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


# --- mastheads, wire datelines, press releases, credits (invented outlets) ------------


@pytest.mark.parametrize(
    "language, head, publisher, date",
    [
        (
            "es",
            "El Faro del Pacífico · Política · 3 de febrero de 2025\nPor Ana Ruiz",
            "El Faro del Pacífico",
            "2025-02-03",
        ),
        ("en", "The Andes Ledger | World | February 3, 2025", "The Andes Ledger", "2025-02-03"),
        (
            "en",
            "Published by The Harbour Review | Opinion | November 8, 2025\nBy Tom Reyes",
            "The Harbour Review",
            "2025-11-08",
        ),
        (
            "es",
            "Gaceta del Llano · Revista digital · Publicado el 28 de abril de 2025",
            "Gaceta del Llano",
            "2025-04-28",
        ),
        (
            "en",
            "Delta Security Monitor | Brief No. 12 | Published June 4, 2024",
            "Delta Security Monitor",
            "2024-06-04",
        ),
        (
            "es",
            "Centro de Estudios del Sur (CES) · Serie Informes · Quito, 10 de abril de 2025",
            "Centro de Estudios del Sur (CES)",
            "2025-04-10",
        ),
        ("en", "By Ana Ruiz | Diario del Litoral\nMarch 3, 2025", "Diario del Litoral", "2025-03-03"),
        (
            "es",
            "Por Jorge Salas | Semanario Frontera Sur | 4 de marzo de 2025",
            "Semanario Frontera Sur",
            "2025-03-04",
        ),
        (
            "es",
            "Publicado por Red de Periodistas del Sur el 10 de abril de 2025",
            "Red de Periodistas del Sur",
            "2025-04-10",
        ),
        ("en", "Posted on May 2, 2025 by The Border Desk", "The Border Desk", "2025-05-02"),
        (
            "es",
            "Por Agencia Noticias del Caribe\nLunes 19 de mayo de 2025",
            "Agencia Noticias del Caribe",
            "2025-05-19",
        ),
    ],
)
def test_masthead_and_byline_lines(language: str, head: str, publisher: str, date: str) -> None:
    body = BODY_EN if language == "en" else BODY_ES
    meta = detect_metadata(f"Rutas y puertos del río\n{head}\n\n{body}\n", language)
    assert meta["title"] == "Rutas y puertos del río"
    assert (meta.get("publisher"), meta.get("published")) == (publisher, date)


@pytest.mark.parametrize(
    "language, opening, publisher, date, place",
    [
        ("en", "MEXICO CITY (AFP) - ", "AFP", None, "MEXICO CITY"),
        ("es", "Caracas, 5 mar (EFE).- ", "EFE", None, "Caracas"),
        (
            "es",
            "LIMA, 12 de junio de 2025 (Agencia Andina de Noticias) - ",
            "Agencia Andina de Noticias",
            "2025-06-12",
            "LIMA",
        ),
        ("en", "QUITO, June 12, 2025 (Reuters) - ", "Reuters", "2025-06-12", "QUITO"),
        (
            "en",
            "PANAMA CITY, July 1, 2025 (Isthmus Example Wire) — ",
            "Isthmus Example Wire",
            "2025-07-01",
            "PANAMA CITY",
        ),
    ],
)
def test_wire_datelines_name_the_agency(
    language: str, opening: str, publisher: str, date: str | None, place: str
) -> None:
    body = BODY_EN if language == "en" else BODY_ES
    meta = detect_metadata(f"Troops deployed to the port\n\n{opening}{body}\n", language)
    assert meta["publisher"] == publisher
    assert meta.get("published") == date
    assert meta["dateline_place"] == place


@pytest.mark.parametrize(
    "language, closing, publisher",
    [
        (
            "en",
            "(Reporting by the Caribbean News Service Havana bureau; editing by Tom Reyes)",
            "Caribbean News Service",
        ),
        ("es", "(Redacción de la Agencia Sur de Noticias en Montevideo)", "Agencia Sur de Noticias"),
        ("es", "Juan Pérez es exdiputado y columnista de El Vigía del Norte.", "El Vigía del Norte"),
        ("en", "Ana Ruiz is a columnist for The Lowland Courier.", "The Lowland Courier"),
        ("es", "© 2024 Diario La Frontera. Todos los derechos reservados.", "Diario La Frontera"),
        ("en", "Source: Isla Verde Times", "Isla Verde Times"),
        ("es", "www.ejemplo-noticias.com.mx", "ejemplo-noticias.com.mx"),
    ],
)
def test_closing_lines_name_the_outlet(language: str, closing: str, publisher: str) -> None:
    body = BODY_EN if language == "en" else BODY_ES
    assert detect_metadata(f"Rutas del río\n\n{body}\n\n{closing}\n", language)["publisher"] == publisher


def test_press_release_heading_with_organisation_and_city_date_line() -> None:
    text = (
        "Comunicado de prensa — Defensoría Regional del Pacífico\n"
        "Alerta por desplazamiento en la costa\n"
        f"Popayán, 2 de julio de 2025. {BODY_ES}\n"
    )
    meta = detect_metadata(text, "es")
    assert meta["title"] == "Alerta por desplazamiento en la costa"
    assert meta["publisher"] == "Defensoría Regional del Pacífico"
    assert meta["published"] == "2025-07-02"


def test_press_release_signature_block_names_the_issuer_not_its_press_office() -> None:
    text = (
        f"FOR IMMEDIATE RELEASE\nNew report on river ports\n\n{BODY_EN}\n\n"
        "Press Office\nCoastal Rights Network\nmedia@coastalrights.example\n"
    )
    meta = detect_metadata(text, "en")
    assert meta["title"] == "New report on river ports"
    assert meta["publisher"] == "Coastal Rights Network"


def test_press_release_headline_starting_with_the_issuer_stays_the_title() -> None:
    meta = detect_metadata(
        f"COMUNICADO DE PRENSA\nFundación Río Claro rechaza acusaciones\n\n{BODY_ES}\n", "es"
    )
    assert meta["title"] == "Fundación Río Claro rechaza acusaciones"
    assert "publisher" not in meta


@pytest.mark.parametrize(
    "language, head, date",
    [
        ("es", "Fecha de publicación: 14/02/2025", "2025-02-14"),
        ("en", "Date: 2025-02-14 | Updated: 2025-02-20", "2025-02-14"),
        ("es", "Actualizado el 5 de marzo de 2025\nPublicado el 3 de marzo de 2025", "2025-03-03"),
        ("en", "By Daniel Okoro · June 2, 2025", "2025-06-02"),
    ],
)
def test_labelled_and_updated_dates(language: str, head: str, date: str) -> None:
    body = BODY_EN if language == "en" else BODY_ES
    meta = detect_metadata(f"Rutas del río\n{head}\n\n{body}\n", language)
    assert meta["published"] == date
    assert "publisher" not in meta


@pytest.mark.parametrize(
    "language, head",
    [
        ("en", "By Ana Ruiz"),
        ("en", "Ana Ruiz | March 3, 2025"),
        ("es", "Roberto Castaño · 3 de marzo de 2025"),
        ("en", "Published by Laura Gómez"),
        ("es", "Bogotá · Judicial · 3 de marzo de 2025"),
        ("en", "By Ana Ruiz | Senior Correspondent | March 3, 2025"),
        ("es", "Opinión · 3 de mayo de 2025"),
        ("es", "Política | Por Ana Ruiz | 3 de mayo de 2025"),
        ("es", "Por Redacción Judicial"),
    ],
)
def test_people_places_and_sections_are_not_publishers(language: str, head: str) -> None:
    body = BODY_EN if language == "en" else BODY_ES
    meta = detect_metadata(f"Rutas del río\n{head}\n\n{body}\n", language)
    assert "publisher" not in meta
    assert meta.get("dateline_place") is None


@pytest.mark.parametrize(
    "language, text",
    [
        ("es", f"Rutas del río\n\nLa Fiscalía (FGN) - que dirige el caso - anunció cargos.\n\n{BODY_ES}\n"),
        ("es", f"Rutas del río\n\n{BODY_ES}\n\n© Foto: Juan Pérez\n"),
        (
            "en",
            f"River routes\n\n{BODY_EN}\n\nMaría Torres is a senior fellow at the Atlantic Policy Institute.\n",
        ),
        ("en", f"River routes\n\nBOGOTA, 10:30 (GMT) - {BODY_EN}\n"),
    ],
)
def test_affiliations_photo_credits_and_body_parentheses_are_not_publishers(language: str, text: str) -> None:
    assert "publisher" not in detect_metadata(text, language)


def test_body_date_with_a_name_is_not_the_publication_date() -> None:
    text = (
        "Petro and the border\n\nIn August 2025, Maduro said the border would reopen.\n\nOfficials agreed.\n"
    )
    meta = detect_metadata(text, "en")
    assert meta["title"] == "Petro and the border"
    assert "published" not in meta and "publisher" not in meta


def test_markdown_front_matter_reaches_the_document() -> None:
    from nexos.ingest import build_document

    source = (
        "---\ntitle: Puertos del Pacífico\npublisher: Observatorio del Litoral\n"
        "date: 2025-04-10\n---\n\n# Puertos del Pacífico\n\n" + BODY_ES + "\n"
    )
    doc = build_document(source.encode(), "puertos.md")
    assert (doc.title, doc.publisher, doc.published) == (
        "Puertos del Pacífico",
        "Observatorio del Litoral",
        "2025-04-10",
    )


def test_html_title_suffix_names_the_site_when_no_site_name_tag() -> None:
    from nexos.ingest import build_document

    page = (
        "<html lang='es'><head><title>Capturan a un cabecilla en Tumaco | Diario Costa Azul</title>"
        "<meta itemprop='datePublished' content='2025-03-09'></head><body><article>"
        f"<h1>Capturan a un cabecilla en Tumaco</h1><p>{BODY_ES}</p></article></body></html>"
    )
    doc = build_document(page.encode(), "story.html")
    assert (doc.title, doc.publisher, doc.published) == (
        "Capturan a un cabecilla en Tumaco",
        "Diario Costa Azul",
        "2025-03-09",
    )


def test_html_title_suffix_is_not_a_site_when_the_heading_differs() -> None:
    from nexos.ingest import build_document

    page = (
        "<html lang='en'><head><title>Ports - Routes</title></head><body><article>"
        f"<h1>A different heading</h1><p>{BODY_EN}</p></article></body></html>"
    )
    assert build_document(page.encode(), "story.html").publisher is None


def test_written_metadata_dates_keep_their_day() -> None:
    meta = detect_metadata(f"Rutas del río\n\n{BODY_ES}\n", "es", {"published": "10 de abril de 2025"})
    assert (meta["published"], meta["published_precision"]) == ("2025-04-10", "day")


def test_html_written_meta_date_keeps_its_day() -> None:
    from nexos.ingest import build_document

    page = (
        "<html lang='en'><head><meta property='og:site_name' content='Lowland Courier'>"
        "<meta name='date' content='June 2, 2025'><title>Ports</title></head><body><article>"
        f"<h1>Ports</h1><p>{BODY_EN}</p></article></body></html>"
    )
    doc = build_document(page.encode(), "story.html")
    assert (doc.publisher, doc.published) == ("Lowland Courier", "2025-06-02")


def test_coarse_file_date_yields_to_an_agreeing_text_date() -> None:
    text = f"Rutas del río\nPublicado el 3 de marzo de 2025\n\n{BODY_ES}\n"
    assert detect_metadata(text, "es", {"published": "2025"})["published"] == "2025-03-03"
    assert detect_metadata(text, "es", {"published": "2024-12-01"})["published"] == "2024-12-01"


def test_capital_letterhead_above_a_series_line_is_the_publisher() -> None:
    text = (
        "HARBOUR RISK ADVISORY\nCountry Profile Series | No. 3 | March 2025\n"
        f"Ports, Gangs and the State\n\n{BODY_EN}\n"
    )
    meta = detect_metadata(text, "en")
    assert meta["title"] == "Ports, Gangs and the State"
    assert meta["publisher"] == "HARBOUR RISK ADVISORY"
    assert (meta["published"], meta["published_precision"]) == ("2025-03", "month")


def test_series_name_alone_is_not_the_publisher() -> None:
    text = f"Ports, Gangs and the State\nCountry Profile Series | No. 3 | March 2025\n\n{BODY_EN}\n"
    meta = detect_metadata(text, "en")
    assert "publisher" not in meta and meta["published"] == "2025-03"


def test_masthead_with_section_and_no_date() -> None:
    text = f"Puertos y pandillas\nEl Centinela del Golfo — Análisis\nPor Ana Ruiz\n12 de mayo de 2025\n\n{BODY_ES}\n"
    meta = detect_metadata(text, "es")
    assert (meta["title"], meta["publisher"], meta["published"]) == (
        "Puertos y pandillas",
        "El Centinela del Golfo",
        "2025-05-12",
    )


def test_capital_title_is_not_a_letterhead() -> None:
    meta = detect_metadata(f"MADURO'S LAST STAND\n\n{BODY_EN}\n", "en")
    assert meta["title"] == "MADURO'S LAST STAND"
    assert "publisher" not in meta


@pytest.mark.parametrize("title", ["Ports, Gangs and the State", "Por qué cayó el cartel", "By land and sea"])
def test_titles_that_start_like_a_byline_stay_titles(title: str) -> None:
    assert detect_metadata(f"{title}\n\n{BODY_EN}\n", "en")["title"] == title


def test_wire_dateline_opening_a_long_paragraph_with_country_and_short_month() -> None:
    para = ("Montería (Colombia), 3 ago 2025 (Agencia Río).- Cientos de familias dejaron sus veredas por los "
            "combates entre dos grupos armados, informaron este domingo las autoridades locales, que pidieron "
            "ayuda humanitaria al Gobierno nacional y a la Gobernación para atender a los desplazados que llegan "
            "a pie y en canoas al casco urbano desde el pasado jueves, según un balance preliminar de la Defensoría "
            "del Pueblo y de los organismos humanitarios.")
    assert len(para) > 400
    meta = detect_metadata(f"Desplazamiento en Córdoba\n\n{para}\n\n{BODY_ES}\n", "es")
    assert meta["published"] == "2025-08-03"
    # the same long line without a wire head is prose, not a dateline
    prose = "Cientos de familias, 3 ago 2025, " + para[50:]
    assert "published" not in detect_metadata(f"Desplazamiento en Córdoba\n\n{prose}\n\n{BODY_ES}\n", "es")


def test_wire_credit_with_the_agency_s_acronym_after_a_comma() -> None:
    para = ("Quito, 9 feb 2025 (Agencia Noticias del Sur, ANS).- La Policía detuvo este lunes a un concejal de "
            "Machala acusado de cobrar extorsiones a comerciantes del puerto, informaron fuentes oficiales.")
    meta = detect_metadata(f"Detienen a un concejal\n\n{para}\n\n{BODY_ES}\n", "es")
    assert (meta["published"], meta["publisher"]) == ("2025-02-09", "Agencia Noticias del Sur")
    para = ("TEGUCIGALPA, March 4, 2025 (Central Wire, CW) — Police arrested a city councillor accused of running "
            "an extortion ring.")
    assert detect_metadata(f"Councillor held\n\n{para}\n\n{BODY_EN}\n", "en")["published"] == "2025-03-04"


def test_official_dateline_with_a_before_the_date() -> None:
    # Mexican and Colombian official documents: "Morelia, Michoacán, a 27 de marzo de 2026"
    line = parse_dateline("Morelia, Michoacán, a 27 de marzo de 2026")
    assert line is not None and line.date == "2026-03-27" and line.place == "Morelia, Michoacán"
    meta = detect_metadata("FISCALÍA GENERAL DEL ESTADO\nComunicado 12/2026\nCiudad de México, a 5 de mayo de 2026\n\n"
                           + BODY_ES, "es")
    assert meta["published"] == "2026-05-05"
    assert parse_dateline("a los 27 años dejó el grupo") is None


def test_a_chronicle_s_place_line_and_opening_words_are_its_dateline() -> None:
    text = ("SEMANARIO EL SURCO · CRÓNICA\nDomingo 2 de noviembre de 2025\n\nLos muertos también pagan cuota\n\n"
            "Texto: Itzel Barragán\nEl Zapotal de Arriba, Guerrero\n\n" + BODY_ES)
    assert detect_metadata(text, "es").get("dateline_place") == "El Zapotal de Arriba"
    text = ("CRÓNICA\n\nRevista Umbral — domingo 9 de febrero de 2025\n\n"
            "EL ZAPOTE DE ARRIBA, Michoacán.— A las seis de la mañana ya hay un muchacho en moto.\n\n" + BODY_ES)
    assert detect_metadata(text, "es").get("dateline_place") == "EL ZAPOTE DE ARRIBA"


def test_the_day_a_programme_went_out_is_its_publication_date():
    head = ("RADIO SUR 101.3 FM — Loja, Ecuador\n"
            "Programa «Diálogo Abierto» | Transcripción de la entrevista emitida el martes 3 de junio de 2025\n"
            "Conduce: Ana Ruiz. Invitado: el alcalde de Loja.\n\n"
            "PERIODISTA: Buenos días, alcalde. ¿Qué pasó el fin de semana en el mercado?\n")
    assert detect_metadata(head, "es")["published"] == "2025-06-03"
    en = "Night Desk podcast | Episode aired on Friday, May 9, 2025\n\nHOST: Welcome back to the programme tonight.\n"
    assert detect_metadata(en, "en")["published"] == "2025-05-09"


def test_the_day_in_a_bar_separated_head_line_with_markdown_bold():
    text = ("# LIVE: Riot at a coastal prison\n\n"
            "**Harbour Courier** | Live coverage, Monday, March 2, 2026 | Updated 6:10 p.m.\n\n"
            "**6:10 p.m. —** The prison service revised the toll to nine.\n")
    assert detect_metadata(text, "en")["published"] == "2026-03-02"


def test_a_byline_that_gives_publication_and_update_days_is_published_on_the_first() -> None:
    head = "CheckPoint · Fact Check\nBy Ana Ruiz | Published May 22, 2024, 9:10 a.m. CST | {} May 23, 2024\n\n"
    body = "The clip was first broadcast on October 4, 2018, by a station in Guatemala City.\n"
    for label in ("Updated", "Last updated"):
        meta = detect_metadata(head.format(label) + body, "en")
        assert meta["published"] == "2024-05-22", label


def test_a_timelines_labelled_update_beats_its_first_entry_heading() -> None:
    text = ("CARIBBEAN MONITOR\nTimeline | Last updated: 30 April 2025\n\nTHE RISE OF A GANG\n\n"
            "The entries below record what officials said.\n\nMarch 2024\nFighters storm a police post.\n")
    assert detect_metadata(text, "en")["published"] == "2025-04-30"


def test_the_day_a_release_went_out_after_its_label_is_its_publication_date():
    en = ("PROVINCIAL POLICE OF SAN CRISTOBAL\nPress release, Thursday 9 October 2025\n\n"
          "Officers of the provincial police arrested two men on Monday in the town of Villa Ortega.\n")
    assert detect_metadata(en, "en")["published"] == "2025-10-09"
    es = ("FISCALÍA REGIONAL DEL SUR\nBoletín 112/2025, jueves 9 de octubre de 2025\n\n"
          "Agentes de la Fiscalía Regional detuvieron el lunes a dos hombres en la colonia Las Palmas.\n")
    assert detect_metadata(es, "es")["published"] == "2025-10-09"


@pytest.mark.parametrize("line, publisher, published", [
    ("Compiled by the Coastal Crime Observatory, updated 5 March 2026", "the Coastal Crime Observatory", "2026-03-05"),
    ("Prepared by River Watch, 2 February 2026", "River Watch", "2026-02-02"),
    ("Elaborado por el Observatorio del Pacífico, actualizado el 5 de marzo de 2026", "el Observatorio del Pacífico",
     "2026-03-05"),
])
def test_compiled_by_an_organisation_with_the_date_on_one_line(line: str, publisher: str, published: str) -> None:
    body = BODY_EN if line.startswith(("Compiled", "Prepared")) else BODY_ES
    meta = detect_metadata(f"Timeline: the river routes\n\n{line}\n\n{body}\n", "en" if body is BODY_EN else "es")
    assert (meta.get("publisher"), meta.get("published")) == (publisher, published)


@pytest.mark.parametrize("line, language, publisher, published", [
    ("OPINIÓN — La Gaceta del Sur (Tucumán), domingo 19 de abril de 2026", "es", "La Gaceta del Sur", "2026-04-19"),
    ("OPINION — The Harbour Courier (Kingston), Sunday, April 19, 2026", "en", "The Harbour Courier", "2026-04-19"),
])
def test_a_section_then_an_outlet_with_its_city_and_the_day(line: str, language: str, publisher: str,
                                                            published: str) -> None:
    body = BODY_EN if language == "en" else BODY_ES
    meta = detect_metadata(f"{line}\nBy Ana Ruiz\n\nThe lock that shuts the usual people in\n\n{body}\n", language)
    assert (meta.get("publisher"), meta.get("published")) == (publisher, published)


def test_a_sentence_that_ends_with_a_day_is_no_outlet_masthead() -> None:
    meta = detect_metadata("INFORME — El gobierno lanzó el plan el 19 de abril de 2026\n\n" + BODY_ES + "\n", "es")
    assert meta.get("published") != "2026-04-19"
