"""Bodies named as parts of others, bodies that work together, and a role said before a body's acronym."""

from __future__ import annotations

from support.extraction import extracted, ties


def test_a_unit_named_with_its_acronym_and_the_body_it_belongs_to_es() -> None:
    got = ties("La operación contó con el apoyo de la Unidad Especial contra la Trata (UNET) del Ministerio Público.\n")
    assert ("Unidad Especial contra la Trata", "member_of", "Ministerio Público") in got


def test_joint_work_between_two_forces_and_the_unit_of_the_police_es() -> None:
    got = ties("La Fiscalía Provincial de Tumbes, en trabajo conjunto con la División de Inteligencia Antidrogas "
               "(DIVIAD) de la Policía Nacional del Perú, desarticuló la banda Los Topos del Puerto.\n")
    assert ("División de Inteligencia Antidrogas", "member_of", "Policía Nacional del Perú") in got
    assert any({a, b} == {"Fiscalía Provincial de Tumbes", "División de Inteligencia Antidrogas"} and t == "allied_with"
               for a, t, b in got), got


def test_agents_working_with_another_force() -> None:
    got = ties("Agents of the Drug Enforcement Administration, working with Ecuadorian police, detained the pilot "
               "in Manta.\n")
    assert any(t == "allied_with" and "DEA" in (a, b) for a, t, b in got), got


def test_a_body_that_sanctions_keeps_its_tie_when_named_with_the_department_it_belongs_to() -> None:
    got = ties("Rubén Ortega Lira dirigía las empresas.\n\nEl 3 de mayo de 2024, la Oficina de Control de Activos "
               "Extranjeros (OFAC) del Departamento del Tesoro de Estados Unidos lo sancionó junto con Ortega y dos de "
               "sus firmas.\n")
    assert ("OFAC", "acts_against", "Rubén Ortega Lira") in got
    assert ("OFAC", "member_of", "US Department of the Treasury") in got


def test_the_role_before_a_body_and_its_acronym_is_the_named_persons() -> None:
    ex = extracted("La coordinadora del Comité Permanente por los Derechos de las Personas Desplazadas (CPDPD), "
                   "Marta Ulloa, denunció amenazas.\n")
    names = {e.key: e.name for e in ex.entities}
    assert "Comité Permanente por los Derechos de las Personas Desplazadas" in names.values()
    got = {(names[r.source], r.type, names[r.target]) for r in ex.relations}
    assert ("Marta Ulloa", "leads", "Comité Permanente por los Derechos de las Personas Desplazadas") in got


def test_the_source_a_spanish_sentence_opens_with_is_no_party_to_what_it_reports() -> None:
    got = ties("El alcalde Ramiro Salas llegó al cargo en 2021.\n\n"
               "Según la Fiscalía, el alcalde recibió pagos del Clan del Golfo durante la campaña.\n")
    assert not any("Fiscalía" in (a, b) for a, _t, b in got), got
    assert any({a, b} == {"Ramiro Salas", "Clan del Golfo"} for a, _t, b in got), got
