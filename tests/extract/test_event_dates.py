"""Dated events whose date the story gives in a short line, in words that count from another date, or under a
heading."""

from __future__ import annotations

from support.extraction import extracted


def _events(text: str) -> list[tuple[str | None, list[str]]]:
    ex = extracted(text)
    names = {e.key: e.name for e in ex.entities}
    return [(ev.date, [names.get(p, p) for p in ev.participants]) for ev in ex.events]


def _has(text: str, date: str, who: str) -> bool:
    """An event on ``date`` one of whose actors' names holds ``who``."""
    return any(d == date and any(who in n for n in names) for d, names in _events(text))


CRONICA = (
    "GACETA DEL VALLE · CRÓNICA\n"
    "Domingo 16 de noviembre de 2025\n\n"
    "En San Teodoro de la Vega nadie sale después de las seis de la tarde desde que la banda de los Guapos impuso "
    "su ley sobre los pescadores del río y los comerciantes del mercado.\n\n"
    "La Armada Nacional llegó el miércoles. Una patrulla instaló un retén junto al embarcadero.\n"
)

CHRONICLE = (
    "THE VALLEY GAZETTE | Chronicle\n"
    "Sunday, November 16, 2025\n\n"
    "In San Teodoro de la Vega nobody goes out after six in the evening since the gang known as the Guapos imposed "
    "its rule on the river fishermen and the market traders.\n\n"
    "The National Navy arrived on Wednesday. A patrol set up a checkpoint beside the jetty.\n"
)


def test_a_short_sentence_that_tells_something_in_the_publication_month_is_no_dateline():
    assert _has(CRONICA, "2025-11-12", "Armada")
    assert _has(CHRONICLE, "2025-11-12", "Navy")
