"""A Fiscalía release that lists the arrested with their roles, aliases and firms."""

from __future__ import annotations

from support.extraction import extracted, ties

RELEASE = """Trujillo, 19 de mayo de 2025

La Fiscalía Especializada contra la Criminalidad Organizada (FECOR), con la División de Investigación Criminal (DIVINCRI) de la Policía Nacional del Perú, desarticuló la organización criminal "Los Tiburones del Norte". En el megaoperativo "Marea Roja" se ejecutaron allanamientos en los sectores de Alto Moche, Los Pinos Altos y Pampas de Santa Rosa.

Según la carpeta fiscal, la estructura estaba integrada por:

1. Jhonatan Rebaza Cueva, alias "el Flaco", cabecilla. Impartía las órdenes de cobro.

2. Yorman Briceño Lara, alias "el Gocho", lugarteniente. Se le atribuye ser el enlace con una célula del Tren de Aragua.

3. Segundo Wilmer Alvitres Gamboa, alias "el Tombo", suboficial de la PNP. Filtraba información sobre operativos.

4. Luis Fernando Chávez Polo, alias "Cholo Lucho", coordinador del brazo armado.

5. Percy Mendoza Ruiz, alias "Tío Percy", testaferro. A través de su empresa Inversiones Mendoza & Hijos E.I.R.L. habría lavado dinero.

Por su parte, el jefe de la DIVINCRI Trujillo, coronel Óscar Huamán Tello, dijo que la Inspectoría General abrió un proceso.
"""


def test_each_member_of_the_structure_is_arrested_and_placed_in_it():
    got = ties(RELEASE)
    assert ("Jhonatan Rebaza Cueva", "leads", "Tiburones del Norte") in got
    for person in ("Yorman Briceño Lara", "Segundo Wilmer Alvitres Gamboa", "Luis Fernando Chávez Polo", "Percy Mendoza Ruiz"):
        assert (person, "member_of", "Tiburones del Norte") in got, person
        assert any(t == "acts_against" and o == person for _, t, o in got), person


def test_what_an_item_says_later_is_said_of_its_person():
    got = ties(RELEASE)
    assert any(s == "Yorman Briceño Lara" and o == "Tren de Aragua" for s, _, o in got)
    assert ("Segundo Wilmer Alvitres Gamboa", "member_of", "Policía Nacional del Perú") in got
    assert ("Percy Mendoza Ruiz", "leads", "Inversiones Mendoza & Hijos E.I.R.L.") in got


def test_the_names_of_a_release():
    ex = extracted(RELEASE)
    types = {e.name: e.type for e in ex.entities}
    for place in ("Alto Moche", "Los Pinos Altos", "Pampas de Santa Rosa"):
        assert types.get(place, types.get(place.removeprefix("Los "))) == "location", place
    assert types.get("Marea Roja") in (None, "other")
    assert types.get("Inspectoría General") == "government_body"
    assert types.get("División de Investigación Criminal") == "government_body"
    assert "DIVINCRI Trujillo" not in types  # the branch's city does not make another body
    assert "Polo" not in types and types.get("Luis Fernando Chávez Polo") == "person"
