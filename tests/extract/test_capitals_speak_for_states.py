"""A national capital opening its clause with the verb that says the words ('Moscow called it "routine."', 'Caracas
rejected the sanctions as "…"', 'La Habana calificó las sanciones de «…»') speaks for its state, when the story
names that state; a capital that is only where something happened ('En Caracas, el ministro X dijo …') does not."""

from __future__ import annotations

from support.extraction import quotes, said


def test_capitals_speak_for_the_states_the_story_names() -> None:
    got = quotes("REPORT, March 3, 2026\n\nRussia and Venezuela signed a memorandum on air defence. Moscow called it "
                 "\"routine.\" Caracas rejected the sanctions as \"an act of economic war against our people.\"\n")
    assert said(got, "routine") == "Russia"
    assert said(got, "an act of economic war") == "Venezuela"


def test_la_habana_in_spanish_and_a_capital_that_is_only_a_place() -> None:
    got = quotes("INFORME, 3 de marzo de 2026\n\nCuba y Venezuela firmaron un acuerdo. La Habana calificó las "
                 "sanciones de «un crimen contra el pueblo». En Caracas, el ministro Pedro Ruiz dijo que era «un paso "
                 "histórico para los dos países».\n")
    assert said(got, "un crimen contra el pueblo") == "Cuba"
    assert said(got, "un paso histórico") == "Pedro Ruiz"


def test_no_state_named_no_speaker_for_the_capital() -> None:
    got = quotes("REPORT, March 3, 2026\n\nMoscow called the deal \"a routine technical step between partners.\"\n")
    assert said(got, "a routine technical step") is None
