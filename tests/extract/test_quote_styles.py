"""Quotes in the styles of many genres, English and Spanish: each small document says who spoke.

The documents are written for these tests (fictional people, places and
bodies) in the shapes wires, think tanks, press releases, fact checks,
columns and local chronicles use. A case passes when the quoted words come
back as a quote whose speaker is the named actor, however the text points
at them: by name, pronoun, role, the body they speak for, or the sentence
after.
"""

from __future__ import annotations

import pytest

from support.extraction import quotes as _quotes
from support.extraction import said as _said

CASES = {
    "wire_split_by_pronoun": (
        "Attorney General Marta Villalobos filed charges against 14 police officers on Tuesday.\n\n"
        '"These officers sold protection to the highest bidder," she said. "That ends today, and it ends '
        'with them in court."\n',
        [("sold protection to the highest bidder", "Marta Villalobos"),
         ("That ends today", "Marta Villalobos")]),
    "wire_split_inside_one_sentence": (
        "Jorge Paredes leads the fishermen's cooperative in the bay.\n\n"
        '"We were never consulted," Paredes said, "and now the boats of strangers fill our harbour at night."\n',
        [("We were never consulted", "Jorge Paredes"),
         ("boats of strangers fill our harbour", "Jorge Paredes")]),
    "wire_named_after_then_continued": (
        '"Nobody asked the villages what they needed," said Jorge Paredes, who heads the fishermen\'s '
        'cooperative. "They sent soldiers and called it development."\n',
        [("Nobody asked the villages", "Jorge Paredes"),
         ("They sent soldiers and called it development", "Jorge Paredes")]),
    "ministry_in_a_statement": (
        "Police raided three warehouses in the port of Valdora on Friday.\n\n"
        'In a statement, the Interior Ministry said: "The operation was carried out in full compliance '
        'with the law and no civilians were harmed."\n',
        [("carried out in full compliance with the law", "Interior Ministry")]),
    "company_described_after_its_name": (
        "Investigators say trucks of Norvale Logistics carried the chemicals across the border. "
        'The company said in a statement that it "has never knowingly transported illicit cargo of any kind".\n',
        [("has never knowingly transported illicit cargo", "Norvale Logistics")]),
    "role_after_quote_points_to_named_colonel": (
        "Colonel Andrés Ibarra commands the anti-kidnapping unit in the city of Santa Lucía.\n\n"
        "Kidnappings fell by a third last year, according to police figures.\n\n"
        '"We recovered every hostage taken in the city this year," the colonel said.\n',
        [("We recovered every hostage", "Andrés Ibarra")]),
    "colon_after_name": (
        "The senate debated the reform late into the night.\n\n"
        'Senator Lucía Ferrer: "This law protects the mayors, not the citizens who elect them."\n',
        [("This law protects the mayors", "Lucía Ferrer")]),
    "told_reporters_that": (
        'Mayor Tomás Riquelme told reporters that "no one in this city will pay for the safety that the '
        'state owes them".\n',
        [("no one in this city will pay", "Tomás Riquelme")]),
    "wrote_on_x": (
        'Senator Dana Whitcombe wrote on X: "A dark day for the rule of law in this country."\n',
        [("A dark day for the rule of law", "Dana Whitcombe")]),
    "es_wrote_on_x": (
        "El alcalde de Puerto Esmeralda, Ricardo Ospina, escribió en X: «Hoy enterramos a otro líder social "
        "y nadie responde».\n",
        [("Hoy enterramos a otro líder social", "Ricardo Ospina")]),
    "es_guillemets_then_afirmo": (
        "«No vamos a negociar con quienes siembran minas en las escuelas», afirmó el ministro de Defensa, "
        "Tomás Arbeláez, en rueda de prensa.\n",
        [("No vamos a negociar", "Tomás Arbeláez")]),
    "es_segun": (
        "Según el fiscal general, Hernán Robledo, «la red movía cocaína por tres puertos del Pacífico».\n",
        [("la red movía cocaína", "Hernán Robledo")]),
    "es_relato_then_continues": (
        "«Nos dijeron que nos fuéramos o nos mataban», relató Carmen Rosa Quintero, desplazada de la vereda "
        "La Esperanza. «Salimos con lo que teníamos puesto y no hemos vuelto».\n",
        [("Nos dijeron que nos fuéramos", "Carmen Rosa Quintero"),
         ("Salimos con lo que teníamos puesto", "Carmen Rosa Quintero")]),
    "es_informo_organisation": (
        "La Fiscalía General de la Nación informó en un comunicado que «los capturados integraban una red "
        "de extorsión que operaba desde la cárcel».\n",
        [("los capturados integraban una red", "Fiscalía General de la Nación")]),
    "es_dialogue_named_narrator": (
        "La junta de acción comunal se reunió el domingo en la escuela.\n\n"
        "—No tenemos miedo —dijo Ramón Chaverra, presidente de la junta—. Lo que tenemos es hambre y "
        "ningún apoyo.\n",
        [("No tenemos miedo", "Ramón Chaverra"), ("Lo que tenemos es hambre", "Ramón Chaverra")]),
    "partial_quote_called_it": (
        'Opposition leader Carla Medina called the vote "a farce staged for the cameras".\n',
        [("a farce staged for the cameras", "Carla Medina")]),
    "partial_quote_pronoun": (
        "Opposition leader Carla Medina left the chamber before the vote. Later she called it "
        '"a farce".\n',
        [("a farce", "Carla Medina")]),
    "curly_single_quotes": (
        "‘We have lost control of the prisons to the gangs,’ admitted Justice Minister Beatriz Solano.\n",
        [("We have lost control of the prisons", "Beatriz Solano")]),
    "spokesperson_named_between_commas": (
        "A spokesperson for Banco del Litoral, Daniela Funes, said the bank \"cooperated fully with the "
        'investigation from the first day".\n',
        [("cooperated fully with the investigation", "Daniela Funes")]),
    "quote_opens_paragraph_speaker_in_next_sentence": (
        "The market in Villa Serena closes at four now.\n\n"
        '"Nobody sleeps here anymore, not since the shooting." Ana Lucía Prado has run a bakery on the '
        "main square for thirty years.\n",
        [("Nobody sleeps here anymore", "Ana Lucía Prado")]),
    "es_quote_opens_paragraph_asi_lo_resume": (
        "La plaza de San Telmo cierra a las cuatro.\n\n"
        "«Aquí ya nadie duerme desde el tiroteo». Así lo resume Rosa Elvira Cáceres, que vende arepas en la "
        "plaza desde hace veinte años.\n",
        [("Aquí ya nadie duerme", "Rosa Elvira Cáceres")]),
    "es_pamphlet_speaks_for_its_signer": (
        "Al día siguiente apareció un panfleto firmado por Los Halcones del Río en la puerta de la escuela. "
        'No nombraba a nadie, pero advertía que "los que denuncian al grupo" serán "declarados objetivo".\n',
        [("los que denuncian al grupo", "Halcones del Río"), ("declarados objetivo", "Halcones del Río")]),
    "es_pamphlet_in_the_same_sentence": (
        "Un panfleto firmado por Los Halcones del Río advierte que «nadie sale del barrio después de las "
        "ocho de la noche».\n",
        [("nadie sale del barrio", "Halcones del Río")]),
    "spokesman_for_a_body_after_the_quote": (
        "Police raided the port on Friday.\n\n"
        '"Seizures have risen every year since 2021," a spokesman for the Interior Ministry said.\n',
        [("Seizures have risen every year", "Interior Ministry")]),
    "es_vocero_before_the_quote": (
        "La Policía Nacional llegó al barrio el lunes.\n\n"
        "Un vocero de la Policía Nacional dijo: «Los operativos continuarán en toda la ciudad».\n",
        [("Los operativos continuarán", "Policía Nacional de Colombia")]),  # the KB's name
    "spokeswoman_named_between_commas_before_a_partial_quote": (
        "Senator Paul Hendricks said crime fell by half. A spokeswoman for Hendricks, Carol Dunn, said the "
        'senator "misspoke" on Sunday.\n',
        [("misspoke", "Carol Dunn")]),
    "company_after_a_footnote_marker": (
        "A fuel distributor, Compañía Andina de Combustibles, paid the gang a monthly fee, according to "
        "invoices reviewed by Border Watch.[4] The company said in a statement that it had \"never knowingly "
        'paid any armed group".\n',
        [("never knowingly paid any armed group", "Compañía Andina de Combustibles")]),
    "curly_quote_over_two_paragraphs": (
        "Venezuelan leader Nicolás Maduro spoke at a rally in Caracas on Saturday.\n\n"
        "“We are ready for whatever comes.\n\n"
        "“No empire will set foot on this land,” he told thousands of supporters.\n",
        [("We are ready for whatever comes.", "Nicolás Maduro"), ("No empire will set foot", "Nicolás Maduro")]),
    "es_guillemets_over_two_paragraphs": (
        "Laura Méndez dirige una fundación en Cúcuta.\n\n"
        "«Los grupos armados llegaron en 2023 y se tomaron primero las escuelas.\n\n"
        "«Ahora los niños trabajan para ellos como campaneros», dijo Méndez.\n",
        [("Los grupos armados llegaron en 2023", "Laura Méndez"), ("Ahora los niños trabajan", "Laura Méndez")]),
    "headline_verb_dares": (
        '"Come and get me," Maduro dares Washington\n\n'
        "Venezuelan leader Nicolás Maduro on Saturday taunted the United States at a rally in Caracas.\n",
        [("Come and get me", "Nicolás Maduro")]),
    "es_interview_answers_are_the_interviewee": (
        "Entrevista con la fiscal Ana María Duarte\n\n"
        "La fiscal Ana María Duarte dirige desde 2022 la unidad contra el lavado de activos.\n\n"
        "—¿Cuánto dinero mueve la minería ilegal en la región?\n"
        "—Calculamos que más de 300 millones de dólares al año.\n\n"
        "—¿Quién está detrás?\n"
        "—Las disidencias cobran a cada draga, pero el dinero termina en empresas legales.\n",
        [("Calculamos que más de 300 millones", "Ana María Duarte"),
         ("Las disidencias cobran a cada draga", "Ana María Duarte")]),
    "colon_then_quote_in_next_paragraph": (
        "Luisa Fernanda Ortiz remembers the night the men came to her farm:\n\n"
        '"They knocked at midnight and gave us one hour to leave everything behind."\n',
        [("They knocked at midnight", "Luisa Fernanda Ortiz")]),
    "factcheck_claimed_in_video": (
        "En un video difundido el 3 de mayo, la diputada Marcela Rojas aseguró que \"el 80% de los presos "
        'del país son extranjeros". La cifra oficial es del 9%.\n',
        [("el 80% de los presos", "Marcela Rojas")]),
    "es_dialogue_ending_with_named_narrator": (
        "Las lanchas llegan de noche al muelle de San Telmo.\n\n"
        "—Aquí el que habla no amanece, así de simple —cuenta Eusebio Mina, pescador de la zona.\n",
        [("Aquí el que habla no amanece", "Eusebio Mina")]),
    "short_sentence_after_an_attributed_quote": (
        "Luis Ortega speaks for the guards' union at the Valdora prison.\n\n"
        '"We wrote letter after letter. We told them this would happen," Ortega said. "Nobody listened."\n',
        [("We wrote letter after letter", "Luis Ortega"), ("Nobody listened.", "Luis Ortega")]),
    "single_quoted_sentences_by_a_columnist": (
        "Former prosecutor Natalia Gómez agrees. 'Corruption is the route,' she wrote in a 2023 column. "
        "'The geography is secondary.'\n",
        [("Corruption is the route", "Natalia Gómez"), ("The geography is secondary.", "Natalia Gómez")]),
    "the_ministry_is_the_ministry_named_not_the_last_body": (
        "Eleven guards were freed on Sunday, the Justice Ministry said. The riot began when members of the "
        "Primer Comando gang seized a cell block.\n\n"
        "In a statement, the ministry said it would open an inquiry into \"the failures that allowed weapons "
        'into the cell block".\n',
        [("the failures that allowed weapons", "Justice Ministry")]),
    "possessive_description_then_name_after_the_quote": (
        "The prison director, Hugo Bermúdez, did not respond. Human rights group Prison Watch said the state "
        "had lost control of its jails.\n\n"
        '"Valdora is not an exception, it is the rule," the group\'s director, Elena Marsh, said.\n',
        [("Valdora is not an exception", "Elena Marsh")]),
    "es_name_after_a_long_description_after_the_quote": (
        "La Fiscalía obtuvo medida de aseguramiento contra el alcalde Jairo Antonio Salcedo.\n\n"
        '"Los recursos de la alimentación escolar terminaron financiando a un grupo armado", indicó la '
        "directora de la Unidad Especializada contra la Corrupción, Paula Andrea Cifuentes.\n",
        [("Los recursos de la alimentación escolar", "Paula Andrea Cifuentes")]),
    "two_titles_before_the_name": (
        "‘No promises were made to anyone,’ Justice Minister Beatriz Solano told reporters.\n",
        [("No promises were made to anyone", "Beatriz Solano")]),
    "es_body_speaks_through_a_statement_past_a_relative_clause": (
        "La Fiscalía allanó las oficinas de la exportadora Frutas del Sol en Machala.\n\n"
        "La Cámara de Productores de Cacao del Oro, gremio al que pertenece Frutas del Sol, emitió un comunicado "
        'en el que "niega cualquier relación de sus socios con el contrabando" y pidió prudencia.\n',
        [("niega cualquier relación de sus socios", "Cámara de Productores de Cacao del Oro")]),
    "en_body_speaks_past_a_relative_clause": (
        "Prosecutors searched the offices of Costa Verde Foods in the port.\n\n"
        "The Pacific Shrimp Exporters Association, whose members include Costa Verde Foods, issued a statement "
        'that "rejects any attempt to smear an entire industry" on Monday.\n',
        [("rejects any attempt to smear", "Pacific Shrimp Exporters Association")]),
    "pronoun_after_a_surname_that_looks_like_a_demonym": (
        "The cartel financed the campaign of Héctor Saquic, a former cattle broker, and later of Walter Cordón. "
        "Auditors traced road contracts to a firm owned by Cordón's sister-in-law. Saquic has denied any link; "
        'in a radio interview he called the audit "a smear campaign run from the capital."\n',
        [("a smear campaign run from the capital", "Héctor Saquic")]),
    "es_short_quote_after_habla_de": (
        "Mientras el comisionado de paz, Ernesto Salgar, habla de \"reconciliación sincera\", los comerciantes "
        "de Puerto Alegre siguen pagando extorsiones.\n",
        [("reconciliación sincera", "Ernesto Salgar")]),
    "es_short_quote_after_sostiene_que": (
        "El gobernador de Tamaulipas, Ramiro Lozano, sostiene que la frontera está \"bajo control\" y que los "
        "secuestros bajaron.\n",
        [("bajo control", "Ramiro Lozano")]),
    "es_short_quote_as_what_a_body_applauded": (
        "Varias ONG guardaron silencio tras la masacre. La Fundación Raíces del Sur, por ejemplo, aplaudió el "
        'acuerdo como "un paso histórico". Nadie más habló.\n',
        [("un paso histórico", "Fundación Raíces del Sur")]),
    "en_short_quote_as_what_a_senator_hailed": (
        'Senator Alice Moreno hailed the extradition treaty as "a turning point" for the region.\n',
        [("a turning point", "Alice Moreno")]),
    "es_dropped_subject_after_a_verbless_sentence": (
        "El ministro del Interior, Gabriel Osorio, no dijo una palabra sobre los policías asesinados. Ni una. "
        'Prefirió publicar un comunicado en el que celebraba "la firmeza del Gobierno frente al crimen".\n',
        [("la firmeza del Gobierno frente al crimen", "Gabriel Osorio")]),
    "es_dialogue_after_narration_names_a_nickname": (
        "Tomás Ledezma, al que todos llaman Tomy, maneja la única combi del pueblo.\n\n"
        "—Aquí nadie sale después de las ocho —explica Tomás Ledezma—. Nadie.\n\n"
        "En la tienda, doña Remedios Quiroz vende refrescos desde hace treinta años y no quiere hablar del tema.\n\n"
        "—Vinieron, compraron y se fueron —dice Remedios.\n\n"
        "Al caer la tarde, la plaza se vacía. Tomy guarda la combi a las siete en punto.\n\n"
        "—Aquí hay toque de queda, aunque nadie lo diga —dice—. Lo decretaron ellos.\n",
        [("Aquí hay toque de queda", "Tomás Ledezma"),
         ("Vinieron, compraron y se fueron", "Remedios Quiroz")]),
    "es_post_whose_account_is_named_after_it": (
        "Desde el lunes circula en redes sociales una imagen con el logotipo de la Fiscalía General del Estado "
        "acompañada del siguiente texto:\n\n"
        '> "URGENTE: la Fiscalía confirma que el alcalde Rubén Olmos recibió dinero del narco. '
        '¡Difúndelo antes de que lo censuren!"\n\n'
        "La publicación original apareció en la cuenta de X @NoticiasDelValleMx, que se presenta como un medio "
        "independiente, y ya suma miles de reposteos.\n\n"
        "La Fiscalía General del Estado informó por escrito que no existe ninguna investigación abierta contra el "
        "alcalde y que el logotipo fue alterado. El propio Olmos anunció que presentará una denuncia por difamación "
        "ante los tribunales del estado durante esta semana.\n",
        [("Difúndelo antes de que lo censuren", "@NoticiasDelValleMx")]),
    "en_post_whose_account_is_named_after_it": (
        "An image bearing the seal of the Attorney General's Office has circulated since Friday with this text:\n\n"
        '> "BREAKING: prosecutors confirm that Senator Paul Graves took cartel money. Share before they delete it!"\n\n'
        "The post first appeared on the account @TruthCoastNews, which describes itself as independent media, "
        "and has been shared 20,000 times.\n\n"
        "The Attorney General's Office said in writing that no investigation into the senator is open and that "
        "its seal had been altered. Graves said he would file a defamation complaint with the state courts this "
        "week, and his party called the image a smear and asked the platform to take it down.\n",
        [("Share before they delete it", "@TruthCoastNews")]),
    "es_press_release_vocero": (
        "La Policía Nacional capturó a seis integrantes de la banda Los Tucanes en Soledad.\n\n"
        "«Esta estructura cobraba extorsiones a más de 200 comerciantes», señaló el vocero de la institución, "
        "coronel Julio Mejía.\n",
        [("Esta estructura cobraba extorsiones", "Julio Mejía")]),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_the_speaker_of_each_quote(name: str) -> None:
    text, expected = CASES[name]
    got = _quotes(text)
    for words, speaker in expected:
        assert _said(got, words) == speaker, f"{name}: {got}"


def test_scare_quotes_and_slang_are_nobodys_words() -> None:
    assert _quotes('Shopkeepers in the market pay the "vacuna" to the gang every Friday.\n') == []
    assert _quotes("Los comerciantes pagan la «vacuna» cada viernes a la banda.\n") == []
    text = ('Minister Rafael Soto visited the port on Monday. Dockworkers pay a weekly "fee" that locals '
            'call "the toll" to keep working.\n')
    assert all(speaker != "Rafael Soto" for _q, speaker in _quotes(text))


def test_an_unnamed_source_introduced_by_a_colon_is_nobody_named() -> None:
    got = _quotes("Admiral Ricardo Valencia commands the coast guard.\n\n"
                  "A former logistics broker for the Clan del Golfo told us why the ports were chosen:\n\n"
                  '"You do not pick a port, you pick a port director."\n')
    assert _said(got, "you pick a port director") is None
    got = _quotes("Admiral Ricardo Valencia commands the coast guard.\n\n"
                  'A federal official, who spoke on background, put it bluntly: "You can seize a hundred boats '
                  'and the money still moves."\n')
    # the colon introduces the words of the official the clause opens with: someone unnamed, not the admiral
    assert _said(got, "You can seize a hundred boats") == "federal official"


def test_a_quoted_title_is_not_a_quote() -> None:
    assert _quotes('Journalist Marcos Pineda published "Los dueños del puerto" in 2021, a book about the cartel.\n') \
        == []
    assert _quotes("La fiscal Ana Ruiz presentó el informe «Rutas del oro ilegal en la Amazonía» el lunes.\n") == []
    # a colon after the verb introduces words said
    got = _quotes("El alcalde Ricardo Ospina publicó: «Hoy enterramos a otro líder social en este municipio»\n")
    assert _said(got, "Hoy enterramos") == "Ricardo Ospina"


def test_an_interviewers_question_is_nobodys_quote() -> None:
    got = _quotes("La fiscal Ana María Duarte dirige la unidad contra el lavado de activos.\n\n"
                  "—¿Quién está detrás de la minería ilegal?\n"
                  "—Las disidencias cobran a cada draga del río.\n")
    assert all("?" not in quote for quote, _s in got)


def test_a_scare_quoted_word_with_no_speaking_subject_is_nobodys() -> None:
    got = _quotes("El gobernador Ramiro Lozano visitó el penal. Los presos llaman \"la jaula\" al pabellón norte.\n")
    assert all(speaker != "Ramiro Lozano" for _q, speaker in got)
    got = _quotes('Analysts describe the port as a "hub" for cocaine shipments, said Senator Alice Moreno.\n')
    assert all(quote != "hub" for quote, _s in got)


def test_a_body_of_another_place_is_not_the_body_named_before() -> None:
    got = _quotes("La Guardia Nacional patrulla la carretera de Cruces desde marzo.\n\n"
                  'El gobierno del estado de Michoacán sostiene que la región está "bajo control" y que los '
                  "homicidios bajaron.\n")
    assert all(speaker != "Guardia Nacional" for _q, speaker in got)



def test_a_quote_after_an_attribution_goes_on_in_the_same_voice() -> None:
    # (the issuer of a press release must not take it over: '… said X, director of ARM. "…"')
    from nexos.extract.lexicon import fold_text
    from nexos.extract.quotes import QUOTE, Quote, _resumed

    text = ('"Prisons are already full," said Marta Quiroga, director of ARM. '
            '"Another decree will not make Tegucigalpa safer." "Nor will walls," a guard said.\n')
    first, second, third = list(QUOTE.finditer(text))[:3]

    def quote(m) -> Quote:  # type: ignore[no-untyped-def]
        g = next(i for i in range(1, 7) if m.group(i) is not None)
        return Quote(m.start(g), m.end(g), m.group(g), "e1", (m.start(), m.end()))

    said = [quote(first)]
    assert _resumed(text, fold_text(text), said, second) == "e1"
    said.append(quote(second))
    assert _resumed(text, fold_text(text), said, third) is None  # no attribution between them
