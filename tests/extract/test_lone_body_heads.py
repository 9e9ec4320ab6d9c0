"""A body's lone head word in a headline ('Police dismantle …') is the one body whose full name holds it."""

from __future__ import annotations

from support.extraction import extracted

EN = """Police dismantle "Los Gavilanes del Sur" extortion ring; seven arrested

PUERTO CLARO, May 9, 2026 — The National Police arrested seven members of Los Gavilanes del Sur in raids in
Puerto Claro. The gang extorted bus drivers.
"""

TWO = """Police dismantle "Los Gavilanes del Sur" extortion ring; seven arrested

PUERTO CLARO, May 9, 2026 — The National Police and the Municipal Police arrested seven members of Los Gavilanes
del Sur in raids in Puerto Claro. The gang extorted bus drivers.
"""


def _bodies(text: str) -> set[str]:
    return {e.name for e in extracted(text).entities if e.type == "government_body"}


def test_the_headline_word_joins_the_one_police_force_named_below():
    assert _bodies(EN) == {"National Police"}


def test_beside_two_forces_the_headline_word_joins_neither():
    assert "Police" in _bodies(TWO)
