"""A person's trade set beside his name with where he plies it places him there: 'X, estibador en el puerto de
Y', 'X, a transport contractor from Y', 'X, 56, known in the Y region as "Z"'. A bare 'de' or 'en' with no kind of
place ('empresario textil de Y', 'estudió topografía en Y') says whose trade or what he did, not where he works.
Found reading the read sets' missed ties (a person and a place in one sentence)."""

from __future__ import annotations

from support.extraction import ties


def test_a_trade_plied_in_a_port_or_from_a_town() -> None:
    got = ties("Lima, 3 de marzo de 2026\n\nFueron detenidos Hugo Ramírez Soto, alias \"el Grúa\", de 44 años, "
               "operario en el puerto de Paita, y otros dos hombres.\n")
    assert any(s.startswith("Hugo Ram") and t == "operates_in" and o == "Paita" for s, t, o in got)
    got = ties("Lima, 3 de marzo de 2026\n\nPolice believe the buyer is Hugo Ramírez Soto, a fishing contractor from "
               "Paita, though prosecutors have not said so.\n")
    assert ("Hugo Ramírez Soto", "operates_in", "Paita") in got


def test_known_in_a_region_by_an_alias() -> None:
    got = ties("Lima, 3 de marzo de 2026\n\nHugo Ramírez Soto, 56, known in the Piura region as \"El Grúa,\" "
               "is on trial in Lima.\n")
    assert ("Hugo Ramírez Soto", "operates_in", "Piura") in got


def test_a_bare_de_or_en_is_no_workplace() -> None:
    got = ties("Lima, 3 de marzo de 2026\n\nHugo Ramírez Soto, empresario textil de Piura, habló en la ceremonia.\n")
    assert not any(s == "Hugo Ramírez Soto" and t == "operates_in" for s, t, _o in got)
