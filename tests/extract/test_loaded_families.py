"""Families of loaded language, each written in both languages and on both sides of the argument.

Invented sentences: a place said to have an owner, the state said to be absent or late, a place where crime
goes shopping, a lie given an adjective, force put on as a show, people thrown out like refuse, crime as an
import, a status denied ('these are not rebels'), the prosecution's small fish, testimony said to be bought,
the officer who betrays the uniform, extortion told as fleecing, parlour politics on the left and on the
right, an agenda said to come from abroad, a killing given its name, 'narco' as a label, things made of
paper, criminals with the trappings of a cause, its own shielded, an empire built, moralising words,
the state's force as private property, crime laughing at the law, persecution as a hunt, ground handed to
crime, the servant of a side, a place held by the throat, a death foretold, migration as invasion, a crowd
made a rabble, an election said to be stolen, a measure called a death sentence, people put outside society,
the defence's 'inventos de la Fiscalía', hyperbole ('never in history', '-ísimo', 'es una locura'), the economy told as
a crime ('plundering the forests', 'remata el patrimonio') and the police as an occupying army
(the Spanish mirror of 'like an occupying army'). The neutral
sentences share the words and must stay unflagged.
"""

from __future__ import annotations

import pytest

from support.loaded_terms import covers, found


@pytest.mark.parametrize(
    "sentence,lang,expected",
    [
        # a place said to have an owner
        ("In the hills every road now has an owner.", "en", "has an owner"),
        ("Since the spring the valley has a master.", "en", "has a master"),
        ("He has been the lord of the river for a decade.", "en", "lord of the river"),
        ("La cooperativa tiene tres camiones y, desde el año pasado, un dueño.", "es", "un dueño"),
        ("Le dicen el amo del barrio.", "es", "amo del barrio"),
        ("Es el dueño de Puerto Nuevo, aunque no figure en ningún registro.", "es", "dueño de puerto"),
        # the state said to be absent or late
        ("Residents say the state only arrives by helicopter.", "en", "arrives by helicopter"),
        ("These families feel abandoned by the state.", "en", "abandoned by the state"),
        ("A coast that nobody governs.", "en", "that nobody governs"),
        ("En la sierra el Estado llega siempre tarde.", "es", "llega siempre tarde"),
        ("Son comunidades olvidadas por el Estado.", "es", "olvidadas por el estado"),
        ("Es una selva donde nadie manda.", "es", "donde nadie manda"),
        # a place where crime goes shopping
        ("The port became a one-stop shop for traffickers.", "en", "one-stop shop for traffickers"),
        ("The old prison was as leaky as a sieve.", "en", "leaky as a sieve"),
        ("La zona franca es un supermercado del contrabando.", "es", "supermercado del contrabando"),
        ("La aduana es un colador.", "es", "es un colador"),
        ("El valle sirvió de santuario para las Autodefensas durante años.", "es", "santuario para"),
        ("The islands became a sanctuary for the Sinaloa men.", "en", "sanctuary for"),
        # a lie given an adjective
        ("They called the report a recycled lie.", "en", "recycled lie"),
        ("El ministro habló de una mentira reciclada.", "es", "mentira reciclada"),
        ("La senadora dijo que es una vieja mentira.", "es", "vieja mentira"),
        # force put on as a show
        ("The minister's visit was a militarised spectacle.", "en", "militarised spectacle"),
        ("Critics called it censorship disguised as regulation.", "en", "censorship disguised as regulation"),
        ("El operativo fue un show policial para las cámaras.", "es", "show policial"),
        ("Es seguridad con escenografía.", "es", "con escenografia"),
        ("La reforma no puede ser un disfraz.", "es", "ser un disfraz"),
        # people thrown out like refuse
        ("They are dumping convicted gang members across the border.", "en", "dumping convicted gang members"),
        ("The neighbouring country is emptying its prisons onto our coast.", "en", "emptying its prisons onto"),
        ("El diputado acusó al país vecino de vaciar sus cárceles en la frontera.", "es", "vaciar sus carceles"),
        ("Dijo que llegan las sobras de Ortega.", "es", "sobras de"),
        # crime as an import
        ("The senator blamed imported crime for the rise in killings.", "en", "imported crime"),
        ("El alcalde culpó a la delincuencia importada.", "es", "delincuencia importada"),
        ("Acusó al vecino de exportar sus delincuentes.", "es", "exportar sus delincuentes"),
        # a status denied
        ("\"They are not soldiers. They are mercenaries,\" the minister said.", "en", "they are not soldiers"),
        ("—No son luchadores sociales, son extorsionadores —dijo el fiscal.", "es", "no son luchadores sociales"),
        ("Esos hombres no tienen nada de idealistas.", "es", "no tienen nada de idealistas"),
        # the prosecution's small fish, and the scapegoat
        ("Prosecutors keep jailing the little fish.", "en", "jailing the little fish"),
        ("The driver was the fall guy.", "en", "the fall guy"),
        ("La Fiscalía solo captura a los peces chicos.", "es", "captura a los peces chicos"),
        ("El contador fue la cabeza de turco.", "es", "cabeza de turco"),
        # testimony said to be bought
        ("The defence said the confessions were bought with reduced sentences.", "en",
         "bought with reduced sentences"),
        ("The lawyer spoke of bought testimony.", "en", "bought testimony"),
        ("El abogado habló de declaraciones compradas.", "es", "declaraciones compradas"),
        ("Dijo que los testigos fueron comprados con rebajas de pena.", "es", "comprados con rebajas de pena"),
        # the officer who betrays the uniform
        ("\"Any officer who betrays the uniform will be prosecuted,\" the chief said.", "en", "betrays the uniform"),
        ("\"He is just another criminal,\" the commander said.", "en", "just another criminal"),
        ("\"Quien manche el uniforme irá preso\", dijo el director.", "es", "manche el uniforme"),
        ("\"Será juzgado como un sicario más\", dijo el general.", "es", "un sicario mas"),
        ("El ministro habló de ovejas negras en la institución.", "es", "ovejas negras"),
        # extortion told as fleecing
        ("\"The gang fleeces the shopkeepers every Friday,\" a resident said.", "en", "fleeces the shopkeepers"),
        ("\"Las bandas esquilmaron al pueblo\", dijo el cura.", "es", "esquilmaron"),
        ("Las pandillas exprimen a los transportistas.", "es", "exprimen a los transportistas"),
        # parlour politics, on the left and on the right
        ("The post mocked the parlour revolutionaries of the capital.", "en", "parlour revolutionaries"),
        ("He blamed the do-gooders in the ministry.", "en", "do-gooders"),
        ("She blamed the lock-'em-up crowd for the prison crisis.", "en", "lock-'em-up crowd"),
        ("La columna se burla del progresismo caviar.", "es", "progresismo caviar"),
        ("El fiscal acusó al Gobierno de populismo penal.", "es", "populismo penal"),
        ("El diputado denunció el buenismo del Gobierno.", "es", "buenismo"),
        # an agenda said to come from abroad
        ("The general accused the journalists of serving a foreign agenda.", "en", "foreign agenda"),
        ("El acusado dijo que lo extraditan para satisfacer intereses extranjeros.", "es",
         "satisfacer intereses extranjeros"),
        ("La vocera habló de una agenda foránea.", "es", "agenda foranea"),
        # a killing given its name
        ("Witnesses described the raid as a slaughter.", "en", "described the raid as a slaughter"),
        ("Los vecinos lo llaman masacre.", "es", "lo llaman masacre"),
        ("Call every boy on the estate a delinquent and see what happens.", "en",
         "call every boy on the estate a delinquent"),
        ("La Policía tilda a todos los muchachos del sector de pandilleros.", "es",
         "tilda a todos los muchachos del sector de pandilleros"),
        # 'narco' as a label
        ("\"He is a narco and everybody knows it,\" the senator said.", "en", "a narco"),
        ("La oposición habla de una ciudad narco.", "es", "ciudad narco"),
        ("Denunció a los candidatos narcos de la provincia.", "es", "candidatos narcos"),
        # made of paper
        ("The new border force is a paper tiger.", "en", "paper tiger"),
        ("El nuevo control es un tigre de papel.", "es", "tigre de papel"),
        ("Prometieron una muralla y levantaron un muro de cartón.", "es", "muro de carton"),
        # criminals with the trappings of a cause
        ("\"They are kidnappers with a manifesto,\" the police chief said.", "en", "with a manifesto"),
        ("\"Son secuestradores con bandera\", dijo el coronel.", "es", "con bandera"),
        # its own shielded
        ("The assembly keeps shielding its own.", "en", "shielding its own"),
        ("La fiscalía encubre a los suyos.", "es", "encubre a los suyos"),
        # an empire built
        ("In ten years she built a riverside empire.", "en", "built a riverside empire"),
        # poison said with a singular possessive
        ("\"Envenenan a nuestra comunidad con esa droga\", dijo la madre.", "es", "envenenan a nuestra comunidad"),
        # moralising words, whichever side they are aimed at
        ("The opposition called the cuts heartless.", "en", "heartless"),
        ("It was an irresponsible amnesty.", "en", "irresponsible"),
        ("She spoke of the immorality of the prison contracts.", "en", "immorality"),
        ("Their disingenuous defence of the police convinced nobody.", "en", "disingenuous"),
        ("Es un gobierno desalmado.", "es", "desalmado"),
        ("Denunció la indolencia de las autoridades.", "es", "indolencia"),
        ("Criticó la codicia de los empresarios mineros.", "es", "codicia"),
        ("Fue una decisión inmoral.", "es", "inmoral"),
        # the state's force as someone's property
        ("The governor uses the state police as his personal militia.", "en", "his personal militia"),
        ("El alcalde usa a la Guardia Municipal como su guardia personal.", "es", "su guardia personal"),
        ("She runs the ministry like a medieval baron.", "en", "like a medieval baron"),
        ("Gobierna el departamento como un señor feudal.", "es", "como un senor feudal"),
        # crime laughing at the state
        ("The smugglers laugh at the courts.", "en", "laugh at the courts"),
        ("Los contrabandistas se burlan de la justicia.", "es", "se burlan de la justicia"),
        # persecution told as a hunt
        ("The decree declared open season on reporters.", "en", "open season on"),
        ("El decreto abrió una cacería contra los periodistas.", "es", "caceria contra los periodistas"),
        # ground handed over to crime, the servant of a side
        ("The mayor surrendered the neighbourhoods to the gangs.", "en", "surrendered the neighbourhoods to the gangs"),
        ("El alcalde entregó los barrios a las maras.", "es", "entrego los barrios a las maras"),
        ("The senator carries water for the mining companies.", "en", "carries water for"),
        ("El senador le hace los mandados a las mineras.", "es", "le hace los mandados"),
        ("Los activistas son los tontos útiles del cartel.", "es", "tontos utiles"),
        # crime strangling a place, and the template of a death foretold
        ("The extortion gangs have the port by the throat.", "en", "have the port by the throat"),
        ("Las bandas tienen al puerto tomado por el cuello.", "es", "tomado por el cuello"),
        ("The councillor is up to his neck in the land deals.", "en", "up to his neck in"),
        ("El concejal está hundido hasta el cuello en los negocios de tierras.", "es", "hundido hasta el cuello"),
        ("The report reads as the chronicle of a flood foretold.", "en", "chronicle of a flood foretold"),
        ("El informe es la crónica de una inundación anunciada.", "es", "cronica de una inundacion anunciada"),
        ("Los funcionarios se llenaron los bolsillos.", "es", "se llenaron los bolsillos"),
        ("The army fought a dirty war in the mountains.", "en", "dirty war"),
        # migration told as invasion, a crowd made a rabble, an election said to be stolen
        ("The senator warned of a silent invasion.", "en", "silent invasion"),
        ("La diputada alertó de una invasión silenciosa.", "es", "invasion silenciosa"),
        ("A horde of looters broke into the shops.", "en", "horde of looters"),
        ("Una horda de saqueadores entró a las tiendas.", "es", "horda de saqueadores"),
        ("\"They stole the election,\" the candidate said.", "en", "stole the election"),
        ("\"Nos robaron las elecciones\", dijo el candidato.", "es", "robaron las elecciones"),
        ("The ruling party sold the workers down the river.", "en", "sold the workers down the river"),
        ("Los paramilitares impusieron un reino de terror.", "es", "reino de terror"),
        ("The tariff is a death sentence for the fishermen.", "en", "death sentence for"),
        ("El arancel es una sentencia de muerte para los pescadores.", "es", "sentencia de muerte para"),
        ("The contractors feasted on the reconstruction funds.", "en", "feasted on the reconstruction funds"),
        ("Los contratistas se dieron un festín con los fondos.", "es", "festin con"),
        # officials' words: people put outside society, the party over, nowhere to hide; the defence's 'inventions'
        ("\"Those extortionists have no place in our society,\" the governor said.", "en", "have no place in our society"),
        ("\"Los sicarios no tienen cabida en este país\", dijo el gobernador.", "es", "no tienen cabida en este pais"),
        ("\"The party is over for the smugglers,\" the colonel said.", "en", "the party is over for"),
        ("\"Se les acabó la fiesta\", dijo el coronel.", "es", "se les acabo la fiesta"),
        ("\"There is no hiding place for the traffickers,\" she said.", "en", "no hiding place for the traffickers"),
        ("\"Todo son inventos de la Policía\", dijo el acusado.", "es", "inventos de la policia"),
        # hyperbole and Spanish intensifiers
        ("Es un problema gravísimo para el país.", "es", "gravisimo"),
        ("Las cifras son escandalosísimas.", "es", "escandalosisimas"),
        ("Nunca en nuestra historia se había robado tanto.", "es", "nunca en nuestra historia"),
        ("Never before in living memory has a minister lied so openly.", "en", "never before in living memory"),
        ("Militarizar las escuelas es una locura.", "es", "es una locura"),
        ("Arming the guards is pure lunacy.", "en", "pure lunacy"),
        ("Esto ya es el colmo de la impunidad.", "es", "es el colmo"),
        # the economy told as a crime, and the police as an occupier
        ("The logging firms are plundering the forests.", "en", "plundering the forests"),
        ("Las madereras saquean los bosques.", "es", "saquean los bosques"),
        ("The new tax is strangling small businesses.", "en", "strangling small businesses"),
        ("El nuevo impuesto estrangula a los pequeños negocios.", "es", "estrangula a los pequenos negocios"),
        ("The junta kidnapped the republic.", "en", "kidnapped the republic"),
        ("The cabinet is selling off the family silver.", "en", "selling off the family silver"),
        ("El gabinete remata el patrimonio.", "es", "remata el patrimonio"),
        ("Los soldados actúan como una fuerza de ocupación en los barrios.", "es", "fuerza de ocupacion"),
        # a deal imputed, with whom it is said to be made
        ("Dicen que el comisario tiene arreglos con ellos.", "es", "arreglos con ellos"),
    ],
)
def test_loaded_family_is_found(sentence: str, lang: str, expected: str) -> None:
    terms = found(sentence, lang)
    assert covers(terms, expected), terms


@pytest.mark.parametrize(
    "sentence,lang",
    [
        ("The restaurant has a new owner since March.", "en"),
        ("He is the owner of the town hotel.", "en"),
        ("El restaurante tiene un nuevo dueño desde marzo.", "es"),
        ("Es el dueño de la tienda de la esquina.", "es"),
        ("Los ataques siguen un patrón.", "es"),
        ("The state arrived at the figure after a census.", "en"),
        ("El Estado llegó a esa cifra tras un censo.", "es"),
        ("The mayor said the city would open a market in the old supermarket.", "en"),
        ("El colador usado en la mina fue incautado.", "es"),
        ("The reserve is a sanctuary for migratory birds.", "en"),
        ("La reserva es un santuario para aves migratorias.", "es"),
        ("El santuario de la Virgen recibió a miles de peregrinos.", "es"),
        ("Gunmen dressed as police officers stopped the bus.", "en"),
        ("A television show about the cartel drew criticism.", "en"),
        ("Police said the bodies were dumped at the side of the road.", "en"),
        ("Los voluntarios recogieron las sobras de la comida.", "es"),
        ("Volunteers collected leftovers from the market.", "en"),
        ("Imported goods accounted for 40 percent of traffic.", "en"),
        ("Los productos importados representaron el 40 por ciento.", "es"),
        ("They are not suspects in the case, police said.", "en"),
        ("No son sospechosos en el caso, dijo la Policía.", "es"),
        ("Fishermen said the small fish had disappeared from the bay.", "en"),
        ("Los pescadores dijeron que los peces chicos desaparecieron.", "es"),
        ("The court heard that the defendant bought the car with cash.", "en"),
        ("Witnesses said the attackers wore military-style uniforms.", "en"),
        ("Un delincuente más fue detenido el martes.", "es"),
        ("The foreign minister set out the government's foreign policy agenda.", "en"),
        ("La agenda de la reunión incluye el presupuesto.", "es"),
        ("The court examined the 1995 massacre in which 40 villagers were killed.", "en"),
        ("The war crimes tribunal will hear the case next month.", "en"),
        ("Prosecutors said the defendant had imported 200 kilograms of narcotics.", "en"),
        ("Police found a narco sub off the coast.", "en"),
        ("The company operates a paper mill in the north.", "en"),
        ("La empresa opera una fábrica de papel en el norte.", "es"),
        ("The government said it would protect its own citizens abroad.", "en"),
        ("El Gobierno dijo que protegerá a sus ciudadanos en el exterior.", "es"),
        ("The company built a shipping empire that spans three continents.", "en"),
        ("Historians say the Ottoman empire controlled the port.", "en"),
        ("He said he was responsible for the unit.", "en"),
        ("El Congreso aprobó la codificación de las leyes penales.", "es"),
        ("The court handed down a death sentence for the killer.", "en"),
        ("Historians documented Argentina's Dirty War.", "en"),
        ("The hunters went after the deer at dawn.", "en"),
        ("La caza de venados está prohibida en el parque.", "es"),
        ("The candidate won the election with 52 percent.", "en"),
        ("El candidato ganó la elección con el 52 por ciento.", "es"),
        ("The Russian invasion of Ukraine began in 2022.", "en"),
        ("Los niños se ríen en el patio de la escuela.", "es"),
        ("The party is over and the guests left at midnight.", "en"),
        ("Se acabó la fiesta a las tres de la mañana.", "es"),
        ("No hay lugar en el estacionamiento del hospital.", "es"),
        ("Hubo muchísimos heridos, según la Cruz Roja.", "es"),
        ("El Excelentísimo señor Presidente inauguró la sesión.", "es"),
        ("El costo fue altísimo, dijo el ministro de Hacienda.", "es"),
        ("Looters plundered the shops on the main street.", "en"),
        ("Saquearon las tiendas del centro durante la noche.", "es"),
        ("The suspect strangled the victim, prosecutors said.", "en"),
        ("El ejército de ocupación alemán entró en París en 1940.", "es"),
    ],
)
def test_neutral_lookalikes_stay_unflagged(sentence: str, lang: str) -> None:
    assert found(sentence, lang) == []
