"""Labels built as noun phrases, figures of ownership and persecution, similes: sentences written for these tests.

Each class is checked on both sides of politics (a government of the left and
of the right, the state and its critics) and in both languages, and next to
neutral sentences of a report that share its words and must stay unflagged.
"""

from __future__ import annotations

import pytest

from nexos.assess.lexicon import fold
from support.loaded_terms import covers, found

OPINION_EN = "OPINION | The Review\n\nBy A. Writer\n\n"
OPINION_ES = "OPINIÓN\n\nPor Una Autora\n\n"


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [
        # a government named by a criminal or tyrannical quality, whichever it governs
        ("Brussels keeps trading with this mafia regime in the north.", "en", "mafia regime"),
        ("A corrupt dictatorship cannot reform itself.", "en", "corrupt dictatorship"),
        ("Investors fled the gangster government of the islands.", "en", "gangster government"),
        ("Europa sigue comerciando con el gobierno delincuencial del norte.", "es", "gobierno delincuencial"),
        ("Ningún gobierno corrupto se reforma solo.", "es", "gobierno corrupto"),
        ("El gobierno represor del general cayó en marzo.", "es", "gobierno represor"),
        # criminals said to hold power
        ("The mobsters running the country laugh at the courts.", "en", "mobsters running the country"),
        ("It is the mafia that governs the country now.", "en", "mafia that governs the country"),
        ("Los ladrones en el poder se reparten el presupuesto.", "es", "ladrones en el poder"),
        ("Es la banda que nos gobierna desde hace una década.", "es", "banda que nos gobierna"),
        # radicals named by their side, left and right alike
        ("The radical right wants to close the courts.", "en", "radical right"),
        ("Left-wing radicals blocked the highway.", "en", "left-wing radicals"),
        ("Right-wing radicals blocked the highway.", "en", "right-wing radicals"),
        ("Los radicales de izquierda cortaron la ruta.", "es", "radicales de izquierda"),
        ("Los radicales de derecha cortaron la ruta.", "es", "radicales de derecha"),
        # a place owned by force, and a country owned by the few
        ("After dark the gangs own the streets of the port district.", "en", "own the streets"),
        ("The valley now belongs to the militias.", "en", "belongs to the militias"),
        ("They are the real owners of the border.", "en", "real owners of the border"),
        ("En el cerro los caminos tienen dueño.", "es", "tienen dueño"),
        ("Los Zorros son los dueños de la noche en el barrio.", "es", "dueños de la noche"),
        ("Los dueños del país nunca pagan impuestos.", "es", "dueños del país"),
        ("Desde entonces la frontera es de las mafias.", "es", "frontera es de las mafias"),
        # the silent press, whoever accuses it
        ("Why does the mainstream media stay silent about the mayor?", "en", "media stay silent"),
        ("¿Por qué la prensa calla ante el alcalde?", "es", "la prensa calla"),
        # persecution claimed by the accused, and a case called fabricated
        ("His lawyer says he is persecuted because he is successful.", "en", "persecuted"),
        ("The senator calls himself politically persecuted.", "en", "politically persecuted"),
        ("Her party says prosecutors fabricated the case.", "en", "fabricated the case"),
        ("Su abogado dice que lo persiguen porque es exitoso.", "es", "lo persiguen"),
        ("El exministro se declara perseguido políticamente.", "es", "perseguido políticamente"),
        ("La defensa afirma que inventaron este caso contra él.", "es", "inventaron este caso"),
        # a criminal group called a business unit
        ("Prosecutors describe the crew as an armed franchise of the cartel.", "en", "armed franchise"),
        ("La fiscalía describe a la banda como una franquicia criminal del cártel.", "es", "franquicia criminal"),
        ("El informe habla de una multinacional del crimen.", "es", "multinacional del crimen"),
    ],
)
def test_labels_and_figures_of_power_are_found_anywhere(sentence: str, lang: str, expected: str) -> None:
    got = found(sentence, lang)
    assert covers(got, expected), got


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Corrupt government officials took bribes at the customs post.", "en"),
        ("The repressive government forces withdrew on Tuesday.", "en"),
        ("A Dubai company owns the port of Callao.", "en"),
        ("The seized house belongs to the sister of the accused.", "en"),
        ("The suspect, persecuted by nobody, walked into the station.", "en"),
        ("The restaurant is a local franchise of a burger chain.", "en"),
        ("El Estado de derecho está en juego, dijo la jueza.", "es"),
        ("La empresa tiene dueño nuevo desde enero.", "es"),
        ("El dueño de la tienda declaró ante la fiscalía.", "es"),
        ("El sospechoso, perseguido por la policía, chocó su auto.", "es"),
        ("La calle es de doble sentido desde 2019.", "es"),
        ("La franquicia de comida rápida abrió dos locales.", "es"),
        ("La prensa local informó del hallazgo el lunes.", "es"),
    ],
)
def test_report_sentences_sharing_the_words_stay_unflagged(sentence: str, lang: str) -> None:
    assert found(sentence, lang) == []


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("## The reform, such as it is\nThe bill passed in May.", "en", "reform, such as it is"),
        ("The truce, if you can call it that, lasted a week.", "en", "if you can call it that"),
        ("El acuerdo, si es que puede llamarse así, duró una semana.", "es", "si es que puede llamarse asi"),
        ("La tregua, por llamarlo de algún modo, duró una semana.", "es", "por llamarlo de algun modo"),
    ],
)
def test_a_belittling_qualifier_counts_in_any_register(text: str, lang: str, expected: str) -> None:
    assert covers(found(text, lang), expected), found(text, lang)


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [
        ("The ruling party celebrated the decree as if it were a cup final.", "en", "as if it were a cup final"),
        ("The opposition greeted the verdict as though it were a coronation.", "en", "a coronation"),
        ("The new prison looks more like a shop window than a policy.", "en", "looks more like a shop window"),
        ("The amnesty is less a peace plan than a surrender.", "en", "surrender"),
        ("El oficialismo celebró la medida como si fuera una final de fútbol.", "es", "una final de fútbol"),
        ("La oposición recibió el fallo como si se tratara de una coronación.", "es", "una coronación"),
        ("El plan se parece más a una vitrina que a una política pública.", "es", "se parece más a una vitrina"),
        ("La reforma es menos una política que una rendición.", "es", "una rendición"),
    ],
)
def test_similes_and_lopsided_comparisons_count_where_the_writer_argues(sentence: str, lang: str, expected: str) -> None:
    head = OPINION_EN if lang == "en" else OPINION_ES
    got = found(head + sentence, lang)
    assert covers(got, expected), got
    # in a report's own words a comparison is a description
    assert not covers(found(sentence, lang), expected)


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [
        # idioms of a verdict on power, each with its mirror in the other language
        ("The commanders have blood on their hands.", "en", "blood on their hands"),
        ("Los comandantes tienen las manos manchadas de sangre.", "es", "manos manchadas de sangre"),
        # (the English "reign of terror" and "in bed with" were listed before; their Spanish mirrors are new)
        ("The village has lived under a reign of terror since May.", "en", "reign of terror"),
        ("El pueblo vive bajo un reinado del terror desde mayo.", "es", "reinado del terror"),
        ("The mayor is in bed with the smugglers.", "en", "in bed with"),
        ("La alcaldesa está en la cama con los narcos del puerto.", "es", "en la cama con los narcos"),
        ("The union bosses are hand in glove with the ministry.", "en", "hand in glove"),
        ("Los jefes sindicales son uña y carne con el ministerio.", "es", "uña y carne"),
        ("The senator sold his soul to the lobbyists.", "en", "sold his soul to"),
        ("La senadora vendió su alma a los grupos de presión.", "es", "vendió su alma a"),
        ("The junta declared war on its own people.", "en", "declared war on its own people"),
        ("La junta le declaró la guerra a su propio pueblo.", "es", "declaró la guerra a su propio pueblo"),
        ("Ten years of this government turned the country into a prison.", "en", "turned the country into a prison"),
        ("Diez años de este gobierno convirtieron el país en una cárcel.", "es", "convirtieron el país en una cárcel"),
        ("With the new decree the mask has finally fallen.", "en", "mask has finally fallen"),
        ("Con el nuevo decreto por fin se le cayó la máscara.", "es", "se le cayó la máscara"),
        ("The mining code was written by and for the mining companies.", "en", "written by and for the mining"),
        ("El código minero fue hecho por y para los sindicatos.", "es", "hecho por y para los sindicatos"),
        ("The border police treat asylum seekers like criminals.", "en", "like criminals"),
        ("La policía de frontera trata a los solicitantes de asilo como delincuentes.", "es", "como delincuentes"),
        ("The new cabinet unleashed a wave of persecution.", "en", "unleashed a wave of persecution"),
        ("El nuevo gabinete desató una ola de persecución.", "es", "desató una ola de persecución"),
        ("The militias operate with impunity in the hills.", "en", "operate with impunity"),
        ("Las milicias campan a sus anchas en los cerros.", "es", "campan a sus anchas"),
        ("El país se desangra mientras el Congreso discute.", "es", "país se desangra"),
        ("The ombudsman is a mere spectator.", "en", "mere spectator"),
        ("El defensor del pueblo es un mero espectador.", "es", "mero espectador"),
        # the belittling predicate, in any register
        ("The ruling party is little more than a front for the cartel.", "en", "little more than a front"),
        ("The opposition coalition is nothing more than a vehicle for the oligarchs.", "en", "nothing more than a vehicle"),
        ("El partido oficial no es más que una fachada del cártel.", "es", "no es más que una fachada"),
        ("La coalición opositora es poco más que un vehículo de los oligarcas.", "es", "poco más que un vehículo"),
    ],
)
def test_idioms_of_power_and_belittling_predicates_are_found(sentence: str, lang: str, expected: str) -> None:
    got = found(sentence, lang)
    assert covers(got, expected), got


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("The trial lasted little more than a year.", "en"),
        ("No more than a dozen officers stayed at the post.", "en"),
        ("The court had no voice sample, no fingerprint, nothing but a nickname on file.", "en"),
        ("Prices rose by a mere 2 percent in March.", "en"),
        ("The police treated the wounded man as a suspect.", "en"),
        ("El juicio no fue más que un año de audiencias.", "es"),
        ("La víctima se desangra en el hospital.", "es"),
        ("Fue un simple trámite en la notaría.", "es"),
        ("Una ola de calor llegó a la costa.", "es"),
    ],
)
def test_measures_and_literal_uses_stay_unflagged(sentence: str, lang: str) -> None:
    assert found(sentence, lang) == []


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [
        # crime as a disease, a siege or a captivity of a whole place, in both languages
        ("The river towns are plagued by rival gangs.", "en", "plagued by rival gangs"),
        ("Los pueblos del río están azotados por las pandillas.", "es", "azotados por las pandillas"),
        ("The violence that ravages the region shows no sign of easing.", "en", "violence that ravages the region"),
        ("La violencia que azota la región no cede.", "es", "violencia que azota la región"),
        ("El flagelo de la extorsión golpea al comercio.", "es", "flagelo"),
        ("The market district is under siege by the gang.", "en", "under siege by the gang"),
        ("La región está sitiada por los carteles.", "es", "sitiada por los carteles"),
        ("The militia holds the whole valley hostage.", "en", "holds the whole valley hostage"),
        ("The country is hostage to the lobbies.", "en", "country is hostage to the lobbies"),
        ("El país es rehén de las mafias.", "es", "país es rehén de las mafias"),
        ("La banda tiene secuestrada a la ciudad.", "es", "tiene secuestrada a la ciudad"),
        ("Kidnapping has become an epidemic in the south.", "en", "kidnapping has become an epidemic"),
        ("La epidemia de extorsiones no cede.", "es", "epidemia de extorsiones"),
        ("The crews are terrorizing the shopkeepers.", "en", "terrorizing the shopkeepers"),
        ("La banda tenía atemorizada a toda la zona.", "es", "tenía atemorizada a toda la zona"),
        # the trafficker graded before a court has
        ("The feared gang leader was arrested on Sunday.", "en", "feared gang leader"),
        ("El temido cabecilla fue detenido el domingo.", "es", "temido cabecilla"),
        ("The untouchable boss finally faced a judge.", "en", "untouchable boss"),
        ("El intocable jefe de la banda por fin compareció ante un juez.", "es", "intocable jefe"),
    ],
)
def test_crime_as_disease_siege_and_captivity_is_found(sentence: str, lang: str, expected: str) -> None:
    got = found(sentence, lang)
    assert covers(got, expected), got


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Two engineers were held hostage by the gang for a week.", "en"),
        ("The police freed the hostages on Friday.", "en"),
        ("Residents feared reprisals from the gang.", "en"),
        ("Los Choneros grew into one of the most feared criminal organisations in the country.", "en"),
        ("El huracán azotó la costa el martes.", "es"),
        ("El rehén fue liberado por la policía.", "es"),
        ("Los vecinos temían represalias de la banda.", "es"),
    ],
)
def test_literal_sieges_hostages_and_fears_stay_unflagged(sentence: str, lang: str) -> None:
    assert found(sentence, lang) == []


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [
        # a policy called failed (from the left) and called soft (from the right), in both languages
        ("The failed war on drugs has filled the prisons.", "en", "failed war on drugs"),
        ("La fracasada guerra contra las drogas llenó las cárceles.", "es", "fracasada guerra contra las drogas"),
        ("The soft-on-crime prosecutor released them.", "en", "soft-on-crime"),
        ("La fiscal blanda con el crimen los dejó libres.", "es", "blanda con el crimen"),
        ("Human rights are for criminals, the mayor told the crowd.", "en", "human rights are for criminals"),
        ("Los derechos humanos son para los delincuentes, dijo el alcalde.", "es", "derechos humanos son para los delincuentes"),
        # migrants as a tide or an invasion
        ("A wave of migrants reached the coast.", "en", "wave of migrants"),
        ("Migrants are pouring across the border, the senator said.", "en", "pouring across the border"),
        ("La invasión migrante continúa, dijo el senador.", "es", "invasión migrante"),
        # a deal with the devil, the poor as the target, a country become a graveyard
        ("The truce with the gangs was a pact with the devil.", "en", "pact with the devil"),
        ("La tregua con las pandillas fue un pacto con el diablo.", "es", "pacto con el diablo"),
        ("The so-called war on gangs is a slaughter of the poor.", "en", "slaughter of the poor"),
        ("La llamada guerra contra las pandillas es una matanza de pobres.", "es", "matanza de pobres"),
        ("The valley has become a cemetery.", "en", "has become a cemetery"),
        ("El valle se ha convertido en un cementerio.", "es", "se ha convertido en un cementerio"),
        ("La derechona no quiere reformas.", "es", "derechona"),
    ],
)
def test_both_sides_of_the_security_debate_are_found(sentence: str, lang: str, expected: str) -> None:
    got = found(sentence, lang)
    assert covers(got, expected), got


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("The Human Rights Council met in Geneva.", "en"),
        ("A wave of arrests followed the raid.", "en"),
        ("La Comisión de Derechos Humanos visitó el país.", "es"),
        ("La tierra se volvió blanda con la lluvia.", "es"),
    ],
)
def test_neighbours_of_the_security_debate_stay_unflagged(sentence: str, lang: str) -> None:
    assert found(sentence, lang) == []


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [
        # the state in the hands of crime or of money, with the Spanish mirrors of listed English idioms
        ("The customs service is infiltrated by the cartels.", "en", "infiltrated by the cartels"),
        ("La aduana está infiltrada por el narco.", "es", "infiltrada por el narco"),
        ("The courts are at the service of the cartels.", "en", "at the service of the cartels"),
        ("Los jueces están al servicio del crimen organizado.", "es", "al servicio del crimen organizado"),
        ("The tentacles of the clan reach the ministry.", "en", "tentacles"),
        ("Los tentáculos del clan llegan al ministerio.", "es", "tentáculos"),
        ("Impunity reigns in the province.", "en", "impunity reigns"),
        ("En la provincia reina la impunidad.", "es", "reina la impunidad"),
        ("The minister treats the gangs with kid gloves.", "en", "with kid gloves"),
        ("La ministra trata a las pandillas con guantes de seda.", "es", "con guantes de seda"),
        ("The market square was bathed in blood.", "en", "bathed in blood"),
        ("La plaza del mercado quedó bañada en sangre.", "es", "bañada en sangre"),
        ("The clan has its claws in the port.", "en", "its claws in"),
        ("El clan tiene sus garras en el puerto.", "es", "sus garras en"),
        ("El decreto da luz verde a los extorsionadores.", "es", "luz verde a los extorsionadores"),
        ("La senadora coquetea con los paramilitares.", "es", "coquetea con los paramilitares"),
        ("El gobierno está en el bolsillo de las petroleras.", "es", "en el bolsillo de las petroleras"),
    ],
)
def test_a_state_in_the_hands_of_crime_or_money_is_found(sentence: str, lang: str, expected: str) -> None:
    got = found(sentence, lang)
    assert covers(got, expected), got


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("He was in the service of the navy for twenty years.", "en"),
        ("El Congreso dio luz verde al presupuesto.", "es"),
        ("El agente estuvo al servicio de la Armada.", "es"),
        ("Le encontraron droga en el bolsillo del pantalón.", "es"),
        ("La plaza fue tomada por los manifestantes.", "es"),
    ],
)
def test_plain_service_pockets_and_green_lights_stay_unflagged(sentence: str, lang: str) -> None:
    assert found(sentence, lang) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # evaluative adjectives and nouns of Spanish whose English mirrors are found already
        ("La respuesta del ministerio fue deplorable.", "deplorable"),
        ("Es una maniobra repudiable.", "repudiable"),
        ("El debate fue esperpéntico.", "esperpéntico"),
        ("La excusa del gobernador es risible.", "risible"),
        ("El caradura del senador volvió a mentir.", "caradura"),
        # pejorative suffixes and nicknames, whichever side they are thrown at
        ("El tiranuelo de turno cerró el diario.", "tiranuelo"),
        ("Un mafiosillo de barrio compró el concejo.", "mafiosillo"),
        ("La prensa chavistoide aplaudió.", "chavistoide"),
        ("La prensa uribistoide aplaudió.", "uribistoide"),
        ("Los izquierdosos de siempre marcharon.", "izquierdosos"),
        ("Los derechosos de siempre marcharon.", "derechosos"),
        ("Un leguleyo pagado por el clan presentó el recurso.", "leguleyo"),
        ("El sindicalero de turno amenazó con un paro.", "sindicalero"),
    ],
)
def test_spanish_evaluatives_and_pejoratives_are_found(sentence: str, expected: str) -> None:
    got = found(sentence, "es")
    assert covers(got, expected), got


@pytest.mark.parametrize(
    "sentence",
    [
        "Los derechos humanos de los detenidos fueron respetados.",
        "La escuela del barrio abrió el lunes.",
        "Un militante del partido habló en la asamblea.",
        "El sindicalista presentó el pliego de peticiones.",
    ],
)
def test_spanish_words_that_share_the_stems_stay_unflagged(sentence: str) -> None:
    assert found(sentence, "es") == []


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [
        # a verdict pushed by an intensifier, in both languages
        ("The new customs code is utterly corrupt.", "en", "utterly corrupt"),
        ("The ministry's answer is absolutely unacceptable.", "en", "absolutely unacceptable"),
        ("The police reform was totally inadequate.", "en", "totally inadequate"),
        ("The truce has been a resounding failure.", "en", "resounding failure"),
        ("Letting the colonel go was a colossal mistake.", "en", "colossal mistake"),
        ("El nuevo código aduanero es absolutamente inaceptable.", "es", "absolutamente inaceptable"),
        ("La respuesta del ministerio fue del todo insuficiente.", "es", "del todo insuficiente"),
        ("La tregua ha sido un estrepitoso fracaso.", "es", "estrepitoso fracaso"),
        ("Liberar al coronel fue un desastre sin paliativos.", "es", "desastre sin paliativos"),
        ("La audiencia fue una auténtica vergüenza.", "es", "auténtica vergüenza"),
    ],
)
def test_an_intensified_verdict_is_found(sentence: str, lang: str, expected: str) -> None:
    got = found(sentence, lang)
    assert covers(got, expected), got


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("The building was completely destroyed by the fire.", "en"),
        ("The mission is deeply concerned about the displaced families.", "en"),
        ("La casa quedó completamente destruida.", "es"),
        ("La misión está profundamente preocupada por los desplazados.", "es"),
        ("Un total de 30 personas fueron detenidas.", "es"),
    ],
)
def test_intensified_descriptions_and_feelings_stay_unflagged(sentence: str, lang: str) -> None:
    assert found(sentence, lang) == []


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [
        # a label someone puts on someone, in quotation marks, in any register
        ('The warlord calls himself "the guardian of the valley."', "en", "the guardian of the valley"),
        ('The senator called him "the delivery man of the lobbyists" on Monday.', "en", "the delivery man of the lobbyists"),
        ('The militia blamed "foreign agitators" for the riot.', "en", "foreign agitators"),
        ('El jefe de la milicia se hace llamar "el guardián del valle".', "es", "el guardián del valle"),
        ('La alcaldesa lo llama "un bienhechor del barrio" y lo defiende.', "es", "un bienhechor del barrio"),
        ('La banda culpó a "agitadores extranjeros" del motín.', "es", "agitadores extranjeros"),
        ('El diputado tildó a la jueza de "activista con toga".', "es", "activista con toga"),
    ],
)
def test_a_label_put_on_someone_in_quotation_marks_is_found(sentence: str, lang: str, expected: str) -> None:
    got = found(sentence, lang)
    assert covers(got, expected), got


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [
        # a long quoted verdict on what the verb names first, in any register
        ('The mayor called the raid "a publicity stunt staged for the evening news" and left.', "en",
         "a publicity stunt staged for the evening news"),
        ('His lawyer describes the indictment as "a fairy tale written by paid informants."', "en",
         "a fairy tale written by paid informants"),
        ('The ministry calls the sanctions "economic aggression against a sovereign people" and recalled its envoy.',
         "en", "economic aggression against a sovereign people"),
        ('La diputada calificó la redada como "una cacería montada para la televisión".', "es",
         "una cacería montada para la televisión"),
        ('El defensor llamó al fiscal «un verdugo con corbata» en la audiencia.', "es", "un verdugo con corbata"),
    ],
)
def test_a_quoted_verdict_on_a_named_thing_is_found(sentence: str, lang: str, expected: str) -> None:
    got = found(sentence, lang)
    assert fold(expected) in got, got  # the whole verdict, not a word of it


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        # a designation's wording, a definite description, a short description, a complement
        ('The Treasury described the group as "a significant transnational criminal organization."', "en"),
        ('Investigators call the warehouse "the place where the trucks were loaded at night."', "en"),
        ('The police described the clash as "a riot" on Sunday.', "en"),
        ('The governor called on residents to "stay home until the army has cleared the roads."', "en"),
        ('La alcaldesa llamó a los vecinos a "quedarse en casa hasta que pase el operativo".', "es"),
        ('La fiscalía describió al detenido como "el encargado de las cuentas de la banda".', "es"),
    ],
)
def test_descriptions_designations_and_complements_in_quotation_marks_stay_unflagged(sentence: str, lang: str) -> None:
    assert found(sentence, lang) == []


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ('What both sides call a "non-aggression pact" was signed in May.', "en"),
        ('Residents know him as "el Flaco".', "en"),
        ('The gang charged drivers a "war tax" every week.', "en"),
        ('Lo que los mineros llaman "la ruta del oro" cruza el río.', "es"),
        ('Le dicen "el Flaco" desde niño.', "es"),
        ('La banda culpó a "Los Rojos" del ataque.', "es"),
    ],
)
def test_names_aliases_and_racket_jargon_in_quotation_marks_stay_unflagged(sentence: str, lang: str) -> None:
    assert found(sentence, lang) == []


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [
        # a group made the culprit, policy swapped for slogans
        ("Every time, the committee finds a way to blame migrants.", "en", "blame migrants"),
        ("Cada vez, la comisión encuentra cómo culpar a los migrantes.", "es", "culpar a los migrantes"),
        ("The opposition accused the cabinet of swapping strategy for slogans.", "en", "swapping strategy for slogans"),
        ("La oposición acusó al gabinete de cambiar la estrategia por consignas.", "es", "cambiar la estrategia por consignas"),
        ("Hashtags instead of a plan, again.", "en", "hashtags instead of a plan"),
        ("Fotos en lugar de una política, otra vez.", "es", "fotos en lugar de una política"),
    ],
)
def test_scapegoats_and_slogans_are_found(sentence: str, lang: str, expected: str) -> None:
    got = found(sentence, lang)
    assert covers(got, expected), got


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("The police blamed the gang for the attack.", "en"),
        ("La policía culpó a la banda del ataque.", "es"),
    ],
)
def test_blame_laid_on_a_named_culprit_stays_unflagged(sentence: str, lang: str) -> None:
    assert found(sentence, lang) == []
