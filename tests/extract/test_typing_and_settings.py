"""Typing organisations by how the text describes them, defined acronyms, and actors set in a place."""

from __future__ import annotations

from nexos.extract import extract
from nexos.ingest import build_document
from nexos.pipeline import analyze
from nexos.store import Store


def _run(text: str):  # type: ignore[no-untyped-def]
    ex = extract(build_document(text.encode("utf-8"), "t.txt"))
    return ex, {e.key: e.name for e in ex.entities}, {e.name: e.type for e in ex.entities}


def test_descriptions_type_unlisted_organisations_en() -> None:
    _ex, _names, types = _run(
        "Officers from the regional anti-extortion directorate, UNIDEX, detained four men in Choloma. "
        "The detainees worked for Los Tiburones Verdes, a local gang that taxes bakeries. "
        "Their payments went through Ferrovial Andes, a shipping firm registered in Panama.\n")
    assert types.get("UNIDEX") == "government_body"
    assert types.get("Tiburones Verdes") == "criminal_group"
    assert types.get("Ferrovial Andes") == "company"


def test_descriptions_type_unlisted_organisations_es() -> None:
    _ex, _names, types = _run(
        "Según el semanario El Vigía del Norte, la banda Los Halcones de Teorama cobra extorsiones. "
        "El dinero pasaba por Agrofértil Quintana, una empresa de fachada con sede en Ocaña.\n")
    assert types.get("El Vigía del Norte") == "media"
    assert types.get("Agrofértil Quintana") == "company"


def test_parenthesised_acronym_is_the_name_it_follows_even_when_letters_differ() -> None:
    ex, names, types = _run(
        "The Guatemalan National Civil Police (PNC) signed the protocol. "
        "The PNC said the records would be shared within a month.\n")
    pnc = next(e for e in ex.entities if e.name == "Guatemalan National Civil Police")
    assert "PNC" in pnc.aliases
    assert len(pnc.mentions) == 3
    assert "PNC" not in types  # no second actor for the acronym
    # a person's party in brackets is not an alias of the person
    ex2, _n2, types2 = _run("Senator Ana Lucía Gómez (PSUV) criticised the decree.\n")
    person = next(e for e in ex2.entities if e.type == "person")
    assert "PSUV" not in person.aliases


def test_groups_are_set_in_the_places_their_clause_names() -> None:
    ex, names, _types = _run(
        "Los Tiburones Verdes, a gang founded in San Pedro Sula, now extorts bus owners in Choloma.\n")
    ties = {(names[r.source], r.type, names[r.target]) for r in ex.relations}
    assert ("Tiburones Verdes", "operates_in", "Choloma") in ties
    assert ("Tiburones Verdes", "operates_in", "San Pedro Sula") in ties
    # a list of countries where a summit met ties no one to anything
    ex2, _n, _t = _run("Delegates from Colombia, Peru and Chile met in Lima.\n")
    assert ex2.relations == []


def test_an_untyped_organisation_joins_its_typed_namesake_across_documents(tmp_path) -> None:  # type: ignore[no-untyped-def]
    a = tmp_path / "a.txt"
    a.write_text("Prosecutors seized the offices of Naviera Costa Brava, a shipping company in Buenaventura.\n",
                 encoding="utf-8")
    b = tmp_path / "b.txt"
    b.write_text("Naviera Costa Brava denied any link to the cargo found in Buenaventura.\n", encoding="utf-8")
    store = Store(f"sqlite:///{tmp_path / 'w.db'}")
    analyze([b, a], store, max_bytes=10_000_000)  # the untyped mention is stored first
    rows = [r for r in store.entity_rows() if r["name"] == "Naviera Costa Brava"]
    assert len(rows) == 1
    assert rows[0]["type"] == "company"


def test_a_longer_name_is_another_person_and_a_government_names_its_leader() -> None:
    _ex, _n, types = _run("Ismael Zambada y Joaquín Guzmán López aterrizaron cerca de El Paso, Texas. "
                          "El Gobierno de Claudia Sheinbaum desplegó refuerzos.\n")
    assert types.get("Joaquín Guzmán López") == "person"  # not the listed Joaquín Guzmán Loera
    assert "Joaquín Guzmán Loera" not in types
    assert types.get("Claudia Sheinbaum") == "person"


def test_a_plural_name_after_los_is_a_band_unless_it_is_a_town() -> None:
    _ex, _n, types = _run("A witness from the Los Cachiros trafficking group testified. "
                          "Los Tuertos cobran la vacuna en el pueblo. Hubo protestas en Los Ángeles.\n")
    assert types.get("Cachiros") == "criminal_group"
    assert types.get("Tuertos") == "criminal_group"
    assert types.get("Los Ángeles") == "location"  # the town keeps its article


def test_a_band_named_for_where_it_comes_from() -> None:
    ex = extract(build_document("Quienes cobran son Los del Puente, muchachos en moto. Al día siguiente apareció un "
                                "panfleto firmado por Los del Puente.\n".encode(), "t.txt"))
    assert [(e.name, e.type) for e in ex.entities] == [("Los del Puente", "criminal_group")]
    # at the head of a sentence "Los de la Policía" is an article and a body, not a band
    ex = extract(build_document("Los de la Policía llegaron tarde a Sincelejo.\n".encode(), "t.txt"))
    assert "Los de la Policía" not in [e.name for e in ex.entities]


def _names(text: str) -> list[tuple[str, str]]:
    return [(e.name, e.type) for e in extract(build_document(text.encode(), "t.txt")).entities]


def test_shorter_and_longer_forms_of_one_person_are_one_entity() -> None:
    assert _names("- 2011: Osmán Rivas Pineda founds a firm.\n- 2022: Prosecutors charge Osmán Rivas with fraud. "
                  "Cruz Lanza defends him. Abelardo Cruz Lanza was a senator.\n") == [
        ("Osmán Rivas Pineda", "person"), ("Abelardo Cruz Lanza", "person")]


def test_names_that_look_like_other_things() -> None:
    assert _names("The Justice Ministry said the government signed it.\n") == [("Justice Ministry", "government_body")]
    assert ("Sonia Sotomayor", "person") in _names("Justice Sonia Sotomayor wrote the opinion.\n")
    assert _names("La Oficina de la ONU para los Derechos Humanos calcula 300 casos.\n") == [
        ("Oficina de la ONU para los Derechos Humanos", "international_org")]
    # a listed surname inside another person's name (a byline) is not the listed person
    assert not any(t == "person" and n == "Daniel Ortega" for n, t in _names(
        "Crónica | El Heraldo | 22 de abril de 2025\nPor Javier Montes Ortega\n\nEl texto empieza aquí.\n"))


def test_social_media_text_makes_no_actors_of_markers_and_function_words() -> None:
    found = [n for n, _t in _names("RT @maria_p: He said IT was over. #ZodiacFacts As a Leo, Petro habló hoy.\n")]
    assert found == ["Gustavo Petro"]
    # the broadcaster is still found where it is named
    assert ("RT", "media") in _names("The Kremlin-funded broadcaster RT aired the interview.\n")


def test_an_ally_named_in_a_clause_is_not_set_in_its_place() -> None:
    ex = extract(build_document(b"In Honduras, Los Cachiros work with allies such as the Sinaloa Cartel.\n",
                                "t.txt"))
    names = {e.key: e.name for e in ex.entities}
    settled = {(names[r.source], names[r.target]) for r in ex.relations if r.type == "operates_in"}
    assert ("Cachiros", "Honduras") in settled or ("Los Cachiros", "Honduras") in settled
    assert ("Sinaloa Cartel", "Honduras") not in settled


def test_listed_names_inside_longer_names() -> None:
    assert _names("The riot began outside the town of Santa Lucía del Sauce in Escuintla.\n")[0] == (
        "Santa Lucía del Sauce", "location")
    assert _names("El dinero lo manejaba Rosângela Barbosa Lima, pareja de Tatu.\n")[0] == (
        "Rosângela Barbosa Lima", "person")
    assert ("Secretaría Nacional Antidrogas", "government_body") in _names(
        "En 2024, agentes de la Secretaría Nacional Antidrogas (SENAD) lo capturaron.\n")
    assert _names("President Gustavo Petro Monday said no.\n") == [("Gustavo Petro", "person")]
    assert ("San José de Costa Rica", "location") in _names("Viajó a Lima y a San José de Costa Rica.\n")
    # a byline's extra surname makes another person than the listed one
    assert "Daniel Ortega" not in [n for n, _t in _names("Monitor | Analysis | June 12, 2025 | By Daniel Ortega "
                                                         "Lander\n\nThe gang grew in Bolívar.\n")]


def test_group_names_given_with_naming_words_and_glosses() -> None:
    text = ('The gang known as Baz Pye Fè ("Iron Foot Base") grew in Croix-des-Bouquets. Its leader, Wilner '
            'Dorsainvil, who goes by "Ti Lion", controls the market.\n')
    ex = extract(build_document(text.encode(), "t.txt"))
    types = {e.name: e.type for e in ex.entities}
    assert types["Baz Pye Fè"] == "criminal_group" and "Iron Foot Base" not in types and "Ti Lion" not in types
    aliases = {a for e in ex.entities for a in e.aliases}
    assert {"Iron Foot Base", "Ti Lion"} <= aliases
    # a nickname after a person stays a person's
    assert _names('Anderson Rocha da Silva, vulgo "Tatu", huyó.\n') == [("Anderson Rocha da Silva", "person")]


def test_generic_listed_names_follow_the_document_s_country() -> None:
    assert ("Policía Nacional", "government_body") in _names(
        "En Paraguay, agentes de la SENAD y de la Policía Nacional lo capturaron en Pedro Juan Caballero.\n")
    assert ("Policía Nacional de Colombia", "government_body") in _names(
        "En Colombia, la Policía Nacional capturó a dos hombres.\n")
    assert ("Pedro Juan Caballero", "location") in _names("La SENAD actuó en Pedro Juan Caballero.\n")


def test_right_hand_and_partner_of_a_person() -> None:
    ex = extract(build_document("Jaime Ruiz, the right-hand man of Pedro Gómez, fled. La mano derecha de Pedro "
                                "Gómez era Luis Toro.\n".encode(), "t.txt"))
    names = {e.key: e.name for e in ex.entities}
    pairs = {frozenset((names[r.source], names[r.target])) for r in ex.relations if r.type == "associated_with"}
    assert {frozenset(("Jaime Ruiz", "Pedro Gómez")), frozenset(("Luis Toro", "Pedro Gómez"))} <= pairs


def test_a_body_named_for_a_region_and_an_account_in_prose() -> None:
    text = ("Francisca Larraín Soto, an independent member of Chile's Chamber of Deputies for the Tarapacá region, "
            "denied the claim. " + "The post spread quickly across several networks during the week. " * 10 +
            "SurCheck contacted @PatriotaNorte88 for comment.\n")
    found = _names(text)
    assert ("Chamber of Deputies", "government_body") in found and ("Tarapacá", "location") in found
    assert ("@PatriotaNorte88", "other") in found
    ex = extract(build_document(text.encode(), "t.txt"))
    names = {e.key: e.name for e in ex.entities}
    assert ("Francisca Larraín Soto", "member_of", "Chamber of Deputies") in {
        (names[r.source], r.type, names[r.target]) for r in ex.relations}
    # a short post's handles are not actors
    assert not any(n.startswith("@") for n, _t in _names("RT @PatriotaNorte88: Petro habló hoy.\n"))


def test_an_ambiguous_listed_name_may_open_a_sentence_in_its_country_s_story() -> None:
    assert ("Libre", "political_party") in _names("Honduras vive una crisis. Libre llegó al gobierno en 2022.\n")
    assert _names("Libre es una palabra. Podemos ganar.\n") == []


def test_embassies_and_foreign_company_names() -> None:
    found = _names("The U.S. Embassy in Bogota thanked the police. Société Caraïbe Énergie denied it.\n")
    assert ("U.S. Embassy", "government_body") in found and ("Société Caraïbe Énergie", "company") in found


def test_a_band_whose_name_opens_with_a_number_word() -> None:
    found = _names("He founded Los Tres Ríos, which soon joined Los Tigrillos. Viajó a Los Ángeles.\n")
    assert ("Tres Ríos", "criminal_group") in found  # a town's name too, but a band's after "Los"
    assert ("Los Ángeles", "location") in found  # the town keeps its article


def test_a_generic_acronym_for_a_kind_of_organisation_names_no_one() -> None:
    assert _names("An NGO director said the ONG de derechos humanos would appeal.\n") == []


def test_a_port_or_saint_s_town_named_after_a_listed_place() -> None:
    assert ("Puerto Bolívar", "location") in _names("The shipments leave from Puerto Bolívar, in Ecuador.\n")


def test_the_people_of_a_place_are_not_its_name() -> None:
    _ex, names, _types = _run("Residents of Puerto Azul say the gang charges every shop a weekly fee.\n")
    assert "Puerto Azul" in names.values()
    assert not any(n.startswith("Residents") for n in names.values())
    _ex, names, _types = _run("Vecinos de San Telmo del Monte denunciaron al Cartel del Golfo.\n")
    assert "San Telmo del Monte" in names.values()
    assert not any(n.startswith("Vecinos") for n in names.values())


def test_withheld_surnames_are_people() -> None:
    # Mexican prosecutors write a suspect's given names and an "N" for the surnames
    _ex, names, types = _run('Entre los detenidos están Rogelio "N", alias "El Tejón", jefe de plaza en Uruapan, '
                             'y Jesús Alberto “N”, operador financiero de la célula.\n')
    assert types.get('Rogelio "N"') == "person"
    assert types.get("Jesús Alberto “N”") == "person"
    assert "Tejón" not in names.values()  # the alias is the same man's


def test_a_shouted_headline_makes_no_names_of_its_verbs() -> None:
    _ex, names, _types = _run("DESARTICULAN BANDA DE LOS HALCONES EN VILLA ROSAS; VINCULAN A PROCESO A TRES\n\n"
                              "La Fiscalía detuvo a tres integrantes de Los Halcones en Villa Rosas.\n")
    assert not any(n.upper() in ("VINCULAN", "PROCESO", "DESARTICULAN") for n in names.values())
    assert any(n.endswith("Halcones") for n in names.values())


def test_spanish_nicknames_with_their_article() -> None:
    _ex, _names, types = _run("Desde entonces el Chato cobra la cuota. Quien pasa a recoger el dinero es la Güera, "
                              "y los muchachos del Chato vigilan la plaza. La Güera apunta todo en una libreta.\n")
    assert types.get("Chato") == "person"
    assert types.get("Güera") == "person"
    # written once after an article, a word may be anything
    _ex, names, _types = _run("Los vecinos fueron a la Moncloa a protestar.\n")
    assert "Moncloa" not in names.values()
    # a numbered zone, a portfolio, a word of a longer name and a region are nobody's nickname
    _ex, names, _types = _run("El jefe de la Zona 8 habló con el ministro del Interior sobre el Bonde do Cerrado y "
                              "el Pacífico. Dicen que el Bonde cobra en la frontera.\n")
    assert not {"Zona", "Interior", "Pacífico", "Bonde"} & set(names.values())


def test_groups_named_for_a_family() -> None:
    ex, names, types = _run("La red Quispe mueve diésel hacia Bolivia. La familia Condori, que controla el ganado, "
                            "le disputa los embarcaderos; el menor de los Quispe negocia con los compradores, y los "
                            "Condori no han respondido.\n")
    assert types.get("red Quispe") == "criminal_group"
    assert types.get("familia Condori") == "group"
    text = ex.document.text
    by_name = {e.name: e for e in ex.entities}
    assert "los Quispe" in [text[m.start:m.end] for m in by_name["red Quispe"].mentions]
    assert "los Condori" in [text[m.start:m.end] for m in by_name["familia Condori"].mentions]
    _ex, _names, types = _run("Prosecutors say the Cordero family moved cocaine through Puerto Barrios for a decade.\n")
    assert types.get("Cordero family") == "group"


def test_a_place_after_its_kind_and_a_demonym() -> None:
    _ex, _names, types = _run("La carga cruzaba entre el distrito peruano de Villa Copani y la localidad boliviana "
                              "de Chaquira, desde un galpón en las afueras de Chaquira.\n")
    assert types.get("Villa Copani") == "location"
    assert types.get("Chaquira") == "location"


def test_what_people_call_someone_after_an_apposition() -> None:
    ex, names, _types = _run('En el centro está Teodoro Huanca Ticona, alias "el Tío", un exchofer de 58 años al que '
                             'los pobladores llaman también "Don Teo".\n')
    assert "Teo" not in names.values()
    person = next(e for e in ex.entities if e.name == "Teodoro Huanca Ticona")
    assert "Teo" in [ex.document.text[m.start:m.end] for m in person.mentions]


def test_the_publisher_is_an_organisation_not_a_person() -> None:
    text = ("Verifica Norte | Published March 3, 2026 | By Daniela Robles\n\n"
            "A post by Senator Ramiro Ontiveros claims the minister met cartel bosses. Asked by Verifica Norte "
            "about the date, Ontiveros did not retract it. \"The company she keeps is the story,\" he said.\n")
    ex = extract(build_document(text.encode("utf-8"), "t.txt"))
    types = {e.name: e.type for e in ex.entities}
    assert types.get("Verifica Norte") == "media"
    names = {e.key: e.name for e in ex.entities}
    assert any(c.quote and names.get(c.speaker or "") == "Ramiro Ontiveros" for c in ex.claims)


def test_a_translated_nickname_in_brackets_is_nobody() -> None:
    _ex, names, _types = _run('Police say his nephew, Jhon Freddy Rendón, alias "El Segundero" (the Second Hand), '
                              "now runs the gang.\n")
    assert "Second Hand" not in names.values()
    assert "Jhon Freddy Rendón" in names.values()


def test_a_party_named_for_two_ideals_stays_whole() -> None:
    _ex, _names, types = _run("He received an ovation from the benches of the governing Alianza Orden y Progreso.\n")
    assert types.get("Alianza Orden y Progreso") == "political_party"
    _ex, names, _types = _run("Ramiro Zambrano y Lucía Benítez llegaron a Quito.\n")
    assert {"Ramiro Zambrano", "Lucía Benítez"} <= set(names.values())


def test_french_connectors_and_security_forces_named_for_their_target() -> None:
    _ex, names, types = _run("said Rose-Flore Doréus, a researcher at the Centre Haïtien pour la Sécurité Citoyenne "
                             "(CHSC), a non-profit. The Gang Suppression Force has been deploying troops since "
                             "January.\n")
    assert "Centre Haïtien pour la Sécurité Citoyenne" in names.values()
    assert types.get("Gang Suppression Force") == "international_org"  # the UN-authorised force the KB lists


def test_a_band_named_los_del_opening_an_english_sentence() -> None:
    _ex, _names, types = _run("- That same year - Los del Estero agrees to share the coast with the Clan del Golfo.\n")
    assert types.get("Los del Estero") == "criminal_group"


def test_a_spanish_description_with_its_adjective_types_the_name_after_it() -> None:
    _ex, _names, types = _run("Se desarticuló la célula delictiva conocida como Los Tejones en Uruapan.\n")
    assert types.get("Tejones") == "criminal_group"


def test_one_body_with_two_remits_and_a_firm_s_legal_form() -> None:
    _ex, names, _types = _run("Según la Superintendencia Nacional de Aduanas y de Administración Tributaria (SUNAT), "
                              "los camiones cruzaron.\n")
    assert "Superintendencia Nacional de Aduanas y de Administración Tributaria" in names.values()
    assert "Administración Tributaria" not in names.values()
    _ex, names, _types = _run("El dinero pasó por Agroexportadora Los Laureles, S.A. de C.V., según la UIF.\n")
    assert "S.A. de C.V." not in names.values()


def test_time_zones_and_devices_in_capitals_are_nobody() -> None:
    _ex, names, _types = _run("The raid began at 10:00 EST on Monday, police said, using a GPS tracker found on a "
                              "truck of the ELN.\n")
    assert set(names.values()) == {"ELN"}


def test_a_designation_is_no_actor() -> None:
    _ex, names, _types = _run("On Friday, the U.S. Department of State named Viv Ansanm and Gran Grif as Foreign "
                              "Terrorist Organizations.\n")
    assert "Foreign Terrorist Organizations" not in names.values()


def test_an_office_s_portfolio_is_no_actor_es() -> None:
    _ex, _names, types = _run(
        "El ministro de Relaciones Exteriores, Sergio Maldonado Ayala, no lo confirmó. "
        "La ministra de Seguridad Pública, Laura Quintero, visitó Cúcuta con el ministro de Defensa Nacional, "
        "Pedro Arias.\n")
    assert not {"Relaciones Exteriores", "Seguridad Pública", "Defensa Nacional"} & set(types)
    assert types.get("Sergio Maldonado Ayala") == types.get("Laura Quintero") == types.get("Pedro Arias") == "person"


def test_an_office_s_portfolio_is_no_actor_en() -> None:
    _ex, _names, types = _run(
        "The Minister of Foreign Affairs, Carlos Ruiz, met the Minister of Public Security, José Díaz, in Bogotá. "
        "Ruiz said the talks would go on.\n")
    assert not any(name.startswith("Minister") for name in types)
    assert types.get("Carlos Ruiz") == types.get("José Díaz") == "person"


def test_a_bridge_or_a_square_named_for_a_person_is_a_place() -> None:
    _ex, _names, types = _run(
        "La diplomática Anouk Verstraete pidió reabrir el puente Simón Bolívar al comercio y cruzó por el puente "
        "internacional Francisco de Paula Santander. The protest moved from the Simón Bolívar bridge to the "
        "Rafael Urdaneta stadium.\n")
    assert types.get("Simón Bolívar") == "location"
    assert types.get("Francisco de Paula Santander") == "location"
    assert types.get("Rafael Urdaneta") == "location"


def test_a_given_name_a_listed_gang_also_bears_is_a_person_with_a_surname() -> None:
    _ex, _names, types = _run("La abogada de Pedro Ruiz, Inmaculada Reyes, calificó la operación de montaje.\n")
    assert types.get("Inmaculada Reyes") == "person"
    _ex, _names, types = _run("Pedro Ruiz's lawyer, Inmaculada Reyes, called the raid a show.\n")
    assert types.get("Inmaculada Reyes") == "person"


def test_a_country_s_ministry_written_lower_case_is_a_body() -> None:
    _ex, _names, types = _run(
        "Alcalá could not be reached. The Venezuelan defense ministry called the accusations a fabrication. "
        "The Ecuadorian foreign ministry said it had summoned the ambassador.\n")
    assert types.get("Venezuelan defense ministry") == "government_body"
    assert types.get("Ecuadorian foreign ministry") == "government_body"
    # Spanish writes the country after the ministry ('el ministerio de Defensa venezolano'): no demonym-first name
    _ex, _names, types = _run("El ministerio de Defensa venezolano calificó las acusaciones de invento.\n")
    assert not any(name.lower().startswith("venezolano") for name in types)


def test_a_body_named_for_its_country_is_a_body_not_a_person() -> None:
    # (three capitalised words before a listed country read as a person's names, unless they name a body)
    names = dict(_names("La Gendarmería Nacional Argentina y la Prefectura Naval Argentina concretaron dieciséis "
                        "allanamientos en Misiones.\n"))
    assert names.get("Gendarmería Nacional Argentina") == "government_body"
    assert names.get("Prefectura Naval Argentina") == "government_body"
    assert _names("El dinero lo manejaba Rosângela Barbosa Lima en Posadas.\n")[0] == ("Rosângela Barbosa Lima", "person")


def test_a_generic_body_name_beside_another_nation_s_demonym_is_that_nation_s() -> None:
    names = dict(_names("The Colombian Coast Guard seized a boat off Tumaco on Monday.\n"))
    assert "Colombian Coast Guard" in names and "US Coast Guard" not in names
    names = dict(_names("The Dutch Caribbean Coast Guard intercepted a speedboat north of Curaçao.\n"))
    assert "US Coast Guard" not in names
    names = dict(_names("La Policía Nacional venezolana detuvo a dos hombres en San Antonio del Táchira.\n"))
    assert "Policía Nacional de Colombia" not in names
    # the listed body keeps its own demonym and its bare name
    assert "US Coast Guard" in dict(_names("The U.S. Coast Guard seized a boat.\n"))
    assert "Policía Nacional de Colombia" in dict(_names("La Policía Nacional colombiana detuvo a dos.\n"))


def test_a_remittance_firm_is_a_company_and_ends_no_list() -> None:
    names = dict(_names("In January, prosecutors opened an inquiry into Mar Azul Remittances N.V., a money-transfer "
                        "shop in Willemstad.\n"))
    assert names.get("Mar Azul Remittances N.V.") == "company"
    names = dict(_names("In October, OFAC sanctioned Castillo, Pinto and Mar Azul Remittances, calling the cell a "
                        "criminal enterprise.\n"))
    assert names.get("Mar Azul Remittances") == "company" and "Pinto and Mar Azul Remittances" not in names
    assert "Envíos Rápidos del Sur" in dict(_names("La empresa Envíos Rápidos del Sur movió el dinero.\n"))


def test_a_name_opening_with_villa_is_a_town() -> None:
    assert dict(_names("En Villa Aurora nadie habla del sindicato.\n")).get("Villa Aurora") == "location"
    assert dict(_names("Pancho Villa fue un revolucionario.\n")).get("Pancho Villa") == "person"
    assert dict(_names("Juan Villa Ruiz fue detenido en Cúcuta.\n")).get("Juan Villa Ruiz") == "person"


def test_a_publication_s_title_is_no_actor() -> None:
    names = dict(_names("Centro Andino de Estudios · Serie Análisis Estratégico N.º 17 — Lima, 20 de febrero de 2026\n\n"
                        "[5] UNODC, Informe Mundial sobre las Drogas 2026, https://example.org/informe\n"))
    assert "Serie Análisis Estratégico" not in names and "Informe Mundial" not in names and "Drogas" not in names
    assert names.get("UNODC") == "international_org"
