"""Loaded language, hedges, anonymous sources, attributions and disputes (EN + ES)."""

from __future__ import annotations

import pytest

from nexos.assess.language import (
    find_anonymous_sources,
    find_attributions,
    find_disputes,
    find_hedges,
    find_loaded_terms,
    is_quoted,
    loaded_density,
    quoted_spans,
)
from nexos.assess.lexicon import compile_entry, fold, load_entries

# Neutral copy written for these tests: wire style and press-release style.
WIRE_EN = (
    "CARACAS, March 4 - Venezuela's National Assembly approved a revised budget on Tuesday that "
    "raises spending on public hospitals by 12 percent, the finance ministry said in a statement. "
    "The measure passed with 140 votes in favour and 12 against. Opposition lawmakers said the "
    "figures did not account for inflation, which the central bank estimated at 48 percent last "
    "year. Separately, Colombian police arrested three men suspected of drug trafficking near the "
    "border city of Cucuta, a police spokesman told reporters. The men are accused of moving cocaine "
    "through a network of farms, according to a statement from the attorney general's office. The "
    "sanctions regime imposed by the European Union remains in force. A court hearing is scheduled "
    "for Friday."
)
RELEASE_EN = (
    "The Ministry of Foreign Affairs of Colombia and the Embassy of Mexico signed a memorandum of "
    "understanding today on cooperation against money laundering. The agreement provides for the "
    "exchange of financial information, joint training of prosecutors and a working group that will "
    "meet twice a year. \u201cThis agreement strengthens the work of both institutions,\u201d the minister "
    "said at the signing ceremony in Bogota. The working group will present its first report in "
    "June 2025. Further information is available on the ministry's website."
)
WIRE_ES = (
    "BOGOTA, 4 mar - La Fiscalia General de Colombia imputo este martes cargos por narcotráfico y "
    "concierto para delinquir a cuatro personas detenidas en una operación en el puerto de "
    "Buenaventura, informó la entidad en un comunicado. Según el documento, los detenidos formaban "
    "parte de una red de narcotraficantes que enviaba cocaína a Centroamérica en contenedores de "
    "fruta. La policía incautó dos toneladas de droga y tres embarcaciones. Un juez decidirá el "
    "jueves si los acusados permanecen en prisión preventiva. El régimen fiscal de las exportaciones "
    "de fruta no fue modificado, precisó el Ministerio de Comercio."
)
RELEASE_ES = (
    "El Ministerio de Relaciones Exteriores de México y la Embajada de Colombia firmaron hoy un "
    "memorando de entendimiento para cooperar contra el lavado de dinero. El acuerdo prevé el "
    "intercambio de información financiera, la capacitación conjunta de fiscales y un grupo de "
    "trabajo que se reunirá dos veces al año. «Este acuerdo fortalece el trabajo de ambas "
    "instituciones», declaró la canciller durante la ceremonia de firma. El grupo de trabajo "
    "presentará su primer informe en junio de 2025. Más información en el sitio web de la cancillería."
)

# Slanted copy, one paragraph per direction and language.
LEFT_EN = (
    "Once again the lackeys of the empire are preparing a new imperialist aggression against the "
    "heroic people of Venezuela. The so-called sanctions are a criminal blockade drawn up by the "
    "oligarchy and its puppet president, while paramilitary fascism spreads along the border."
)
RIGHT_EN = (
    "The narco-regime in Caracas clings to power through terror. Its thugs, backed by the "
    "Castro-chavista dictatorship in Havana, have built a narco-state that poses an existential "
    "threat to the hemisphere. True patriots must act before it is too late."
)
LEFT_ES = (
    "Los lacayos del imperio y la oligarquía vendepatria preparan una nueva agresión imperialista "
    "contra el pueblo heroico de Venezuela. Los escuálidos y sus cipayos, títeres de Washington, "
    "repiten la propaganda del fascismo paramilitar."
)
RIGHT_ES = (
    "El narcorrégimen de Maduro se aferra al poder con una represión sin precedentes. La "
    "narcodictadura castrochavista ha convertido al país en un narcoestado, y esa escoria que "
    "gobierna son enemigos de la patria. Los verdaderos patriotas no se rendirán."
)


def terms(text: str, lang: str) -> dict[str, str]:
    return {t.term: t.category for t in find_loaded_terms(text, lang)}


# ---------------------------------------------------------------- loaded language


@pytest.mark.parametrize(
    "text,lang", [(WIRE_EN, "en"), (RELEASE_EN, "en"), (WIRE_ES, "es"), (RELEASE_ES, "es")]
)
def test_neutral_copy_has_no_loaded_terms(text: str, lang: str) -> None:
    assert find_loaded_terms(text, lang) == []
    assert loaded_density(text, lang) < 0.5


def test_left_wing_english_terms_found() -> None:
    found = terms(LEFT_EN, "en")
    assert found["lackeys of the empire"] == "name_calling"
    assert found["imperialist aggression"] == "loaded_characterisation"
    assert found["heroic people"] == "flag_waving"
    assert found["so-called"] == "loaded_characterisation"
    assert found["criminal blockade"] == "loaded_characterisation"
    assert found["oligarchy"] == "name_calling"
    assert found["puppet president"] == "loaded_characterisation"
    assert found["paramilitary fascism"] == "name_calling"
    assert loaded_density(LEFT_EN, "en") > 5


def test_right_wing_english_terms_found() -> None:
    found = terms(RIGHT_EN, "en")
    assert found["narco-regime"] == "name_calling"
    assert found["clings to power"] == "loaded_characterisation"
    assert found["thugs"] == "name_calling"
    assert found["Castro-chavista"] == "name_calling"
    assert found["dictatorship"] == "name_calling"
    assert found["narco-state"] == "name_calling"
    assert found["existential threat"] == "exaggeration"
    assert found["True patriots"] == "flag_waving"
    assert found["before it is too late"] == "fear"
    assert loaded_density(RIGHT_EN, "en") > 5


def test_left_wing_spanish_terms_found() -> None:
    found = terms(LEFT_ES, "es")
    assert found["lacayos del imperio"] == "name_calling"
    assert found["oligarquía"] == "name_calling"
    assert found["vendepatria"] == "name_calling"
    assert found["agresión imperialista"] == "loaded_characterisation"
    assert found["pueblo heroico"] == "flag_waving"
    assert found["escuálidos"] == "name_calling"
    assert found["cipayos"] == "name_calling"
    assert found["títeres"] == "name_calling"
    assert found["fascismo paramilitar"] == "name_calling"


def test_right_wing_spanish_terms_found() -> None:
    found = terms(RIGHT_ES, "es")
    assert found["narcorrégimen"] == "name_calling"
    assert found["se aferra al poder"] == "loaded_characterisation"
    assert found["sin precedentes"] == "exaggeration"
    assert found["narcodictadura"] == "name_calling"
    assert found["castrochavista"] == "name_calling"
    assert found["narcoestado"] == "name_calling"
    assert found["escoria"] == "dehumanising"
    assert found["enemigos de la patria"] == "flag_waving"
    assert found["verdaderos patriotas"] == "flag_waving"


def test_spans_point_at_the_term() -> None:
    text = "Critics call it a narco-regime, not a government."
    (t,) = find_loaded_terms(text, "en")
    assert (t.start, t.end) == (18, 30)
    assert text[t.start : t.end] == t.term == "narco-regime"


@pytest.mark.parametrize(
    "text,lang,expected",
    [
        ("the narco regime", "en", "narco regime"),
        ("the narcoregime", "en", "narcoregime"),
        ("these Narco-Regimes", "en", "Narco-Regimes"),
        ("a narco\u2011regime", "en", "narco\u2011regime"),
        ("a narco-governance model", "en", "narco-governance"),
        ("Bolivia's narcogovernment", "en", "narcogovernment"),
        ("las narcodictaduras", "es", "narcodictaduras"),
        ("la dictadora", "es", "dictadora"),
        ("los dictadores", "es", "dictadores"),
        ("un narcogobierno", "es", "narcogobierno"),
        ("el narco-estado", "es", "narco-estado"),
        ("el narcoregimen", "es", "narcoregimen"),
        ("the dictator", "en", "dictator"),
    ],
)
def test_morphological_variants(text: str, lang: str, expected: str) -> None:
    assert [t.term for t in find_loaded_terms(text, lang)] == [expected]


@pytest.mark.parametrize(
    "text,lang",
    [
        ("narcotrafficking and narco-trafficking routes", "en"),
        ("narcotics seized by police", "en"),
        ("el narcotráfico y los narcotraficantes", "es"),
        ("el narcomenudeo en Medellín", "es"),
        ("the tax regime and the sanctions regime", "en"),
        ("el régimen penitenciario y el régimen de visas", "es"),
        ("animals seized from traffickers", "en"),
        ("los falsos positivos", "es"),
    ],
)
def test_neutral_lookalikes_are_not_flagged(text: str, lang: str) -> None:
    assert find_loaded_terms(text, lang) == []


@pytest.mark.parametrize(
    "text,lang,expected",
    [
        # coined compounds keep their first half: the whole phrase is the loaded one
        ("Congress has a sanctions-first fetish.", "en", ["sanctions-first fetish"]),
        ("It was a trade-wrecking tantrum.", "en", ["trade-wrecking"]),
        ("a textbook case of Mexico-bashing", "en", ["Mexico-bashing"]),
        ("the armchair generals of Caracas and the keyboard warriors of Miami", "en",
         ["armchair generals", "keyboard warriors"]),
        ("The policy is a licence to kill, and the plan is pure fantasy.", "en", ["licence to kill", "fantasy"]),
        ("an idiotic plan from spineless ministers", "en", ["idiotic", "spineless"]),
        ("He called the charges a smear and a vendetta.", "en", ["smear", "vendetta"]),
        ("the president's bluster", "en", ["bluster"]),
        ("los generales de escritorio y los guerreros del teclado", "es",
         ["generales de escritorio", "guerreros del teclado"]),
        ("el fetichismo punitivo de la oposición", "es", ["fetichismo"]),
        ("una bravuconería que pisotea la soberanía", "es", ["bravuconería", "pisotea la soberanía"]),
        ("La ley es una patente de corso para la policía.", "es", ["patente de corso"]),
        ("Lo acusan de tibieza y de estupidez.", "es", ["tibieza", "estupidez"]),
        ("Aquello fue una carnicería.", "es", ["fue una carnicería"]),
        ("Es una venganza política.", "es", ["venganza política"]),
    ],
)
def test_metaphors_insults_and_coined_compounds(text: str, lang: str, expected: list[str]) -> None:
    assert [t.term for t in find_loaded_terms(text, lang)] == expected


@pytest.mark.parametrize(
    "text,lang",
    [
        ("Investigators found a shredding machine in the office.", "en"),  # no compound
        ("The rifles were bought under a hunting licence.", "en"),
        ("He plays fantasy football on weekends.", "en"),
        ("A cervical smear test is free.", "en"),
        ("Una carnicería paga ochenta mil pesos a la semana.", "es"),  # the butcher's shop
        ("Vendía joyas de fantasía en el mercado.", "es"),
        ("El agua estaba tibia.", "es"),
    ],
)
def test_literal_uses_of_metaphor_words_are_not_flagged(text: str, lang: str) -> None:
    assert find_loaded_terms(text, lang) == []


def test_regime_is_flagged_when_it_labels_an_actor() -> None:
    assert [t.term for t in find_loaded_terms("the Maduro regime arrested him", "en")] == ["regime"]
    assert [t.term for t in find_loaded_terms("el régimen de Ortega", "es")] == ["régimen"]
    assert [t.term for t in find_loaded_terms("el régimen chavista", "es")] == ["régimen"]


def test_dehumanising_needs_people_as_subject() -> None:
    assert terms("They are animals and vermin.", "en") == {
        "animals": "dehumanising",
        "vermin": "dehumanising",
    }
    assert terms("Son ratas, una plaga.", "es") == {"ratas": "dehumanising", "plaga": "dehumanising"}


def test_scare_quotes() -> None:
    assert terms("the so-called \u201celection\u201d", "en") == {"so-called": "loaded_characterisation"}
    assert terms("el supuesto «socialismo»", "es") == {"supuesto": "loaded_characterisation"}
    assert terms("el supuesto narcotraficante", "es") == {}
    assert terms("el autoproclamado presidente", "es") == {"autoproclamado": "loaded_characterisation"}


def test_window_restricts_search_but_keeps_offsets() -> None:
    text = "A dictator here. A tyrant there."
    found = find_loaded_terms(text, "en", start=16)
    assert [(t.term, t.start) for t in found] == [("tyrant", 19)]
    assert [t.term for t in find_loaded_terms(text, "en", end=16)] == ["dictator"]


def test_undetermined_language_uses_both_lexicons() -> None:
    assert {t.term for t in find_loaded_terms("narcorrégimen and narco-state", "und")} == {
        "narcorrégimen",
        "narco-state",
    }
    assert find_loaded_terms("a dictator", "pt") == []


def test_matcher_reads_a_long_text_whole() -> None:
    # its speed is printed by benchmarks/bench_components.py
    text = " ".join([WIRE_EN, LEFT_EN, RIGHT_EN, RELEASE_EN] * 250)
    once = {t.term for t in find_loaded_terms(" ".join([WIRE_EN, LEFT_EN, RIGHT_EN, RELEASE_EN]), "en")}
    found = find_loaded_terms(text, "en")
    assert once and {t.term for t in found} == once
    assert len(found) == 250 * len(find_loaded_terms(" ".join([WIRE_EN, LEFT_EN, RIGHT_EN, RELEASE_EN]), "en"))


def test_every_lexicon_entry_compiles_and_matches_its_own_term() -> None:
    for name in ("loaded", "hedging", "sourcing", "attribution", "disputes"):
        per_lang = load_entries(name)
        assert set(per_lang) == {"en", "es"}
    for entry in load_entries("loaded")["en"] + load_entries("loaded")["es"]:
        if "{" in entry.key or entry.context_required or entry.key.startswith(("(", "narco-?")):
            continue
        if "\\" in entry.key:
            continue
        assert entry.regex.match(fold(entry.key)), entry.key


def test_malformed_entry_is_reported() -> None:
    with pytest.raises(ValueError, match="anchor"):
        compile_entry({"pattern": "(?:a|b)c"}, "fear", {})
    with pytest.raises(ValueError, match="neither"):
        compile_entry({"weight": 1}, "fear", {})


# ---------------------------------------------------------------- quotes


def test_quoted_spans_curly_guillemets_and_apostrophes() -> None:
    text = (
        "He said \u201cthe dictator must go\u201d and didn\u2019t elaborate. \u00abEs un tirano\u00bb, dijo."
    )
    spans = quoted_spans(text)
    assert [text[s:e] for s, e in spans] == ["\u201cthe dictator must go\u201d", "\u00abEs un tirano\u00bb"]
    (dictator,) = [t for t in find_loaded_terms(text, "en")]
    assert is_quoted(dictator.start, dictator.end, spans)
    assert not is_quoted(0, 2, spans)


def test_quoted_spans_straight_quotes_and_open_paragraph() -> None:
    text = 'She called it "a sham" twice.\n\n\u201cWe will resist, she said.\n\nNext paragraph.'
    spans = quoted_spans(text)
    assert [text[s:e] for s, e in spans] == ['"a sham"', "\u201cWe will resist, she said."]


def test_spanish_dialogue_dashes() -> None:
    text = "—No me voy a rendir —dijo el presidente—. Aquí seguiremos.\nEl público aplaudió."
    spans = quoted_spans(text)
    assert [text[s:e] for s, e in spans] == ["—No me voy a rendir —", "—. Aquí seguiremos."]


# ---------------------------------------------------------------- hedges


def test_english_hedges_and_certainty() -> None:
    text = (
        "The general allegedly received payments and may have met the traffickers; he reportedly "
        "fled and is believed to be in Cuba, according to the police. The evidence clearly shows otherwise."
    )
    found = [(h.term, h.category) for h in find_hedges(text, "en")]
    assert found == [
        ("allegedly", "hedge"),
        ("may have", "hedge"),
        ("reportedly", "hedge"),
        ("is believed to", "hedge"),
        ("according to", "attribution"),
        ("clearly", "certainty"),
    ]


def test_spanish_hedges_and_certainty() -> None:
    text = (
        "El general habría recibido pagos y se habría reunido con los jefes, según la Fiscalía. "
        "Al parecer, el dinero podría venir de Panamá; presuntamente lo gestionaba su hermano. "
        "No está claro quién firmó. Sin duda, evidentemente, es grave."
    )
    found = [(h.term, h.category) for h in find_hedges(text, "es")]
    assert found == [
        ("habría recibido", "hedge"),
        ("se habría reunido", "hedge"),
        ("según", "attribution"),
        ("Al parecer", "hedge"),
        ("podría", "hedge"),
        ("presuntamente", "hedge"),
        ("No está claro", "hedge"),
        ("Sin duda", "certainty"),
        ("evidentemente", "certainty"),
    ]


def test_neutral_copy_has_few_hedges() -> None:
    assert [h.category for h in find_hedges(RELEASE_EN, "en")] == []


# ---------------------------------------------------------------- anonymous sources


@pytest.mark.parametrize(
    "text,lang,expected",
    [
        (
            "It was planned, according to sources close to the Maduro-Petro inner circle, and failed.",
            "en",
            "sources close to the Maduro-Petro inner circle",
        ),
        (
            "Two senior U.S. officials who asked not to be named said talks had stalled.",
            "en",
            "Two senior U.S. officials who asked not to be named",
        ),
        (
            "A source familiar with the negotiations told reporters it was over.",
            "en",
            "A source familiar with the negotiations",
        ),
        (
            "People with knowledge of the investigation said the payments began in 2019.",
            "en",
            "People with knowledge of the investigation",
        ),
        (
            "The shipment left Falcon, according to intelligence sources in Bogota.",
            "en",
            "intelligence sources in Bogota",
        ),
        (
            "Según fuentes de inteligencia venezolanas, el envío salió de Falcón.",
            "es",
            "fuentes de inteligencia venezolanas",
        ),
        (
            "Fuentes cercanas al Palacio de Miraflores aseguraron que no habrá diálogo.",
            "es",
            "Fuentes cercanas al Palacio de Miraflores",
        ),
        (
            "Así lo confirmó una fuente que pidió no ser identificada.",
            "es",
            "una fuente que pidió no ser identificada",
        ),
        ("El funcionario habló bajo condición de anonimato.", "es", "bajo condición de anonimato"),
        ("Lo confirmaron fuentes consultadas por este medio.", "es", "fuentes consultadas por este medio"),
        (
            "According to two former members interviewed by Northbridge, he delegates.",
            "en",
            "two former members interviewed by Northbridge",
        ),
        ("According to sources, the deal collapsed.", "en", "According to sources"),
        ("A senior administration official said the plan was dead.", "en", "A senior administration official"),
        ("Two U.S. officials told reporters the strikes would go on.", "en", "Two U.S. officials"),
        ("Según fuentes, el acuerdo se rompió.", "es", "Según fuentes"),
        ("Según policías consultados por medios independientes, se cobraban cuotas.", "es",
         "policías consultados por medios independientes"),
        ("Investigadores consultados coinciden en que la red sigue activa.", "es", "Investigadores consultados"),
        ("Un alto funcionario aseguró que no habrá diálogo.", "es", "Un alto funcionario"),
        ("Un funcionario estadounidense dijo que habrá más ataques.", "es", "Un funcionario estadounidense"),
        ("Fuentes de la Secretaría de Marina sostienen que el buque zarpó vacío.", "es",
         "Fuentes de la Secretaría de Marina"),
        ("Sources from the defence ministry said the convoy left at dawn.", "en",
         "Sources from the defence ministry"),
    ],
)
def test_anonymous_source_spans(text: str, lang: str, expected: str) -> None:
    assert [s[2] for s in find_anonymous_sources(text, lang)] == [expected]
    start, end, surface = find_anonymous_sources(text, lang)[0]
    assert text[start:end] == surface


@pytest.mark.parametrize(
    "text,lang",
    [
        ("Renewable energy sources in the region grew by 4 percent.", "en"),
        ("The minister, Ana Pérez, said the plan was ready.", "en"),
        ("Las fuentes de energía renovable crecieron.", "es"),
        ("A senior official, Juan Pérez, said the plan was dead.", "en"),
        ("The official figures show a drop in homicides.", "en"),
        ("El alto funcionario, Pedro Gómez, dijo que no.", "es"),
        ("Los nombres de algunas personas citadas en esta crónica fueron cambiados.", "es"),
        ("Las fuentes de financiación de la Secretaría crecieron este año.", "es"),
        ("Revenue sources from the port fell sharply in March.", "en"),
        # interviewed, but named or not plural people
        ("The governor was interviewed by Reuters on Monday.", "en"),
        ("Los detenidos fueron entrevistados por la fiscalía.", "es"),
        # 'the same sources' with no unnamed source before them
        ("Las mismas fuentes de financiación crecieron.", "es"),
        ("These sources of revenue grew.", "en"),
    ],
)
def test_named_or_non_human_sources_are_not_anonymous(text: str, lang: str) -> None:
    assert find_anonymous_sources(text, lang) == []


def test_any_plural_noun_interviewed_is_an_unnamed_source() -> None:
    got = find_anonymous_sources("Miners interviewed by the Observatorio say officers collect a fee.", "en")
    assert [g[2] for g in got] == ["Miners interviewed by the Observatorio"]
    got = find_anonymous_sources("Según los mineros entrevistados por el Observatorio, pagan cada semana.", "es")
    assert [g[2] for g in got] == ["mineros entrevistados por el Observatorio"]


def test_the_same_sources_after_an_unnamed_one() -> None:
    text = ("Según fuentes de la fiscalía que pidieron el anonimato, el líder pagó la campaña. "
            "Las mismas fuentes indicaron que huyó.")
    assert [g[2] for g in find_anonymous_sources(text, "es")][-1] == "Las mismas fuentes"
    text = "People familiar with the case said he paid. These sources added that he fled."
    assert [g[2] for g in find_anonymous_sources(text, "en")][-1] == "These sources"


def test_one_of_the_unnamed_people_spoken_of_again() -> None:
    text = ("Two people familiar with the inquiry said the traffic pointed to alias Tijeras. "
            "One of them said he had met border officers twice.")
    assert [g[2] for g in find_anonymous_sources(text, "en")][-1] == "One of them"
    text = ("Según dos vecinos que pidieron no ser identificados, los hombres llegaron de noche. "
            "Uno de ellos dijo que eran más de veinte.")
    assert [g[2] for g in find_anonymous_sources(text, "es")][-1] == "Uno de ellos"
    # with no unnamed source before, 'one of them' is one of whoever was named
    assert find_anonymous_sources("Pedro Ruiz and Ana Gil were arrested. One of them said it was a mistake.", "en") == []
    assert find_anonymous_sources("Pedro Ruiz y Ana Gil fueron detenidos. Uno de ellos dijo que era un error.", "es") == []


def test_a_member_heard_and_witnesses_counted_go_unnamed() -> None:
    assert find_anonymous_sources("In the words of one of its fighters, quoted in a pamphlet, he is doomed.", "en")
    assert find_anonymous_sources("The order came at dawn, according to three people who were there.", "en")
    assert find_anonymous_sources("En palabras de uno de sus combatientes, citado en un panfleto, el jefe es un muerto.",
                                  "es")
    assert find_anonymous_sources("—Se va del pueblo —dijo el comandante, según tres personas que estaban presentes.",
                                  "es")


# ---------------------------------------------------------------- attributions


def speakers(text: str, lang: str) -> list[tuple[str, str | None]]:
    return [(a.cue, a.speaker_text) for a in find_attributions(text, lang)]


def test_english_attributions_with_speakers() -> None:
    assert speakers('"We will not surrender," said Maduro.', "en") == [("said", "Maduro")]
    assert speakers("President Gustavo Petro said on Monday that the talks failed.", "en") == [
        ("said", "President Gustavo Petro")
    ]
    assert speakers("Prosecutors allege that he laundered money.", "en") == [("allege", "Prosecutors")]
    assert speakers("According to the U.S. Department of Justice, the network moved cocaine.", "en") == [
        ("According to", "the U.S. Department of Justice")
    ]
    assert speakers("He said nothing.", "en") == [("said", "He")]


def test_spanish_attributions_with_speakers() -> None:
    assert speakers("«No nos rendiremos», dijo Maduro.", "es") == [("dijo", "Maduro")]
    assert speakers("El presidente Gustavo Petro afirmó que la red existe.", "es") == [
        ("afirmó", "El presidente Gustavo Petro")
    ]
    assert speakers("Según la Fiscalía General, la red movía cocaína.", "es") == [
        ("Según", "la Fiscalía General")
    ]
    assert speakers("Lo denunció el canciller Yván Gil en Caracas.", "es") == [
        ("denunció", "el canciller Yván Gil")
    ]
    assert speakers("El ministro de Defensa, Vladimir Padrino López, dijo que seguirán.", "es") == [
        ("dijo", "Vladimir Padrino López")
    ]
    assert speakers("Según informó la agencia EFE, hubo cinco muertos.", "es")[-1] == (
        "informó",
        "la agencia EFE",
    )
    # an object before a Spanish verb is not its subject
    assert speakers("Un funcionario que pidió el anonimato confirmó la cita.", "es") == [("confirmó", None)]


def test_attribution_noun_phrases_and_lookalikes() -> None:
    assert speakers("The attorney general's office said on Friday it would appeal.", "en") == [
        ("said", "The attorney general's office")
    ]
    # a passive participle and a capitalised name are not reporting verbs
    assert speakers("A commander accused of helping a cartel was held.", "en") == []
    assert speakers("The Organization of American States condemned it.", "en") == []
    # a lowercase word before a name does not join the speaker
    assert speakers("In a speech Maduro said he would stay.", "en") == [("said", "Maduro")]


def test_neutral_copy_has_no_anonymous_sources() -> None:
    for text, lang in ((WIRE_EN, "en"), (RELEASE_EN, "en"), (WIRE_ES, "es"), (RELEASE_ES, "es")):
        assert find_anonymous_sources(text, lang) == []


def test_attribution_without_clear_speaker() -> None:
    (a,) = find_attributions("The claims, widely shared online, said little.", "en")
    assert a.cue == "said"
    assert a.speaker_text is None


# ---------------------------------------------------------------- disputes


def test_english_disputes() -> None:
    text = (
        "There is no evidence that the minister met them. The embassy denied the report and "
        "rejected the allegations. Fact-checkers rated it FALSE; the video is misleading. "
        "The test gave false positives."
    )
    found = [(d.term, d.category) for d in find_disputes(text, "en")]
    assert found == [
        ("There is no evidence that", "no_evidence"),
        ("denied", "denial"),
        ("rejected the allegations", "denial"),
        ("FALSE", "verdict"),
        ("misleading", "verdict"),
    ]


def test_spanish_disputes() -> None:
    text = (
        "No hay pruebas de que el ministro viajara. La embajada desmintió la versión y negó todo; "
        "el ministro rechazó las acusaciones. Es falso. Veredicto: FALSO, y además engañoso. "
        "El caso de los falsos positivos sigue abierto."
    )
    found = [(d.term, d.category) for d in find_disputes(text, "es")]
    assert found == [
        ("No hay pruebas de", "no_evidence"),
        ("desmintió", "denial"),
        ("negó", "denial"),
        ("rechazó las acusaciones", "denial"),
        ("Es falso", "verdict"),
        ("FALSO", "verdict"),
        ("engañoso", "verdict"),
    ]


def test_denial_with_adverb_and_singular_object() -> None:
    # Press releases often put an adverbial between the verb and the rejected statement.
    es = find_disputes("La Fundación rechaza de manera categórica esta afirmación.", "es")
    assert [(d.term, d.category) for d in es] == [("rechaza de manera categórica esta afirmación", "denial")]
    assert find_disputes("El ministro rechazó enérgicamente las acusaciones.", "es")[0].category == "denial"
    assert find_disputes("The company rejected this claim on Friday.", "en")[0].term == "rejected this claim"
    assert find_disputes("El ministro rechazó la invitación del alcalde.", "es") == []


# ---------------------------------------------------------------- generic loaded patterns, both sides


@pytest.mark.parametrize(
    "text,lang,expected",
    [
        # narco- compounds aimed left and right
        ("The narco-left in Caracas and the narco-paramilitaries of Córdoba.", "en", ["narco-left", "narco-paramilitaries"]),
        ("El narcochavismo y el narcouribismo se acusan mutuamente.", "es", ["narcochavismo", "narcouribismo"]),
        ("Los narcoguerrilleros y los narcoparacos.", "es", ["narcoguerrilleros", "narcoparacos"]),
        # a state called a criminal business, whichever state it is
        ("Washington is acting like a mafia in the Caribbean.", "en", ["acting like a mafia"]),
        ("The Caracas government is a criminal enterprise.", "en", ["is a criminal enterprise"]),
        ("No es un gobierno sino una empresa criminal.", "es", ["sino una empresa criminal"]),
        ("El gobierno actúa como una mafia.", "es", ["actúa como una mafia"]),
        # what a government is called, not only who it is
        ("Es una dictadura de selfi que cambia derechos por aplausos.", "es", ["dictadura de selfi"]),
        # opponents called terrorists, from either side
        ("Con terroristas no se negocia.", "es", ["terroristas"]),
        ("These terrorists in uniform answer to Washington.", "en", ["terrorists"]),
        # dehumanising and hyperbole
        ("Esa gente son cerdos y sanguijuelas.", "es", ["cerdos", "sanguijuelas"]),
        ("They are pigs and leeches.", "en", ["pigs", "leeches"]),
        ("The country has become hell on earth.", "en", ["hell on earth"]),
        # labels aimed at the U.S. and at the left
        ("Treats Latin America as its backyard.", "en", ["its backyard"]),
        ("América Latina no es el patio trasero de nadie.", "es", ["patio trasero"]),
        ("Los mamertos y los fachos se insultan.", "es", ["mamertos", "fachos"]),
        ("Gobierna con mano de hierro y silencio cómplice.", "es", ["mano de hierro", "silencio cómplice"]),
        ("He rules with an iron fist over a police state.", "en", ["iron fist", "police state"]),
        # being in league with crime, said of anyone
        ("The ministry rejected accusations of collusion with the gangs.", "en", ["collusion"]),
        ("Now someone is trying to paint her as its accomplice.", "en", ["accomplice"]),
        ("Their silence is complicity.", "en", ["complicity"]),
        ("Un silencio que suena a complicidad, en manos de cómplices.", "es", ["complicidad", "cómplices"]),
        ("Negó cualquier contubernio con la oposición.", "es", ["contubernio"]),
        # an account dismissed as invented
        ("This is a fabrication from start to finish.", "en", ["fabrication"]),
        ("La defensa dijo que todo es un montaje.", "es", ["montaje"]),
        # cronies named by what they are close to, left or right
        ("Los amigos del poder y los amigos del cartel están nerviosos.", "es", ["amigos del poder", "amigos del cartel"]),
        ("La familia gobernante guarda silencio.", "es", ["familia gobernante"]),
        ("The friends of the regime got the contracts.", "en", ["friends of the regime"]),
    ],
)
def test_generic_loaded_patterns(text: str, lang: str, expected: list[str]) -> None:
    assert [t.term for t in find_loaded_terms(text, lang)] == expected


@pytest.mark.parametrize(
    "text,lang",
    [
        ("The narcotics unit seized two tonnes of cocaine.", "en"),
        ("El narcotráfico y los narcomenudistas del barrio.", "es"),
        ("The regime of the river changed after the dam was built.", "en"),
        ("El régimen de lluvias cambió este año.", "es"),
        ("Argentina vivió una dictadura militar entre 1976 y 1983.", "es"),
        ("The State Department designated the cartels as terrorists.", "en"),
        ("Las organizaciones terroristas fueron designadas por Washington.", "es"),
        ("The dogs found the drugs in a container.", "en"),
        # the courtroom, the market and the workshop
        ("He and an accomplice robbed the bank; the alleged accomplice fled.", "en"),
        ("Fue condenado en calidad de cómplice del homicidio.", "es"),
        ("Price collusion among cement makers was fined.", "en"),
        ("La colusión de precios entre farmacias fue sancionada.", "es"),
        ("The metal fabrication plant closed in May.", "en"),
        ("La planta de montaje de vehículos cerró.", "es"),
        ("A bomb hoax emptied the airport.", "en"),
        ("The Saudi ruling family met the envoy.", "en"),
        ("Friends of the Earth protested outside.", "en"),
    ],
)
def test_generic_patterns_leave_neutral_uses_alone(text: str, lang: str) -> None:
    assert find_loaded_terms(text, lang) == []


def test_unnamed_people_cited_are_anonymous_sources() -> None:
    found = {
        t: [m[2] for m in find_anonymous_sources(t, lang)]
        for t, lang in [
            ("A community leader who asked that her name be withheld said the gang runs the river.", "en"),
            ("Two prosecutors familiar with the case told reporters the contracts were rigged.", "en"),
            ("According to a former comrade, the guerrilla valued him for his bookkeeping.", "en"),
            ("—Aquí la ley es el Tuerto —dice un productor que pidió que no se publicara su nombre—.", "es"),
            ("Según un fiscal colombiano, el pago era mensual.", "es"),
        ]
    }
    assert all(found.values()), found
    # a source named is no anonymous source
    assert find_anonymous_sources("According to prosecutor Ana Ruiz, the payment was monthly.", "en") == []
    assert find_anonymous_sources("Según la fiscal Ana Ruiz, el pago era mensual.", "es") == []


@pytest.mark.parametrize(
    "text,lang",
    [
        # an unnamed person who speaks: a determiner, a kind of person, a reporting verb
        ("One boatman said the cargo was unloaded at dawn.", "en"),
        ("A former member of the militia told us the commanders took half of every payment.", "en"),
        ("A Western banker based in Panama said the accounts were opened in 2018.", "en"),
        ("Two nurses, who work at the district hospital, said the wounded never arrived.", "en"),
        ("Villagers along the river say the soldiers come only at night.", "en"),
        ("\u201cThey own the port,\u201d said one dockworker.", "en"),
        # documents that the reporter saw and does not name
        ("A police memo seen by this reporter lists nine officers on the payroll.", "en"),
        ("Bank records reviewed by the newspaper show transfers to a shell company.", "en"),
        # privacy and withheld names
        ("Investigators, speaking privately, doubt the confession.", "en"),
        ("A teacher who did not want to give his full name said classes stopped in May.", "en"),
        ("Un ganadero cuenta que le cobran por cada res.", "es"),
        ("Una maestra de la vereda, que pidió reserva, relató que los niños dejaron de ir.", "es"),
        ("Los lancheros del puerto aseguran que nadie revisa la carga.", "es"),
        ("Según los comerciantes, la cuota subió en diciembre.", "es"),
        ("\u2014Aquí manda el Patrón \u2014dice un mototaxista.", "es"),
        ("En la vereda cuentan que los armados bajan cada jueves.", "es"),
        ("Según un informe reservado al que tuvo acceso esta revista, hay 12 pistas clandestinas.", "es"),
        ("Un oficial de la Armada, que no está autorizado a declarar, admitió que no hay radares.", "es"),
        ("A consultant to the port authority said the scanners were switched off.", "en"),
        ("As one trucker put it, every checkpoint has its price.", "en"),
        ("Un alto cargo de la gobernación reconoció que el dinero se desvió.", "es"),
        ("Una dirigente indígena del resguardo contó que los amenazaron.", "es"),
    ],
)
def test_unnamed_people_and_unseen_documents_are_anonymous(text: str, lang: str) -> None:
    assert find_anonymous_sources(text, lang), text


@pytest.mark.parametrize(
    "text,lang",
    [
        ("Boatman Luis Ortega said the cargo was unloaded at dawn.", "en"),
        ("The navy said in a statement that the cargo was seized.", "en"),
        ("Villagers were moved to a shelter after the flood.", "en"),
        ("A man said to be the group's treasurer was arrested.", "en"),
        ("He said a soldier was wounded in the clash.", "en"),
        ("The documents were filed by the defence on Monday.", "en"),
        ("A report by Human Rights Watch documents 30 killings.", "en"),
        ("El ganadero Pedro Ruiz contó que le cobran por cada res.", "es"),
        ("Los comerciantes del centro marcharon hasta la gobernación.", "es"),
        ("Según la Armada, no hay radares en la zona.", "es"),
        ("Una vecina cuenta con la ayuda de la alcaldía.", "es"),
        ("Un juez ordenó la captura del concejal.", "es"),
    ],
)
def test_named_institutional_and_non_speaking_people_are_not_anonymous(text: str, lang: str) -> None:
    assert find_anonymous_sources(text, lang) == [], text


def test_street_labels_for_suspects_are_loaded_plain_words_only_when_people_are_called_so() -> None:
    es = ("Aquí los narcos no necesitan esconderse. Encerrar a inocentes junto a sicarios no es justicia. "
          "«Estas mafias le roban el combustible al pueblo», dijo el fiscal. Estos delincuentes fueron capturados. "
          "La policía capturó a tres presuntos delincuentes en Cúcuta.")
    found = [t.term for t in find_loaded_terms(es, "es")]
    assert {"sicarios", "mafias", "delincuentes"} <= set(found) and "narcos" not in found  # (the trade's own word)
    assert found.count("delincuentes") == 1  # 'tres presuntos delincuentes' is what they are charged as
    en = ("These criminals flood our streets. The gangsters fled to the hills. Police arrested three criminals. "
          "The killers of the journalist were never found.")
    found = [t.term for t in find_loaded_terms(en, "en")]
    assert "gangsters" in found and found.count("criminals") == 1 and "killers" not in found
