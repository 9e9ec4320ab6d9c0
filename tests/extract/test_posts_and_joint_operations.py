"""Where an actor keeps a post (a base, a garrison, a number of men), and bodies named as a joint action's doers."""

from __future__ import annotations

from support.extraction import ties


def test_a_base_kept_in_a_place_means_the_body_operates_there():
    en = "BULLETIN\n\nThe Coastal Guard has a naval base in Punta Brava, but its boats rarely leave the harbour.\n"
    es = "BOLETÍN\n\nLa Guardia Costera tiene una base en Punta Brava, pero sus lanchas casi no salen del muelle.\n"
    assert ("Coastal Guard", "operates_in", "Punta Brava") in ties(en)
    assert ("Guardia Costera", "operates_in", "Punta Brava") in ties(es)


def test_men_kept_in_a_country_mean_the_force_operates_there():
    en = "BULLETIN\n\nThe Andean Mission, which replaced the old force, still has about 400 police officers in Guatemala.\n"
    es = "BOLETÍN\n\nLa Misión Andina, que reemplazó a la fuerza anterior, mantiene unos 400 efectivos en Guatemala.\n"
    assert ("Andean Mission", "operates_in", "Guatemala") in ties(en)
    assert ("Misión Andina", "operates_in", "Guatemala") in ties(es)


def test_two_bodies_named_as_the_doers_of_a_joint_operation_act_together():
    es = ("BOLETÍN\n\nTovar fue capturado en un operativo conjunto de la Policía Rural y la Armada Fluvial "
          "en un barrio de Puerto Nuevo.\n")
    en = "BULLETIN\n\nTovar was caught in a joint raid by the Rural Police and the River Navy in Port Selva.\n"
    assert ("Policía Rural", "allied_with", "Armada Fluvial") in ties(es)
    assert ("Rural Police", "allied_with", "River Navy") in ties(en)


def test_officers_of_two_bodies_who_searched_a_place_act_together():
    es = "BOLETÍN\n\nEl martes, agentes de la Fiscalía Rural y elementos de la Armada Fluvial catearon la bodega.\n"
    assert ("Fiscalía Rural", "allied_with", "Armada Fluvial") in ties(es)
