"""A person who settles, arrives, hides or lives in a place, or runs something from it, is active there: 'X
arrived in Michoacán in 2023', 'X se instaló en Tumbes', 'X, who allegedly coordinates departures from the port of
Y'. Found reading the read sets' missed ties (a person and a place in one sentence, the place unread)."""

from __future__ import annotations

from support.extraction import ties


def test_a_person_who_settles_or_arrives_somewhere_operates_there() -> None:
    got = ties("Lima, 3 de marzo de 2026\n\nA former police officer, Arnulfo Quispe Layme arrived in Tumbes in 2022 "
               "with two trucks.\n")
    assert ("Arnulfo Quispe Layme", "operates_in", "Tumbes") in got
    got = ties("Lima, 3 de marzo de 2026\n\nSegún la Fiscalía, Arnulfo Quispe Layme se instaló en Tumbes en 2022 "
               "con dos camiones.\n")
    assert ("Arnulfo Quispe Layme", "operates_in", "Tumbes") in got


def test_who_runs_things_from_a_port_after_a_quoted_alias() -> None:
    got = ties("Lima, 3 de marzo de 2026\n\nInvestigators are looking for a man known as \"El Sobrino\", who "
               "allegedly coordinates departures from the fishing port of Paita.\n")
    assert ("Sobrino", "operates_in", "Paita") in got
    got = ties("Lima, 3 de marzo de 2026\n\nLa policía busca a Ernesto Salas, alias el Sobrino, que presuntamente "
               "coordina las salidas desde el puerto de Paita.\n")
    assert any(s.endswith("Salas") and t == "operates_in" and o == "Paita" for s, t, o in got)
