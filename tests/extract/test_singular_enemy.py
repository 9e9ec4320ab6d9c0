"""A group's main enemy, in the singular: "The Bonde's main enemy is the PCC", "su acérrimo adversario"."""

from __future__ import annotations

from support.extraction import ties

PROFILE = """The Bonde do Pantanal sells cocaine in Corumbá. The Bonde's main enemy is the Primeiro Comando da Capital, the São Paulo faction that controls most of the trade further south.
"""

PERFIL = """Los Pumas del Sur controlan el puerto. Los Pumas del Sur, acérrimos adversarios del Cartel del Norte, cobran peaje a los pescadores.
"""


def test_a_groups_main_enemy_is_opposed_by_it():
    assert ("Bonde do Pantanal", "opposes", "PCC") in ties(PROFILE)


def test_los_adversarios_de_un_cartel_se_le_oponen():
    assert ("Pumas del Sur", "opposes", "Cartel del Norte") in ties(PERFIL)
