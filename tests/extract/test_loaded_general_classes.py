"""General classes of loaded language on the crime-and-politics beat, each with its mirror in the other language.

Invented sentences: a terror label put on a group, persecution claimed by a defendant, a deal with crime
imputed, a crackdown's bravado, indifference imputed to the powerful, extortion as the price of living, a toll
paid in lives, doubt cast on an origin, evidence dismissed as gossip, an official on crime's payroll, the smear
formula of a campaign post, a sell-out for office, opponents cast as lovers or profiteers of war, a wounded
land, crime told as fiction, an authoritarian drift, a respectable front, a criminal's blessing, a place that
will not stay hostage, a family called a clan, the body metaphors of a press office, and the racket's
'vaccine'. The neutral sentences share the words and must stay unflagged.
"""

from __future__ import annotations

import pytest

from support.loaded_terms import covers, found


@pytest.mark.parametrize(
    "sentence,lang,expected",
    [
        # the terror label put on a group
        ('"This terrorist group will be dismantled," the minister said.', "en", "terrorist group"),
        ("—Vamos a desarticular a esta organización terrorista —dijo el general.", "es", "organización terrorista"),
        ("He promised to wipe out the remnants of terrorism in the valley.", "en", "remnants of terrorism"),
        ("Prometió acabar con los rezagos del terrorismo en la selva.", "es", "rezagos del terrorismo"),
        # persecution claimed for a client
        ('Her lawyer said she "is a farmer persecuted by the police".', "en", "persecuted by the police"),
        ('Su abogado dijo que "es una agricultora perseguida por la Policía".', "es", "perseguida por la policía"),
        # a deal with crime imputed
        ("A blog accused the governor of a cartel deal before the vote.", "en", "cartel deal"),
        ("La oposición denunció un pacto con las pandillas antes de la elección.", "es", "pacto con las pandillas"),
        ('"Nadie puede decir que esta oficina tiene arreglos con nadie", dijo el alcalde.', "es", "tiene arreglos con"),
        # the bravado of a crackdown
        ('"We will find these launderers wherever they hide their money," the official said.', "en",
         "wherever they hide their money"),
        ('"Los vamos a encontrar dondequiera que se escondan", dijo el ministro.', "es", "dondequiera que se escondan"),
        # indifference imputed to the powerful
        ("Children are recruited while the world looks away.", "en", "while the world looks away"),
        ("Los niños son reclutados mientras la comunidad internacional mira hacia otro lado.", "es",
         "mientras la comunidad internacional mira hacia otro lado"),
        # extortion as the price of living
        ('"He charged shopkeepers a weekly fee for the right to stay alive," the colonel said.', "en",
         "for the right to stay alive"),
        ('"Les cobraba a los tenderos por dejarlos vivir", dijo el coronel.', "es", "por dejarlos vivir"),
        # a toll paid in lives
        ('"Each year of delay is paid for in lives," the report says.', "en", "paid for in lives"),
        ('"Cada año de demora se paga con vidas", dice el informe.', "es", "se paga con vidas"),
        # poison said of communities
        ('"They poisoned our neighbourhoods with crack," the priest said.', "en", "poisoned our neighbourhoods"),
        ('"Envenenaron a nuestros jóvenes con esa droga", dijo el cura.', "es", "envenenaron a nuestros jovenes"),
        # doubt cast on an origin
        ("The firm arrived with a licence of dubious provenance.", "en", "of dubious provenance"),
        ("La empresa llegó con una licencia de dudosa procedencia.", "es", "de dudosa procedencia"),
        # evidence dismissed as gossip
        ('"The case rests on village gossip," the defence said.', "en", "village gossip"),
        ('"El caso se sostiene en chismes de barrio", dijo la defensa.', "es", "chismes de barrio"),
        # an official on crime's payroll
        ("Neighbours say the inspector drew two salaries, one from the state and one from the gang.", "en",
         "drew two salaries"),
        ("Los vecinos dicen que el inspector cobraba dos sueldos.", "es", "cobraba dos sueldos"),
        # the smear formula of a campaign post
        ('The post read: "This is who wants to govern the province."', "en", "this is who wants to govern"),
        ('La publicación decía: "Esto es lo que quiere gobernarnos".', "es", "esto es lo que quiere gobernarnos"),
        # a sell-out for office
        ('He accused the envoy of having "traded the coast for a few seats".', "en", "traded the coast for a few seats"),
        ('Lo acusó de "vender la provincia a cambio de puestos".', "es", "vender la provincia a cambio de puestos"),
        # opponents cast as lovers or profiteers of war
        ('"We will not be stopped by those who prefer war," she said.', "en", "those who prefer war"),
        ('"No nos detendrán los enemigos de la paz", dijo.', "es", "enemigos de la paz"),
        ('"The border was drawn by those who profit from it," he said.', "en", "those who profit from it"),
        ('"La guerra la alargan quienes lucran con ella", dijo.', "es", "quienes lucran con ella"),
        # a wounded land
        ("The pit is a scar in the jungle that can be seen from the air.", "en", "a scar in the jungle"),
        ("El tajo es una cicatriz en la selva que se ve desde el aire.", "es", "una cicatriz en la selva"),
        # crime told as fiction
        ("The boss staged an escape straight out of a movie.", "en", "out of a movie"),
        ("El jefe protagonizó una fuga de película.", "es", "fuga de película"),
        # an authoritarian drift, whichever government
        ("Critics warn of the government's authoritarian drift.", "en", "authoritarian drift"),
        ("Los críticos advierten de la deriva autoritaria del Gobierno.", "es", "deriva autoritaria"),
        ("The state has outsourced its repression to private guards.", "en", "repression"),
        # a respectable front
        ("Illegal mining cannot work without legal fronts.", "en", "legal fronts"),
        ("La minería ilegal no funciona sin fachadas legales.", "es", "fachadas legales"),
        # a criminal's blessing
        ("No boat leaves the bay without the blessing of the gang.", "en", "without the blessing of"),
        ("Ninguna lancha sale de la bahía sin la bendición de la banda.", "es", "sin la bendición de"),
        # a place that will not stay hostage
        ('"The valley will no longer remain a hostage," the governor said.', "en", "no longer remain a hostage"),
        ('"El valle no seguirá siendo rehén", dijo el gobernador.', "es", "no seguira siendo rehen"),
        # a family called a clan; a regime said to be one
        ("The contracts went to firms owned by the clan.", "en", "the clan"),
        ("Los contratos fueron a empresas del clan.", "es", "del clan"),
        ("That is how a regime that knows it is cornered speaks.", "en", "a regime that"),
        ("Así habla un régimen que se sabe acorralado.", "es", "un régimen que"),
        # the body metaphors of a press office
        ('"This network is the financial lifeline of the gang," the agency said.', "en", "financial lifeline"),
        ('"Esta red es el pulmón financiero de la banda", dijo la agencia.', "es", "pulmón financiero"),
        # the racket's 'vaccine'
        ('The gang is accused of charging traders a monthly "vaccine".', "en", 'monthly "vaccine'),
        ("La banda cobra la vacuna a los pescadores.", "es", "cobra la vacuna"),
    ],
)
def test_general_classes_are_found(sentence: str, lang: str, expected: str) -> None:
    got = found(sentence, lang)
    assert covers(got, expected), got


@pytest.mark.parametrize(
    "sentence,lang",
    [
        # a designation reported, and a capitalised legal list
        ("The State Department designated the group as a foreign terrorist organization in May.", "en"),
        ("The group was added to the Foreign Terrorist Organization list.", "en"),
        ("Las organizaciones terroristas fueron designadas por el Departamento de Estado.", "es"),
        # a chase, not a persecution
        ("El sospechoso, perseguido por la policía, chocó su auto contra un poste.", "es"),
        # plain deals, plain vaccines, plain drift
        ("The union reached a deal with the ministry on wages.", "en"),
        ("The company paid for vaccines for all its workers.", "en"),
        ("La empresa pagó las vacunas de sus trabajadores.", "es"),
        ("El caso deriva de una investigación de 2023.", "es"),
        ("La lancha quedó a la deriva durante tres días.", "es"),
        # names, trades and animals
        ("La policía detuvo a dos miembros del Clan del Golfo.", "es"),
        ("A clan of elephants crossed the road.", "en"),
        ("The franchise owner of a fast-food restaurant was robbed.", "en"),
        ("El régimen fiscal cambió en enero.", "es"),
        ("Firmaron un acuerdo con los transportistas.", "es"),
        # a fire of unclear origin, the legal front of a company, a port as a region's economic lifeline
        ("A fire of unclear origin destroyed the warehouse.", "en"),
        ("On the legal front, the company faces two suits.", "en"),
        ("The port is the region's economic lifeline.", "en"),
        ("El puerto es el motor económico de la región.", "es"),
        # a government that debates a budget is no figure of indifference
        ("Prices rose while the government debates the budget.", "en"),
        ("Los precios subieron mientras el Gobierno discute el presupuesto.", "es"),
        ("La concesionaria cobra peaje a los conductores.", "es"),
    ],
)
def test_neutral_sentences_sharing_the_words_stay_unflagged(sentence: str, lang: str) -> None:
    assert found(sentence, lang) == []
