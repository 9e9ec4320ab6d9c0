"""A front or column named as a group's possession belongs to that group: "the FARC's 10th Front"."""

from __future__ import annotations

from support.extraction import ties

PROFILE = """Investigators say the ELN's Domingo Laín Front controls the river crossings near Saravena.
"""


def test_a_front_named_as_a_guerrillas_possession_is_part_of_it():
    assert ("Domingo Laín Front", "member_of", "ELN") in ties(PROFILE)
