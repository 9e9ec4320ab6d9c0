"""'El Ministerio Público (MP), a través de la Fiscalía X, y la Policía Nacional Civil (PNC), por medio de la
División Y, ejecutaron …': each part belongs to its body (also after the body's bracketed short form), and the two
bodies acted together. Invented examples."""

from __future__ import annotations

from support.extraction import ties


def test_two_bodies_acting_through_their_parts_act_together() -> None:
    got = ties("Ciudad de Guatemala, 3 de junio de 2026.\n\nLa Fiscalía General (FG), a través de la Fiscalía "
               "Especializada contra el Contrabando, y la Guardia Fronteriza (GF), por medio de la División de "
               "Investigación Criminal (DIVIC), ejecutaron este martes nueve allanamientos en Jutiapa.\n")
    assert ("Fiscalía Especializada contra el Contrabando", "member_of", "Fiscalía General") in got
    assert ("División de Investigación Criminal", "member_of", "Guardia Fronteriza") in got
    assert any({s, o} == {"Fiscalía General", "Guardia Fronteriza"} and t == "allied_with" for s, t, o in got), got


def test_the_second_body_may_act_without_a_part() -> None:
    got = ties("Santo Domingo, 3 de junio de 2026.\n\nLa Fiscalía General, a través de la Fiscalía "
               "Especializada contra el Contrabando, y la Guardia Fronteriza desarticularon una red de tráfico de armas.\n")
    assert any({s, o} == {"Fiscalía General", "Guardia Fronteriza"} and t == "allied_with" for s, t, o in got), got


def test_a_short_form_not_read_as_a_name_and_a_unit_specialised_in_a_remit() -> None:
    # 'MP' alone is no name the rules keep; 'División Especializada en …' is one name, a state's unit
    got = ties("Ciudad de Guatemala, 3 de junio de 2026.\n\nEl Ministerio Público (MP), a través de la Fiscalía "
               "contra el Contrabando, y la Guardia Fronteriza (GF), por medio de la División Especializada en "
               "Investigación Aduanera (DEIA), ejecutaron este martes nueve allanamientos en Jutiapa.\n")
    assert ("Fiscalía contra el Contrabando", "member_of", "Ministerio Público") in got
    assert ("División Especializada en Investigación Aduanera", "member_of", "Guardia Fronteriza") in got
