"""A firm set beside its trade written after a town ("X, a Culiacán freight company", "a Miami gun dealer, X")
operates in that town; a person so described is left to other rules."""

from __future__ import annotations

from support.extraction import ties


def test_a_town_freight_company_after_the_name_en():
    text = ("Timeline\n\nJune 2025 - The Treasury sanctions Transportes Río Humaya, a Culiacán freight company, "
            "and accuses it of moving weapons.\n")
    assert ("Transportes Río Humaya", "operates_in", "Culiacán") in ties(text)


def test_a_town_importer_before_the_name_en():
    text = ("Wire\n\nThe case file names a Guadalajara importer, Químicos Industriales del Bajío, as the consignee of "
            "the shipment.\n")
    assert ("Químicos Industriales del Bajío", "operates_in", "Guadalajara") in ties(text)


def test_a_town_businessman_is_not_read_as_a_firm_en():
    text = ("Wire\n\nProsecutors say Rodrigo Salas Peña, a Miami businessman, wired the money in 2020.\n")
    assert ("Rodrigo Salas Peña", "operates_in", "Miami") not in ties(text)


def test_una_empresa_con_sede_en_still_reads_es():
    text = ("Nota\n\nLa Fiscalía señaló a Químicos del Pacífico Sur, una distribuidora con sede en Guadalajara, como "
            "compradora de los precursores.\n")
    assert ("Químicos del Pacífico Sur", "operates_in", "Guadalajara") in ties(text)
