"""Ties a phrase's shape names: joint subjects, roles by identification, possessed roles, offices."""

from __future__ import annotations

from nexos.extract import extract
from nexos.ingest import build_document
from support.extraction import ties as _ties


def test_a_list_that_signs_or_clashes_is_tied_among_itself() -> None:
    assert ("Guatemalan National Civil Police", "allied_with", "Honduran Border Police") in _ties(
        "The Guatemalan National Civil Police and the Honduran Border Police signed a protocol on deportees.\n")
    ties = _ties("En enero el ELN y el Frente 33 se enfrentaron en Tibú.\n")
    assert ("ELN", "opposes", "Frente 33") in ties and ("Frente 33", "opposes", "ELN") in ties
    # a list that merely attended something is not tied
    assert not any(t == "allied_with" for _a, t, _b in _ties(
        "The Guatemalan National Civil Police and the Honduran Border Police attended the summit.\n"))


def test_a_person_identified_in_a_role_of_a_group() -> None:
    ties = _ties("Soldiers arrested Kevin René Sosa, whom prosecutors described as the treasurer of "
                 "Los Tiburones Verdes, a gang based in Choloma.\n")
    assert ("Kevin René Sosa", "member_of", "Tiburones Verdes") in ties
    ties = _ties('La banda Los Tiburones Verdes creció en Choloma. Su jefe, alias "El Brujo", huyó en 2023.\n')
    assert ("Brujo", "leads", "Tiburones Verdes") in ties


def test_office_holder_of_a_body_in_spanish() -> None:
    ties = _ties("Aurelio Pineda, presidente de la Junta de Acción Comunal de la vereda La Cristalina, "
                 "fue asesinado.\n")
    assert ("Aurelio Pineda", "leads", "Junta de Acción Comunal") in ties


def test_a_town_named_for_a_saint_stays_whole() -> None:
    ex = extract(build_document("El alcalde de San Jacinto del Río, Ómar Benítez Durán, habló.\n".encode(), "t.txt"))
    assert {e.name for e in ex.entities} >= {"San Jacinto del Río", "Ómar Benítez Durán"}


def test_a_listed_place_after_a_common_noun_is_not_part_of_a_name() -> None:
    ex = extract(build_document(b"Delegates of Colombia, Peru, Brazil and Chile met in Lima.\n", "t.txt"))
    assert "Colombia" in {e.name for e in ex.entities}
    assert ex.relations == []  # listed to say who attended: no tie, joint or loose


def test_its_leader_is_the_subject_of_the_sentence_before_not_the_last_group_named() -> None:
    ties = _ties("The Vista Hermosa Locos Salvatrucha, an MS-13 clique, now operates from San Pedro Sula. "
                 "Honduran investigators identify its leader as Marvin Alexis Orellana.\n")
    assert ("Marvin Alexis Orellana", "leads", "Vista Hermosa Locos Salvatrucha") in ties
    assert ("Marvin Alexis Orellana", "leads", "MS-13") not in ties


def test_a_listed_surname_with_another_given_name_is_another_person() -> None:
    ex = extract(build_document("Efraín Cepeda spoke in Bogotá on Monday. Later, Cepeda left for Cali.\n"
                                .encode(), "t.txt"))
    people = [e for e in ex.entities if e.type == "person"]
    assert [p.name for p in people] == ["Efraín Cepeda"] and people[0].kb_id is None


def test_descriptions_of_an_organisation_carry_its_ties() -> None:
    # "the foundation's executive director": a description standing for the foundation named before
    ties = _ties('La Fundación Horizonte Norte rechazó la acusación. "Nunca pagamos," said Clara Inés Montoya Ríos, '
                 "the foundation's executive director.\n")
    assert ("Clara Inés Montoya Ríos", "leads", "Fundación Horizonte Norte") in ties
    ties = _ties("La empresa Transportes Andinos fue allanada en Cali. El gerente de la empresa, Julio Cárdenas, "
                 "no respondió.\n")
    assert ("Julio Cárdenas", "leads", "Transportes Andinos") in ties
    # a description written beside a name and repeated later refers to that name again
    ties = _ties("Agents of the National Police's anti-narcotics directorate, known by its Spanish acronym DIRAN, "
                 "arrested two men in Cali. The seizure was announced by Colonel Ana Ruiz, who heads the "
                 "anti-narcotics directorate.\n")
    assert ("Ana Ruiz", "leads", "DIRAN") in ties


def test_an_opening_date_without_comma_is_not_the_subject() -> None:
    ties = _ties("In March 2025 the U.S. Treasury sanctioned Los Lobos and Los Choneros, a step that froze "
                 "their assets.\n")
    assert {("US Department of the Treasury", "acts_against", "Los Lobos (Ecuador)"),
            ("US Department of the Treasury", "acts_against", "Los Choneros")} <= ties


def test_a_structure_named_like_a_person_is_a_unit_of_its_group() -> None:
    ex = extract(build_document("La red pagaba una cuota a la estructura Mario Lozada de las disidencias de las "
                                "FARC en Jamundí.\n".encode(), "t.txt"))
    names = {e.key: e.name for e in ex.entities}
    types = {e.name: e.type for e in ex.entities}
    assert types["Mario Lozada"] == "armed_group"
    assert ("Mario Lozada", "member_of", "FARC dissidents") in {
        (names[r.source], r.type, names[r.target]) for r in ex.relations}
    # a name after "el jefe de la banda" may be the chief's: it stays a person
    ex = extract(build_document("El jefe de la banda Mario Lozada huyó a Cali.\n".encode(), "t.txt"))
    assert {e.name: e.type for e in ex.entities}["Mario Lozada"] == "person"


def test_a_lieutenant_or_partner_is_tied_to_the_person_the_paragraph_is_about() -> None:
    text = ('Tomás Ibarra, alias "El Arquitecto", dirigía la red desde Uruapan. El capo confiaba en dos personas. '
            'La primera era su lugarteniente, Héctor Sáenz Lara. La segunda era Lucía Mendoza Ríos, alias '
            '"La Flaca", su pareja sentimental.\n')
    pairs = {frozenset((a, b)) for a, t, b in _ties(text) if t == "associated_with"}  # a symmetric tie
    assert {frozenset(("Héctor Sáenz Lara", "Tomás Ibarra")), frozenset(("Lucía Mendoza Ríos", "Tomás Ibarra"))} <= pairs
    # a lieutenant of nobody named in the paragraph is tied to no one
    assert not _ties("Su lugarteniente, Héctor Sáenz Lara, huyó a Uruapan.\n") - {
        ("Héctor Sáenz Lara", "operates_in", "Uruapan")}


def test_a_listed_surname_inside_a_longer_name_with_another_given_name() -> None:
    ex = extract(build_document('El segundo fue Mónica Ledezma Arce, alias "La Güera". Ledezma fue detenida.\n'
                                .encode(), "t.txt"))
    people = [e for e in ex.entities if e.type == "person"]
    assert [p.name for p in people] == ["Mónica Ledezma Arce"] and people[0].kb_id is None


def test_a_body_acting_through_its_unit_and_with_support() -> None:
    ties = _ties("La Fiscalía, a través de la Dirección Especializada contra el Narcotráfico, desarticuló la red "
                 "Los Nevados con apoyo de la Armada de Colombia.\n")
    assert ("Dirección Especializada contra el Narcotráfico", "member_of", "Fiscalía") in ties
    assert ("Armada de Colombia", "supports", "Fiscalía") in ties
    # "contra" joins a body's name only after a body's head word
    names = {e.name for e in extract(build_document(b"Petro contra el ELN: la pelea sigue.\n", "t.txt")).entities}
    assert "Petro contra el ELN" not in names


def test_an_alias_and_a_rank_between_a_person_and_the_office() -> None:
    ties = _ties('Entre los capturados está Alirio Montaño, alias "Nevado", señalado cabecilla de la red Los Nevados.\n')
    assert ("Alirio Montaño", "leads", "Nevados") in ties
    ties = _ties("El director de la DIJIN, general Hernando Vásquez Lozano, habló en Cali.\n")
    assert ("Hernando Vásquez Lozano", "leads", "DIJIN") in ties


def test_holidays_are_not_actors() -> None:
    ex = extract(build_document(b"El viernes, durante la procesion de Viernes Santo, el padre Ignacio Vela hablo.\n",
                                "t.txt"))
    assert "Viernes Santo" not in {e.name for e in ex.entities}


def test_a_unit_written_with_its_group_is_two_actors() -> None:
    ex = extract(build_document("El Bloque Sur del Cauca del ELN atacó una patrulla en Argelia.\n".encode(), "t.txt"))
    names = {e.key: e.name for e in ex.entities}
    assert {"Bloque Sur del Cauca", "ELN"} <= set(names.values())
    assert ("Bloque Sur del Cauca", "member_of", "ELN") in {(names[r.source], r.type, names[r.target])
                                                          for r in ex.relations}


def test_working_for_another_group_and_partners() -> None:
    assert ("Perros del Estero", "supports", "Los Choneros") in _ties(
        "In Guayaquil, Los Perros del Estero collect extortion payments on behalf of Los Choneros.\n")
    assert ("Cártel del Balsas", "allied_with", "CJNG") in _ties(
        "Durante años, el Cártel del Balsas operó como socio del CJNG.\n")


def test_a_role_noun_after_an_apposition_is_the_apposed_person_s() -> None:
    ties = _ties('Prosecutors say Luis Mena handled the money for Wilmer Arrieta, alias "Tornillo", a regional '
                 "commander of the Clan del Golfo.\n")
    assert ("Wilmer Arrieta", "leads", "Clan del Golfo") in ties
    assert ("Luis Mena", "leads", "Clan del Golfo") not in ties


def test_strongholds_and_hyphenated_ties() -> None:
    assert ("Clan del Golfo", "controls", "Tumaco") in _ties("Police entered Tumaco, a stronghold of the Clan del "
                                                           "Golfo.\n")
    assert ("Tren de Aragua", "controls", "Ciudad Bolívar") in _ties(
        "La policía entró en Maturín y en Ciudad Bolívar, bastión del Tren de Aragua.\n") or (
        "Tren de Aragua", "controls", "Bolívar (Venezuela)") in _ties(
        "La policía entró en Maturín y en Ciudad Bolívar, bastión del Tren de Aragua.\n")
    assert ("United States", "leads", "Shield of the Americas") in _ties(
        "The U.S.-led Shield of the Americas coalition met in Panama.\n") or ("United States", "leads",
                                                                            "Shield of the Americas coalition") in _ties(
        "The U.S.-led Shield of the Americas coalition met in Panama.\n")


def test_a_word_inside_a_name_is_no_cue_and_de_org_apposition() -> None:
    ties = _ties("Kenya sent police to the Kenya-led Multinational Security Support mission.\n")
    assert not any(t == "supports" for _a, t, _b in ties)
    assert ("Ruth López", "member_of", "Cristosal") in _ties(
        "En mayo fue detenida la abogada Ruth López, de Cristosal, y la organización protestó.\n")


def test_nobody_leads_or_joins_a_person() -> None:
    ties = _ties("Rosa Amaya clings to power, while Carlos Pérez and his coalition are now represented by "
                 "Julio Cárdenas.\n")
    assert not any(t in ("leads", "member_of") and b in ("Rosa Amaya", "Carlos Pérez") for _a, t, b in ties)


def test_people_arrested_without_a_named_agent_were_arrested_by_the_story_s_agent() -> None:
    text = ("La Armada de República Dominicana interceptó una lancha al sur de Isla Beata. La lancha intentó huir. "
            "Fueron detenidos Jhonny Marcano Rivas y Luis Tovar Guédez.\n")
    ties = _ties(text)
    assert {("Armada de República Dominicana", "acts_against", "Jhonny Marcano Rivas"),
            ("Armada de República Dominicana", "acts_against", "Luis Tovar Guédez")} <= ties
    # with no one said to arrest or intercept, nobody is the agent
    assert not any(t == "acts_against" for _a, t, _b in _ties(
        "La Armada de República Dominicana patrulla el sur. Fueron detenidos Jhonny Marcano Rivas y Luis Tovar.\n"))


def test_a_cue_ending_in_a_space_reads_its_object() -> None:
    assert ("Clan del Golfo", "controls", "Urabá") in _ties("El Clan del Golfo controla el Urabá.\n")
    assert ("Wilner Dorsainvil", "controls", "Morne Lasous") in _ties(
        "Its leader, Wilner Dorsainvil, who goes by \"Ti Lion\", controls the market district of Morne Lasous.\n") \
        or ("Wilner Dorsainvil", "controls", "Morne Lasous") in _ties(
        "Wilner Dorsainvil controls the market district of Morne Lasous.\n")


def test_counted_members_are_not_the_subject() -> None:
    # "three members of X" are unnamed: the police who arrested them did not join X
    ties = _ties("La Policía Nacional capturó en Guayaquil a tres presuntos integrantes de Los Chacales.\n")
    assert not any(t == "member_of" for _a, t, _b in ties)
    ties = _ties("The National Police arrested two members of Los Rastrojos in Cúcuta on Monday.\n")
    assert not any(t == "member_of" for _a, t, _b in ties)
    # a named member still is one
    assert ("Juan Pérez", "member_of", "Los Rastrojos") in _ties("Juan Pérez es integrante de Los Rastrojos.\n")


def test_a_stance_on_a_policy_named_in_the_sentence() -> None:
    ties = _ties('President Arroyave launched Plan Muralla in 2024. Plan Muralla, he said, would "raise a wall".\n')
    assert any(a == "Arroyave" and t == "supports" and b == "Plan Muralla" for a, t, b in ties)
    ties = _ties("La senadora Marta Ruiz rechazó la Ley de Paz Territorial en el Congreso.\n")
    assert any(a == "Marta Ruiz" and t == "opposes" and b == "Ley de Paz Territorial" for a, t, b in ties)


def test_a_relative_clause_about_the_phrase_before_it() -> None:
    ties = _ties("Baz Kanaval belongs to Viv Ansanm, the gang coalition that the United States designated as a "
                 "terrorist organization in 2025.\n")
    assert ("United States", "acts_against", "Viv Ansanm") in ties
    ties = _ties("Llegaron las camionetas de Los Cuervos, la banda que encabeza Arnulfo Tapia Reyes.\n")
    assert ("Arnulfo Tapia Reyes", "leads", "Cuervos") in {(a, t, b.removeprefix("Los ")) for a, t, b in ties}
    # a subject relative stays as it is: the band controls the town
    ties = _ties("Los Cuervos, la banda que controla Tumaco, cobra la cuota.\n")
    assert not any(a == "Tumaco" for a, _t, _b in ties)


def test_unnamed_members_are_not_the_subject_s_membership() -> None:
    ties = _ties("La Fiscalía cumplimentó seis órdenes de aprehensión en contra de presuntos integrantes de Los "
                 "Tejones.\n")
    assert not any(t == "member_of" for _a, t, _b in ties)
    assert any(a == "Juan Pérez" and t == "member_of" for a, t, _b in _ties(
        "Juan Pérez es uno de los miembros de Los Rastrojos.\n"))


def test_whoever_arrests_a_leader_is_not_his_organisation() -> None:
    ties = _ties("In 2011 Los Cortacabezas fell apart after the Policía Nacional arrested its leader, Wilson "
                 "Arboleda.\n")
    assert ("Wilson Arboleda", "leads", "Cortacabezas") in ties
    assert not any(a == "Wilson Arboleda" and b.startswith("Policía") for a, _t, b in ties)


def test_the_ruling_party_backs_the_government() -> None:
    ties = _ties("El Gobierno negocia con el ELN. La senadora Lucía Manrique, del Movimiento Fuerza Común, el partido "
                 "de gobierno, defendió el acuerdo.\n")
    assert ("Movimiento Fuerza Común", "supports", "Gobierno") in ties


def test_a_possessed_role_before_a_rank() -> None:
    ties = _ties("The Gang Suppression Force has been deploying troops since January. Its deputy field commander, "
                 "Col. Samuel Kiprono Wafula, said the contingent would stay.\n")
    assert ("Samuel Kiprono Wafula", "leads", "Gang Suppression Force") in ties


def test_kin_named_after_the_relation_and_clashes_between_a_leader_s_men() -> None:
    ties = _ties("La esposa de Teodoro Huanca, Felicitas Mamani Coaquira, figura como gerente de la empresa.\n")
    assert any({a, b} == {"Teodoro Huanca", "Felicitas Mamani Coaquira"} for a, _t, b in ties)
    ties = _ties("En enero, un enfrentamiento entre los hombres de Wilber Condori y la familia Apaza dejó dos muertos.\n")
    assert ("Wilber Condori", "opposes", "familia Apaza") in ties


def test_a_timeline_s_present_tense_plural_arrest() -> None:
    ties = _ties("- 21 October 2023 - Special forces of the Policía Nacional and the Colombian Navy, working with "
                 "intelligence supplied by the DEA, capture Octavio Rendón at a farm.\n")
    assert any(t == "acts_against" and b == "Octavio Rendón" for _a, t, b in ties)
    # a noun is no verb: "after the capture of X"
    assert not any(t == "acts_against" for _a, t, _b in _ties(
        "After the capture of Octavio Rendón, the Policía Nacional celebrated.\n"))


def test_researchers_and_journalists_belong_to_their_centre_or_outlet() -> None:
    assert ("Laura Gómez", "member_of", "InSight Crime") in _ties("Laura Gómez, analyst at InSight Crime, said the "
                                                                  "gang grew.\n")
    assert ("Pedro Ruiz", "member_of", "Observatorio de Drogas de Colombia") in _ties(
        "dijo Pedro Ruiz, investigador del Observatorio de Drogas de Colombia.\n")


def test_violence_done_to_someone_is_acting_against_them() -> None:
    assert ("ELN", "acts_against", "Ejército") in _ties("El ELN secuestró a dos soldados del Ejército en Arauca.\n")
    assert any(a.startswith("Los Lobos") and t == "acts_against" and b == "Ana Ruiz"
               for a, t, b in _ties("Los Lobos amenazaron a la periodista Ana Ruiz.\n"))
    # "threatened to" names no one threatened
    assert not any(t == "acts_against" for _a, t, _b in _ties("The gang threatened to kill Ana Ruiz.\n"))


def test_violence_against_an_office_holder_named_after_the_office() -> None:
    ties = _ties("Los Choneros asesinaron al alcalde de Manta, Agustín Intriago.\n")
    assert ("Los Choneros", "acts_against", "Agustín Intriago") in ties
    assert not any(t == "acts_against" and b == "Manta" for _a, t, b in ties)


def test_a_us_lawmaker_s_party_tag_names_the_party() -> None:
    got = _ties("Rep. Carla Vandermeer (R-Texas) opened the hearing. Democrats and Republicans clashed over guns. "
                "Rep. Luis Ortegón (D-N.M.) said the bill was empty.\n")
    assert ("Carla Vandermeer", "member_of", "Republican Party") in got
    assert ("Luis Ortegón", "member_of", "Democratic Party") in got
