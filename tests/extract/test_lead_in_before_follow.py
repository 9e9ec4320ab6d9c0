"""An event its own sentence tells with one actor takes the actors of the sentence before it (the setting the story
just gave) — judged on its own sentence, not after the sentences that follow it have added theirs: "Nadie ha
olvidado a X. En marzo de 2023, tras reunirse con la Fiscalía, fue asesinado. Su sucesora, Y, …" is X's killing."""

from __future__ import annotations

from support.extraction import dated_events

BARRIO = (
    "El barrio que dejó de hablar\n\n"
    "Revista Travesía · Crónica · Publicado el 3 de agosto de 2025\n\n"
    "Los vecinos de la colonia hablan poco y bajan la voz cuando pasa una moto por la calle principal del barrio.\n\n"
    "Nadie en el barrio ha olvidado a Teodoro Quispe Mamani, el dirigente que denunció los cobros. En marzo de "
    "2023, dos días después de reunirse con la Fiscalía, fue asesinado frente a su casa. Su sucesora, Marta "
    "Lindo Arce, no ha dado una sola entrevista.\n"
)

NEIGHBOURHOOD = (
    "The neighbourhood that stopped talking\n\n"
    "Travesía Magazine · Chronicle · Published August 3, 2025\n\n"
    "People in the neighbourhood speak little and lower their voices whenever a motorbike goes down the main "
    "street.\n\n"
    "Nobody here has forgotten Teodoro Quispe Mamani, the organiser who reported the fees. In March 2023, two "
    "days after a meeting at the Attorney General's Office, gunmen shot him dead outside his home. His successor, "
    "Marta Lindo Arce, has not given a single interview.\n"
)


def test_an_event_with_one_actor_takes_the_person_the_sentence_before_named():
    for text in (BARRIO, NEIGHBOURHOOD):
        got = [names for d, names in dated_events(text) if d == "2023-03"]
        assert got and any(any("Teodoro" in n for n in names) for names in got), got
