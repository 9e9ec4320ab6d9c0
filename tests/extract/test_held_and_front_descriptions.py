"""Descriptions that stand for actors named before: the people held ('los capturados', 'the detainees'), an
armed group's 'el frente', a gang's 'the outfit', and 'el gobierno de <person>' that is no body named before.
English and Spanish, own sentences."""

from __future__ import annotations

from support.extraction import resolved as _resolved


def test_los_capturados_are_the_people_the_arrest_named() -> None:
    text = ("La Policía Nacional capturó el martes a Rubén Ocampo Ríos y a Fabián Lemus en Palmira.\n\n"
            "Según las autoridades, los capturados cobraban cuotas a los transportadores. Los detenidos "
            "quedaron a disposición de un juez.\n")
    got = _resolved(text)
    assert sorted(got.get("los capturados", [])) == ["Fabián Lemus", "Rubén Ocampo Ríos"]
    assert sorted(got.get("Los detenidos", [])) == ["Fabián Lemus", "Rubén Ocampo Ríos"]


def test_the_detainees_are_the_people_arrested_not_the_officer_who_spoke() -> None:
    text = ("Sheriff Dana Whitfield said deputies arrested Calvin Roarke and Eli Mandusa near the rail yard on "
            "Tuesday. The suspects were carrying two rifles.\n")
    got = _resolved(text)
    assert sorted(got.get("The suspects", [])) == ["Calvin Roarke", "Eli Mandusa"]


def test_no_arrest_no_held_people() -> None:
    text = "Marta Quiroga and Pablo Ibarra met in Lima. The suspects were never found.\n"
    assert "The suspects" not in _resolved(text)


def test_el_frente_is_the_armed_group_but_al_frente_de_is_not() -> None:
    text = ("El Frente Ramiro Salas atacó un puesto militar en Balboa. El frente controla las rutas del río. "
            "Al frente de la columna estaba un comandante conocido como Tizón.\n")
    got = _resolved(text)
    assert got.get("El frente") == ["Frente Ramiro Salas"]
    assert "Al frente" not in got


def test_the_outfit_is_the_gang() -> None:
    text = ("The Harbor Kings, a gang that moves stolen cars, grew fast. The outfit now ships cars to West "
            "Africa.\n")
    assert _resolved(text).get("The outfit") == ["Harbor Kings"]


def test_el_gobierno_de_a_person_is_not_the_army_named_before() -> None:
    text = ("El Ejército Nacional bombardeó un campamento en Tumaco. El gobierno de Julián Mosquera defendió "
            "la operación.\n")
    got = _resolved(text)
    assert not any("Ejército" in name for name in got.get("El gobierno", []))


def test_the_held_people_a_few_sentences_after_the_list() -> None:
    text = ("Los detenidos fueron identificados como Óscar Pineda Luna, alias \"el Gato\", y Marlon Yánez Ortiz. "
            "La operación contó con apoyo de la Fiscalía. Los agentes incautaron dos motos. También hallaron "
            "una libreta con cuentas. Los vecinos celebraron la noticia. El comisario Iván Rosales dijo que a "
            "los capturados se les vincula con dos homicidios.\n")
    got = _resolved(text)
    assert sorted(got.get("los capturados", [])) == ["Marlon Yánez Ortiz", "Óscar Pineda Luna"]


def test_a_structure_of_a_bigger_gang_is_the_one_named_before() -> None:
    text = ("La Policía desarticuló a Los Cóndores Negros, una estructura del Tren de Aragua que cobraba "
            "extorsiones en Cúcuta. Según los investigadores, la estructura lavaba dinero en casas de cambio.\n")
    assert _resolved(text).get("la estructura") == ["Cóndores Negros"]


def test_the_administration_of_another_body_is_not_the_body_before() -> None:
    text = ("La Fiscalía incautó dos fincas de la red. Los bienes quedaron bajo la administración de la Sociedad "
            "de Activos Especiales.\n")
    got = _resolved(text)
    assert not any("Fiscal" in name for name in got.get("la administración", []))


def test_the_accused_in_english_after_a_passive_arrest() -> None:
    text = ("Dario Velez and Tomas Brandt were arrested at the border crossing in El Paso. Agents found forty "
            "kilos of methamphetamine in a truck. A judge denied bail to the suspects on Friday.\n")
    got = _resolved(text)
    assert sorted(got.get("the suspects", [])) == ["Dario Velez", "Tomas Brandt"]
