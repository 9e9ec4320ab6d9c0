"""Troops sent to a place or a post set up there place the force that sent them."""

from __future__ import annotations

from support.extraction import ties

ENVIO = """El Ministerio de Defensa anunció en abril el envío de 3.000 militares adicionales al Catatumbo.
"""

PUESTO = """Tres semanas después, el Ejército instaló un puesto de control en San Calixto.
"""

SENT = """The Defense Ministry sent 2,000 additional troops to Esmeraldas last week.
"""


def test_el_envio_de_militares_a_una_region_situa_alli_al_ministerio():
    assert ("Ministerio de Defensa", "operates_in", "Catatumbo") in ties(ENVIO)


def test_un_puesto_de_control_instalado_en_un_pueblo_situa_alli_al_ejercito():
    assert ("Ejército", "operates_in", "San Calixto") in ties(PUESTO)


def test_troops_sent_to_a_province_place_the_ministry_there():
    assert ("Defense Ministry", "operates_in", "Esmeraldas") in ties(SENT)
