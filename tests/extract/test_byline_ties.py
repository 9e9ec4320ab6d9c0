"""A report's byline names who wrote it: its names are tied to nothing the header or the byline names."""

from __future__ import annotations

from support.extraction import ties


def _names(got: set[tuple[str, str, str]]) -> set[str]:
    return {n for s, _typ, t in got for n in (s, t)}


ES = ("Documento de Trabajo N.º 9/2026 · Centro de Estudios Fronterizos, Arica, 9 de junio de 2026\n"
      "Autora: Valentina Ossandón Prieto, investigadora principal del Plan Frontera Segura\n\n"
      "El Tren de Aragua opera en Arica desde 2021, según la Fiscalía.\n")

EN = ("Policy Brief No. 12 — Andean Security Studies Centre (ASSC), Quito, 10 November 2025\n"
      "Author: Marisol Vintimilla Andrade, senior fellow\n\n"
      "Los Lobos have worked with the Sinaloa Cartel since 2020, prosecutors say.\n")


def test_a_byline_author_is_tied_to_nothing_es() -> None:
    assert "Valentina Ossandón Prieto" not in _names(ties(ES))


def test_a_byline_author_is_tied_to_nothing_en() -> None:
    assert "Marisol Vintimilla Andrade" not in _names(ties(EN))


def test_the_report_body_still_ties_its_actors_en() -> None:
    got = ties(EN)
    assert any({s, t} == {"Los Lobos (Ecuador)", "Sinaloa Cartel"} for s, _typ, t in got)
