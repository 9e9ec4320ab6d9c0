"""The generic loaded vocabulary of the crime-and-politics beat, on sentences written for these tests.

Labels (bandits, mercenaries, capos, corrupt politicians), crime dressed in
office ("gangsters with badges", "capos de corbata"), terror named by who
wields it ("police terror", "terror pandillero"), one thing dressed up as
another, a country swallowed, captured or left to its fate, a free pass or
a safe haven for crime, politics made with the dead, and the slogans of a
crackdown ("mano dura", "war without quarter", "a few bad apples"). Each
family is aimed at governments of the left and of the right, at police and
soldiers and at gangs alike. The plain look-alikes (a costume, a battleground
state, a hunting ground for deer, gunmen in a wire story, a captured state
official) are left alone.
"""

from __future__ import annotations

import pytest

from support.loaded_terms import covers, found

OPINION_EN = "OPINION | The Review\n\nBy A. Writer\n\n"
OPINION_ES = "OPINIÓN\n\nPor Una Autora\n\n"


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # labels, whoever wears them
        ("The governor hired mercenaries to guard the mines.", "en", "mercenaries"),
        ("The minister said the bandits would be hunted down.", "en", "bandits"),
        ("Residents say these butchers answer to the colonel.", "en", "these butchers"),
        ("The senator promised to jail corrupt politicians of every party.", "en", "corrupt politicians"),
        ("The capo ran the port from a ranch in the hills.", "en", "capo"),
        ("El alcalde contrató mercenarios para custodiar la represa.", "es", "mercenarios"),
        ("El coronel prometió acabar con los bandidos del páramo.", "es", "bandidos"),
        ("Nadie negocia con estos carniceros, dijo el diputado.", "es", "estos carniceros"),
        ("El editorial culpa a los políticos corruptos de la ruina del puerto.", "es", "políticos corruptos"),
        ("El capo dirigía la red desde una finca en la sierra.", "es", "capo"),
        ("Los narcoempresarios compraron media ciudad.", "es", "narcoempresarios"),
        ("The mayor was photographed with the narco-businessmen.", "en", "narco-businessmen"),
        ("Para el ministro, los derechos humanos no son para las bestias.", "es", "las bestias"),
        ("Al muchacho lo mataron por sapo.", "es", "por sapo"),
        ("El ministro respondió con el terruqueo de siempre.", "es", "terruqueo"),
        # crime in the clothes of office, and its protectors
        ("The province is run by gangsters with badges.", "en", "gangsters with badges"),
        ("La provincia la gobiernan capos de corbata.", "es", "capos de corbata"),
        ("The post calls the judge the godfather of the extortionists.", "en", "godfather of the extortionists"),
        ("El video llama a la ministra madrina de los secuestradores.", "es", "madrina de los secuestradores"),
        ("The rebels vow to fight the government of the rich.", "en", "government of the rich"),
        ("Los huelguistas denuncian un gobierno de los banqueros.", "es", "gobierno de los banqueros"),
        ("El Congreso quedó en manos de una banda de saqueadores.", "es", "banda de saqueadores"),
        ("The lawyer says the case rests on bought witnesses.", "en", "bought witnesses"),
        ("La defensa habla de un testigo comprado y de una tregua comprada.", "es", "testigo comprado"),
        # terror named by who wields it; a class made the enemy
        ("Residents fear police terror as much as gang terror.", "en", "police terror"),
        ("Los vecinos temen el terror policial tanto como a las pandillas.", "es", "terror policial"),
        ("The decree amounts to privatising repression.", "en", "privatising repression"),
        ("The unions call the raids a war on the poor.", "en", "war on the poor"),
        ("La ley busca criminalizar la protesta social.", "es", "criminalizar la protesta"),
        ("Caracas calls the indictment judicial aggression.", "en", "judicial aggression"),
        ("La cancillería denunció una agresión mediática.", "es", "agresión mediática"),
        # silence, smears, persecution
        ("Between the cartel and the council there is a pact of silence.", "en", "pact of silence"),
        ("La embajada mantiene un silencio ensordecedor.", "es", "silencio ensordecedor"),
        ("El abogado habló de persecución mediática contra su cliente.", "es", "persecución mediática"),
        ("La diputada denunció una campaña de lodo en su contra.", "es", "campaña de lodo"),
        # disguises
        ("The crackdown is mass detention dressed up as reform.", "en", "mass detention dressed up as reform"),
        ("La reforma es una amnistía fiscal disfrazada de austeridad.", "es", "disfrazada de austeridad"),
        # swallowed, hunted, sent to die
        ("A generation is being swallowed by the cartels.", "en", "swallowed by the cartels"),
        ("The markets have become hunting grounds for extortionists.", "en", "hunting grounds"),
        ("The town has become a battleground for two militias.", "en", "a battleground"),
        ("Recruits are sent to be slaughtered in the hills.", "en", "sent to be slaughtered"),
        ("El barrio vive secuestrado por la banda.", "es", "vive secuestrado"),
        ("Los reclutas son carne de cañón para los generales.", "es", "carne de cañón"),
        ("Las extorsiones desangran a los barrios del norte.", "es", "desangran a los barrios"),
        # a state captured, owned or opened to crime
        ("Guatemala is a captured state, the senator said.", "en", "captured state"),
        ("The cartel treats the valley as its private playground.", "en", "its private playground"),
        ("The cartel turned the valley into a fiefdom.", "en", "fiefdom"),
        ("El gobernador usaba la lotería como su caja chica.", "es", "caja chica"),
        ("Para la oposición, el país es un Estado capturado.", "es", "Estado capturado"),
        ("Aquí no hay Estado, dice una vecina.", "es", "Aquí no hay Estado"),
        ("The port is a tollbooth on the cocaine trade.", "en", "tollbooth on the cocaine trade"),
        ("The airstrip became a highway for cartel cocaine.", "en", "highway for cartel cocaine"),
        ("The decree opened the door to the cartels.", "en", "opened the door to the cartels"),
        ("La reforma abrió la puerta a las mafias.", "es", "abrió la puerta a las mafias"),
        ("They handed the keys to the prisons to the gangs.", "en", "handed the keys to the prisons"),
        ("The island has become a haven for money launderers.", "en", "haven for money launderers"),
        ("El municipio es un paraíso para los corruptos.", "es", "paraíso para los corruptos"),
        ("The amnesty is a free pass for killers.", "en", "free pass for killers"),
        ("La prórroga es un salvoconducto para delinquir.", "es", "salvoconducto para delinquir"),
        # politics made with the dead; an ally made a pupil or a policeman
        ("The candidate is playing politics with the victims.", "en", "playing politics with the victims"),
        ("Lo acusan de hacer política con los muertos.", "es", "hacer política con los muertos"),
        ("The regime found its star pupil in the new president.", "en", "star pupil"),
        ("El Gobierno se porta como alumno obediente del FMI.", "es", "alumno obediente"),
        ("Washington still acts as the world's policeman.", "en", "world's policeman"),
        ("Moscú se presenta como gendarme del hemisferio.", "es", "gendarme del hemisferio"),
        # paying for others
        ("His lawyer says he is punished for the sins of others.", "en", "punished for the sins of others"),
        ("La defensa dice que paga los pecados de otros.", "es", "paga los pecados de otros"),
        ("Her brother was detained for his accent.", "en", "detained for his accent"),
        ("Lo detuvieron y quedó detenido por su apellido.", "es", "detenido por su apellido"),
        ("The truce was paid for in blood.", "en", "paid for in blood"),
        ("La paz se pagó con sangre.", "es", "pagó con sangre"),
        ("The state left the inmates to their fate.", "en", "left the inmates to their fate"),
        ("El Estado dejó a los presos a su suerte.", "es", "dejó a los presos a su suerte"),
        # idioms of a verdict
        ("The warden decides who lives and who dies.", "en", "who lives and who dies"),
        ("El jefe decidía quién vivía y quién no.", "es", "quién vivía y quién no"),
        ("It is time we called these gangs what they are.", "en", "called these gangs what they are"),
        ("The plan is a bumper-sticker solution.", "en", "bumper-sticker solution"),
        ("To a general every village starts to look like a nail.", "en", "look like a nail"),
        ("El plan es pan para hoy y cárcel para mañana.", "es", "pan para hoy y cárcel para mañana"),
        ("La condena es apenas la punta del iceberg.", "es", "punta del iceberg"),
        ("They paraded the prisoner as a trophy in a political war.", "en", "trophy in a political war"),
        ("Las cámaras de casas de cambio son la lavadora del cártel.", "es", "lavadora del cartel"),
        ("The exchange houses were a laundromat for drug money.", "en", "laundromat for drug money"),
        ("La investigación sigue el dinero sucio del clan.", "es", "dinero sucio"),
        # the slogans of a crackdown, and the few bad officers a force disowns
        ("The president promised mano dura against the gangs.", "en", "mano dura"),
        ("El candidato promete mano dura contra las maras.", "es", "mano dura"),
        ("He declared a war without quarter on extortion.", "en", "war without quarter"),
        ("El ministro declaró una guerra sin cuartel a la extorsión.", "es", "guerra sin cuartel"),
        ("The chief said the bribes were the work of a few bad apples.", "en", "a few bad apples"),
        ("El coronel dijo que la institución no tolerará malos elementos.", "es", "malos elementos"),
    ],
)
def test_the_beat_s_generic_loaded_vocabulary(text: str, lang: str, expected: str) -> None:
    assert covers(found(text, lang), expected), found(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Gunmen opened fire on a bus near the border crossing, police said.", "en"),
        ("Paramilitaries and guerrillas fought for the valley in the 1990s, the report says.", "en"),
        ("The robbers were dressed up as police officers, witnesses said.", "en"),
        ("Los asaltantes iban disfrazados de policías, según testigos.", "es"),
        ("The governor campaigned in the battleground state of Arizona.", "en"),
        ("The reserve has long been a hunting ground for deer.", "en"),
        ("A captured state police officer was released on Tuesday.", "en"),
        ("El narcotraficante más buscado del estado capturado ayer fue trasladado a la capital.", "es"),
        ("The suspects called the hotline to ask what it was.", "en"),
        ("La vacuna contra el sarampión llegó a la región el lunes.", "es"),
        ("The court heard that the robbery left one guard wounded.", "en"),
        ("La Policía desarticuló una banda de ladrones de autos en el norte.", "es"),
    ],
)
def test_plain_look_alikes_are_left_alone(text: str, lang: str) -> None:
    assert found(text, lang) == []


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [
        ("The new police unit patrols alongside paramilitaries.", "en", "paramilitaries"),
        ("La oposición practica un garantismo de salón.", "es", "garantismo de salón"),
        ("Este gobierno es una derecha de escritorio.", "es", "derecha de escritorio"),
    ],
)
def test_judged_only_in_a_column(sentence: str, lang: str, expected: str) -> None:
    head = OPINION_EN if lang == "en" else OPINION_ES
    assert covers(found(head + sentence, lang), expected), found(head + sentence, lang)
    assert found(sentence, lang) == []


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ('La defensa calificó la detención de "montaje" y pidió su libertad.', "es", "montaje"),
        ("El partido calificó al Gobierno de «dictadura» tras el fallo.", "es", "dictadura"),
    ],
)
def test_a_label_that_is_all_a_quotation_holds_is_said_of_something(text: str, lang: str, expected: str) -> None:
    assert covers(found(text, lang), expected), found(text, lang)
