"""A police release names the people it arrested in the next paragraph ('Los detenidos fueron identificados como
…', 'The detainees, A, B and C, …'): they take part in the arrest. A bus attacked 'a balazos' is violence; a judge
who 'ligó a proceso' the suspects takes legal action."""

from __future__ import annotations

from support.extraction import typed_events as _events

COMUNICADO = (
    "POLICÍA NACIONAL CIVIL — OFICINA DE PRENSA\n"
    "Comunicado de prensa No. 214-2025 | Ciudad de Guatemala, 9 de octubre de 2025\n\n"
    "Agentes de la Policía Nacional Civil capturaron el lunes a tres presuntos integrantes de la clica Los Gatos "
    "Negros en la zona 18 de la capital.\n\n"
    "Los detenidos fueron identificados como Byron Estuardo Cux Pérez, de 22 años, y Wilmer Ajú Tzoc, de 19.\n\n"
    "La noche anterior, la clica Los Gatos Negros había atacado a balazos un bus en la colonia El Limón.\n"
)

RELEASE = (
    "PROVINCIAL POLICE OF SAN CRISTOBAL\n"
    "Press release, Thursday 9 October 2025\n\n"
    "Officers of the Provincial Police of San Cristobal arrested two members of the Red Hand gang on Monday in the "
    "town of Villa Ortega.\n\n"
    "The detainees, Marco Ruiz Quiroga and Julia Andrade Peña, were taken to the provincial prison.\n"
)




def test_the_detainees_named_below_take_part_in_the_arrest():
    assert any(d == "2025-10-06" and t == "arrest" and any("Byron" in n for n in ps)
               for d, t, ps in _events(COMUNICADO))
    assert any(d == "2025-10-06" and t == "arrest" and any("Julia Andrade" in n for n in ps)
               for d, t, ps in _events(RELEASE))


def test_an_attack_with_gunfire_is_violence():
    assert any(d == "2025-10-05" and t == "violence" for d, t, _ps in _events(COMUNICADO))


def test_a_judge_binding_suspects_over_for_trial_takes_legal_action():
    text = COMUNICADO + ("\nEl 7 de octubre de 2025, un juez de turno ligó a proceso a Byron Estuardo Cux Pérez por "
                         "extorsión.\n")
    assert any(d == "2025-10-07" and t == "legal_action" for d, t, _ps in _events(text))
