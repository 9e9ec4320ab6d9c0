"""Talks held or a table sat at ('sostiene mesas simultáneas con X', 'se sigue sentando con sus delegados', 'sat down
with X') are negotiations; an object list that says the cue's preposition again ('con X, con Y y con Z', 'with X and
with Y') ties every item, not only the first."""

from __future__ import annotations

from support.extraction import ties


def test_mesas_held_with_each_group_said_with_its_own_con() -> None:
    got = ties("INFORME, 3 de marzo de 2026\n\nEl presidente Gustavo Petro sostiene mesas simultáneas con el Estado "
               "Mayor de Bloques y Frentes, con la Segunda Marquetalia y con los Comandos de la Frontera.\n")
    assert ("Gustavo Petro", "negotiates_with", "Estado Mayor de Bloques y Frentes") in got
    assert ("Gustavo Petro", "negotiates_with", "Segunda Marquetalia") in got
    assert ("Gustavo Petro", "negotiates_with", "Comandos de la Frontera") in got


def test_sat_down_with_and_a_repeated_with() -> None:
    got = ties("REPORT, March 3, 2026\n\nPresident Gustavo Petro sat down with the ELN in Havana and with the Clan "
               "del Golfo in Doha.\n")
    assert ("Gustavo Petro", "negotiates_with", "ELN") in got
    assert ("Gustavo Petro", "negotiates_with", "Clan del Golfo") in got



def test_guarantors_acting_as_such_back_both_sides_of_a_round() -> None:
    got = ties("REPORT, March 3, 2026\n\nThe attack came days before government and Estado Mayor Central delegations "
               "were due to meet in Caracas for a new round, with Norway and Venezuela acting as guarantor countries.\n")
    assert ("Norway", "supports", "Estado Mayor Central") in got
    assert ("Venezuela", "supports", "Estado Mayor Central") in got
    got = ties("INFORME, 3 de marzo de 2026\n\nCuba y Noruega actúan como países garantes de la mesa entre el "
               "Gobierno de Colombia y el ELN.\n")
    assert ("Cuba", "supports", "ELN") in got


def test_whom_something_was_defended_before_is_no_object() -> None:
    got = ties("INFORME, 3 de marzo de 2026\n\nLa ministra de Justicia, Sandra Milena Cárdenas, defendió la semana "
               "pasada ante el Senado el proyecto de ley de sometimiento para el Clan del Golfo.\n")
    assert ("Sandra Milena Cárdenas", "supports", "Senado") not in got
    got = ties("REPORT, March 3, 2026\n\nThe minister, Sandra Milena Cárdenas, defended before the Senate a plan "
               "to disarm the Clan del Golfo.\n")
    assert ("Sandra Milena Cárdenas", "supports", "Senate") not in got
