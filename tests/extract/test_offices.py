"""Office holders: heads of state, ministers, dateline towns' officials and titled members of institutions."""

from __future__ import annotations

from support.extraction import ties as _ties


def test_a_head_of_state_leads_the_state_the_document_names() -> None:
    # the demonym says which state; the state is named elsewhere in the document
    ties = _ties("Ecuador declared an internal armed conflict in 2024. The Ecuadorian president, "
                 "Rodrigo Salcedo, ordered troops into the prisons.\n")
    assert ("Rodrigo Salcedo", "leads", "Ecuador") in ties
    ties = _ties("Honduras vive una crisis. El presidente hondureño Marcos Villeda viajó a Tegucigalpa.\n")
    assert ("Marcos Villeda", "leads", "Honduras") in ties
    # no state named: no tie; a president of a body is not head of a state
    assert not any(t == "leads" for _a, t, _b in _ties("The Ecuadorian president, Rodrigo Salcedo, spoke.\n"))
    assert ("Rodrigo Salcedo", "leads", "Ecuador") not in _ties(
        "Ecuador voted. The president of the Ecuadorian Football Federation, Rodrigo Salcedo, spoke.\n")


def test_a_minister_belongs_to_the_government_or_leads_the_ministry_named() -> None:
    ties = _ties("El Gobierno venezolano rechazó el informe. El canciller venezolano, Ramón Ortiz, "
                 "habló de una campaña.\n")
    assert ("Ramón Ortiz", "member_of", "Government of Venezuela") in ties
    ties = _ties("The Ministry of Defence of Colombia opened an inquiry. Colombian Defence Minister "
                 "Luis Ospina visited Cúcuta.\n")
    assert ("Luis Ospina", "leads", "Ministry of Defence of Colombia") in ties


def test_an_office_without_a_place_belongs_to_the_dateline_town() -> None:
    text = ("Crónica | El Diario del Río | Santa Elena del Valle (Sucre), 2 de marzo de 2025\n\n"
            "En Santa Elena del Valle nadie habla de la vacuna. El alcalde, Ramiro Gutiérrez Peña, dice que pide "
            "refuerzos cada semana. El personero municipal, Óscar Lemus Díaz, lleva la cuenta de las denuncias.\n")
    ties = _ties(text)
    assert ("Ramiro Gutiérrez Peña", "leads", "Santa Elena del Valle") in ties
    assert ("Óscar Lemus Díaz", "member_of", "Santa Elena del Valle") in ties
    # without a dateline town there is no tie to guess
    assert not any(t in ("leads", "member_of") for _a, t, _b in _ties(text.split("\n\n", 1)[1]))


def test_a_mayor_without_a_place_belongs_to_the_one_municipality_named() -> None:
    # no dateline: the text calls one place a municipality, and the mayor is introduced after his name
    ties = _ties("La Ceiba Vieja es una vereda del municipio de San Telmo del Monte. Nadie olvida a Joaquín "
                 "Arrieta, el último alcalde que denunció a la banda. Su sucesora, la alcaldesa Nubia Pardo, "
                 "no da entrevistas.\n")
    assert ("Joaquín Arrieta", "leads", "San Telmo del Monte") in ties
    assert ("Nubia Pardo", "leads", "San Telmo del Monte") in ties
    # English, datelined, a capitalised title with no article
    ties = _ties("PUERTO AZUL, Honduras (Example Wire) - Residents say Mayor Ana Ruiz has not left her office "
                 "in weeks.\n")
    assert ("Ana Ruiz", "leads", "Puerto Azul") in {(a, t, b.title()) for a, t, b in ties}
    # a mayor of a place the text writes beside the title is that place's, not the home town's
    ties = _ties("La Ceiba Vieja es una vereda del municipio de San Telmo del Monte. Joaquín Arrieta, el alcalde "
                 "de Tibú, viajó a Cúcuta.\n")
    assert ("Joaquín Arrieta", "leads", "San Telmo del Monte") not in ties


def test_a_title_that_names_its_institution() -> None:
    ties = _ties("La Fiscalía General de la Nación imputó cargos. Luego habló la fiscal Marta Ospina en Cali.\n")
    assert ("Marta Ospina", "member_of", "Fiscalía General de la Nación") in ties
    ties = _ties("La Defensoría del Pueblo emitió una alerta. La defensora regional para el Catatumbo, Liliana "
                 "Barrios, pidió ayuda.\n")
    assert ("Liliana Barrios", "member_of", "Defensoría del Pueblo de Colombia") in ties
    # the words of a title are not its holder; two such bodies leave the choice open
    ties = _ties("La Fiscalía de Colombia y la Fiscalía de Ecuador firmaron. Habló la fiscal Marta Ospina.\n")
    assert not any(a == "Marta Ospina" and t == "member_of" for a, t, _b in ties)


def test_police_and_military_ranks_belong_to_the_one_force_named() -> None:
    ties = _ties("La Policía Nacional del Ecuador capturó a tres personas. \"Es una alianza\", afirmó el general "
                 "Patricio Andrade Salazar, comandante policial de la Zona 8.\n")
    assert ("Patricio Andrade Salazar", "member_of", "Policía Nacional del Ecuador") in ties
    ties = _ties("The Navy seized four tonnes of cocaine, Admiral Juan Ricardo Rozo told reporters.\n")
    assert ("Juan Ricardo Rozo", "member_of", "Navy") in ties
    # two police forces named: which one is the commander's is not said, so no tie
    ties = _ties("La Policía de Ecuador y la Policía de Colombia cooperan. El comisario Luis Vera habló.\n")
    assert not any(a == "Luis Vera" for a, _t, _b in ties if _t == "member_of")


def test_a_president_with_no_country_written_leads_the_country_the_text_is_about() -> None:
    ties = _ties("Hay gobiernos que pierden guerras. El presidente Hernán Ocampo ha logrado algo notable. ¿Y qué "
                 "respondió el Gobierno? Suspendió las operaciones en Arauca y en el Catatumbo, en Colombia.\n")
    assert ("Hernán Ocampo", "leads", "Gobierno") in ties
    assert ("Hernán Ocampo", "leads", "Colombia") in ties
    # a country named as often as another is no home: no guess
    ties = _ties("President Ana Ruiz spoke. Ecuador and Peru signed a treaty.\n")
    assert not any(a == "Ana Ruiz" and t == "leads" for a, t, _b in ties)


def test_the_one_head_of_state_of_a_story_that_never_names_his_country_leads_its_bare_government() -> None:
    text = ("El Congreso prorrogó el estado de excepción que el presidente Rolando Fiallos decretó en febrero. "
            "De un lado, el oficialista Partido Orden Nacional celebró la medida. Empiezo por el Gobierno, porque es "
            "el que tiene el poder.\n")
    got = _ties(text)
    assert ("Rolando Fiallos", "leads", "Gobierno") in got
    assert ("Rolando Fiallos", "member_of", "Partido Orden Nacional") in got


def test_an_office_of_a_district_or_a_province_named_with_its_article():
    text = "La fiscalía interrogó al alcalde del distrito de San Baldomero, Eulogio Paucar Ríos, durante seis horas.\n"
    assert ("Eulogio Paucar Ríos", "leads", "San Baldomero") in _ties(text)
    text = "Entrevistado: Casimiro Llerena Vaca, prefecto de la provincia de El Ceibal.\n"
    assert any(a == "Casimiro Llerena Vaca" and t == "leads" and "Ceibal" in b for a, t, b in _ties(text))


def test_a_parish_political_lieutenant_leads_the_parish():
    text = "Los militares detuvieron al teniente político de San Rufino, Aurelio Chimbo, por filtrar los patrullajes.\n"
    assert ("Aurelio Chimbo", "leads", "San Rufino") in _ties(text)


def test_a_legislator_is_active_in_the_district_or_region_he_sits_for():
    text = ("Rumours claim that Octavio Benavente Ruiz, a first-term member of the Chamber of Deputies for the "
            "Coquimbo region, took money from a gang.\n")
    assert ("Octavio Benavente Ruiz", "operates_in", "Coquimbo") in _ties(text)
    text = "Rosalba Quintero es diputada local en el Congreso estatal por el distrito de San Juan Chamula desde 2021.\n"
    assert ("Rosalba Quintero", "operates_in", "San Juan Chamula") in _ties(text)
