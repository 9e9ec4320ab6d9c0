"""Who only speaks of a gang is not tied to it, and a country named as a possessor ('Mexico's Financial
Intelligence Unit') says whose unit it is, not who else the clause is about."""

from __future__ import annotations

from support.extraction import ties


def _pair(got: set[tuple[str, str, str]], a: str, b: str) -> bool:
    return any({s, t} == {a, b} for s, _typ, t in got)


def test_a_speaker_is_not_tied_to_the_gang_she_speaks_of_en() -> None:
    got = ties("Colonel Irene Baptiste said Los Tiburones del Sur had moved cocaine through the port since 2023.\n")
    assert not _pair(got, "Irene Baptiste", "Tiburones del Sur")


def test_a_speaker_after_the_quote_is_not_tied_to_the_gang_en() -> None:
    got = ties('"This is the route the Clan del Golfo built, and today we cut it," said Colonel Irene Baptiste, '
               'who heads the anti-narcotics unit.\n')
    assert not _pair(got, "Irene Baptiste", "Clan del Golfo")


def test_a_speaker_after_the_quote_is_not_tied_to_the_gang_es() -> None:
    got = ties('"El Clan del Golfo controla cada muelle de este puerto", afirmó el coronel Mauricio Benalcázar, '
               'jefe de la unidad antinarcóticos.\n')
    assert not _pair(got, "Mauricio Benalcázar", "Clan del Golfo")


def test_a_speaker_is_not_tied_to_the_gang_he_speaks_of_es() -> None:
    got = ties("El fiscal Ramiro Acevedo Lugo añadió que la banda Los Tiburones del Sur lavaba dinero en "
               "casas de cambio.\n")
    assert not _pair(got, "Ramiro Acevedo Lugo", "Tiburones del Sur")


def test_a_speakers_own_post_in_a_gang_still_ties_him() -> None:
    got = ties("Aníbal Prado, a leader of the Clan del Golfo, said the police had never entered the port.\n")
    assert _pair(got, "Aníbal Prado", "Clan del Golfo")


def test_a_country_possessor_is_not_tied_to_the_rest_of_the_clause_en() -> None:
    got = ties("In 2022, Mexico's Financial Intelligence Unit froze the bank accounts of Rubén Salcido Ortega, "
               "a fuel distributor.\n")
    assert not _pair(got, "Mexico", "Rubén Salcido Ortega")


def test_a_country_possessor_keeps_the_gang_it_owns_en() -> None:
    got = ties("The gang works with Ecuador's Los Tiburones del Sur, the prosecutors said.\n")
    assert _pair(got, "Ecuador", "Tiburones del Sur")


def test_a_cue_takes_the_gang_a_country_owns_not_the_country_en() -> None:
    got = ties("In 2021 the Cartel de Ribera allied with Ecuador's Los Tiburones del Sur.\n")
    assert ("Cartel de Ribera", "allied_with", "Tiburones del Sur") in got
    assert not _pair(got, "Cartel de Ribera", "Ecuador")


def test_a_designation_takes_the_gang_a_country_owns_en() -> None:
    got = ties("Senator Ruth Okafor praised the designation of Ecuador's Los Tiburones del Sur as a terrorist group.\n")
    assert not _pair(got, "Ruth Okafor", "Ecuador")


def test_a_part_of_a_country_is_still_a_setting_en() -> None:
    got = ties('Octavio Reyes Salas, known along Colombia\'s southern Pacific coast as "El Relojero", landed in '
               "Miami last Tuesday.\n")
    assert _pair(got, "Octavio Reyes Salas", "Colombia")


def test_a_reported_clause_with_its_own_subject_is_not_the_speakers_en() -> None:
    got = ties("Security Minister Rolando Figueroa Paz said the detained men belonged to the Clan Ochoa, a family "
               "network.\n")
    assert not _pair(got, "Rolando Figueroa Paz", "Clan Ochoa")


def test_a_reported_clause_with_its_own_subject_is_not_the_speakers_es() -> None:
    got = ties("El ministro Rolando Figueroa Paz dijo que los detenidos pertenecían al Clan Ochoa, una red familiar.\n")
    assert not _pair(got, "Rolando Figueroa Paz", "Clan Ochoa")


def test_a_speaker_who_speaks_of_himself_keeps_the_tie_en() -> None:
    got = ties("Rolando Figueroa Paz said he had belonged to the Clan Ochoa for a decade.\n")
    assert ("Rolando Figueroa Paz", "member_of", "Clan Ochoa") in got
