"""In a story of the day, what officials said with no date of their own was said that day."""

from __future__ import annotations

from support.extraction import dated_events as _events

CABLE = (
    "Quito, 14 mar 2025 (ALN).- Al menos 23 presos murieron este viernes en la cárcel de Quilanga Alta, informó el "
    "Servicio Nacional de Atención Integral (SNAI).\n\n"
    "El ministro del Interior, Rodrigo Almeida Cruz, anunció que el Gobierno ampliará el estado de excepción.\n\n"
    "El último episodio de esta magnitud se registró el 2 de febrero, cuando nueve internos murieron en Machala.\n\n"
    "Los familiares esperan noticias frente al penal.\n"
)




def test_an_officials_undated_announcement_in_a_story_of_the_day_is_dated_that_day():
    assert any(date == "2025-03-14" and "Rodrigo Almeida Cruz" in who for date, who in _events(CABLE))


def test_a_story_that_moved_to_another_day_does_not_carry_the_publication_day():
    # within the paragraph that went back to 2 February, what the minister announced is not dated the 14th
    text = CABLE.replace("El ministro del Interior, Rodrigo Almeida Cruz, anunció que el Gobierno ampliará el estado "
                         "de excepción.\n\n", "").replace(
        "murieron en Machala.\n", "murieron en Machala. El ministro del Interior, Rodrigo Almeida Cruz, anunció medidas.\n")
    assert not any(date == "2025-03-14" and "Rodrigo Almeida Cruz" in who for date, who in _events(text))
