"""Someone captured 'in a joint operation with' a force is not that force's ally: the force acts against them.
A joint patrol of two forces is still an alliance. Found on a timeline written for this check."""

from __future__ import annotations

from support.extraction import ties


def test_captured_in_a_joint_operation_with_the_police() -> None:
    for text in ("QUITO, Oct. 1, 2025 - Wilmer Cortez Preciado, alias Gavilán, was captured in Cali, Colombia, in a "
                 "joint operation with the Colombian police.\n",
                 "Quito, 1 de octubre de 2025.- Wilmer Cortez Preciado fue capturado en Cali en un operativo conjunto "
                 "con la Policía Nacional de Colombia.\n"):
        got = ties(text)
        assert ("Policía Nacional de Colombia", "acts_against", "Wilmer Cortez Preciado") in got
        assert not any(t == "allied_with" for _s, t, _o in got)


def test_a_joint_patrol_of_two_forces_is_still_an_alliance() -> None:
    got = ties("QUITO, Oct. 1, 2025 - The Ecuadorian army carried out joint patrols with the Colombian army along "
               "the border.\n")
    assert any(t == "allied_with" for _s, t, _o in got)
