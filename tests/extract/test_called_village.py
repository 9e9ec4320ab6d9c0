"""A chronicle filed from a city about a village it calls "el pueblo"/"the village": what it tells at "la entrada del
pueblo", or without naming a place, happened in that village, not in the city the magazine dates it from."""

from __future__ import annotations

from support.extraction import dated_events

PUEBLO = (
    "REVISTA MERIDIANA — Crónica\n"
    "Pasto, domingo 12 de octubre de 2025\n\n"
    "Santa Ana del Cedro, el pueblo donde nadie sale de noche\n\n"
    "A Santa Ana del Cedro se llega por un camino de piedra que sube desde el río durante dos horas. En el pueblo "
    "viven unas mil personas, y todas saben quién cobra la cuota en cada tienda de la plaza.\n\n"
    "El 4 de agosto, el tendero Julio Mavisoy apareció muerto junto a la escuela.\n\n"
    "Dos semanas después, la Policía Nacional instaló un retén a la entrada del pueblo. Los agentes revisan "
    "las motos de día.\n\n"
    "Muchos jóvenes se fueron a Pasto a buscar trabajo. Otros se quedaron en el pueblo. En Pasto, la alcaldía "
    "dice que la situación está bajo control.\n"
)

VILLAGE = (
    "THE RIDGE REVIEW — Chronicle\n"
    "Pasto, Sunday, October 12, 2025\n\n"
    "Santa Ana del Cedro, the village where nobody goes out at night\n\n"
    "Santa Ana del Cedro is reached by a stone track that climbs from the river for two hours. About a thousand "
    "people live in the village, and all of them know who collects the fee in every shop on the square.\n\n"
    "On August 4, the shopkeeper Julio Mavisoy was found dead beside the school.\n\n"
    "Two weeks later, the National Police set up a checkpoint at the entrance to the village. The officers check "
    "motorbikes by day.\n\n"
    "Many young people left for Pasto to look for work. Others stayed in the village. In Pasto, the mayor's "
    "office says the situation is under control.\n"
)


def _places_on(text: str, date: str) -> list[list[str]]:
    return [names for d, names in dated_events(text) if d == date]


def test_the_village_the_chronicle_calls_el_pueblo_is_where_its_events_happen():
    for text in (PUEBLO, VILLAGE):
        checkpoint = _places_on(text, "2025-08-18")
        assert checkpoint and all(any("Santa Ana" in n for n in names) for names in checkpoint), checkpoint
        assert not any("Pasto" in n for names in checkpoint for n in names), checkpoint
        killing = _places_on(text, "2025-08-04")
        assert killing and all(any("Santa Ana" in n for n in names) for names in killing), killing
