"""'X pleaded not guilty on Tuesday, two days after he was flown to Madrid': what the clause after "after" tells
happened two days BEFORE the date the sentence just gave, not after it; a vague count ("pocos meses después de la
llegada de X") dates nothing."""

from __future__ import annotations

from support.extraction import dated_events

WIRE = (
    "MADRID, March 13, 2025 (Iberia Wire) - Rodolfo Anchieta Brum, a Paraguayan cattle trader, pleaded not "
    "guilty on Tuesday in a Madrid court to money-laundering charges, two days after he was flown to Spain from "
    "Asunción.\n"
)

CABLE = (
    "MADRID, 13 de marzo de 2025 (Agencia Ibérica) - Rodolfo Anchieta Brum, un ganadero paraguayo, se declaró "
    "inocente el martes ante un tribunal de Madrid, dos días después de que fuera trasladado a España desde "
    "Asunción.\n\n"
    "El tribunal había abierto el caso en mayo de 2024, pocos meses después de la llegada de Anchieta Brum a "
    "Madrid.\n"
)


def test_the_clause_after_after_happened_before_the_sentences_date():
    for text in (WIRE, CABLE):
        dates = {d for d, _names in dated_events(text)}
        assert "2025-03-11" in dates and "2025-03-09" in dates, dates
        assert "2025-03-15" not in dates, dates


def test_a_vague_count_back_dates_nothing():
    dates = {d for d, _names in dated_events(CABLE)}
    assert "2024-06" not in dates and "2024-04" not in dates, dates
