"""A post said a sentence after its body: 'The Embassy welcomed it. "…," spokesperson X said', 'Su director, el
comisionado X', "the group's coordinator, X" for a human-rights group, 'Según la Red X, …. … su directora, Y'.

Each small document is written for these tests (fictional people, bodies and places).
"""

from __future__ import annotations

from support.extraction import extracted, ties


def test_a_bare_spokesperson_speaks_for_the_body_the_sentence_before_names():
    text = ("The U.S. Embassy in Tegucigalpa welcomed the handover on Monday.\n\n"
            "\"We thank our Honduran partners for their resolve,\" spokesperson Mark Hedlund said in a statement.\n")
    assert ("Mark Hedlund", "member_of", "U.S. Embassy") in ties(text)


def test_a_spokesperson_set_off_by_commas_after_a_question_put_to_a_body():
    text = ("We asked the European Union about the video. A spokesperson, Henrik Aaltonen, replied in writing two days "
            "later that no such statement existed.\n")
    assert ("Henrik Aaltonen", "member_of", "European Union") in ties(text)


def test_a_spanish_spokesman_and_a_post_said_after_the_name():
    got = ties("La Defensoría del Pueblo pidió medidas urgentes para la frontera. El vocero, Julián Restrepo Mora, "
               "dijo que la situación era grave.\n")
    assert ("Julián Restrepo Mora", "member_of", "Defensoría del Pueblo de Colombia") in got
    got = ties("The Ministry of Defence declined to comment on the raid. Reached by phone, Carlos Ruiz Mena, a "
               "spokesman, said the army would respond.\n")
    assert ("Carlos Ruiz Mena", "member_of", "Ministry of Defence") in got


def test_a_post_a_noun_or_a_title_owns_is_not_the_body_before():
    # guard: 'police spokeswoman', 'a community leader', 'President X' say whose post it is, not the gang before
    got = ties("Baz Kanaval attacked the market at dawn. At least nine people were killed, police spokeswoman "
               "Marie-Ange Lubin told reporters on Tuesday.\n")
    assert not any(s == "Marie-Ange Lubin" and t == "Baz Kanaval" and typ in ("member_of", "leads")
                   for s, typ, t in got)
    got = ties("Granelera Costa Azul exported the fruit through the port. The seizure came weeks after President "
               "Daniel Ferrín extended the state of emergency in the province.\n")
    assert not any(s == "Daniel Ferrín" and typ == "leads" for s, typ, t in got)


def test_a_possessed_post_with_a_police_rank_before_the_name():
    text = ("Del lado panameño, el Servicio Nacional de Fronteras (SENAFRONT) reforzó en 2025 sus puestos en Bajo "
            "Chiquito. Su director, el comisionado Rubén Batista Quintero, defendió el despliegue en una entrevista.\n")
    assert ("Rubén Batista Quintero", "leads", "SENAFRONT") in ties(text)


def test_a_body_that_is_only_the_source_of_its_sentence_owns_the_next_ones_post():
    text = ("Según la Fundación Frontera Solidaria, una organización que documenta abusos desde 2019, al menos 160 "
            "fusiles entraron por puertos. «El problema es el contenedor», me dijo su directora, Marie-Ange Célestin, "
            "en su oficina de Dajabón.\n")
    assert ("Marie-Ange Célestin", "leads", "Fundación Frontera Solidaria") in ties(text)


def test_the_groups_coordinator_is_the_human_rights_groups_not_the_gangs():
    text = ("The Gran Grif gang controls the valley. The trial of the three defendants is set for the autumn. "
            "Advocates in Port-au-Prince, led by the human-rights group Collectif Défense Citoyenne, say prosecutions "
            "are too slow. \"For every trial in Florida, a neighborhood burns here,\" said the group's coordinator, "
            "Marie-Lourdes Saint-Fleur.\n")
    got = ties(text)
    assert ("Marie-Lourdes Saint-Fleur", "leads", "Collectif Défense Citoyenne") in got
    assert not any(s == "Marie-Lourdes Saint-Fleur" and "Grif" in t for s, _, t in got)


def test_a_spanish_network_is_no_man_called_red():
    ex = extracted("Según la Red Fronteriza Solidaria, al menos 160 fusiles entraron por puertos, no por los pasos "
                   "que tanto obsesionan al ministro.\n")
    red = next(e for e in ex.entities if e.name == "Red Fronteriza Solidaria")
    assert red.type != "person"
    assert all(m.text != "al ministro" for m in red.mentions)


def test_a_regional_leader_known_by_an_alias_and_a_zones_chief_someone_calls_so():
    got = ties("En Táchira, el Tren de Aragua ha desplazado a bandas locales como Los Tuqueques. Su líder regional, "
               "conocido como alias «el Gocho Yépez», controla al menos cuatro trochas, según la Fiscalía colombiana.\n")
    assert ("Gocho Yépez", "leads", "Tren de Aragua") in got
    got = ties("Los Comandos de la Frontera, el grupo que manda en esta orilla, no necesitan presentarse. Todo el mundo "
               "sabe quién fija el precio de la hoja. Su jefe en esta zona, un hombre al que llaman el Mono Berrío, pasó "
               "por el pueblo hace dos semanas.\n")
    assert ("Mono Berrío", "leads", "Comandos de la Frontera") in got


def test_a_bank_called_banca_and_its_president_after_the_bank_denies_it():
    got = ties("Hace tres semanas, la Audiencia Nacional abrió una investigación contra Banca Levante, una entidad "
               "valenciana, por haber movido 40 millones de euros. El banco lo niega todo. Su presidente, Joaquín "
               "Albiol, habló de una campaña de difamación.\n")
    assert ("Joaquín Albiol", "leads", "Banca Levante") in got
    assert ("Joaquín Albiol", "leads", "Audiencia Nacional") not in got


def test_a_body_described_then_given_its_formal_name_owns_the_next_sentences_its():
    got = ties("The Guatemalan police arrested two men. The purge board, formally the Comisión Especial de Depuración "
               "Policial, announced on Monday that it had suspended 41 officers. Its chairwoman, Lidia Bonilla Zúniga, "
               "said the agents had lived far beyond their salaries.\n")
    assert ("Lidia Bonilla Zúniga", "leads", "Comisión Especial de Depuración Policial") in got
    assert not any(a == "Lidia Bonilla Zúniga" and "police" in b for a, _, b in got)



def test_a_possessed_aide_is_no_post_in_a_body_named_two_sentences_back():
    # guard: the 'su' of a lieutenant after a sentence about a man is his, not the police's two sentences back
    got = ties("La Policía Nacional busca desde marzo a Jhonny Rangel Peña en Cúcuta. Rangel, según el expediente, "
               "administraba además una red de trata de mujeres. Su lugarteniente, un hombre conocido como el Flaco "
               "Dairon, sigue prófugo.\n")
    assert not any(a == "Flaco Dairon" and "Policía" in b for a, _, b in got)
