"""A country's force named by its nationality in lower case: 'Belgian customs', 'el ejército dominicano'."""

from __future__ import annotations

from support.extraction import extracted


def _names(text: str) -> dict[str, list[str]]:
    return {e.name: e.aliases for e in extracted(text).entities if e.type == "government_body"}


def test_a_force_no_list_holds_is_an_actor_named_as_written() -> None:
    assert "Belgian customs" in _names("Belgian customs seized two tonnes of cocaine in Antwerp in May.\n")
    assert "ejército dominicano" in _names("Soldados del ejército dominicano llegaron a Dajabón el lunes.\n")


def test_the_short_form_is_the_force_the_text_named_in_full() -> None:
    got = _names("The Haitian National Police raided the base.\n\nHaitian police later said two officers died.\n")
    assert list(got) == ["Haitian National Police"] and "Haitian police" in got["Haitian National Police"]


def test_a_forces_officer_is_a_person_not_the_force() -> None:
    assert not _names("Prosecutors linked the gang to the murder of Raúl Ortega, a former Bolivian army officer.\n")
