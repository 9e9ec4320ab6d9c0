"""A journalist's outlet named past the place it broadcasts from, or in a relative clause about his work."""

from __future__ import annotations

from support.extraction import ties

STATION = """With me is Josué Pierre-Louis, a reporter for the Port-au-Prince station Radyo Lakay.
"""

REPORTED = """The killing of a local radio host, Aníbal Sosa, who had reported on smuggling routes for Radio Frontera Libre, shocked the town.
"""

ESCRIBIA = """El asesinato del periodista Rolando Quispe, que escribía sobre la minería ilegal para Radio Selva Libre, conmocionó al pueblo.
"""


def test_the_station_past_the_city_it_broadcasts_from_is_the_reporters():
    assert ("Josué Pierre-Louis", "member_of", "Radyo Lakay") in ties(STATION)


def test_who_reported_for_a_radio_belongs_to_it():
    assert ("Aníbal Sosa", "member_of", "Radio Frontera Libre") in ties(REPORTED)


def test_que_escribia_para_una_radio_pertenece_a_ella():
    assert ("Rolando Quispe", "member_of", "Radio Selva Libre") in ties(ESCRIBIA)
