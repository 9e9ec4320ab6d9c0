"""A release about a migrant-smuggling ring: its plural name is a band's, and a passive names its financier."""

from __future__ import annotations

from support.extraction import ties

ES = """Puerto Lirio, 4 de junio de 2026.- La Fiscalía Regional ejecutó nueve órdenes de aprehensión contra integrantes
de la red Los Pelícanos del Golfo, dedicada al tráfico de migrantes en los municipios de Puerto Lirio y Bahía Mansa.

La red era financiada por el empresario hotelero Samuel Arrieta, quien fue detenido en su domicilio.

Los detenidos son:
1. Ovidio Lara Ponce, alias "el Piloto" (47), cabecilla de la red;
2. Dina Castro Vela, alias "la Flaca" (31), encargada de la logística.
"""

EN = """Prosecutors say the Pelican Crew, a migrant smuggling ring, was funded by the hotel businessman Samuel Arrieta."""


def test_a_plural_name_in_a_story_about_migrant_smuggling_is_a_band_and_its_listed_people_belong_to_it():
    got = ties(ES)
    assert ("Ovidio Lara Ponce", "leads", "Pelícanos del Golfo") in got, got
    assert ("Dina Castro Vela", "member_of", "Pelícanos del Golfo") in got, got
    assert ("Pelícanos del Golfo", "operates_in", "Bahía Mansa") in got, got


def test_a_passive_in_the_imperfect_names_the_financier_after_words_for_his_kind():
    assert ("Samuel Arrieta", "funds", "Pelícanos del Golfo") in ties(ES)
    assert ("Samuel Arrieta", "funds", "Pelican Crew") in ties(EN)
