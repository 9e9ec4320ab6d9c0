"""A nationality word in an event's own sentence ('un dron estadounidense sobrevoló la sierra', 'Guatemalan
soldiers burned the camp') makes the state it names a participant, when the document names that state; a
nationality inside a name or inside someone's quoted words does not."""

from __future__ import annotations

from support.extraction import dated_events

DRON = (
    "Columna · El Diario del Norte\n"
    "Hermosillo, 22 de septiembre de 2026\n\n"
    "La relación con Estados Unidos vive su peor momento desde hace una década, y en la sierra se nota.\n\n"
    "El pasado jueves, un dron estadounidense sobrevoló durante casi tres horas la sierra entre Sonora y "
    "Chihuahua sin que nadie lo explicara.\n\n"
    "Nadie en el gobierno ha dicho quién autorizó el vuelo.\n"
)

CAMP = (
    "Border report\n\n"
    "September 22, 2026\n\n"
    "Relations between Honduras and Guatemala have soured over the border river, and the villages on both banks "
    "feel it.\n\n"
    "Last Thursday, Guatemalan soldiers burned a camp of the Los Rápidos gang on the river bank, residents said.\n\n"
    "\"We only want peace,\" said a Honduran fisherman who asked not to be named.\n"
)


def _on(text: str, date: str) -> list[list[str]]:
    return [names for d, names in dated_events(text) if d == date]


def test_a_nationality_word_in_the_events_sentence_brings_its_state():
    assert any(any("Estados Unidos" in n or "United States" in n for n in names)
               for names in _on(DRON, "2026-09-17")), dated_events(DRON)
    assert any(any("Guatemala" in n for n in names) for names in _on(CAMP, "2026-09-17")), dated_events(CAMP)


def test_a_nationality_of_another_sentence_stays_out():
    assert not any(any("Honduras" in n for n in names) for names in _on(CAMP, "2026-09-17")), dated_events(CAMP)
