"""A body that authorizes or mandates a mission backs it (the agent after 'by'/'por')."""

from __future__ import annotations

from support.extraction import ties


def test_the_body_that_authorized_a_force_supports_it():
    en = ("BULLETIN\n\nThe Andean Stabilization Force, authorized by the Organization of American States last year, "
          "has been deploying troops since January.\n")
    es = ("BOLETÍN\n\nLa Fuerza Andina de Estabilización, autorizada por la Organización de Estados Americanos el año "
          "pasado, despliega tropas desde enero.\n")
    assert ("OAS", "supports", "Andean Stabilization Force") in ties(en)
    assert ("Organización de Estados Americanos", "supports", "Fuerza Andina de Estabilización") in ties(es)
