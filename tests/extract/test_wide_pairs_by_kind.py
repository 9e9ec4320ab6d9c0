"""Two actors of one clause that are neither its first phrase nor next to each other are tied only when their
kinds make a tie likely: two armed groups, a firm and a state body, a gang or an armed group and a person. Other
kinds so placed (a body and a place's mayor, two state bodies) are left untied.
"""

from __future__ import annotations

from support.extraction import ties


def test_two_armed_groups_apart_in_one_clause_are_tied() -> None:
    got = ties("Mayor Ana Ruiz Gil said the ELN attacked soldiers of the National Army near Saravena before the "
               "Estado Mayor Central withdrew.\n")
    assert any({a, b} == {"ELN", "Estado Mayor Central"} for a, _t, b in got)


def test_two_state_bodies_apart_in_one_clause_stay_untied() -> None:
    got = ties("Mayor Ana Ruiz Gil said the Fiscalía General de la Nación asked the National Army for help "
               "before the Defensoría del Pueblo de Colombia arrived.\n")
    assert not any({a, b} == {"Fiscalía General de la Nación", "Defensoría del Pueblo de Colombia"}
                   for a, _t, b in got)
