"""Quotes and unnamed sources in more of the shapes reporters, press offices and fact-checkers write.

Each small document is written for these tests (fictional people, places
and bodies). A quote passes when its words come back with the actor that
said them, however the text points at that actor; an unnamed source passes
when the claim holding its description is marked anonymous. Words in
quotation marks that are names or scare quotes must come back as nobody's.
"""

from __future__ import annotations

import pytest

from nexos.extract import extract
from nexos.ingest import build_document
from support.extraction import quotes as _quotes
from support.extraction import said as _said


def _extract(text: str):  # type: ignore[no-untyped-def]
    return extract(build_document(text.encode("utf-8"), "t.txt"))




# ---------------------------------------------------------------- unnamed sources

ANONYMOUS = {
    "es_persona_que_conoce_el_caso": (
        "La Fiscalía investiga al exgobernador desde marzo. Una persona que conoce el caso dijo que el dinero "
        "salió por Panamá en tres transferencias.\n",
        "Una persona que conoce el caso"),
    "es_personas_al_tanto": (
        "Las conversaciones entre el Gobierno y la guerrilla siguen en Caracas. Dos personas al tanto de las "
        "negociaciones dijeron que el acuerdo está cerca.\n",
        "Dos personas al tanto"),
    "es_no_autorizado_sin_que": (
        "Tres presos escaparon de la cárcel de Palmira el domingo. Un funcionario de la gobernación, no autorizado "
        "para hablar con la prensa, confirmó la fuga.\n",
        "no autorizado para hablar"),
    "es_cuyo_nombre_se_omite": (
        "La banda cobra una cuota semanal a los tenderos del barrio. Un comerciante, cuyo nombre se omite por "
        "razones de seguridad, aseguró que paga cada semana.\n",
        "cuyo nombre se omite"),
    "es_versiones_de_prensa": (
        "El capo fue extraditado a Estados Unidos en 2022. Según versiones de prensa, el capo habría pagado a tres "
        "jueces para frenar su captura.\n",
        "Según versiones de prensa"),
    "es_segun_trascendio": (
        "El gabinete se reunió de urgencia el viernes en la noche. Según trascendió, el ministro presentará su "
        "renuncia el lunes.\n",
        "Según trascendió"),
    "en_people_aware_of": (
        "Several officers were transferred out of the port unit in May, according to two people aware of the "
        "decision.\n",
        "two people aware of the decision"),
    "en_present_at_the_meeting": (
        "The governor shouted at the police commander, said a person who was present at the meeting.\n",
        "a person who was present at the meeting"),
    "en_multiple_sources": (
        "The mayor resigned on Thursday night. Multiple sources confirmed to this outlet that he left the country "
        "the same day.\n",
        "Multiple sources"),
    # someone described by a role and no name, who speaks
    "en_a_former_prison_director": (
        "Guards sell phones to inmates for 300 dollars each. A former prison director told the newspaper that "
        "the wardens take a share of every sale.\n",
        "A former prison director"),
    "en_a_local_journalist": (
        "The mayor of Puerto Cruz denies any tie to the gang. A local journalist said the mayor meets its "
        "leaders every month in a ranch outside town.\n",
        "A local journalist"),
    "en_one_analyst": (
        "Extortion has spread to the bus routes. One analyst in Tegucigalpa said the gangs had moved into "
        "transport because it pays daily.\n",
        "One analyst in Tegucigalpa"),
    "es_un_coronel_retirado": (
        "El Ejército niega que haya perdido el control de la frontera. Un coronel retirado dijo que las "
        "trochas están en manos de la guerrilla.\n",
        "Un coronel retirado"),
    "es_un_juez": (
        "Las amenazas contra funcionarios judiciales se duplicaron en 2024. Un juez de San Pedro Sula aseguró "
        "que recibe mensajes cada semana.\n",
        "Un juez de San Pedro Sula"),
    "es_consultado_por_este_diario": (
        "El diálogo con la guerrilla se suspendió en marzo. Un diplomático europeo consultado por este diario "
        "dijo que el proceso está muerto.\n",
        "Un diplomático europeo consultado"),
    "en_said_privately": (
        "The minister defended the plan in public. Officials said privately that it had failed months ago.\n",
        "said privately"),
    "en_condition_that_he_not_be_named": (
        "The unit was disbanded in May. The officer spoke on the condition that he not be named, citing "
        "threats against his family.\n",
        "not be named"),
    "en_only_her_first_name": (
        "The gang charges every shop on the avenue. A resident who would only give her first name, Rosa, "
        "said she pays 20 dollars a week.\n",
        "would only give her first name"),
    "es_se_identifico_solo_como": (
        "La banda cobra a todos los comercios de la avenida. Un hombre que se identificó solo como Carlos "
        "dijo que paga cada viernes.\n",
        "se identificó solo como"),
    # more kinds of sources, papers and people close to someone
    "en_person_involved_in_the_talks": (
        "Negotiators met again in Havana on Monday. According to one person involved in the talks, a deal on "
        "disarmament is close.\n",
        "one person involved in the talks"),
    "en_a_high_level_source": (
        "The cartel has split into two factions. A high-level source said the younger brother now runs the "
        "northern routes.\n",
        "A high-level source"),
    "en_leaked_documents": (
        "The mayor has denied meeting the gang. Leaked documents show he met its leader twice in 2023.\n",
        "Leaked documents"),
    "en_church_sources": (
        "Eleven families fled the village on Sunday. Church sources confirmed that the gang had threatened to "
        "burn their houses.\n",
        "Church sources confirmed"),
    "es_fuentes_locales": (
        "El Ejército llegó a la vereda el martes. Fuentes locales aseguraron que hubo disparos toda la noche.\n",
        "Fuentes locales"),
    "es_fuentes_penitenciarias": (
        "Once internos escaparon de la cárcel de Palmira. Fuentes penitenciarias confirmaron que los guardias "
        "abrieron la reja.\n",
        "Fuentes penitenciarias"),
    "es_documentos_filtrados": (
        "El alcalde niega cualquier vínculo con la banda. Según documentos filtrados, recibió pagos durante "
        "dos años.\n",
        "documentos filtrados"),
    "es_informacion_de_inteligencia": (
        "El cabecilla no ha sido visto desde marzo. De acuerdo con información de inteligencia, huyó a "
        "Venezuela por una trocha.\n",
        "información de inteligencia"),
    "es_testimonios_de_pobladores": (
        "La masacre ocurrió en la madrugada del domingo. Según relatos de pobladores, los armados llegaron en "
        "tres camionetas.\n",
        "Según relatos de pobladores"),
    "es_allegado_a_la_familia": (
        "El comerciante fue liberado el viernes tras diez días de cautiverio. Un allegado a la familia contó que "
        "pagaron el rescate en efectivo.\n",
        "Un allegado a la familia"),
    "es_confio_a_este_diario": (
        "La Fiscalía archivó el proceso en silencio. Un investigador confió a este diario que el caso se cayó "
        "por presiones políticas.\n",
        "Un investigador confió"),
    "en_sources_in_a_headline": (
        "Sources say port chief took bribes from gang\n\n"
        "The head of the port authority has been questioned by prosecutors, the agency said on Monday.\n",
        "Sources say port chief"),
    # names held back or made up, people close to someone, a source spoken of again
    "en_not_her_real_name": (
        "The gang took her son in March. María (not her real name) said she has not seen him since.\n",
        "not her real name"),
    "es_nombre_ficticio": (
        "La banda se llevó a su hijo en marzo. María (nombre ficticio) contó que no lo ha vuelto a ver.\n",
        "nombre ficticio"),
    "en_name_changed": (
        "Shopkeepers on the avenue pay every Friday. Pedro, whose name has been changed for his safety, said he "
        "pays 20 dollars a week.\n",
        "whose name has been changed"),
    "es_bajo_reserva_entre_comas": (
        "La orden de liberar a los detenidos llegó de noche. Un agente, bajo reserva, dijo que vino de la "
        "comandancia.\n",
        "bajo reserva"),
    "en_without_giving_his_name": (
        "The gang charges every stall in the market. A trader, without giving his name, said he pays every week.\n",
        "without giving his name"),
    "es_a_quien_llamaremos": (
        "La banda cobra a todas las tiendas del barrio. Rosa, a quien llamaremos así para proteger su identidad, "
        "contó que paga cada viernes.\n",
        "a quien llamaremos"),
    "es_varias_fuentes": (
        "El alcalde no ha sido visto desde el lunes. Varias fuentes confirmaron que salió del país por "
        "Cúcuta.\n",
        "Varias fuentes"),
    "es_fuentes_del_caso": (
        "El juicio se reanuda en mayo. Fuentes del caso aseguran que el exalcalde negocia con la Fiscalía.\n",
        "Fuentes del caso"),
    "es_personas_que_conocen": (
        "El alcalde no ha sido visto desde el lunes. De acuerdo con personas que conocen la investigación, "
        "salió del país por Cúcuta.\n",
        "personas que conocen"),
    "en_people_who_have_seen": (
        "The mayor has not been seen since Monday. According to people who have seen the documents, he "
        "signed the contracts himself.\n",
        "people who have seen the documents"),
    "en_those_close_to_him": (
        "The general has not appeared in public for weeks. According to those close to him, he fears "
        "arrest.\n",
        "those close to him"),
    "es_personas_de_su_entorno": (
        "El general no aparece en público desde hace semanas. Según personas de su entorno, teme ser "
        "detenido.\n",
        "personas de su entorno"),
    "en_someone_close_to_the_family": (
        "The businessman was freed after ten days. Someone close to the family said the ransom was paid in "
        "cash.\n",
        "Someone close to the family"),
    "es_alguien_cercano": (
        "El comerciante fue liberado tras diez días. Alguien cercano a la familia dijo que pagaron el rescate.\n",
        "Alguien cercano a la familia"),
    "es_un_conocedor_del_caso": (
        "La Fiscalía sigue la ruta del dinero. Un conocedor del caso dijo que salió por Panamá en 2021.\n",
        "Un conocedor del caso"),
    "en_a_former_associate": (
        "Nobody knows where the kingpin sleeps. A former associate said he never slept in the same house "
        "twice.\n",
        "A former associate"),
    "es_un_hermano_de_la_victima": (
        "La policía llegó seis horas después del ataque. Un hermano de la víctima dijo que nadie atendió "
        "las llamadas.\n",
        "Un hermano de la víctima"),
    "en_sources_with_ties_to": (
        "The colonel was removed on Friday. Sources with ties to the army said he had protected the "
        "smugglers.\n",
        "Sources with ties to the army"),
    "es_la_misma_fuente": (
        "Una fuente militar dijo que hubo tres bajas en el combate. La misma fuente agregó que el comandante "
        "huyó hacia la frontera.\n",
        "La misma fuente agregó"),
    "en_the_source_added": (
        "A military source said three soldiers died in the clash. The source added that the commander fled "
        "toward the border.\n",
        "The source added"),
    "en_his_name_is_withheld": (
        "A guard at the Valdora jail described how phones reach the cells. His name is withheld for his safety.\n",
        "His name is withheld"),
    "en_whose_identity_is_protected": (
        "The trial resumed on Monday. The witness, whose identity is protected, said he saw the shooting from a "
        "window.\n",
        "whose identity is protected"),
    "es_su_nombre_no_se_publica": (
        "Un guardia de la cárcel describió cómo entran los celulares a las celdas. Por motivos de seguridad, su "
        "nombre no se publica.\n",
        "su nombre no se publica"),
    "es_cuya_identidad_esta_protegida": (
        "El juicio se reanudó el lunes. Un testigo, cuya identidad está protegida, dijo que vio el tiroteo desde "
        "una ventana.\n",
        "cuya identidad está protegida"),
}


@pytest.mark.parametrize("name", sorted(ANONYMOUS))
def test_the_claim_with_an_unnamed_source_is_anonymous(name: str) -> None:
    text, phrase = ANONYMOUS[name]
    claims = [c for c in _extract(text).claims if phrase in c.text]
    assert claims and any(c.anonymous_source for c in claims), name


def test_a_short_document_in_an_undetermined_language_still_finds_spanish_sources() -> None:
    claims = _extract("Una fuente militar confirmó a este diario que hubo tres bajas.\n").claims
    assert any(c.anonymous_source for c in claims)


def test_counted_things_and_people_are_not_unnamed_sources() -> None:
    text = ("Two sources of funding dried up in May. A person who attended the rally was shot. "
            "Dos personas murieron en el ataque. El uso no autorizado de armas sigue. Tourism is a major source "
            "of income for the port. Según testimonios recogidos por la Fiscalía, el alcalde huyó. Varias fuentes "
            "de agua se secaron. A sister company said it would appeal. The source of the money is unknown.\n")
    assert not any(c.anonymous_source for c in _extract(text).claims)


# ---------------------------------------------------------------- quotes

CASES = {
    # a body or a text that speaks, named only by a description
    "en_the_group_said": (
        "Human Rights Watch documented 40 killings in the region last year.\n\n"
        '"The state has abandoned these communities," the group said.\n',
        [("The state has abandoned these communities", "Human Rights Watch")]),
    "en_a_spokeswoman_then_the_agency": (
        "The Drug Enforcement Administration announced the extradition on Friday.\n\n"
        '"He was one of the most wanted traffickers in the hemisphere," the agency said in a statement.\n',
        [("one of the most wanted traffickers", "DEA")]),  # the knowledge base's name
    "en_the_company_said": (
        "Chiquita Brands admitted paying the paramilitaries in 2007.\n\n"
        '"We were forced to pay to protect our workers," the company said at the time.\n',
        [("We were forced to pay", "Chiquita Brands")]),
    "es_indico_la_cartera": (
        "El Ministerio de Defensa confirmó la muerte de tres soldados en el Catatumbo.\n\n"
        "«Los militares fueron atacados con drones cargados de explosivos», indicó la cartera en un comunicado.\n",
        [("Los militares fueron atacados", "Ministerio de Defensa")]),
    "es_explico_el_vocero_de_la_fiscalia": (
        "La Fiscalía General de la Nación imputó cargos a cinco concejales de Tumaco.\n\n"
        "«Los concejales recibían pagos mensuales de la estructura», explicó el vocero de la Fiscalía.\n",
        [("Los concejales recibían pagos", "Fiscalía General de la Nación")]),
    "en_the_report_says": (
        "The research centre Andes Watch published its annual assessment on Monday.\n\n"
        '"The gang now operates in twelve countries and launders money through football clubs," the report says.\n',
        [("The gang now operates in twelve countries", "Andes Watch")]),
    "en_according_to_the_statement": (
        "The Attorney General's Office issued a statement after the arrests.\n\n"
        'According to the statement, "the suspects laundered more than 40 million dollars through shell '
        'companies."\n',
        [("the suspects laundered more than", "Attorney General's Office")]),
    "en_the_groups_statement": (
        "The rebel group Frente Andino claimed the attack on the pipeline on Sunday.\n\n"
        '"Our units acted against a military target," the group\'s statement said.\n',
        [("Our units acted against a military target", "Frente Andino")]),
    "es_el_comunicado_senala": (
        "Las Autodefensas del Sur difundieron un comunicado el martes.\n\n"
        "El comunicado señala: «No habrá cese al fuego mientras continúen los bombardeos».\n",
        [("No habrá cese al fuego", "Autodefensas del Sur")]),
    "es_se_lee_en_el_comunicado": (
        "La banda Los Tiburones del Golfo difundió un mensaje en redes sociales el domingo.\n\n"
        "«Nos declaramos en paro armado hasta nueva orden», se lee en el comunicado.\n",
        [("Nos declaramos en paro armado", "Tiburones del Golfo")]),
    "es_reza_el_panfleto_firmado_por": (
        "Los comerciantes de Tibú cerraron sus negocios el lunes.\n\n"
        "«Muerte a los sapos y a los que colaboren con el Ejército», reza el panfleto firmado por las "
        "Autodefensas Conquistadoras de la Sierra.\n",
        [("Muerte a los sapos", "Autodefensas Conquistadoras de la Sierra")]),
    # two speakers in one sentence
    "en_two_speakers_while": (
        'Mayor Carlos Ibáñez said "the city is safer than ever", while councilwoman Dora Peña said "nobody '
        'believes him anymore".\n',
        [("the city is safer than ever", "Carlos Ibáñez"), ("nobody believes him anymore", "Dora Peña")]),
    "es_two_speakers_mientras_que": (
        "El gobernador Julio Benítez aseguró que «la frontera está cerrada a los grupos armados», mientras que "
        "la diputada Irene Vargas afirmó que «las trochas siguen abiertas todas las noches».\n",
        [("la frontera está cerrada", "Julio Benítez"), ("las trochas siguen abiertas", "Irene Vargas")]),
    # reporting verbs and marks not read before
    "es_alerto": (
        "La Defensoría del Pueblo publicó su alerta temprana el lunes.\n\n"
        "«El reclutamiento de menores se ha triplicado en el último año», alertó la defensora Iris Marín.\n",
        [("El reclutamiento de menores", "Iris Marín")]),
    "en_asserted_and_countered": (
        '"The port is clean," asserted harbour master Luis Ortega. "Then explain the 4 tonnes," countered '
        "senator Ruth Calder.\n",
        [("The port is clean", "Luis Ortega"), ("Then explain the 4 tonnes", "Ruth Calder")]),
    "es_low_high_quotes": (
        "El fiscal Pedro Lamas habló tras la audiencia en Hamburgo. Lamas dijo: „Los carteles controlan el "
        "puerto desde hace años“.\n",
        [("Los carteles controlan el puerto", "Pedro Lamas")]),
    "es_single_guillemets": (
        "El obispo Julián Mora visitó el pueblo tras la masacre. El obispo declaró: ‹Nadie en este pueblo puede "
        "dormir tranquilo›.\n",
        [("Nadie en este pueblo puede dormir", "Julián Mora")]),
    # a long title before the name after the quote
    "en_spokesman_with_rank_after_the_quote": (
        "The Navy seized a semi-submersible carrying four tonnes of cocaine off the coast of Nariño.\n\n"
        '"It is the largest seizure of the year," Navy spokesman Captain Luis Vera said.\n',
        [("It is the largest seizure", "Luis Vera")]),
    # a title that is not part of the name
    "en_witness_is_a_title": (
        'Witness Pablo Ortiz told the court: "I carried the money to the judge myself, twice a month."\n',
        [("I carried the money to the judge", "Pablo Ortiz")]),
    "en_analyst_is_a_title": (
        'Analyst Irene Castillo explained: "The gangs moved from drugs to extortion because extortion is '
        'cheaper."\n',
        [("The gangs moved from drugs", "Irene Castillo")]),
    "en_plural_title_before_two_names": (
        'Senators Ruth Calder and Mark Delaney said in a joint statement: "The port authority must be '
        'dissolved."\n',
        [("The port authority must be dissolved", "Ruth Calder")]),
    "en_criminologist_is_a_title": (
        'Criminologist Ana Beltrán believes that "the extortion economy is now bigger than the drug economy".\n',
        [("the extortion economy is now bigger", "Ana Beltrán")]),
}

# quotes that layout sets apart, and speakers that layout names
LAYOUT = {
    "en_interview_q_and_a": (
        "Interview with Mark Delaney, director of the Coastal Crime Observatory.\n\n"
        "Q: Who controls the port today?\n"
        "A: The same networks that controlled it ten years ago, only with better lawyers.\n\n"
        "Q: Has anything changed?\n"
        "A: The violence moved inland, to the towns along the highway.\n",
        [("The same networks that controlled it", "Mark Delaney"), ("The violence moved inland", "Mark Delaney")]),
    "es_entrevista_p_y_r": (
        "Entrevista con Lucía Benavides, investigadora del Observatorio de Paz.\n\n"
        "P: ¿Quién controla hoy la frontera?\n"
        "R: Las disidencias, que cobran a cada camión que pasa por la trocha.\n\n"
        "P: ¿Y el Estado?\n"
        "R: El Estado llega de día y se va antes de que oscurezca.\n",
        [("Las disidencias, que cobran", "Lucía Benavides"), ("El Estado llega de día", "Lucía Benavides")]),
    "en_interview_answer_labelled_with_the_surname": (
        "Mark Delaney directs the Coastal Crime Observatory in Port Louis.\n\n"
        "**Q: Who controls the port today?**\n\n"
        "**Delaney:** The same networks that controlled it ten years ago, only with better lawyers.\n",
        [("The same networks that controlled it", "Mark Delaney")]),
    "en_headline_surname_label": (
        'Salcedo: "We will not hand over a single citizen to a foreign court"\n\n'
        "Foreign minister Denis Salcedo rejected the extradition request on Friday.\n",
        [("We will not hand over a single citizen", "Denis Salcedo")]),
    "en_bullets_under_a_colon": (
        "At the hearing, Senator Amy Collins made three points:\n\n"
        '- "The agency ignored every warning about the port."\n'
        '- "Nobody has been held accountable for the missing containers."\n',
        [("The agency ignored every warning", "Amy Collins"), ("Nobody has been held accountable", "Amy Collins")]),
    "en_block_quote_under_a_colon": (
        "Senator Ruth Calder closed the hearing with a warning:\n\n"
        "> We are losing the ports one by one, and nobody in this room seems to care.\n",
        [("We are losing the ports one by one", "Ruth Calder")]),
    "en_epigraph_with_a_dash_line": (
        '"Plata o plomo."\n— Pablo Escobar\n\n'
        "The phrase still governs the port of Tumaco, where the gangs pay or kill.\n",
        [("Plata o plomo", "Pablo Escobar")]),
    "en_fact_check_claim_and_who_said_it": (
        'Claim: "Homicides fell by 60 percent under this government."\n'
        "Who said it: Congressman Luis Parra, on 12 May, in a television interview.\n"
        "Verdict: False.\n",
        [("Homicides fell by 60 percent", "Luis Parra")]),
    "es_verificacion_frase_y_quien_lo_dijo": (
        "Frase: «El 80 % de los presos del país son extranjeros».\n"
        "Quién lo dijo: la diputada Marcela Rojas, el 3 de mayo.\n"
        "Calificación: Falso.\n",
        [("El 80 % de los presos", "Marcela Rojas")]),
    "en_those_were_the_words_of_next_paragraph": (
        "Congress opened its inquiry into the customs service on Tuesday.\n\n"
        '"The port belongs to the gangs, and everybody in this building knows it."\n\n'
        "Those were the words of Customs Director Ana Ruiz, speaking before the committee.\n",
        [("The port belongs to the gangs", "Ana Ruiz")]),
    "es_asi_lo_dijo_next_paragraph": (
        "El Congreso abrió el martes la investigación sobre la aduana.\n\n"
        "«El puerto es de las bandas y todos en este edificio lo saben».\n\n"
        "Así lo dijo la directora de Aduanas, Ana Ruiz, ante la comisión.\n",
        [("El puerto es de las bandas", "Ana Ruiz")]),
    "en_with_those_words_next_paragraph": (
        '"We will not stop until every gang leader is behind bars."\n\n'
        "With those words, Attorney General Luis Vélez opened the trial on Monday.\n",
        [("We will not stop", "Luis Vélez")]),
    "md_heading_surname_label": (
        '# Delaney: "The same networks still control the port of Kingston"\n\n'
        "Senator Mark Delaney spoke at the hearing on Monday about the port.\n",
        [("The same networks still control the port", "Mark Delaney")]),
    "en_note_marker_between_the_words_and_the_verb": (
        "The ports are the weak link of the region's security.\n\n"
        '"The gangs control the ports and the customs agents who inspect them,"[4] said analyst Ana Ruiz.\n',
        [("The gangs control the ports", "Ana Ruiz")]),
    "es_con_estas_palabras": (
        "«Hoy le devolvemos la tranquilidad a Manta». Con estas palabras, la alcaldesa Marciana Valdivieso "
        "anunció la captura del cabecilla.\n",
        [("Hoy le devolvemos la tranquilidad", "Marciana Valdivieso")]),
}


@pytest.mark.parametrize("name", sorted(LAYOUT))
def test_the_speaker_layout_names(name: str) -> None:
    text, expected = LAYOUT[name]
    got = _quotes(text)
    for words, speaker in expected:
        assert _said(got, words) == speaker, f"{name}: {got}"


def test_interview_questions_are_nobodys_quotes() -> None:
    got = _quotes(LAYOUT["en_interview_q_and_a"][0]) + _quotes(LAYOUT["es_entrevista_p_y_r"][0])
    assert not [q for q, _s in got if "?" in q]


def test_a_label_that_names_no_one_is_no_speaker() -> None:
    got = _quotes("Note: the figures below come from the police.\n\n"
                  "Update: \"The numbers were revised on Monday after an audit,\" the text reads.\n")
    assert all(speaker is None for _q, speaker in got)


@pytest.mark.parametrize("name", sorted(CASES))
def test_the_speaker_of_each_quote(name: str) -> None:
    text, expected = CASES[name]
    got = _quotes(text)
    for words, speaker in expected:
        assert _said(got, words) == speaker, f"{name}: {got}"


def test_a_so_called_name_in_quotes_is_nobodys() -> None:
    assert _quotes("El ministro Iván Velásquez defendió la llamada «paz total» ante el Congreso.\n") == []
    assert _quotes('President Gustavo Petro defended the so-called "total peace" policy on Monday.\n') == []
    assert _quotes("El senador Rubén Díaz criticó a la autodenominada «Junta Patriótica» en su discurso.\n") == []


# ---------------------------------------------------------------- the right one of two people

TRIAL_EN = ("The trial of former mayor Pedro Gómez resumed in Cali on Monday. Prosecutor Ana Ruiz presented new "
            "evidence.\n\n")
TRIAL_ES = ("El juicio contra el exalcalde Pedro Gómez se reanudó en Cali el lunes. La fiscal Ana Ruiz presentó "
            "nuevas pruebas.\n\n")

TWO_PEOPLE = {
    "en_speaking_to_reporters_after_meeting_x": (
        TRIAL_EN + 'Speaking to reporters after meeting Pedro Gómez, Ana Ruiz said: "The evidence is overwhelming."\n',
        "The evidence is overwhelming", "Ana Ruiz"),
    "en_responding_to_x": (
        TRIAL_EN + 'Responding to Ruiz, Gómez said: "The prosecutor is building a case out of rumours."\n',
        "The prosecutor is building a case", "Pedro Gómez"),
    "en_addressing_x": (
        TRIAL_EN + 'Addressing Gómez directly, Judge Marta Peña said: "You betrayed your city."\n',
        "You betrayed your city", "Marta Peña"),
    "es_dirigiendose_a_x": (
        TRIAL_ES + "Dirigiéndose a Gómez, la jueza Marta Peña dijo: «Usted traicionó a su ciudad».\n",
        "Usted traicionó a su ciudad", "Marta Peña"),
    "es_ante_x_dijo_two_words": (
        TRIAL_ES + "Ante la jueza Marta Peña, Gómez dijo: «Soy inocente».\n",
        "Soy inocente", "Pedro Gómez"),
    "en_according_to_x_then_y_in_the_clause": (
        TRIAL_EN + 'According to Ruiz, Gómez "betrayed the trust of the people who elected him".\n',
        "betrayed the trust", "Ana Ruiz"),
    "es_segun_x_then_y_in_the_clause": (
        TRIAL_ES + "Según Ruiz, Gómez «traicionó la confianza de quienes lo eligieron».\n",
        "traicionó la confianza", "Ana Ruiz"),
    "en_reporting_clause_set_off": (
        TRIAL_EN + 'Gómez, Ruiz said, was "the real boss of the network in the port".\n',
        "the real boss of the network", "Ana Ruiz"),
    "es_el_pronoun_is_the_man": (
        TRIAL_ES + "Ruiz interrogó a Gómez durante tres horas. Él dijo después: «Nunca toqué un solo peso de ese "
        "dinero».\n",
        "Nunca toqué un solo peso", "Pedro Gómez"),
    "en_quoted_as_saying": (
        TRIAL_EN + '"I am innocent and I will prove it," Gómez was quoted as saying by El Tiempo.\n',
        "I am innocent", "Pedro Gómez"),
    "en_who_said_after_a_passive": (
        TRIAL_EN + 'Gómez was criticised by Senator Luis Vélez, who said the former mayor "sold the city to the '
        'gangs".\n',
        "sold the city to the gangs", "Luis Vélez"),
    "es_quien_dijo_tras_una_pasiva": (
        TRIAL_ES + "Gómez fue criticado por el senador Luis Vélez, quien dijo que el exalcalde «vendió la ciudad a "
        "las bandas».\n",
        "vendió la ciudad a las bandas", "Luis Vélez"),
    "en_successor_named_after_the_quote": (
        TRIAL_EN + '"The city is still paying for his crimes," said Gómez\'s successor, Mayor Luisa Peña.\n',
        "The city is still paying", "Luisa Peña"),
    "en_spokesman_of_a_person": (
        TRIAL_EN + '"He will appeal," Gómez\'s spokesman Mario Díaz said.\n',
        "He will appeal", "Mario Díaz"),
    # words someone else is reported to have said
    "en_said_that_y_had_told": (
        TRIAL_EN + 'Ruiz said that Gómez had told a witness: "Nobody will ever find the money."\n',
        "Nobody will ever find the money", "Pedro Gómez"),
    "es_recordo_que_y_le_dijo": (
        TRIAL_ES + "Ruiz recordó que Gómez le dijo a un testigo: «Nadie va a encontrar nunca el dinero».\n",
        "Nadie va a encontrar nunca", "Pedro Gómez"),
    "en_dismissed_ys_claim_that": (
        TRIAL_EN + 'Ruiz dismissed Gómez\'s claim that "the money was a loan from a relative".\n',
        "the money was a loan", "Pedro Gómez"),
    "es_la_afirmacion_de_y_de_que": (
        TRIAL_ES + "Ruiz rechazó la afirmación de Gómez de que «el dinero era un préstamo de un familiar».\n",
        "el dinero era un préstamo", "Pedro Gómez"),
    "en_quoted_y_as_saying": (
        TRIAL_EN + 'Ruiz quoted Gómez as saying "the port pays for everything" in a 2019 recording.\n',
        "the port pays for everything", "Pedro Gómez"),
    "es_cito_a_y_quien_dijo": (
        TRIAL_ES + "Ruiz citó a Gómez, quien en una grabación de 2019 dijo que «el puerto lo paga todo».\n",
        "el puerto lo paga todo", "Pedro Gómez"),
    "en_warned_y_saying_is_the_first_subjects": (
        TRIAL_EN + 'Ruiz warned Gómez, saying "the court will not tolerate any more delays".\n',
        "the court will not tolerate", "Ana Ruiz"),
    # someone of Gómez's speaks, not Gómez: an unnamed person, named by the description when it is definite
    "en_possessive_lawyer": (
        TRIAL_EN + '"My client has never met any gang member," Gómez\'s lawyer said.\n',
        "My client has never met", "Gómez's lawyer"),
    "en_a_lawyer_for_x": (
        TRIAL_EN + '"My client has never met any gang member," a lawyer for Gómez said.\n',
        "My client has never met", None),
    "es_el_abogado_de_x": (
        TRIAL_ES + "«Mi cliente nunca conoció a ningún pandillero», dijo el abogado de Pedro Gómez.\n",
        "Mi cliente nunca conoció", "abogado de Pedro Gómez"),
    "es_segun_el_abogado_de_x": (
        TRIAL_ES + "«Mi cliente nunca conoció a ningún pandillero», según el abogado de Gómez.\n",
        "Mi cliente nunca conoció", "abogado de Gómez"),
}


@pytest.mark.parametrize("name", sorted(TWO_PEOPLE))
def test_the_speaker_is_the_right_one_of_two_people(name: str) -> None:
    text, words, speaker = TWO_PEOPLE[name]
    assert _said(_quotes(text), words) == speaker, name


# ---------------------------------------------------------------- who the context points at

CONTEXT = {
    "en_he_added_after_a_reported_arrest": (
        'Police arrested Pedro Gómez on Monday, Colonel Luis Vera said. "He tried to flee through the roof," he '
        "added.\n",
        "He tried to flee", "Luis Vera"),
    "en_he_said_after_a_sentence_with_a_sayer": (
        'Police arrested Pedro Gómez on Monday, Colonel Luis Vera said. "He resisted and fired at the officers," he '
        "said.\n",
        "He resisted and fired", "Luis Vera"),
    "es_dijo_after_a_paragraph_with_a_sayer": (
        "El coronel Luis Vera anunció el lunes la captura de Pedro Gómez.\n\n"
        "«Estaba escondido en una finca desde hace tres meses», dijo.\n",
        "Estaba escondido en una finca", "Luis Vera"),
    "es_anadio_after_an_attribution_naming_another": (
        "El ministro Iván Velásquez habló tras el consejo de seguridad en Cúcuta.\n\n"
        "«Hay 300 hombres del ELN en la zona», dijo Velásquez, quien estuvo acompañado por el gobernador William "
        "Villamizar.\n\n"
        "«Vamos a recuperar el Catatumbo», añadió.\n",
        "Vamos a recuperar el Catatumbo", "Iván Velásquez"),
    "es_el_ministro_de_defensa_of_two_ministers": (
        "El ministro de Defensa, Iván Velásquez, se reunió con el ministro del Interior, Juan Fernando Cristo.\n\n"
        "«No vamos a negociar con las bandas», dijo el ministro de Defensa.\n",
        "No vamos a negociar", "Iván Velásquez"),
    "en_the_president_not_the_former_one": (
        "President Gustavo Petro defended the talks on Monday. Former president Álvaro Uribe called them a "
        "surrender.\n\n"
        '"Peace is not surrender," the president replied.\n',
        "Peace is not surrender", "Gustavo Petro"),
    "es_el_mandatario_is_the_president": (
        "El presidente Gustavo Petro defendió los diálogos. El expresidente Álvaro Uribe los criticó.\n\n"
        "«La paz no es rendición», respondió el mandatario.\n",
        "La paz no es rendición", "Gustavo Petro"),
    "es_el_mandatario_is_the_governor_when_no_president_is_named": (
        "Según la Fiscalía, el comerciante Julio Ibarra pagaba cuotas al ELN.\n\n"
        "El gobernador de Arauca, Renato Salcedo, pidió en mayo una mesa con Apure. "
        "«Nos dejaron solos», lamentó el mandatario.\n",
        "Nos dejaron solos", "Renato Salcedo"),
    "es_la_mandataria_is_the_mayor_when_no_president_is_named": (
        "El concejal Tomás Rengifo denunció amenazas de la banda Los Pulpos.\n\n"
        "La alcaldesa de Tumaco, Inés Caicedo, respondió en la radio. «No vamos a ceder», dijo la mandataria.\n",
        "No vamos a ceder", "Inés Caicedo"),
    "es_el_mandatario_is_still_the_president_beside_a_governor": (
        "El presidente Gustavo Petro visitó Arauca. El gobernador Renato Salcedo no asistió al acto.\n\n"
        "«La paz llegará a la frontera», dijo el mandatario.\n",
        "La paz llegará", "Gustavo Petro"),
    "es_dijo_el_oficial_not_the_man_his_relative_clause_names": (
        "Jhon Cárdenas, patrullero de la Policía Nacional, habría filtrado información a la banda.\n\n"
        "Por su parte, el comandante de la Policía de Cúcuta, coronel Héctor Ballesteros, reconoció la falta. "
        "\"No vamos a tapar a nadie\", dijo el oficial, quien informó que Cárdenas fue retirado del servicio.\n",
        "No vamos a tapar a nadie", "Héctor Ballesteros"),
    "en_said_the_officer_not_the_man_his_relative_clause_names": (
        "Officer Dylan Marsh is accused of selling patrol schedules to the gang.\n\n"
        "The city's police chief, Colonel Ruth Adebayo, spoke on Friday. \"We will not cover for anyone,\" said the "
        "colonel, who added that Marsh had been suspended.\n",
        "We will not cover for anyone", "Ruth Adebayo"),
    "en_the_army_s_brigade_told_us_is_the_brigade": (
        "Officials in Caracas denied the report.\n\n"
        "The Colombian army's Eighteenth Brigade, which covers Arauca, told VeriNorte it has \"no record whatsoever\" "
        "of foreign fighters at the camps.\n",
        "no record whatsoever", "Eighteenth Brigade"),
    "en_said_it_words_then_whose_account_is_no_speaker": (
        "The ELN did not claim the attack. In a statement, the group's Northeastern War Front said it \"does not "
        "recognise\" the army's account and accused the military of lying.\n",
        "does not recognise", "Northeastern War Front"),
    "es_dijo_que_words_then_whose_version_is_no_speaker": (
        "El ELN no reivindicó el ataque. En un comunicado, el Frente de Guerra Nororiental dijo que «no reconoce» la "
        "versión del Ejército y acusó a los militares de mentir.\n",
        "no reconoce", "Frente de Guerra Nororiental"),
    "es_dijo_a_este_observatorio_is_who_hears_not_who_speaks": (
        "Europol describe a estos intermediarios como brokers.\n\n"
        "El fiscal superior Julio Ccahuana reconoce la magnitud del problema. «Tenemos escáneres para el 4 % de los "
        "contenedores», dijo a este observatorio en una entrevista.\n",
        "Tenemos escáneres", "Julio Ccahuana"),
    "en_she_told_the_newspaper_is_who_hears_not_who_speaks": (
        "Europol describes these brokers as the new buyers.\n\n"
        "Chief prosecutor Julia Cano admits the scale of the problem. \"We scan four per cent of the containers,\" "
        "she told the newspaper in an interview.\n",
        "We scan four per cent", "Julia Cano"),
    "es_la_abogada_with_a_given_name_a_gang_also_bears": (
        "F. J. R. P., alias el Gordo, de 51 años, estibador del puerto, era el responsable de extraer la droga.\n\n"
        "La abogada de el Gordo, Inmaculada Reyes, ha calificado la operación de \"un espectáculo mediático\".\n",
        "un espectáculo mediático", "Inmaculada Reyes"),
    "en_the_mother_not_the_son": (
        "María López, the mother of Juan Pérez, has waited for news for two years.\n\n"
        '"I do not know if he is alive or dead," the mother said.\n',
        "I do not know if he is alive", "María López"),
    "en_paragraph_goes_on_after_an_attribution_naming_another": (
        '"My client has never met anyone from the cartel," said defence lawyer Rafael Kim, who represents Tomás '
        "Becerra.\n\n"
        '"The prosecution is building a case out of rumours and photographs taken out of context."\n',
        "building a case out of rumours", "Rafael Kim"),
    "es_parrafo_que_sigue_tras_una_atribucion": (
        "«Mi cliente nunca conoció a nadie del cartel», dijo el abogado Rafael Kim, quien representa a Tomás "
        "Becerra.\n\n"
        "«La Fiscalía construye un caso con rumores y fotografías sacadas de contexto».\n",
        "La Fiscalía construye un caso", "Rafael Kim"),
    "es_dice_is_the_main_clauses_person": (
        "En la tienda de la esquina, donde antes vendía Julián Cortés, ahora atiende Rosa Mina.\n\n"
        "—Aquí el que no paga, no trabaja —dice.\n",
        "Aquí el que no paga", "Rosa Mina"),
    "es_dice_el_is_the_man": (
        "Rosa Mina vende pescado en el muelle desde hace veinte años. Andrés Cortés, su vecino, cerró en marzo.\n\n"
        "—Me cobraban el doble —dice él.\n",
        "Me cobraban el doble", "Andrés Cortés"),
}


@pytest.mark.parametrize("name", sorted(CONTEXT))
def test_the_speaker_the_context_points_at(name: str) -> None:
    text, words, speaker = CONTEXT[name]
    assert _said(_quotes(text), words) == speaker, name


# ---------------------------------------------------------------- quotation set apart by HTML

def _html_quotes(html: str) -> list[tuple[str, str | None]]:
    ex = extract(build_document(html.encode("utf-8"), "t.html"))
    names = {e.key: e.name for e in ex.entities}
    return [(c.quote, names.get(c.speaker) if c.speaker else None) for c in ex.claims if c.quote]


def test_an_html_block_quote_under_a_colon_is_the_introduced_speakers() -> None:
    got = _html_quotes(
        "<html><body><article><h1>Verificamos a la diputada</h1><p>La diputada Marcela Rojas escribió en X:</p>"
        "<blockquote><p>El 80 por ciento de los presos del país son extranjeros y nadie hace nada.</p></blockquote>"
        "<p>La cifra oficial es del 9 por ciento, según el Instituto Penitenciario.</p></article></body></html>")
    assert _said(got, "El 80 por ciento de los presos") == "Marcela Rojas"


def test_an_embedded_post_is_its_authors() -> None:
    got = _html_quotes(
        "<html><body><article><h1>Senator attacks the governor</h1><p>Senator Paul Graves posted the message on "
        "Monday night, hours after the vote in the state assembly.</p><blockquote class='twitter-tweet'><p>The "
        "governor has handed the port to the cartel and everybody in this state knows it.</p>&mdash; Paul Graves "
        "(@SenGraves) <a href='x'>March 3, 2025</a></blockquote><p>The governor did not reply on Tuesday.</p>"
        "</article></body></html>")
    assert _said(got, "handed the port to the cartel") == "Paul Graves"


def test_an_html_inline_quotation_keeps_its_marks() -> None:
    got = _html_quotes(
        "<html><body><article><h1>Minister on the port</h1><p>Defence Minister Pedro Lamas said the port was "
        "<q>under full control of the navy since March</q> during a visit on Monday.</p></article></body></html>")
    assert _said(got, "under full control of the navy") == "Pedro Lamas"


def test_a_pronoun_speaker_is_not_someone_named_inside_the_last_quote() -> None:
    from support.extraction import quotes

    found = quotes('"Ti Sonnen is not an ideologue. He is a businessman with rifles," said Rose-Flore Doréus, a '
                   'researcher. "When you take away his road," she added, "you take away his payroll."\n')
    assert {speaker for _q, speaker in found} == {"Rose-Flore Doréus"}


def test_repeating_and_swearing_report_words() -> None:
    from support.extraction import quotes

    assert quotes('El presidente Hernán Ocampo habló. "Prefiero mil horas de diálogo a un solo minuto de guerra", '
                  "repitió Ocampo en su alocución del martes.\n")[0][1] == "Hernán Ocampo"
    assert quotes('Los Choneros and Los Lobos, the two groups President Martín Arroyave swore to "annihilate", '
                  "are doing fine.\n") == [("annihilate", "Martín Arroyave")]


def test_said_his_lawyer_then_the_name() -> None:
    found = _quotes('Pedro Gómez was arrested in May. "He is innocent," said his lawyer, Ana Ruiz.\n')
    assert found == [("He is innocent,", "Ana Ruiz")]


def test_short_spanish_quotes_with_the_comma_after_the_mark() -> None:
    assert _quotes('Pedro Gómez fue detenido en mayo. "Es inocente", dijo su abogada, Ana Ruiz.\n') == [
        ("Es inocente", "Ana Ruiz")]
    assert _quotes('"Vamos a apelar", afirmó Ana Ruiz, abogada de Pedro Gómez.\n') == [("Vamos a apelar", "Ana Ruiz")]
    # two words with no speech verb after them are still no quote
    assert _quotes('La operación "Tormenta Negra", dirigida por la Fiscalía, terminó ayer.\n') == []


def test_whoever_labels_someone_said_the_label() -> None:
    assert _quotes('Ana Ruiz called Pedro Gómez "a liar and a thief."\n') == [("a liar and a thief.", "Ana Ruiz")]
    assert _quotes('In an interview, former aide Ana Ruiz described Pedro Gómez as "a man obsessed with '
                   'control."\n')[0][1] == "Ana Ruiz"


def test_a_short_quote_in_a_sentence_that_opens_with_its_source() -> None:
    assert _quotes('According to prosecutor Ana Ruiz, Pedro Gómez "controlled every shipment."\n') == [
        ("controlled every shipment.", "Ana Ruiz")]
    assert _quotes('Según la fiscal Ana Ruiz, Pedro Gómez "controlaba cada cargamento".\n') == [
        ("controlaba cada cargamento", "Ana Ruiz")]
    # a name in quotes stays a name
    assert _quotes('According to the report, the "total peace" policy failed.\n') == []


def test_a_label_given_in_the_passive_is_the_agent_s() -> None:
    assert _quotes('Pedro Gómez was called "a liar and a thief" by Ana Ruiz.\n') == [("a liar and a thief", "Ana Ruiz")]
