"""A listed front written with the listed group it belongs to, a firm's trade and town set beside its name, and a
sanction's object list that counts a kind before naming its members.

- 'the Tenth Front of the Estado Mayor Central' is the listed front and the listed group, the front a part of
  the group; not a third group named by the whole phrase.
- 'X, una acopiadora de Puerto Maldonado' and 'X, a Valencia real-estate firm owned by Y' say where the firm works.
- 'sanctions A, B and three companies, including C' acts against C as well.
"""

from __future__ import annotations

from support.extraction import extracted, ties


def test_a_listed_front_of_a_listed_group_is_two_actors_and_a_part() -> None:
    text = ("February 4, 2025 - Fighting breaks out between the ELN and the Tenth Front of the Estado Mayor Central "
            "near the village of La Esmeralda, in Arauca.\n")
    names = {e.name for e in extracted(text).entities}
    assert "Tenth Front of the Estado Mayor Central" not in names
    got = ties(text)
    assert ("Frente Décimo", "member_of", "Estado Mayor Central") in got
    assert ("ELN", "opposes", "Frente Décimo") in got or ("Frente Décimo", "opposes", "ELN") in got


def test_an_english_front_named_by_its_number_is_part_of_the_group_after_of() -> None:
    got = ties("The 33rd Front of the Estado Mayor Central attacked an army base near Tibú last week.\n")
    assert ("Frente 33", "member_of", "Estado Mayor Central") in got


def test_a_spanish_firms_trade_and_town_beside_its_name() -> None:
    got = ties("Entre los aportantes de su campaña figura Inversiones Auríferas del Sur S.A.C., una acopiadora de "
               "Puerto Maldonado que compró oro de concesiones inexistentes. El pago lo hizo Transportes Rocha "
               "Hermanos, una empresa de transporte de carga de Cúcuta.\n")
    assert ("Inversiones Auríferas del Sur S.A.C.", "operates_in", "Puerto Maldonado") in got
    assert ("Transportes Rocha Hermanos", "operates_in", "Cúcuta") in got


def test_a_firm_whose_trade_follows_its_town_and_then_its_owner() -> None:
    got = ties("OFAC is also designating Inversiones Montebrisa C.A., a Valencia real-estate firm owned by the "
               "network's accountant.\n")
    assert ("Inversiones Montebrisa C.A.", "operates_in", "Valencia") in got


def test_a_town_that_only_says_whose_client_a_firm_has_is_not_where_it_works() -> None:
    got = ties("Transportes Rocha Hermanos, una empresa que factura a clientes de Cúcuta, fue sancionada.\n")
    assert ("Transportes Rocha Hermanos", "operates_in", "Cúcuta") not in got


def test_a_sanction_reaches_the_members_of_a_counted_kind() -> None:
    got = ties("June 11, 2019 - The U.S. Treasury's Office of Foreign Assets Control (OFAC) sanctions Santos "
               "Maradona Lagos and three companies, including Agropecuaria El Trébol.\n")
    assert ("OFAC", "acts_against", "Santos Maradona Lagos") in got
    assert ("OFAC", "acts_against", "Agropecuaria El Trébol") in got
