"""Two surnames written alone when the last is a town's name; the one a possessed noun stands for; a release's
list of the arrested under 'Fueron arrestados:' and the body that speaks in it."""

from __future__ import annotations

from support.extraction import extracted, ties

WIRE = """Police arrested Edson Carvalho Lima, 44, on Friday in a raid near the border.

Carvalho Lima's lawyer, Renata Gauto, rejected the accusations on Saturday.
"""

WIRE_OWNER = """Police arrested Edson Carvalho Pinto, 44, on Friday in a raid near the border.

The exchange house Cambios del Sur is owned by Carvalho Pinto's brother-in-law, Osmar Duarte, who was also arrested.
"""

CRONICA = """La Policía Nacional detuvo a Julio Mendoza Ferrer el martes en Loja.

La empresa Transportes Ríos pertenece al cuñado de Mendoza Ferrer, Raúl Castillo Vega, según la fiscalía.
"""

COMUNICADO = """FISCALÍA GENERAL DEL ESTADO
Nota de prensa

Desarticulan banda de traficantes de armas; entre los detenidos, un cabo del Ejército

La Fiscalía General del Estado y la Policía Nacional desarticularon una banda dedicada al tráfico de armas en la provincia de Loja, con apoyo del Ejército.

Fueron arrestados:

1. Mario Andrés Tapia Celi, de 35 años, señalado como cabecilla de la red.
2. Lucía Verónica Paredes Ríos, de 30 años, encargada de las finanzas.

El Ejército informó que el cabo fue separado de sus funciones. El Ejército colabora con la investigación.
"""


def test_two_surnames_ending_in_a_town_are_still_the_person_named_in_full():
    ex = extracted(WIRE)
    assert not any(e.name == "Lima" for e in ex.entities)
    assert ("Renata Gauto", "supports", "Edson Carvalho Lima") in ties(WIRE)


def test_the_possessed_noun_stands_for_the_name_set_beside_it():
    got = ties(WIRE_OWNER)
    assert ("Osmar Duarte", "leads", "Cambios del Sur") in got
    assert ("Edson Carvalho Pinto", "leads", "Cambios del Sur") not in got


def test_spanish_noun_of_a_person_stands_for_the_name_set_beside_it():
    got = ties(CRONICA)
    assert ("Raúl Castillo Vega", "leads", "Transportes Ríos") in got
    assert ("Julio Mendoza Ferrer", "leads", "Transportes Ríos") not in got


def test_a_list_under_fueron_arrestados_is_acted_against_by_the_body_that_opens_the_release():
    got = ties(COMUNICADO)
    for name in ("Mario Andrés Tapia Celi", "Lucía Verónica Paredes Ríos"):
        assert ("Fiscalía General del Estado", "acts_against", name) in got, name
        assert not any(s == "Ejército" and t == "acts_against" and o == name for s, t, o in got), name


ALIASES = """The network was run by Jaime Ortiz Paredes, known on the docks as "El Flaco," according to prosecutors.

Luisa Romero Díaz, whom her associates call "La Jefa," laundered the money through Banco Central.

El jefe de la banda es Ramiro Celis Urrutia, a quien todos en el barrio llaman el Tuerto Celis.
"""


def test_a_second_name_given_right_after_a_name_ties_no_one_to_himself():
    got = ties(ALIASES)
    assert not any({s, o} == {"Ramiro Celis Urrutia", "Tuerto Celis"} for s, _, o in got)
    assert ("Luisa Romero Díaz", "associated_with", "Banco Central") in got  # a quoted nickname ends no tie


PARTNER = """El dinero lo manejaba Rosa Benítez Lima, pareja de Julio Tavares, a quien en la frontera todos conocen como "Dona Rosa", a través de una casa de cambio.
"""


def test_a_second_name_given_after_whose_partner_she_is_still_ties_the_pair():
    got = ties(PARTNER)
    assert any({s, o} == {"Julio Tavares", "Rosa Benítez Lima"} for s, _, o in got)
