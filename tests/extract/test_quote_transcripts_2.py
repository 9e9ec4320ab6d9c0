"""Transcripts whose labels carry a title ('REP. MARSH:', 'DR. RUIZ:') or a time ('[00:01:20] JORGE PAZ:')."""

from __future__ import annotations

from support.extraction import quotes, said

HEARING_EN = (
    "Transcript: subcommittee hearing on port security, May 4. Witnesses: Paul Kim, director of the Harbor Drug "
    "Task Force, and Elena Ruiz, a researcher at the Andes Policy Institute. Chairman Robert Hayes presided; "
    "Rep. Linda Marsh is the ranking member.\n\n"
    "CHAIRMAN HAYES: The committee will come to order. Director Kim, your opening statement.\n\n"
    "MR. KIM: Thank you. We have seized more cocaine this year than in the last three years combined.\n\n"
    "REP. MARSH: Dr. Ruiz, should these groups be listed as terrorist organizations?\n\n"
    "DR. RUIZ: A label will not stop a single container. It only changes who we may talk to.\n"
)

RADIO_ES = (
    "Transcripción del programa Voces del Norte, emitido el 12 de mayo. Conduce Ana Torres; invitado: Jorge Paz, "
    "dirigente del gremio de transportistas, y la fiscal Marta Gil.\n\n"
    "[00:01:12] ANA TORRES: Bienvenidos. Hoy hablamos de la extorsión en el norte de la ciudad.\n"
    "[00:01:20] JORGE PAZ: Gracias, Ana. Cada conductor del norte paga diez soles diarios a las bandas.\n"
    "[00:02:09] FISCAL GIL: Tenemos más de trescientas denuncias al mes y es apenas una fracción.\n"
    "[00:02:40] JORGE PAZ: Los que cobran son chicos en moto, casi todos menores de edad.\n"
)


def test_a_title_before_the_name_in_a_label_en() -> None:
    got = quotes(HEARING_EN)
    assert said(got, "We have seized more cocaine") == "Paul Kim"
    assert said(got, "A label will not stop") == "Elena Ruiz"


def test_a_transcript_with_no_one_who_mostly_asks_gives_each_turn_to_its_speaker_es() -> None:
    got = quotes(RADIO_ES)
    assert said(got, "Cada conductor del norte paga") == "Jorge Paz"
    assert said(got, "Tenemos más de trescientas denuncias") == "Marta Gil"
    assert said(got, "Los que cobran son chicos en moto") == "Jorge Paz"
