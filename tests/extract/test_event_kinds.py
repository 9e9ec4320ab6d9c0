"""What kind of happening a dated clause tells, in words the trigger list did not know: 'aprehendida',
'recaptured', 'shot dead', 'balacera', 'found … guilty', 'sentenciado', 'froze the accounts', 'designó … como',
'was elected', 'decreed'."""

from __future__ import annotations

from support.extraction import extracted

HEAD_EN = "THE RIVER COURIER\nMonday, June 9, 2025\n\n"
HEAD_ES = "EL CORREO DEL RÍO\nLunes 9 de junio de 2025\n\n"


def _kinds(text: str) -> set[str]:
    return {ev.type for ev in extracted(text).events}


def test_arrests_in_words_of_their_own():
    assert "arrest" in _kinds(HEAD_ES + "El 3 de marzo de 2025, Rosalba Quintero Vidal fue aprehendida por la Policía "
                                        "Estatal de Colima en un hotel de Manzanillo.\n")
    assert "arrest" in _kinds(HEAD_EN + "On 3 March 2025, the Federal Police recaptured Dario Montalvo Ruiz in a "
                                        "farmhouse outside the town of Tepalcatepec.\n")


def test_shootings_and_gun_battles_are_violence():
    assert "violence" in _kinds(HEAD_EN + "On 3 March 2025, the community leader Aurelio Vidal Paz was shot dead "
                                          "outside his home in the town of Tepalcatepec.\n")
    assert "violence" in _kinds(HEAD_ES + "El 3 de marzo de 2025 hubo una balacera entre Los Halcones del Valle y la "
                                          "Policía Estatal de Colima en Manzanillo.\n")


def test_verdicts_and_sentences_are_legal_action():
    assert "legal_action" in _kinds(HEAD_EN + "On 3 March 2025, a jury in Houston found Dario Montalvo Ruiz guilty "
                                              "of laundering money for the Halcones del Valle gang.\n")
    assert "legal_action" in _kinds(HEAD_ES + "El 3 de marzo de 2025, Darío Montalvo Ruiz fue sentenciado por un "
                                              "tribunal de Colima a doce años de prisión.\n")


def test_frozen_accounts_and_designations_are_sanctions():
    assert "sanction" in _kinds(HEAD_EN + "On 3 March 2025, the Treasury of Panama froze the accounts of Cambios "
                                          "del Istmo, a currency exchange owned by Dario Montalvo Ruiz.\n")
    assert "sanction" in _kinds(HEAD_ES + "El 3 de marzo de 2025, el Departamento de Estado designó a Los Halcones "
                                          "del Valle como organización terrorista extranjera.\n")


def test_being_elected_is_an_election():
    assert "election" in _kinds(HEAD_EN + "In November 2021, Dario Montalvo Ruiz was elected mayor of Tepalcatepec "
                                          "on the ticket of the Partido Ribereño.\n")


def test_shots_fired_at_someone_are_violence():
    assert "violence" in _kinds(HEAD_ES + "El 3 de marzo de 2025, en el barrio Las Flores, un policía disparó contra "
                                          "Joaquín Rentería, de 16 años, que volvía del colegio.\n")
    assert "violence" in _kinds(HEAD_EN + "On 3 March 2025, soldiers opened fire on a bus carrying Aurelio Vidal Paz "
                                          "near the town of Tepalcatepec.\n")


def test_a_plan_launched_on_a_day_is_policy():
    assert "policy" in _kinds(HEAD_ES + "Es la foto del Plan Candado, lanzado con gran ruido el 3 de marzo de 2025 por "
                                        "el ministro Ezequiel Barrionuevo.\n")


def test_a_year_before_an_agent_s_por_is_a_date_not_a_rate():
    ex = extracted(HEAD_ES + "Darío Montalvo Ruiz fue capturado en 2023 por la Policía Estatal de Colima.\n")
    assert ("2023", "arrest") in {(ev.date, ev.type) for ev in ex.events}
    ex = extracted(HEAD_ES + "La inflación llegó a 2023 por ciento, según el banco central de Colima.\n")
    assert "2023" not in {ev.date for ev in ex.events}


def test_elegido_is_an_election():
    assert "election" in _kinds(HEAD_ES + "El alcalde Jairo Anacona fue elegido en 2023 por el Partido Verde de "
                                          "Colima.\n")
