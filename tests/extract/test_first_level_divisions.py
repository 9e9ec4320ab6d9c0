"""The region's states, departments and provinces are listed places: a bare state name reads as a place even
where no cue ('en', 'state of') stands before it, and the names they share with people, companies and common
words stay with those ('Jorge Hidalgo', 'Meta', 'el oro ilegal')."""

from __future__ import annotations

import pytest

from nexos.knowledge import load_kb
from support.extraction import extracted


def _entities(text: str) -> dict[str, tuple[str, str | None]]:
    return {e.name: (e.type, e.kb_id) for e in extracted(text).entities}


def _type(got: dict[str, tuple[str, str | None]], name: str) -> str:
    return got.get(name, ("",))[0]


@pytest.mark.parametrize(
    ("country", "least"),
    [("MX", 35), ("CO", 35), ("VE", 22), ("EC", 22), ("PE", 22), ("BO", 7), ("GT", 18), ("HN", 11), ("SV", 7),
     ("PY", 10), ("BR", 22)],
)
def test_each_country_lists_its_divisions(country: str, least: int) -> None:
    places = [e for e in load_kb().by_type("location") if e.countries == (country,)]
    assert len(places) >= least, (country, len(places))


@pytest.mark.parametrize(
    ("form", "expected"),
    [("Sonora", "sonora"), ("Zacatecas", "zacatecas"), ("Boyacá", "boyaca"), ("Carabobo", "carabobo"),
     ("El Oro", "el_oro"), ("Ayacucho", "ayacucho"), ("Beni", "beni"), ("Edomex", "estado_de_mexico"),
     ("Cuzco", "cusco"), ("Alta Verapaz", "alta_verapaz"), ("Choluteca", "choluteca"), ("Usulután", "usulutan"),
     ("Amambay", "amambay"), ("Roraima", "roraima")],
)
def test_division_names_look_up(form: str, expected: str) -> None:
    found = load_kb().lookup(form)
    assert found and found[0].id == expected and found[0].type == "location", (form, found)


def test_names_shared_with_people_or_words_are_ambiguous_or_absent() -> None:
    kb = load_kb()
    for name in ("Hidalgo", "Morelos", "Magdalena", "Caldas", "Bahía", "Acre"):
        assert all(e.is_ambiguous(name) for e in kb.lookup(name)), name
    for name in ("Lara", "Miranda", "Trujillo", "Cesar", "Santander", "Córdoba", "Central", "Pará"):
        assert not any(e.type == "location" for e in kb.lookup(name)), name


def test_a_state_named_between_two_others_is_a_place_es():
    got = _entities("Los enfrentamientos ocurrieron en la sierra entre Sonora y Chihuahua, según la Fiscalía.")
    assert _type(got, "Sonora") == "location" and _type(got, "Chihuahua") == "location"


def test_bare_state_names_are_places_en():
    got = _entities("Gunmen attacked police in Guanajuato and Querétaro on Sunday.")
    assert _type(got, "Querétaro") == "location" and _type(got, "Guanajuato") == "location"
    got = _entities("Comando Vermelho expanded in Amazonas and Roraima last year.")
    assert _type(got, "Roraima") == "location"


def test_departments_opening_a_sentence_are_places_es():
    got = _entities("Santander y Boyacá registraron nuevos desplazamientos en marzo.")
    assert _type(got, "Boyacá") == "location"
    got = _entities("Nuevo León y Coahuila reforzaron la vigilancia en la frontera.")
    assert _type(got, "Coahuila") == "location"


def test_a_province_with_its_article_is_a_place_not_a_gang():
    got = _entities("La violencia creció en Manabí y Los Ríos durante el último año.")
    assert _type(got, "Los Ríos") == "location" and _type(got, "Manabí") == "location"


def test_the_state_of_mexico_is_not_the_country():
    got = _entities("Hubo operativos en el Estado de México y en Morelos el fin de semana.")
    assert got.get("Estado de México") == ("location", "estado_de_mexico")
    assert _type(got, "Morelos") == "location" and "Mexico" not in got


def test_a_qualified_state_or_department_is_the_place_en_and_es():
    assert _entities("The army deployed troops in the state of Sonora after the attack.").get("Sonora") \
        == ("location", "sonora")
    assert _entities("La Policía incautó droga en el departamento de Boyacá.").get("Boyacá") == ("location", "boyaca")
    assert _type(_entities("Police in Santa Cruz department seized 400 kilos of cocaine."), "Santa Cruz") == "location"


def test_people_who_share_a_state_s_name_stay_people():
    assert _type(_entities("Jorge Hidalgo fue detenido el lunes en Culiacán."), "Jorge Hidalgo") == "person"
    assert _type(_entities("El general Ramón Guerrero dijo que la operación continuará."), "Ramón Guerrero") == "person"
    assert _type(_entities("Prosecutor Carlos Lara said the case remains open."), "Carlos Lara") == "person"
    assert _type(_entities("Simón Bolívar es el héroe de la independencia."), "Simón Bolívar") == "person"
    assert _type(_entities("Ana Santa Cruz habló con la prensa el martes."), "Ana Santa Cruz") == "person"
    assert _type(_entities("María Magdalena Pérez fue detenida en Cúcuta."), "María Magdalena Pérez") == "person"


def test_a_company_or_a_common_noun_is_no_state():
    assert not any(t == "location" for t, _k in _entities("Meta removed the accounts linked to the cartel.").values())
    assert _entities("El oro ilegal financia a las bandas del sur.") == {}
    assert _entities("Los ríos de la región están contaminados por el mercurio.") == {}


def test_an_ambiguous_state_name_inside_a_longer_place_name_is_that_place():
    got = _entities("Police in Bahía Solano seized a boat with cocaine.")
    assert _type(got, "Bahía Solano") == "location" and "Bahia" not in got
    got = _entities("El ELN controla el Magdalena Medio desde hace años.")
    assert not any(k == "magdalena_co" for _t, k in got.values())
