"""A body set beside its owner's possessive: "Europol, the European Union's police agency"; in Spanish the owner
comes after 'de' ("la agencia policial de la Unión Europea")."""

from __future__ import annotations

from support.extraction import ties

WIRE = """Cordero said Europol, the European Union's police agency, had shared intelligence on the route.

Prosecutors said Los Tigres, the Gulf Cartel's armed wing, ran the extortion racket.
"""

CABLE = """Cordero dijo que Europol, la agencia policial de la Unión Europea, compartió información sobre la ruta.
"""


def test_a_body_apposed_to_its_owners_possessive_is_part_of_the_owner():
    got = ties(WIRE)
    assert ("Europol", "member_of", "European Union") in got
    assert ("Tigres", "member_of", "Gulf Cartel") in got


def test_la_agencia_de_un_organismo_es_parte_de_el():
    assert ("Europol", "member_of", "European Union") in ties(CABLE)
