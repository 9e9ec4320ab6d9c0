"""A dissident front referred to by what it is, and a leader's role read through the description that names him."""

from __future__ import annotations

from support.extraction import ties

ES = """En San Telmo de la Sierra ya nadie sale de noche. Desde que el Frente Rosendo Piamonte, una disidencia de la
antigua guerrilla, llegó al cañón del río Ocre, los tenderos pagan una cuota semanal. El frente disidente impone
toques de queda y recluta a menores en las veredas de Los Naranjos y La Ceiba.

Un tendero recuerda el día en que los hombres de alias "Halcón", el comandante de la estructura, reunieron al
pueblo en la plaza.
"""

EN = """The Frente Rosendo Piamonte, a splinter of the old guerrilla, reached the Ocre canyon in 2023.
The dissident front now imposes curfews in the hamlets of Los Naranjos and La Ceiba.
"""


def test_the_dissident_front_is_the_front_named_before():
    got = ties(ES)
    for place in ("Los Naranjos", "La Ceiba"):
        assert ("Frente Rosendo Piamonte", "operates_in", place) in got, got
    got = ties(EN)
    assert ("Frente Rosendo Piamonte", "operates_in", "La Ceiba") in got, got


def test_the_commander_named_through_his_description_leads_the_front():
    got = ties(ES)
    assert ("Halcón", "leads", "Frente Rosendo Piamonte") in got, got
    assert ("Halcón", "member_of", "Frente Rosendo Piamonte") not in got, got
