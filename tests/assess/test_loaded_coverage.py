"""Loaded-language coverage on texts written for these tests, not taken from any evaluation set.

Each slanted text is one voice: a columnist of the left or of the right, in
English and in Spanish, an analyst, a fact check that quotes loaded claims.
Each neutral text is plain wire or press-release copy on the same topics
(a seizure, a ruling, a sanctions notice, an election result), written to
hold the neutral look-alikes of loaded words ("criminal organization", "the
1989 invasion", "the Communist Party", "sanctions regime"); nothing in it
may be flagged. The expected lists are what a careful editor would query,
whichever side the words serve.
"""

from __future__ import annotations

import pytest

from nexos.assess.lexicon import load_entries
from support.loaded_terms import covers, found

LEFT_COLUMN_EN = (
    "Washington's latest crusade in the Caribbean is imperialist bullying dressed up as a drug war. "
    "The same oligarchs who bankrolled the last coup now cheer as an ultra-right puppet hands the "
    "ports to foreign troops. It is shameful that our government stays silent while fishermen are "
    "blown apart. This is a sinister scheme cooked up by warmongers and their bootlickers in the "
    "corporate media, and history will remember its architects as war criminals."
)
RIGHT_COLUMN_EN = (
    "Make no mistake: the socialist regime in Caracas is a gangster state, and its enablers in our "
    "own Congress keep appeasing these thugs while cartel poison floods our streets. The so-called "
    "peace talks are a disgrace, a shameless capitulation to narco-terrorists. Every week we wait, "
    "the invasion at our southern border grows, and woke apologists for tyranny look away. Unless "
    "we act, we will become the next Venezuela."
)
ANALYSIS_EN = (
    "The administration's brazen disregard for due process has produced a reckless escalation. "
    "Its ruthless crackdown, cheered by kleptocratic elites, has been a catastrophic failure, and "
    "the prisons it built are little more than a tinderbox. Officials cynically blame the courts."
)
FACTCHECK_EN = (
    "A viral post claims the president is a \u201cnarco-dictator\u201d who sold out the country to "
    "the cartels, and that \u201chordes of criminals\u201d are pouring across the border. It also "
    "calls the opposition leader a \u201cfascist\u201d. We found no evidence for either claim."
)
LEFT_COLUMN_ES = (
    "El gobierno entreguista de turno vuelve a arrodillarse ante Washington. La ultraderecha "
    "golpista y sus medios hegemónicos celebran la llegada de los marines. Es vergonzoso: la "
    "oligarquía y sus paracos aplauden el saqueo de nuestros recursos mientras la derecha "
    "cavernícola calla. Esta farsa antidrogas es un pretexto del imperio, y lo que viene es un "
    "genocidio contra los pobres."
)
RIGHT_COLUMN_ES = (
    "Los zurdos que hoy nos gobiernan han convertido el país en un infierno. Este desgobierno de "
    "mamertos, cómplices del castrochavismo, negocia con terroristas mientras la chusma saquea "
    "las ciudades. La tal «paz total» es una rendición nefasta, una descarada entrega del país a "
    "la narcodictadura vecina. O reaccionamos ahora o seremos la próxima Venezuela."
)
ANALYSIS_ES = (
    "La política de seguridad del gobierno ha resultado desastrosa. Su ministro, autoproclamado "
    "salvador de la patria, defiende con cinismo una estrategia abiertamente irresponsable, y la "
    "represión despiadada en los barrios sólo ha convertido las cárceles en un polvorín."
)
FACTCHECK_ES = (
    "Un video difundido en redes asegura que el gobierno es «una dictadura comunista» y que los "
    "migrantes son «una plaga» que trae delincuencia. También circula la afirmación de que la "
    "oposición prepara un «golpe fascista». No hay pruebas de ninguna de las dos cosas."
)

SEIZURE_EN = (
    "GUAYAQUIL, Ecuador, May 12 (Reuters) - Ecuadorean police seized 4.2 tonnes of cocaine hidden in "
    "a container of bananas bound for Antwerp, the interior ministry said on Monday. Three port "
    "workers were arrested and will be charged with drug trafficking and membership of a criminal "
    "organization, prosecutors said. The shipment was the largest this year, officials said, and "
    "the criminal group behind it also moved weapons, according to an intelligence report. A "
    "judge ordered pretrial detention for the suspects."
)
RULING_EN = (
    "PANAMA CITY, June 3 (AP) - Panama's Supreme Court on Tuesday upheld the conviction of a former "
    "minister for money laundering and sentenced him to eight years in prison. The court rejected "
    "the defense's argument that the evidence had been obtained illegally. The case dates to "
    "contracts signed after the 1989 U.S. invasion of Panama, when the ministry was rebuilt. The "
    "former minister's lawyer said he would appeal to the Inter-American Commission."
)
SANCTIONS_EN = (
    "WASHINGTON, Sept 9 - The U.S. Treasury Department on Thursday imposed sanctions on five "
    "Venezuelan officials and two companies it accused of helping the government evade the "
    "sanctions regime, and designated a gang as a foreign terrorist organization. The measures "
    "freeze any U.S. assets of those named. A Treasury spokesperson said the designations followed "
    "a review of the group's finances. The Venezuelan foreign ministry rejected the measures in a "
    "statement."
)
ELECTION_EN = (
    "SANTIAGO, Dec 15 - Chile's electoral service said on Sunday that the conservative candidate won "
    "the presidential runoff with 55.8 percent of the vote, against 44.2 percent for the candidate "
    "of the governing coalition, which includes the Communist Party. Turnout was 85 percent. The "
    "losing candidate conceded defeat in a speech to supporters and called for unity. The new "
    "president will take office on March 11."
)
SEIZURE_ES = (
    "CARTAGENA, 12 may (EFE) - La Armada de Colombia incautó 2,3 toneladas de cocaína en una lancha "
    "rápida interceptada frente a la costa del Caribe, informó este lunes la institución en un "
    "comunicado. Tres tripulantes fueron capturados y serán judicializados por tráfico de "
    "estupefacientes. Según la Fiscalía, la organización criminal que enviaba la droga opera en "
    "el sur del departamento de Bolívar. Un juez de control de garantías legalizó las capturas."
)
RULING_ES = (
    "CIUDAD DE GUATEMALA, 3 jun - La Corte Suprema de Justicia condenó a doce años de prisión a un "
    "exalcalde por lavado de dinero y asociación ilícita, informó el Organismo Judicial. El "
    "tribunal dio por probado que el exfuncionario recibió pagos de una estructura criminal. La "
    "defensa anunció que presentará un recurso de amparo. El régimen de visitas del penal donde "
    "cumplirá la condena no fue modificado."
)
SANCTIONS_ES = (
    "WASHINGTON, 9 sep - El Departamento del Tesoro de Estados Unidos sancionó este jueves a cinco "
    "funcionarios venezolanos y a dos empresas por ayudar a evadir las sanciones, y designó a una "
    "banda como organización terrorista extranjera. La medida congela los bienes que los "
    "sancionados tengan en Estados Unidos. La cancillería venezolana rechazó la decisión en un "
    "comunicado."
)
ELECTION_ES = (
    "SANTIAGO, 15 dic - El Servicio Electoral de Chile informó este domingo que el candidato de la "
    "coalición de derecha ganó la segunda vuelta con el 55,8 % de los votos, frente al 44,2 % de la "
    "candidata del Partido Comunista. La participación fue del 85 %. La candidata derrotada "
    "reconoció su derrota y llamó a la unidad. El nuevo presidente asumirá el 11 de marzo."
)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (LEFT_COLUMN_EN, "en", ["imperialist", "bullying", "oligarchs", "ultra-right", "puppet", "shameful",
                                "sinister", "warmongers", "bootlickers", "corporate media", "war criminals"]),
        (RIGHT_COLUMN_EN, "en", ["socialist regime", "gangster state", "enablers", "appeasing", "thugs",
                                 "poison floods our streets", "so-called", "disgrace", "shameless",
                                 "capitulation", "narco-terrorists", "invasion at our southern border",
                                 "woke", "apologists", "tyranny", "the next venezuela"]),
        (ANALYSIS_EN, "en", ["brazen", "reckless", "ruthless", "kleptocratic", "catastrophic", "tinderbox",
                             "cynically"]),
        (FACTCHECK_EN, "en", ["narco-dictator", "sold out the country", "hordes", "fascist"]),
        (LEFT_COLUMN_ES, "es", ["entreguista", "arrodillarse", "ultraderecha", "golpista",
                                "medios hegemonicos", "vergonzoso", "oligarquia", "paracos", "saqueo",
                                "cavernicola", "farsa", "del imperio", "genocidio"]),
        (RIGHT_COLUMN_ES, "es", ["zurdos", "infierno", "desgobierno", "mamertos", "complices",
                                 "castrochavismo", "chusma", "la tal", "rendicion", "nefasta", "descarada",
                                 "narcodictadura", "la proxima venezuela"]),
        (ANALYSIS_ES, "es", ["desastrosa", "autoproclamado", "salvador de la patria", "cinismo",
                             "irresponsable", "despiadada", "polvorin"]),
        (FACTCHECK_ES, "es", ["dictadura comunista", "plaga", "fascista"]),
    ],
)
def test_slanted_texts_of_every_side_are_flagged(text: str, lang: str, expected: list[str]) -> None:
    terms = found(text, lang)
    missing = [e for e in expected if not covers(terms, e)]
    assert not missing, f"missed {missing}; found {terms}"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (SEIZURE_EN, "en"), (RULING_EN, "en"), (SANCTIONS_EN, "en"), (ELECTION_EN, "en"),
        (SEIZURE_ES, "es"), (RULING_ES, "es"), (SANCTIONS_ES, "es"), (ELECTION_ES, "es"),
    ],
)
def test_neutral_wire_and_releases_are_not_flagged(text: str, lang: str) -> None:
    assert found(text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # Spanish gender and number come from one written entry
        ("una política desastrosa", "es", "desastrosa"),
        ("la autoproclamada presidenta", "es", "autoproclamada"),
        ("cifras escandalosas", "es", "escandalosas"),
        ("una tirana", "es", "tirana"),
        ("la supuesta «paz»", "es", "supuesta"),
        ("una respuesta vergonzosa", "es", "vergonzosa"),
        ("actuó vergonzosamente", "es", "vergonzosamente"),
        ("unos actos viles", "es", "viles"),
        # English plurals beyond -s
        ("two autocracies", "en", "autocracies"),
        ("regional strongmen", "en", "strongmen"),
        ("the kleptocracies of the region", "en", "kleptocracies"),
    ],
)
def test_inflected_forms_are_found(text: str, lang: str, expected: str) -> None:
    assert expected in found(text, lang)


def test_spanish_entries_do_not_glue_endings_onto_a_final_o() -> None:
    # 'desastroso{,a,s,as}' reads as 'desastrosoa': write 'desastros{o,a,os,as}' instead
    for entry in load_entries("loaded")["es"]:
        assert "o{,a" not in entry.key.replace(" ", ""), entry.key


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The Vista Hermosa clique of MS-13 moved to Soyapango.", "en"),  # a gang cell's own name
        ("Residents woke up to gunfire; she woke at dawn.", "en"),
        ("It was a brazen daylight robbery of an armoured van.", "en"),
        ("He was charged with reckless driving on treacherous mountain roads.", "en"),
        ("The circus came to town and a travelling circus act was robbed.", "en"),
        ("Knights of the First Crusade are depicted in the museum.", "en"),
        ("Explotó un polvorín militar en la base del Ejército.", "es"),
        ("El circo llegó al pueblo y un circo ambulante acampó en la plaza.", "es"),
        ("Los guerrilleros firmaron la rendición de sus armas ante la ONU.", "es"),
        ("El matadero municipal cerró por una inspección sanitaria.", "es"),
        ("La Fiscalía desarticuló una banda de ladrones de vehículos.", "es"),
    ],
)
def test_neutral_lookalikes_of_new_entries(text: str, lang: str) -> None:
    assert found(text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Its dictatorial president ignores the courts with arrogant contempt.", "en", ["dictatorial", "arrogant"]),
        ("The ruling clique of generals lives off drug money.", "en", ["ruling clique"]),
        ("A government of thieves, and a bunch of crooks in Congress.", "en",
         ["government of thieves", "bunch of crooks"]),
        ("The opposition are traitors and saboteurs paid by Washington.", "en", ["traitors", "saboteurs"]),
        ("These death-squad apologists should be ashamed.", "en", ["death-squad", "apologists"]),
        ("Their reform is an outright lie, and the new gag law proves it.", "en", ["outright lie", "gag law"]),
        ("A narco-enclave run by a leader entrenching himself in power.", "en",
         ["narco-enclave", "entrenching himself in power"]),
        ("The mega-prison is a dungeon, a human warehouse.", "en", ["dungeon", "human warehouse"]),
        ("El dictadorzuelo de turno y su camarilla.", "es", ["dictadorzuelo", "camarilla"]),
        ("Un gobierno de ladrones: la mafia en el poder quiere perpetuarse en el poder.", "es",
         ["gobierno de ladrones", "mafia en el poder", "perpetuarse en el poder"]),
        ("La cloaca del poder y sus sicarios mediáticos aprobaron la ley mordaza.", "es",
         ["cloaca del poder", "sicarios mediaticos", "ley mordaza"]),
        ("Los guerrilleros de escritorio del petrismo y los saboteadores.", "es",
         ["guerrilleros de escritorio", "saboteadores"]),
        ("La cúpula podrida del régimen sandinista y sus forajidos.", "es", ["podrida", "regimen", "forajidos"]),
    ],
)
def test_labels_and_metaphors_beyond_the_columns(text: str, lang: str, expected: list[str]) -> None:
    terms = found(text, lang)
    missing = [e for e in expected if not covers(terms, e)]
    assert not missing, f"missed {missing}; found {terms}"


# Idioms of contempt and motive imputation: what annotators mark besides labels ("clings to
# power", "self-serving"). Texts written for these tests, one voice each, from both sides.
IDIOM_LEFT_EN = (
    "For decades Washington has propped up the generals, and today's envoy cozied up to the same "
    "oligarchs while state media parroted the embassy line. The minister who whitewashed the "
    "massacre now peddles lies about foreign agitators; his compliant judiciary turned a blind eye. "
    "A rigged election and a gutted judiciary: that is the price of a government in the pocket of "
    "the mining companies."
)
IDIOM_RIGHT_EN = (
    "The socialists hijacked the reform, rammed it through Congress at midnight and are now lining "
    "their pockets while families queue for bread. Their spin doctors call it justice; it is a "
    "shadowy scheme of sycophants and minions doing the bidding of Havana. The official narrative "
    "of a thriving economy is a pack of lies, and the fear-mongering about a coup is a cynical ploy."
)
IDIOM_LEFT_ES = (
    "La prensa a sueldo blanquea los crímenes de la dictadura y le hace el juego a la derecha "
    "golpista. Los corruptos de siempre saquean sin pudor mientras la Fiscalía hace la vista "
    "gorda. El relato oficial de un país en paz esconde una deriva autoritaria: gobiernan a golpe "
    "de decreto y siembran el miedo en los barrios."
)
IDIOM_RIGHT_ES = (
    "El gobierno sumiso, con sus adláteres y su pensamiento único, hipotecó el futuro de nuestros "
    "hijos. Sus jueces encubren a los corruptos del partido, y el régimen de facto goza de total "
    "impunidad. Las elecciones amañadas y los bulos de sus propagandistas llevan al país al borde "
    "del abismo."
)
IDIOM_FACTCHECK_EN = (
    "A widely shared video claims the mayor 'bled the city dry' and that the vote was stolen in a "
    "rigged election. Electoral officials said the count was audited; we found no evidence for "
    "either claim, which the mayor's office called a hit job by a partisan hack."
)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (IDIOM_LEFT_EN, "en", ["propped up the generals", "cozied up to", "parroted", "whitewashed",
                               "peddles lies", "compliant judiciary", "blind eye", "rigged election",
                               "gutted judiciary", "in the pocket of"]),
        (IDIOM_RIGHT_EN, "en", ["hijacked the reform", "rammed it through", "lining their pockets",
                                "spin doctors", "shadowy", "sycophants", "minions", "the bidding of",
                                "narrative", "pack of lies", "fear-mongering", "ploy"]),
        (IDIOM_LEFT_ES, "es", ["prensa a sueldo", "blanquea los crimenes", "le hace el juego",
                               "los corruptos de siempre", "sin pudor", "vista gorda", "relato oficial",
                               "deriva autoritaria", "a golpe de decreto", "siembran el miedo"]),
        (IDIOM_RIGHT_ES, "es", ["sumiso", "adlateres", "pensamiento unico", "hipoteco el futuro",
                                "encubren a los corruptos", "regimen de facto", "goza de total impunidad",
                                "elecciones amanadas", "bulos", "propagandistas", "al borde del abismo"]),
        (IDIOM_FACTCHECK_EN, "en", ["bled the city dry", "rigged election", "hit job", "partisan hack"]),
    ],
)
def test_idioms_of_contempt_and_motive_are_flagged(text: str, lang: str, expected: list[str]) -> None:
    terms = found(text, lang)
    missing = [e for e in expected if not covers(terms, e)]
    assert not missing, f"missed {missing}; found {terms}"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # the crime-report and everyday senses of the same verbs and adjectives
        ("Gunmen hijacked a fuel truck on the highway and peddled cocaine in the port district.", "en"),
        ("The village's whitewashed walls were propped up by sandbags after the flood.", "en"),
        ("Divers searched the murky waters of the river; the shady side of the park was closed.", "en"),
        ("The former mayor was charged with lying to investigators and pleaded not guilty.", "en"),
        ("The court heard that the company's fraudulent invoices hid payments to the gang.", "en"),
        ("Most families in the district live in abject poverty, the report said.", "en"),
        ("The gang took orders from a leader in prison, prosecutors said.", "en"),
        ("El acusado blanqueó tres millones de dólares a través de empresas fantasma.", "es"),
        ("La Fiscalía lo acusó de encubrir a los asesinos de su hermano.", "es"),
        ("El juez dictó prisión preventiva al presunto cómplice, informó la Fiscalía.", "es"),
        ("La banda sembraba coca en la vereda y los vecinos denunciaron amenazas.", "es"),
        ("El relato de los testigos coincide con el informe de la autopsia.", "es"),
    ],
)
def test_neutral_senses_of_the_idiom_entries(text: str, lang: str) -> None:
    assert found(text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Their Orwellian security law is the work of fanatical ideologues and a Stalinist party "
         "machine; the impeachment was a parliamentary coup.", "en",
         ["orwellian", "fanatical", "ideologues", "stalinist", "parliamentary coup"]),
        ("Coastal elites and the lamestream media call the farmers bigots, while tax-and-spend "
         "freeloaders run a nanny state.", "en",
         ["coastal elites", "lamestream", "bigots", "tax-and-spend", "freeloaders", "nanny state"]),
        ("The bumbling minister's toxic rhetoric and obscene bonuses show a party corrupt to the core.",
         "en", ["bumbling", "toxic rhetoric", "obscene", "corrupt to the core"]),
        ("El sátrapa y sus fanáticos montaron un golpe parlamentario con la prensa amarillista.", "es",
         ["satrapa", "fanaticos", "golpe parlamentario", "amarillista"]),
        ("Un gobierno incompetente que reparte migajas y cultiva el caciquismo: es inaudito.", "es",
         ["incompetente", "migajas", "caciquismo", "inaudito"]),
    ],
)
def test_more_epithets_of_every_side(text: str, lang: str, expected: list[str]) -> None:
    terms = found(text, lang)
    missing = [e for e in expected if not covers(terms, e)]
    assert not missing, f"missed {missing}; found {terms}"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Police found obscene material on the suspect's phone, and the court ruled him competent.", "en"),
        ("The agency distributed food handouts to 3,000 families after the floods.", "en"),
        ("El detenido enviaba mensajes obscenos a menores, según la Fiscalía.", "es"),
        ("Sus seguidores incondicionales esperaron al candidato frente a la sede del partido.", "es"),
    ],
)
def test_neutral_senses_of_the_epithets(text: str, lang: str) -> None:
    assert found(text, lang) == []
