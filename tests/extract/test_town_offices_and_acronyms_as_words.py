"""A town's office written before its holder's name, and a long acronym the press writes as a word.

- 'Arauca Governor X', 'Santa Inés del Monte Mayor X': the place is an actor's place and the holder leads it;
  a rank before a rank ('Sargento Mayor X') and a nationality ('Colombian President X') name no place.
- 'la Sedena', 'la Semar', 'la Sunat' are the listed bodies SEDENA, SEMAR and SUNAT; 'Eln' (too short) is not
  the ELN, and 'Rand Paul' is a man, not the RAND Corporation.
"""

from __future__ import annotations

from support.extraction import extracted, ties


def test_a_governor_or_mayor_titled_by_his_place_leads_it() -> None:
    got = ties("Arauca Governor Hermes Barragán Chaparro said the attack had been planned for weeks. Late on "
               "Thursday, a state judge suspended Santa Inés del Monte Mayor Octavio Lemus Carranza from office.\n")
    assert ("Hermes Barragán Chaparro", "leads", "Arauca") in got
    assert ("Octavio Lemus Carranza", "leads", "Santa Inés del Monte") in got


def test_ranks_and_nationalities_before_a_title_name_no_place() -> None:
    x = extracted("Sargento Mayor Elvin Rafael Vólquez Díaz led the patrol. Colombian President Gustavo Petro "
                  "replied on Friday. Former Mayor Luis Pérez Gil declined to comment.\n")
    places = {e.name for e in x.entities if e.type == "location"}
    assert places == set()
    assert {"Elvin Rafael Vólquez Díaz", "Luis Pérez Gil"} <= {e.name for e in x.entities if e.type == "person"}


def test_a_long_acronym_written_as_a_word_is_the_listed_body() -> None:
    x = extracted("La Sedena y la Semar desplegaron 3.000 efectivos en Culiacán. La Sunat denunció a la empresa.\n")
    listed = {e.kb_id for e in x.entities}
    assert {"mx_sedena", "mx_semar", "pe_sunat"} <= listed


def test_a_short_acronym_or_a_name_that_spells_one_is_not_the_body() -> None:
    x = extracted("Senator Rand Paul voted against the bill. El Eln de la canción no es una guerrilla.\n")
    listed = {e.kb_id for e in x.entities}
    assert "rand" not in listed and "eln" not in listed
    assert ("Rand Paul", "person") in {(e.name, e.type) for e in x.entities}


def test_a_member_who_forms_part_of_a_group_in_spanish() -> None:
    got = ties("Su madre, Gabriela Ledesma, integra desde hace años la agrupación Madres del Oeste, que acompaña "
               "a familias de víctimas. En 2019 Rubén Paredes Soto se unió al Frente 33.\n")
    assert ("Gabriela Ledesma", "member_of", "Madres del Oeste") in got
    assert ("Rubén Paredes Soto", "member_of", "Frente 33") in got
