"""Transcripts: turns that open with the speaker's name and a colon, a host who mostly introduces and hands over."""

from __future__ import annotations

from support.extraction import extracted, said
from support.extraction import quotes as _quotes


def speakers(got: list[tuple[str, str | None]], words: str) -> set[str | None]:
    """Every speaker of a quote holding ``words``: the words a guest quotes are in the guest's turn as well."""
    return {speaker for quote, speaker in got if words in quote}


PODCAST_EN = (
    "THE LONG WIRE — a podcast from Harbour Audio\n\n"
    "ANA ORTEGA-LUNA: Welcome back. I'm Ana Ortega-Luna. Today we talk about the port gangs of Guayaquil with "
    "Peter Okafor-Reyes, a researcher at the Andean Crime Monitor, and Lucía Paredes, a reporter for Radio Costa. "
    "Peter, start us off. Who runs the docks today?\n\n"
    "PETER OKAFOR-REYES: Two crews share them now. The bigger one answers to Julio Mendoza, who everyone calls "
    "\"Tiburón\". He used to run fuel on the river. Now he's the man the others fear. In a voice note last month he "
    "said, and I'm quoting, \"Every container that moves here pays us first.\"\n\n"
    "ANA ORTEGA-LUNA: Lucía, you were at the docks last week.\n\n"
    "LUCÍA PAREDES: I was. The navy has a new commander there, Admiral Raúl Benítez. He's been very visible.\n\n"
    "ANA ORTEGA-LUNA: Tell us what he has done so far.\n\n"
    "LUCÍA PAREDES: Some of it works. Last Friday he led a raid on two warehouses. Afterwards he told reporters, "
    "\"We will search every ship that docks here, one by one.\" Nobody in the market believes it will last.\n\n"
    "ANA ORTEGA-LUNA: Peter, where does this go?\n\n"
    "PETER OKAFOR-REYES: The crews are strong because they are small. Arrest one boss and another takes his place "
    "within a week.\n\n"
    "ANA ORTEGA-LUNA: We'll leave it there. Thank you both.\n"
)


def test_a_guests_turn_is_the_guests_words_when_the_host_mostly_introduces_and_hands_over_en() -> None:
    got = _quotes(PODCAST_EN)
    assert said(got, "The crews are strong because they are small") == "Peter Okafor-Reyes"
    assert said(got, "Some of it works") == "Lucía Paredes"


def test_he_in_a_turn_is_not_the_speaker_of_the_turn_en() -> None:
    got = _quotes(PODCAST_EN)
    assert "Julio Mendoza" in speakers(got, "Every container that moves here pays us first")
    assert "Raúl Benítez" in speakers(got, "We will search every ship")


def test_a_host_who_says_her_name_is_named_without_the_verb_en() -> None:
    names = {e.name for e in extracted(PODCAST_EN).entities}
    assert not any(n.startswith("I'm") for n in names)
    assert "Daniel Ortega" not in names  # 'ORTEGA-LUNA' is the host's double surname, not the listed Ortega


PODCAST_ES = (
    "LA RONDA — pódcast de Onda Sur\n\n"
    "MARTA SALCEDO-VEGA: Bienvenidos. Hoy hablamos de la minería ilegal en el Putumayo con Andrés Quiroga, "
    "investigador del Observatorio Amazónico, y con Rosa Tenorio, corresponsal de Radio Frontera. Andrés, "
    "empecemos por ti. ¿Quién manda hoy en el río?\n\n"
    "ANDRÉS QUIROGA: Manda una sola estructura desde el año pasado. La dirige Iván Cárdenas, a quien todos "
    "llaman \"el Mono\". Antes era un comerciante de combustible. Ahora todos le pagan. En un audio que circuló en "
    "marzo él dijo, y cito textual, \"En este río no se mueve una draga sin que yo lo sepa.\"\n\n"
    "MARTA SALCEDO-VEGA: Rosa, tú estuviste en Puerto Leguízamo la semana pasada.\n\n"
    "ROSA TENORIO: Así es. La Armada tiene un nuevo comandante en la zona, el capitán Ernesto Ríos. Es muy visible.\n\n"
    "MARTA SALCEDO-VEGA: Cuéntanos qué ha hecho hasta ahora.\n\n"
    "ROSA TENORIO: Algo sí. El viernes encabezó un operativo contra seis dragas. La mitad de los mineros ya se fue "
    "del pueblo.\n\n"
    "MARTA SALCEDO-VEGA: Andrés, ¿hacia dónde va esto?\n\n"
    "ANDRÉS QUIROGA: La estructura es fuerte porque es pequeña. Caen dos y al mes hay otros dos.\n\n"
    "MARTA SALCEDO-VEGA: Lo dejamos aquí. Gracias a los dos.\n"
)


def test_a_guests_turn_is_the_guests_words_when_the_host_mostly_introduces_and_hands_over_es() -> None:
    got = _quotes(PODCAST_ES)
    assert said(got, "La estructura es fuerte porque es pequeña") == "Andrés Quiroga"
    assert said(got, "La mitad de los mineros ya se fue") == "Rosa Tenorio"


def test_el_in_a_turn_is_not_the_speaker_of_the_turn_es() -> None:
    got = _quotes(PODCAST_ES)
    assert "Iván Cárdenas" in speakers(got, "no se mueve una draga sin que yo lo sepa")
