"""Whose boat was seized: the force that intercepted a craft acts against the firm or the person the next
sentence says it is registered to; a craft registered to someone with no seizure named before ties no one.
A firm's legal form at the end of its name ('S. de R.L.', 'SpA') types it a company.
"""

from __future__ import annotations

from support.extraction import extracted, ties

NAVY = ("February 2024 - The Honduran Navy intercepts a speedboat carrying 1.3 tonnes of cocaine off the coast of "
        "Gracias a Dios. The vessel is registered to Palmas del Atlántico S. de R.L., a palm-oil exporter.\n")
GUARDIA = ("El 17 de febrero de 2026, la DEA y la Guardia Costera de Estados Unidos interceptaron al sur de Puerto "
           "Rico una lancha rápida con 640 kilos de cocaína. La embarcación estaba registrada a nombre de la "
           "Naviera Coquí del Este, una empresa de fletes.\n")
NO_SEIZURE = ("The Honduran Navy held a ceremony in La Ceiba on Monday. The vessel is registered to Palmas del "
              "Atlántico S. de R.L., which donated it.\n")


def test_the_force_that_intercepted_the_boat_acts_against_its_registered_owner() -> None:
    assert ("Honduran Navy", "acts_against", "Palmas del Atlántico S. de R.L.") in ties(NAVY)


def test_every_force_before_the_verb_acts_against_the_owner() -> None:
    got = ties(GUARDIA)
    assert ("DEA", "acts_against", "Naviera Coquí del Este") in got
    assert ("US Coast Guard", "acts_against", "Naviera Coquí del Este") in got


def test_no_seizure_no_tie_to_the_owner() -> None:
    assert not any(t == "acts_against" for _a, t, _b in ties(NO_SEIZURE))


def test_a_legal_form_ending_a_name_makes_a_company() -> None:
    got = {e.name: e.type for e in extracted(NAVY).entities}
    assert got["Palmas del Atlántico S. de R.L."] == "company"
