"""An editorial about a lawmaker: his titles, his party, the money he assigned and who acts against him."""

from __future__ import annotations

from support.extraction import extracted, quotes, said, ties

EDITORIAL = """Tegucigalpa, martes 3 de marzo de 2026

El caso del diputado Leonel Arriaga Mejía pertenece a la segunda categoría.

Al menos 3 millones de lempiras del Fondo Social que el legislador asignó a la Fundación Manos Unidas del Norte
terminaron en cuentas de familiares de Kevin Rápalo, cabecilla de una clica del Barrio 18 en la colonia
Las Brisas del Norte de San Pedro Sula. Semanas después, el portal de investigación Expediente Abierto documentó, con registros
del Centro Penal de Las Lomas, que Arriaga se reunió con Rápalo.

El jueves pasado, el Ministerio Público presentó ante el Congreso Nacional la solicitud para retirarle la inmunidad
al diputado y procesarlo por lavado de activos.

La respuesta de Arriaga ha sido la previsible. "Jamás he pisado una cárcel para otra cosa que no sea predicar", dijo.
Su partido, el Movimiento Patria Nueva, cerró filas.

La Asociación de Comerciantes del Norte, que dice representar a 600 familias, acusa al diputado
de "comprar la paz con dinero público" y anunció una marcha.
"""


def test_the_deputy_named_by_his_title_is_the_one_the_prosecutors_act_against():
    got = ties(EDITORIAL)
    assert ("Ministerio Público", "acts_against", "Leonel Arriaga Mejía") in got
    # his title in that clause says what he is, not that he belongs to the prosecutors
    assert ("Leonel Arriaga Mejía", "member_of", "Ministerio Público") not in got


def test_the_legislator_who_assigned_the_money_funds_the_foundation():
    assert ("Leonel Arriaga Mejía", "funds", "Fundación Manos Unidas del Norte") in ties(EDITORIAL)


def test_his_party_two_sentences_after_his_name_is_his():
    assert ("Leonel Arriaga Mejía", "member_of", "Movimiento Patria Nueva") in ties(EDITORIAL)


def test_a_deputy_belongs_to_the_one_legislature_named():
    assert ("Leonel Arriaga Mejía", "member_of", "Congreso Nacional") in ties(EDITORIAL)


def test_a_portal_of_investigation_is_an_outlet_a_penal_centre_a_place_and_the_colonia_lies_in_the_city():
    types = {e.name: e.type for e in extracted(EDITORIAL).entities}
    assert types["Expediente Abierto"] == "media"
    assert types["Centro Penal de Las Lomas"] == "location"
    assert types.get("Brisas del Norte") == "location" and types.get("San Pedro Sula") == "location"


def test_words_quoted_after_an_accusing_verb_are_the_accusers():
    assert said(quotes(EDITORIAL), "comprar la paz") == "Asociación de Comerciantes del Norte"
