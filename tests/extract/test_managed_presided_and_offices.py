"""Who runs a page or an association ('is managed by', 'administrada por', 'preside'), and an office kept in a place."""

from __future__ import annotations

from support.extraction import ties

MANAGED = """The Telegram channel Verdad Ya is managed by Julio Paredes, a former police officer.
"""

ADMINISTRADA = """La página Noticias del Cono es administrada por Rosa Ticona, una exconcejala del distrito.
"""

PRESIDE = """Don Aurelio Cárdenas preside desde 2019 la Asociación de Cafetaleros de Jaén, que agrupa a cien productores.
"""

OFFICE = """The Drug Enforcement Administration, which has an office in Medellín, declined to comment on the raid.
"""

OFICINA = """La DEA, que tiene una oficina en Cali, no respondió a las preguntas de este diario.
"""


def test_a_page_managed_by_someone_is_run_by_him():
    assert ("Julio Paredes", "leads", "Verdad Ya") in ties(MANAGED)


def test_una_pagina_administrada_por_alguien_la_dirige_ella():
    assert ("Rosa Ticona", "leads", "Noticias del Cono") in ties(ADMINISTRADA)


def test_quien_preside_una_asociacion_la_dirige():
    assert ("Aurelio Cárdenas", "leads", "Asociación de Cafetaleros de Jaén") in ties(PRESIDE)


def test_an_office_kept_in_a_city_places_the_agency_there():
    assert ("DEA", "operates_in", "Medellín") in ties(OFFICE)


def test_una_oficina_en_una_ciudad_situa_alli_a_la_agencia():
    assert ("DEA", "operates_in", "Cali") in ties(OFICINA)
