"""Subjects named after their description, agents named after their kind, and cues of money and quarrels."""

from __future__ import annotations

from support.extraction import ties


def test_a_name_set_off_after_a_possessed_description_is_the_subject():
    got = ties("The Clan Barrera is a criminal gang that operates in Vereda Alta. The Clan's leader, Dámaso Barrera, "
               "was sanctioned by the U.S. Treasury in 2025.")
    assert any(t == "acts_against" and o == "Dámaso Barrera" for _, t, o in got), got
    assert not any(t == "acts_against" and o == "Clan Barrera" for _, t, o in got), got


def test_a_name_set_off_after_a_title_in_a_second_clause_is_its_subject():
    got = ties("The Defence Ministry deployed troops against the Frente Libertario del Sur in Vereda Alta, while the "
               "Interior Minister, Lucía Ferrán, opened talks with the Clan Barrera.")
    assert ("Lucía Ferrán", "negotiates_with", "Clan Barrera") in got, got
    assert ("Defence Ministry", "acts_against", "Frente Libertario del Sur") in got, got


def test_a_coordinated_clause_with_its_own_unnamed_subject_takes_nothing_from_the_first():
    got = ties("La bancada del Partido Unión Ciudadana protege al alcalde Rodolfo Aguirre, y la oposición, encabezada "
               "por la concejala Irene Sotomayor, apenas ha logrado convocar una sesión.")
    assert not any(t == "leads" and s == "Irene Sotomayor" for s, t, _ in got), got


def test_money_received_from_someone_flows_from_them():
    got = ties("Public filings show the Fundación Horizonte received funds from a construction firm, Cimientos del Valle.")
    assert any(s == "Cimientos del Valle" and t == "funds" and o == "Fundación Horizonte" for s, t, o in got), got
    got = ties("La alcaldesa de Puerto Lanza, Rosa Paz, recibió sobornos de la banda Los Tucanes durante dos años.")
    assert ("Tucanes", "funds", "Rosa Paz") in got, got


def test_a_gift_with_no_sum_and_a_quarrel_are_typed():
    got = ties("Arturo Gallardo donated to the campaign of Governor Teresa Mora. In 2022 Gallardo fell out with "
               "Hugo Cienfuegos over a lost shipment.")
    assert ("Arturo Gallardo", "funds", "Teresa Mora") in got, got
    assert ("Arturo Gallardo", "opposes", "Hugo Cienfuegos") in got, got
    got = ties("En 2020 Julio Mena rompió con Ernesto Vial por el reparto de las rutas.")
    assert ("Julio Mena", "opposes", "Ernesto Vial") in got, got


def test_troops_sent_against_a_group_act_against_it():
    got = ties("El Ministerio de Defensa desplegó tropas contra el Frente Sur en la provincia de Alto Cauca.")
    assert ("Ministerio de Defensa", "acts_against", "Frente Sur") in got, got
