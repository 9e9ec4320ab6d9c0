"""A place's office holder named after the place's possessive: "Pedro Juan Caballero's mayor, Nilda Riquelme"."""

from __future__ import annotations

from support.extraction import ties

WIRE = """Pedro Juan Caballero's mayor, Nilda Riquelme, said residents were tired of the shootings.

Guayaquil's former mayor, Jaime Nebot, criticized the plan on Tuesday.
"""


def test_a_towns_mayor_named_after_its_possessive_leads_it():
    got = ties(WIRE)
    assert ("Nilda Riquelme", "leads", "Pedro Juan Caballero") in got
    assert ("Jaime Nebot", "leads", "Guayaquil") in got
