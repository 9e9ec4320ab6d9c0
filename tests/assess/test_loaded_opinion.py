"""Opinion register and the vocabulary it admits, on texts written for these tests.

Four columns, one voice each (EN and ES, left and right), carry coined
verdicts no word list used to name: salesmen and cheerleaders, stagecraft,
gifts and disguises, scribes of power, herd similes, ironic adverbs and
scare quotes. Each neutral text is wire, court or press-release copy that
holds the plain senses of the same words (blackmail and chantaje as crimes,
gunmen disguised as police, a red carpet at a festival, a sheriff's office
in Texas, a 5,000-strong crowd, a campaign bankrolled by sponsors);
nothing in it may be flagged. Every mechanism is checked on both sides.
"""

from __future__ import annotations

import pytest

from support.loaded_terms import covers, found

RIGHT_COLUMN_EN = (
    'OPINION | The Harbor Ledger\n'
    '\n'
    "The Governor's Amnesty Circus\n"
    '\n'
    'By Daniel Whitcombe\n'
    '\n'
    "Let's be honest about what happened in the capital this week. Governor Elena Ruiz stood "
    'before the cameras and announced, with the solemnity of a bishop, that the state would '
    'release 2,000 inmates to "decongest" the prisons. Her allies in the human-rights industry '
    'applauded on cue. The rest of us were left to wonder who exactly is running this state: the '
    'governor or the gang bosses who have spent years demanding exactly this.\n'
    '\n'
    'This is not criminal-justice reform. It is a jailbreak with a press release. The so-called '
    'decongestion plan was drafted behind closed doors by activists who have never lived next to '
    "a stash house, and it was waved through by a legislature too cowardly to read it. Ruiz's "
    'soft-on-crime crusade has already turned three border towns into open-air drug markets. Why '
    'should anyone believe the next experiment will end differently?\n'
    '\n'
    'Her defenders will say the numbers are falling. They are cooking the books. Homicides are '
    "down only because the police have stopped recording half of them, and the governor's "
    'statisticians know it. This is an administration that treats crime figures like campaign '
    'slogans.\n'
    '\n'
    'We must demand better. Voters deserve leaders with a spine, not professional apologists who '
    "hug the gangs and lecture the victims. The governor's feel-good fantasies will be paid for "
    'by shopkeepers and bus drivers, as always.\n'
)
LEFT_COLUMN_EN = (
    'OPINION\n'
    '\n'
    "The Minister's War on the Poor\n"
    '\n'
    'By Aisha Montgomery\n'
    '\n'
    'Interior Minister Carlos Bastidas wants a parade, and he is building one out of poor '
    'teenagers. Every Monday his ministry releases another glossy video of masked commandos '
    'kicking down doors in the slums, set to heroic music, and every Monday the cable channels '
    'swallow it whole. Ask yourself: when was the last time one of these raids caught a banker '
    'who launders cartel money?\n'
    '\n'
    'Bastidas is a showman posing as a policeman. His "zero tolerance" doctrine is a publicity '
    'machine dressed in a bulletproof vest, and his fan club in the business press keeps calling '
    'him a hero. The truth is simpler and uglier. Arrests are up because the police are sweeping '
    'up anyone with a tattoo and a cheap phone, then releasing most of them without charge weeks '
    'later.\n'
    '\n'
    'Meanwhile the money laundering networks that make the trade possible remain untouched. The '
    "minister's donors include two of the construction firms named in last year's bribery "
    'inquiry. Nobody in his cabinet seems embarrassed by that. We should be.\n'
    '\n'
    'This is the politics of cruelty marketed as courage. It will fill the prisons, enrich the '
    'contractors and leave the cartels stronger than ever.\n'
)
RIGHT_COLUMN_ES = (
    'OPINIÓN\n'
    '\n'
    'El ministro de la impunidad\n'
    '\n'
    'Por Rodrigo Salcedo Arana\n'
    '\n'
    '¿Cuánto más tendrá que aguantar este país? El ministro de Justicia, Hernán Quintero, anunció'
    ' ayer con bombos y platillos la excarcelación de tres mil presos "por razones humanitarias".'
    ' Traducido: les abre la puerta de la cárcel a los mismos delincuentes que hace un año '
    'aterrorizaban los barrios del sur.\n'
    '\n'
    'No es una reforma, es un indulto masivo con lazo de regalo. El ministro y su corte de '
    'asesores de escritorio viven en una burbuja, lejos de los barrios donde los comerciantes '
    'pagan la vacuna cada semana. Mientras tanto, la bancada oficialista aplaude como foca '
    'amaestrada y los supuestos expertos de las ONG celebran el "enfoque restaurativo".\n'
    '\n'
    'Hay que decirlo con claridad: este Gobierno ha convertido la justicia en un mercado persa. '
    'Se negocian penas, se reparten beneficios y se premia al que más extorsiona. La ciudadanía, '
    'en cambio, recibe sermones sobre la resocialización.\n'
    '\n'
    'Necesitamos un Estado que proteja a la gente honrada, no uno que consienta a los criminales '
    'y desprecie a las víctimas. El ministro debería explicar a las madres de Ciudad Bolívar por '
    'qué los asesinos de sus hijos duermen hoy en su casa.\n'
)
LEFT_COLUMN_ES = (
    'OPINIÓN\n'
    '\n'
    'La mano dura y sus mercaderes\n'
    '\n'
    'Por Valentina Ochoa Ruiz\n'
    '\n'
    'El alcalde Mauricio Brenes se ha puesto el uniforme de comandante y no piensa quitárselo. '
    'Cada mañana publica en redes un video con música épica, patrullas en formación y jóvenes '
    'esposados contra una pared. Sus seguidores lo llaman "el Bukele del Pacífico". Yo lo llamo '
    'lo que es: un vendedor de miedo con cámara propia.\n'
    '\n'
    'Su plan de seguridad es un refrito de las peores ideas de los años noventa: toques de queda '
    'para menores, redadas sin orden judicial y cárceles privadas que, casualmente, construirá '
    'una empresa de su cuñado. ¿Alguien se sorprende? El negocio del miedo siempre ha sido '
    'rentable para los amigos del alcalde.\n'
    '\n'
    'Lo más triste es la complicidad de la prensa local, que repite sus boletines sin una sola '
    'pregunta incómoda. Periodistas convertidos en taquígrafos del poder. Mientras tanto, los '
    'verdaderos jefes del narcomenudeo siguen intactos, porque ningún operativo televisado ha '
    'tocado jamás sus cuentas bancarias.\n'
    '\n'
    'Debemos exigir otra cosa: inteligencia financiera, fiscales independientes y programas para '
    'que un muchacho de quince años tenga algo mejor que hacer que vigilar una esquina. La mano '
    'dura es un eslogan; la seguridad es un trabajo serio.\n'
)
WIRE_EN = (
    'MEDELLIN, Colombia, March 4 (Reuters) - Colombian police arrested five men accused of '
    "running an extortion and blackmail ring that targeted bus companies in the city's northern "
    "districts, the attorney general's office said on Tuesday. The suspects, who were disguised "
    'as police officers during two of the raids, face charges of extortion, blackmail and '
    'criminal conspiracy.\n'
    '\n'
    '"This network collected payments from more than forty drivers," said Colonel Andrés Pineda, '
    'the city\'s police commander. "We will continue working with the prosecutors until every '
    'member is in custody."\n'
    '\n'
    'A judge ordered pretrial detention for four of the men. The fifth, a 19-year-old accused of '
    'acting as a courier, was released under house arrest. Defense lawyer Marta Gil said her '
    'client was a victim of a protection racket himself and would plead not guilty.\n'
    '\n'
    'Separately, a 5,000-strong crowd gathered outside the municipal theater on Sunday for the '
    'opening of the film festival, where actors walked the red carpet under heavy security. '
    'Organisers said the festival, bankrolled by the regional government and two private '
    'sponsors, sold out its opening night.\n'
    '\n'
    "The sheriff's office in Harris County, Texas, which arrested one of the suspects in 2023 on "
    'a separate warrant, said it had shared his records with Colombian authorities. The '
    "university's cheerleaders and its football team had been due to perform at a charity match "
    'in the same stadium, which was postponed.\n'
    '\n'
    'Police said the group laundered money through a car dealership. A booster shot campaign at '
    'the local hospital was not affected by the operation, the health secretary said. The '
    'interior ministry described the arrests as "a blow to organized crime" and said it would '
    'publish a report on extortion figures next month.\n'
)
WIRE_ES = (
    'CALI, Colombia, 4 de marzo (EFE). La Policía capturó a cinco hombres señalados de integrar '
    'una red de extorsión y chantaje contra empresas de transporte del norte de la ciudad, '
    'informó este martes la Fiscalía. Según el ente acusador, los capturados llegaron disfrazados'
    ' de policías a dos de los operativos y responderán por los delitos de extorsión, chantaje y '
    'concierto para delinquir.\n'
    '\n'
    '"Esta red cobraba pagos a más de cuarenta conductores", dijo el coronel Andrés Pineda, '
    'comandante de la Policía Metropolitana. "Vamos a seguir trabajando con la Fiscalía hasta '
    'capturar a todos sus integrantes".\n'
    '\n'
    'Un juez de control de garantías envió a cuatro de ellos a la cárcel. El quinto, un joven de '
    '19 años acusado de servir como mensajero, quedó con detención domiciliaria. Su abogada, '
    'Marta Gil, dijo que su cliente presentará una denuncia por calumnia contra quienes lo '
    'señalaron en redes sociales y que se declarará inocente.\n'
    '\n'
    'Por otra parte, unas cinco mil personas se reunieron el domingo frente al Teatro Municipal '
    'para la inauguración del festival de cine, cuyos invitados desfilaron por la alfombra roja '
    'bajo un fuerte dispositivo de seguridad. El festival, financiado por la Gobernación y dos '
    'patrocinadores privados, agotó las entradas de la noche inaugural.\n'
    '\n'
    'El alcalde anunció que la administración municipal presentará en abril el presupuesto de '
    'seguridad, que incluye un programa de prevención del consumo infantil de drogas y la '
    'ampliación del hospital infantil. La oficina del sheriff del condado de Harris, en Texas, '
    'informó que compartió los antecedentes de uno de los capturados con las autoridades '
    'colombianas.\n'
    '\n'
    'El Ministerio de Defensa calificó las capturas como "un golpe al crimen organizado" y '
    'anunció que publicará en abril un informe sobre las cifras de extorsión. La audiencia de '
    'imputación se reanudará el jueves.\n'
)
RELEASE_EN = (
    'PRESS RELEASE\n'
    'For immediate release\n'
    '\n'
    'Lima, 12 May 2025 - The Andean Water Observatory today published its annual report on '
    'illegal gold mining in the Madre de Dios region. The report documents 312 mining camps '
    'operating inside protected areas and estimates that 41 tonnes of mercury were released into '
    'rivers last year.\n'
    '\n'
    '"The camps use blackmail and threats against community leaders who report them," said Rosa '
    'Quispe, the Observatory\'s director. "We call on the Ministry of Environment to publish its '
    'inspection records. Communities should not have to wait another year for answers."\n'
    '\n'
    "The Observatory recommends that the government strengthen the environmental prosecutor's "
    'office, fund river monitoring stations and protect the leaders who have received threats. '
    'Its researchers will present the findings to Congress on 20 May.\n'
    '\n'
    'Contact: press@example.org\n'
)
RELEASE_ES = (
    'COMUNICADO DE PRENSA\n'
    '\n'
    'Bogotá, 12 de mayo de 2025. La Fundación Ríos Vivos presentó hoy su informe anual sobre '
    'minería ilegal en el Bajo Cauca. El documento registra 214 frentes de explotación dentro de '
    'áreas protegidas y estima que el año pasado se vertieron 28 toneladas de mercurio en los '
    'ríos de la región.\n'
    '\n'
    '"Los grupos armados usan el chantaje y las amenazas contra los líderes que los denuncian", '
    'dijo Ana Torres, directora de la Fundación. "Pedimos al Ministerio de Ambiente que publique '
    'sus actas de inspección. Las comunidades no deberían esperar otro año por respuestas".\n'
    '\n'
    'La Fundación recomienda fortalecer la Fiscalía ambiental, financiar estaciones de monitoreo '
    'y proteger a los líderes amenazados. Sus investigadores presentarán los resultados ante el '
    'Congreso el 20 de mayo.\n'
)
COURT_EN = (
    'GUATEMALA CITY, June 9 (AP) - A Guatemalan court on Monday sentenced a former congressman to'
    ' 12 years in prison for laundering money for a drug trafficking group, closing a case that '
    'began with a 2021 raid on his farm. The three-judge panel found that he had been on the '
    'payroll of the group for four years and had hidden its profits in a network of cattle '
    'companies.\n'
    '\n'
    'The defense said it would appeal. "My client is innocent and we will prove it," lawyer Julio'
    ' Paz told reporters outside the courthouse. Prosecutor Ana Lemus said the evidence was '
    '"overwhelming" and that the conviction showed "no one is above the law."\n'
    '\n'
    'The court also acquitted two co-defendants, a former mayor and his accountant, for lack of '
    'evidence. The judges ordered the confiscation of six properties.\n'
)
COURT_ES = (
    "SAN SALVADOR, 9 jun (AP). Un tribunal de sentencia condenó este lunes a doce años de cárcel "
    "a un exdiputado por lavar dinero de una red de narcotráfico. Los jueces dieron por probado que "
    "figuraba en la planilla de la red y que ocultó sus ganancias en empresas ganaderas. La defensa "
    'anunció que apelará. "Mi cliente es inocente y lo vamos a demostrar", dijo su abogado, Julio '
    "Paz. Tres agentes que actuaron disfrazados de vendedores declararon en el juicio. El tribunal "
    "absolvió a dos coacusados por falta de pruebas y ordenó el decomiso de seis propiedades."
)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            RIGHT_COLUMN_EN,
            "en",
            ["with the solemnity of a bishop", "human-rights industry", "cooking the books", "waved through",
             "hug the gangs", "lecture the victims", "feel-good fantasies", "with a spine"],
        ),
        (
            LEFT_COLUMN_EN,
            "en",
            ["politics of cruelty", "swallow it whole", "showman", "posing as a policeman", "fan club",
             "publicity machine", "zero tolerance"],
        ),
        (
            RIGHT_COLUMN_ES,
            "es",
            ["con bombos y platillos", "con lazo de regalo", "asesores de escritorio", "viven en una burbuja",
             "foca amaestrada", "supuestos expertos", "mercado persa", "consienta a los criminales",
             "desprecie a las víctimas"],
        ),
        (
            LEFT_COLUMN_ES,
            "es",
            ["vendedor de miedo", "negocio del miedo", "taquígrafos del poder", "refrito", "casualmente",
             "se ha puesto el uniforme de comandante", "amigos del alcalde", "mercaderes"],
        ),
    ],
)
def test_columns_of_every_side_are_flagged(text: str, lang: str, expected: list[str]) -> None:
    got = found(text, lang)
    missing = [e for e in expected if not covers(got, e)]
    assert not missing, f"not flagged: {missing}; found {got}"


@pytest.mark.parametrize(
    ("text", "lang"),
    [(WIRE_EN, "en"), (WIRE_ES, "es"), (RELEASE_EN, "en"), (RELEASE_ES, "es"), (COURT_EN, "en"),
     (COURT_ES, "es")],
)
def test_plain_senses_in_wire_court_and_release_copy_are_not_flagged(text: str, lang: str) -> None:
    assert found(text, lang) == []


OPINION_EN = "OPINION | The Review\n\nBy A. Writer\n\n"
OPINION_ES = "OPINIÓN\n\nPor Una Autora\n\n"


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [
        # the same words judge in a column and describe in a report, whichever side they hit
        ("The minister's cheerleaders bankrolled his campaign, and the opposition has been timid.", "en",
         ["cheerleaders", "bankrolled", "timid"]),
        ("The senator's cheerleaders bankrolled her campaign, and the governor has been timid.", "en",
         ["cheerleaders", "bankrolled", "timid"]),
        ("Los palmeros del ministro le tienden una alfombra roja a los empresarios y él calla: chantaje.",
         "es", ["palmeros", "alfombra roja", "chantaje"]),
        ("Los palmeros de la senadora le tienden una alfombra roja a los sindicatos y ella calla: chantaje.",
         "es", ["palmeros", "alfombra roja", "chantaje"]),
    ],
)
def test_opinion_words_count_in_a_column_but_not_in_a_report(sentence, lang, expected) -> None:
    head = OPINION_EN if lang == "en" else OPINION_ES
    in_column = found(head + sentence, lang)
    assert all(covers(in_column, e) for e in expected), in_column
    assert found(sentence, lang) == []


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # coined titles, aimed at a hard-liner and at a reformer
        ("Nobody elected a Warden-in-Chief.", "en", ["warden-in-chief"]),
        ("Nobody elected an Appeaser-in-Chief.", "en", ["appeaser-in-chief"]),
        ("El carcelero en jefe prometió más cárceles.", "es", ["carcelero en jefe"]),
        ("El negociador mayor, ese pacificador en jefe, prometió más diálogos.", "es", ["pacificador en jefe"]),
        # gifts handed over, to the cartels or to the corporations
        ("The decree hands the ports to the cartels on a silver platter.", "en", ["silver platter"]),
        ("The decree is a gift to the corporations.", "en", ["gift to the corporations"]),
        ("Les entregó el territorio en bandeja de plata a los narcos.", "es", ["en bandeja de plata"]),
        ("La reforma es un regalo para los banqueros.", "es", ["regalo para los banqueros"]),
        # disguises: an amnesty and a privatisation
        ("It is a disguised amnesty for the guerrillas.", "en", ["disguised amnesty"]),
        ("It is a backdoor privatization of the water company.", "en", ["backdoor privatization"]),
        ("Es una amnistía disfrazada para la guerrilla.", "es", ["amnistía disfrazada"]),
        ("Es una privatización encubierta del acueducto.", "es", ["privatización encubierta"]),
        # an accusation dismissed as a political attack, by a leftist and by a rightist
        ("The former guerrilla commander called the trumped-up charges a media lynching.", "en",
         ["trumped-up", "media lynching"]),
        ("The former army general said the politically motivated case was a hit piece.", "en",
         ["politically motivated", "hit piece"]),
        ("La exalcaldesa de izquierda habló de cargos fabricados y de un linchamiento mediático.", "es",
         ["cargos fabricados", "linchamiento mediático"]),
        ("El exgeneral dijo que la denuncia tiene fines políticos y es un infundio.", "es",
         ["fines políticos", "infundio"]),
        # rule by selfie, mocked on either side
        ("The selfie dictator and his Twitter revolution.", "en", ["selfie dictator", "twitter revolution"]),
        ("Una dictadura de selfi y un populismo de TikTok.", "es", ["dictadura de selfi", "populismo de tiktok"]),
        # a rival likened to a tyrant of the other side, and a creed's clergy
        ("The new security minister is worse than Pinochet.", "en", ["worse than pinochet"]),
        ("The new security minister is worse than Maduro.", "en", ["worse than maduro"]),
        ("Es peor que Videla, y los sumos sacerdotes del libre mercado aplauden.", "es",
         ["peor que videla", "sumos sacerdotes del libre mercado"]),
        ("Es peor que Chávez, y los sumos sacerdotes del socialismo aplauden.", "es",
         ["peor que chavez", "sumos sacerdotes del socialismo"]),
        # misfortunes foretold, a killed activist and a killed policeman
        ("The activist's murder was a death foretold.", "en", ["death foretold"]),
        ("El asesinato del policía fue una tragedia anunciada.", "es", ["tragedia anunciada"]),
    ],
)
def test_figures_that_judge_in_any_text(text: str, lang: str, expected: list[str]) -> None:
    got = found(text, lang)
    assert all(covers(got, e) for e in expected), got


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The Commander-in-Chief and the Editor-in-Chief attended the ceremony.", "en"),
        ("El comandante en jefe del Ejército y el redactor en jefe asistieron al acto.", "es"),
        ("Gunmen disguised as police officers stopped the bus.", "en"),
        ("Los guardias sirvieron la comida en bandejas de metal.", "es"),
    ],
)
def test_real_titles_and_literal_senses_are_left_alone(text: str, lang: str) -> None:
    assert found(text, lang) == []


@pytest.mark.parametrize(
    ("body", "lang", "expected"),
    [
        ('Ese es el verdadero balance de la "paz" del oficialismo.', "es", "paz"),
        ('Ese es el verdadero balance de la "seguridad" del alcalde.', "es", "seguridad"),
        ('His "zero tolerance" doctrine fills the prisons.', "en", "zero tolerance"),
        ('Her "restorative" doctrine empties the prisons.', "en", "restorative"),
    ],
)
def test_scare_quotes_where_the_writer_argues(body: str, lang: str, expected: str) -> None:
    head = OPINION_EN if lang == "en" else OPINION_ES
    assert expected in found(head + body, lang)
    assert found(body, lang) == []  # in a report, a quotation is somebody's words


@pytest.mark.parametrize(
    ("body", "lang"),
    [
        ('The gang, known locally as "the brothers", still collects its "war tax" every Friday.', "en"),
        ('The minister called the plan "a success" and the "new deal" of the region.', "en"),
        ('La pandilla cobra su "impuesto de guerra" y el alcalde llamó a su plan la "nueva era".', "es"),
    ],
)
def test_named_or_reported_quotations_are_not_scare_quotes(body: str, lang: str) -> None:
    head = OPINION_EN if lang == "en" else OPINION_ES
    got = found(head + body, lang)
    assert not any(t in got for t in ("the brothers", "war tax", "a success", "new deal",
                                      "impuesto de guerra", "nueva era")), got


@pytest.mark.parametrize(
    ("body", "lang", "expected"),
    [
        ("The government has been slow and timid.", "en", "slow and timid"),
        ("The opposition has been loud and timid.", "en", "loud and timid"),
        ("El Gobierno ha sido lento y tímido.", "es", "lento y timido"),
        ("The plan of the mayor is woefully inadequate.", "en", "woefully inadequate"),
        ("El plan del alcalde fracasó estrepitosamente.", "es", "fracaso estrepitosamente"),
    ],
)
def test_intensified_and_coordinated_evaluation(body: str, lang: str, expected: str) -> None:
    head = OPINION_EN if lang == "en" else OPINION_ES
    assert expected in found(head + body, lang)


@pytest.mark.parametrize(
    ("body", "lang", "expected"),
    [
        ("He has hypnotized the middle class, and his rival is a branch office of the cartel.", "en",
         ["hypnotized", "branch office of the cartel"]),
        ("She has hypnotized the unions, and her rival is a branch office of Washington.", "en",
         ["hypnotized", "branch office of washington"]),
        ("El presidente encandila a la clase media y se ofrece como subcontratista penitenciario.", "es",
         ["encandila", "subcontratista penitenciario"]),
        ("La presidenta adoctrina a los jóvenes y su partido es sucursal del régimen.", "es",
         ["adoctrina", "sucursal del regimen"]),
    ],
)
def test_spells_and_branch_offices_in_a_column(body: str, lang: str, expected: list[str]) -> None:
    head = OPINION_EN if lang == "en" else OPINION_ES
    got = found(head + body, lang)
    assert all(covers(got, e) for e in expected), got
    assert not covers(found(body, lang), expected[0])  # in a report the spell is the speaker's business


def test_quoted_words_are_argued_speech_but_crime_words_in_quotes_are_not() -> None:
    wire = ('The senator said the ruling was "a humiliating surrender to the hucksters of the peace '
            'industry". "They used blackmail against the drivers," the police chief said.')
    got = found(wire, "en")
    assert covers(got, "humiliating") and covers(got, "hucksters")
    assert not covers(got, "blackmail")
