"""A count that names what it counts from ('Two days after the video appeared, …', 'Dos días después de que el video
apareciera, …') counts from the day the text gave that thing ('A video posted on October 28 …'), not from the last
day the story mentioned ('… viewed a million times by Monday')."""

from __future__ import annotations

from support.extraction import dated_events

EN = (
    "FACT CHECK\n\nPublished: Tuesday, 3 November 2026\n\n"
    "A video posted on October 28 by the influencer Rubén Caballero Pardo claims that the government freed 300 "
    "gunmen of the Gulf Clan at the border.\n\n"
    "The clip had been viewed more than a million times on TikTok by Monday.\n\n"
    "Two days after the video appeared, Deputy Yariela Batista Mon of the Democratic Revolutionary Party shared it "
    "and demanded answers from the Security Minister.\n"
)

ES = (
    "VERIFICACIÓN\n\nPublicado el martes 3 de noviembre de 2026\n\n"
    "Un video publicado el 28 de octubre por el influencer Rubén Caballero Pardo asegura que el Gobierno liberó a 300 "
    "hombres armados del Clan del Golfo en la frontera.\n\n"
    "El clip había sido visto más de un millón de veces en TikTok el lunes.\n\n"
    "Dos días después de que el video apareciera, la diputada Yariela Batista Mon, del Partido Revolucionario "
    "Democrático, lo compartió y exigió explicaciones al ministro de Seguridad.\n"
)


def _dates_of(text: str, who: str) -> list[str | None]:
    return [d for d, names in dated_events(text) if who in names]


def test_a_count_after_a_named_thing_counts_from_that_things_day_en():
    assert "2026-10-30" in _dates_of(EN, "Yariela Batista Mon"), dated_events(EN)
    assert "2026-11-04" not in _dates_of(EN, "Yariela Batista Mon"), dated_events(EN)


def test_a_count_after_a_named_thing_counts_from_that_things_day_es():
    assert "2026-10-30" in _dates_of(ES, "Yariela Batista Mon"), dated_events(ES)
    assert "2026-11-04" not in _dates_of(ES, "Yariela Batista Mon"), dated_events(ES)
