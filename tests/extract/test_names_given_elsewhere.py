"""A company or body named once with what it is ('la casa de cambio Divisas Cúcuta') keeps that name where the text
writes it again without the description: the listed city inside it is no mention of the city there."""

from __future__ import annotations

from support.extraction import extracted


def _entities(text: str) -> dict[str, tuple[str, str | None]]:
    return {e.name: (e.type, e.kb_id) for e in extracted(text).entities}


def test_an_exchange_house_named_for_a_city_is_no_mention_of_the_city_es():
    got = _entities("La casa de cambio Divisas Cúcuta movió el dinero, según la Fiscalía. "
                    "El gerente de Divisas Cúcuta fue detenido el lunes.")
    assert got.get("Divisas Cúcuta", ("",))[0] == "company" and "Cúcuta" not in got


def test_a_company_named_for_a_city_is_no_mention_of_the_city_en():
    got = _entities("The exchange house Cambios Caracas moved the money, prosecutors said. "
                    "The manager of Cambios Caracas was arrested on Monday.")
    assert got.get("Cambios Caracas", ("",))[0] == "company" and "Caracas" not in got


def test_the_city_named_on_its_own_is_still_the_city():
    got = _entities("La casa de cambio Divisas Cúcuta movió el dinero. El gerente fue detenido en Cúcuta el lunes.")
    assert got.get("Divisas Cúcuta", ("",))[0] == "company" and got.get("Cúcuta") == ("location", "cucuta")


def test_a_name_the_text_says_something_is_called_is_not_the_listed_place_it_opens_with():
    got = _entities("El alcalde llegó al cargo con una coalición llamada Sinaloa Unida, que hoy lo respalda.\n")
    assert got.get("Sinaloa Unida", ("",))[0] == "political_party" and "Sinaloa" not in got
    got = _entities("The money went to a shell firm named Medellín Holdings, prosecutors said.\n")
    assert got.get("Medellín Holdings", ("",))[0] not in ("", "location") and "Medellín" not in got
