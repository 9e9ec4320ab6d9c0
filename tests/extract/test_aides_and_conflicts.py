"""A person's aide, a conflict between two groups that someone warns of, joint patrols."""

from __future__ import annotations

from support.extraction import ties


def test_described_as_anothers_second_in_command() -> None:
    got = ties("Wesner Dorsainvil founded the gang in 2022.\n\nPolice arrested Fritznel Jean-Baptiste, "
               "Dorsainvil's second-in-command, near the Malpasse crossing.\n")
    assert any({a, b} == {"Fritznel Jean-Baptiste", "Wesner Dorsainvil"} for a, _t, b in got), got


def test_mano_derecha_de_alias_es() -> None:
    got = ties("La Policía capturó a Wilder Emilio Sánchez, mano derecha de Jhon Fredy Úsuga, en Necoclí.\n")
    assert any({a, b} == {"Wilder Emilio Sánchez", "Jhon Fredy Úsuga"} for a, _t, b in got), got


def test_a_warning_of_armed_confrontation_between_two_groups_ties_the_groups_not_the_warner_es() -> None:
    got = ties('En agosto, la Defensoría del Pueblo emitió una alerta temprana por el riesgo de "confrontación '
               'armada entre el Clan del Golfo y el ELN" en Puerto Alcira.\n')
    assert ("Clan del Golfo", "opposes", "ELN") in got or ("ELN", "opposes", "Clan del Golfo") in got
    assert not any("Defensoría" in a or "Defensoría" in b for a, _t, b in got), got


def test_a_joint_patrol_with_another_force() -> None:
    got = ties("Kenyan officers of the Multinational Security Support mission carry out their first joint patrol "
               "with the Haitian National Police in Croix-des-Bouquets.\n")
    assert any(t == "allied_with" and "Haitian National Police" in (a, b) for a, t, b in got), got
