"""A day counted from the story's last one ("Two days later", "al día siguiente") tells what followed on from that
day: the actors of what that day's sentence told take part. And a reporting verb inside someone's quoted words
("… and the police has confirmed it," he says) does not put an undated sentence on the day of publication, so the
count after it still starts from the day the story gave."""

from __future__ import annotations

from support.extraction import dated_events

CLIP = (
    "Bayside Check | Fact Check\n"
    "Published Thursday, Nov. 5, 2026 — by Lena Fors\n\n"
    "CLAIM: \"The mayor of Port Elray ordered the killings of two traders with the Costa Azul gang, and the Port Elray Police Department has confirmed it.\"\n"
    "RATING: FALSE\n\n"
    "A video viewed more than a million times claims that the mayor of Port Elray takes money from the Costa Azul "
    "gang. The clip was posted last Saturday by Ramón Tejeda, a commentator based in Texas who has about 80,000 "
    "followers.\n\n"
    "\"The mayor is on the gang's payroll, and the Port Elray Police Department has confirmed it,\" Tejeda says in the video.\n\n"
    "Two days later, Congressman Paul Whitby shared the clip with the comment \"Resign now.\"\n"
)

OPERATIVO = (
    "Columna · Diario del Litoral\n"
    "Quito, 20 de enero de 2026\n\n"
    "El pasado 8 de enero, la Policía Nacional detuvo a Rubén Castaño Vera en un barrio del sur de Cuenca durante "
    "un operativo que dejó dos heridos y ninguna explicación.\n\n"
    "La ministra del Interior, Gabriela Ortiz Maldonado, defendió el operativo al día siguiente en rueda de prensa.\n"
)


def _on(text: str, date: str) -> list[list[str]]:
    return [names for d, names in dated_events(text) if d == date]


def test_the_day_counted_after_a_quote_still_starts_from_the_day_the_story_gave():
    assert _on(CLIP, "2026-11-02"), dated_events(CLIP)
    assert not _on(CLIP, "2026-11-07")


def test_a_counted_day_takes_the_actors_of_the_day_it_counts_from():
    assert any(any("Tejeda" in n for n in names) and any("Whitby" in n for n in names)
               for names in _on(CLIP, "2026-11-02")), dated_events(CLIP)
    assert any(any("Ortiz" in n for n in names) and any("Castaño" in n or "Policía" in n for n in names)
               for names in _on(OPERATIVO, "2026-01-09")), dated_events(OPERATIVO)
