"""A body named in full is one actor under its full name: its long name is not cut, and its short forms join it."""

from __future__ import annotations

from support.extraction import extracted


def _bodies(text: str) -> dict[str, tuple[str, list[str]]]:
    return {e.name: (e.type, e.aliases) for e in extracted(text).entities
            if e.type in ("government_body", "international_org", "ngo")}


def test_the_office_in_a_releases_letterhead_is_an_actor() -> None:
    text = ("U.S. Department of Justice\nUnited States Attorney's Office — Northern District of Ohio\n\n"
            "FOR IMMEDIATE RELEASE\n\nCLEVELAND — Four men were charged on Tuesday with moving cocaine for a gang.\n")
    assert "United States Attorney's Office" in _bodies(text)
    text = ("Fiscalía Regional de Occidente — Unidad de Prensa\n\nSANTA ANA — Tres hombres fueron capturados el "
            "lunes por extorsión.\n")
    assert "Fiscalía Regional de Occidente" in _bodies(text)


def test_an_office_named_with_its_country_is_one_body_and_its_short_forms_join_it() -> None:
    got = _bodies("The Attorney General's Office of Ecuador opened an inquiry into the riot. A spokesperson for "
                  "the Attorney General's Office said ten guards were held.\n")
    assert list(got) == ["Attorney General's Office of Ecuador"]
    assert "Attorney General's Office" in got["Attorney General's Office of Ecuador"][1]
    # the owner named before the possessive stays apart: "the Treasury Department's Office of …"
    got = _bodies("The Treasury Department's Office of Foreign Assets Control sanctioned two firms.\n")
    assert "Treasury Department's Office of Foreign Assets Control" not in got


def test_a_lone_head_noun_is_the_body_named_before_it() -> None:
    got = _bodies("The U.S. Attorney's Office for the Western District of Texas charged four men. The Office said "
                  "they laundered money. Peru's National Superintendency of Migration said one had left. The "
                  "Superintendency gave no details.\n")
    assert "Office" in got["U.S. Attorney's Office for the Western District of Texas"][1]
    # (its country's possessive is kept as a written form too: "Peru's National Superintendency of Migration")
    assert got["National Superintendency of Migration"] == ("government_body", [
        "Peru's National Superintendency of Migration", "Superintendency"])
    got = _bodies("Quito, 2 de mayo de 2025.\n\nLa Oficina de Control de Bienes Incautados subastó tres autos; "
                  "la Oficina no dio detalles.\n")
    assert list(got) == ["Oficina de Control de Bienes Incautados"]


def test_the_remit_a_long_name_ends_with_said_alone_is_that_body() -> None:
    got = _bodies("Lima, 7 de mayo de 2025.\n\nLa Superintendencia Nacional de Migraciones informó que el hombre "
                  "salió del país. Según Migraciones, usó un pasaporte falso.\n")
    assert list(got) == ["Superintendencia Nacional de Migraciones"]
    assert "Migraciones" in got["Superintendencia Nacional de Migraciones"][1]


def test_an_office_of_an_official_is_a_state_body_and_a_unit_of_the_un_its_own_actor() -> None:
    got = _bodies("Bogotá, 2 de enero de 2024.\n\nLa Oficina del Consejero Comisionado de Paz confirmó los "
                  "contactos. La Misión de Verificación de la ONU acompañó la reunión.\n")
    assert got["Oficina del Consejero Comisionado de Paz"][0] == "government_body"
    mission = [kind for name, (kind, aliases) in got.items()
               if "Misión de Verificación de la ONU" in (name, *aliases)]  # the listed mission, by any of its names
    assert mission == ["international_org"]


def test_a_name_that_lists_its_remits_before_its_acronym_is_one_name() -> None:
    got = _bodies("Quito, 5 de mayo de 2025.\n\nEl Instituto de Estudios Agrarios, Forestales y Pesqueros (IEAFP) "
                  "publicó un informe.\n")
    assert "Instituto de Estudios Agrarios, Forestales y Pesqueros" in got
    got = _bodies("The Agrarian, Forestry and Fisheries Studies Institute (IEAFP) published a report.\n")
    assert "Agrarian, Forestry and Fisheries Studies Institute" in got
    # the listed Venezuelan investigative police, in either language
    for text in ("Agents of the Scientific, Penal and Criminal Investigations Corps (CICPC) made the arrest.\n",
                 "El Cuerpo de Investigaciones Científicas, Penales y Criminalísticas detuvo a dos hombres.\n"):
        assert any(e.kb_id == "ve_cicpc" for e in extracted(text).entities)


def test_two_adjectives_of_one_remit_and_a_bodys_national_first_word_stay_in_its_name() -> None:
    got = _bodies("Caracas, 5 de mayo de 2025.\n\nLa Superintendencia Nacional Portuaria y Aduanera confiscó la "
                  "carga.\n")
    assert "Superintendencia Nacional Portuaria y Aduanera" in got
    got = _bodies("The National Anti-Kidnapping Force raided three houses in the capital.\n")
    assert got.get("National Anti-Kidnapping Force", ("",))[0] == "government_body"


def test_a_bodys_name_in_the_other_language_in_brackets_is_the_same_body() -> None:
    got = _bodies("Lima, 2 de junio de 2024.\n\nThe statement asks the Public Ministry (Ministerio Público) to open "
                  "an investigation.\n")
    assert list(got) == ["Public Ministry"] and "Ministerio Público" in got["Public Ministry"][1]


def test_a_remit_joined_by_y_or_and_and_a_place_of_two_words_stay_in_the_name() -> None:
    got = _bodies("Lima, 3 de abril de 2025.\n\nLa Fiscalía Especializada en Delitos de Lavado de Activos de Lima Sur "
                  "abrió una investigación. El Ministerio de Trabajo y Previsión Social no respondió.\n")
    assert "Fiscalía Especializada en Delitos de Lavado de Activos de Lima Sur" in got
    assert "Ministerio de Trabajo y Previsión Social" in got
    got = _bodies("The Bureau of Consular Affairs and Passport Services issued the warning.\n")
    assert "Bureau of Consular Affairs and Passport Services" in got


def test_a_force_named_for_what_it_fights_is_one_state_body() -> None:
    got = _bodies("San Salvador, 6 de mayo de 2025.\n\nLa Unidad Policial Anti Pandillas y Extorsiones capturó a "
                  "un cabecilla. La Fuerza Nacional Antisecuestros allanó cuatro casas.\n")
    assert "Unidad Policial Anti Pandillas y Extorsiones" in got
    assert got.get("Fuerza Nacional Antisecuestros", ("",))[0] == "government_body"
