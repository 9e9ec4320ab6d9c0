"""Spanish clitic-fronted objects ('La dirigen X y Y') and a band named before its 'Los del' form."""

from __future__ import annotations

from support.extraction import extracted, ties

CRONICA = ("Cúcuta, 3 de mayo de 2025. —Aquí no hay Estado, aquí manda Caño Seco —dice un mototaxista del barrio. "
           "Caño Seco cobra hasta el aire.\n\n"
           "«Los del Caño Seco» es como todos llaman a la banda que desde 2023 cobra el paso por las trochas. "
           "La dirigen dos personas a las que nadie nombra por su apellido: el Tuerto, un hombre de cuarenta años, "
           "y la Negra Emilse, su compañera, que lleva las cuentas. Si la plata no cuadra, el que viene a cobrar "
           "es el Tuerto.\n")


def test_the_people_after_a_fronted_verb_lead_the_band_the_sentence_before_named():
    got = ties(CRONICA)
    assert ("Tuerto", "leads", "Los del Caño Seco") in got
    assert ("Negra Emilse", "leads", "Los del Caño Seco") in got


def test_a_band_quoted_with_its_los_del_is_one_band_with_its_bare_name():
    ex = extracted(CRONICA)
    band = next(e for e in ex.entities if e.name == "Los del Caño Seco")
    assert band.type == "criminal_group" and "Caño Seco" in band.aliases
    assert not any(e.name == "Caño Seco" for e in ex.entities)


def test_a_fronted_clitic_with_no_group_before_ties_nobody():
    got = ties("La ciudad amaneció tranquila. La dirigen desde hace un año el alcalde Pedro Ruiz y su equipo.")
    assert not any(t == "leads" for _s, t, _o in got)
