"""A sentence whose only date is the story's own day, and that tells nothing new ('Su madre todavía guarda la gorra
que él llevaba ese día'), goes on telling the event before it; a body found dead ('apareció muerto', 'was found
dead') is violence."""

from __future__ import annotations

from support.extraction import typed_events as _events

CRONICA = (
    "REVISTA RIBERA — Crónica\n"
    "Lunes 20 de octubre de 2025\n\n"
    "En San Telmo del Río la calma duró hasta el verano, cuando la banda Los del Muelle empezó a cobrar por cada "
    "lancha que cruza al otro lado.\n\n"
    "El 9 de julio, un lanchero de 23 años, Ismael Prado Ruiz, apareció muerto a la orilla del río. Su madre, "
    "Mercedes Ruiz Lozano, todavía guarda la gorra que él llevaba ese día.\n"
)

CHRONICLE = (
    "RIVERSIDE MAGAZINE — Chronicle\n"
    "Monday, October 20, 2025\n\n"
    "In San Telmo del Río the calm lasted until the summer, when the Muelle gang began to charge for every boat "
    "that crosses to the other side.\n\n"
    "On July 9, a 23-year-old boatman, Ismael Prado Ruiz, was found dead on the riverbank. His mother, Mercedes "
    "Ruiz Lozano, still keeps the cap he was wearing that day.\n"
)




def test_a_sentence_that_only_recalls_the_day_goes_on_telling_its_event():
    for text in (CRONICA, CHRONICLE):
        assert any(d == "2025-07-09" and any("Ismael" in n for n in ps) and any("Mercedes" in n for n in ps)
                   for d, _t, ps in _events(text)), _events(text)


def test_a_body_found_dead_is_violence():
    for text in (CRONICA, CHRONICLE):
        assert any(d == "2025-07-09" and t == "violence" for d, t, _ps in _events(text)), _events(text)
