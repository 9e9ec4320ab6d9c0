"""Who speaks, seventeenth round: a cause someone names in quotation marks, a relative clause whose own subject
labels, a view given by a pronoun before long words, a short quote right after an attribution, and two names that
a list of arms or a missed description had kept from being a person (a surname that is also a rifle's, a racket's
trade after the name). Also unnamed people cited in two more shapes."""

from __future__ import annotations

import pytest

from support.extraction import extracted, said
from support.extraction import quotes as _quotes


def test_a_cause_named_in_quotation_marks_is_the_namers_words_es() -> None:
    got = _quotes("La patrulla fue emboscada cerca de la frontera. El Ministerio de Seguridad atribuyó el ataque a "
                  "«bandas armadas extranjeras» sin dar más detalles.\n")
    assert said(got, "bandas armadas extranjeras") == "Ministerio de Seguridad"


def test_a_cause_named_in_quotation_marks_is_the_namers_words_en() -> None:
    got = _quotes("The patrol was ambushed near the border. The Ministry of Security attributed the attack to "
                  '"foreign armed gangs" without giving details.\n')
    assert said(got, "foreign armed gangs") == "Ministry of Security"


def test_the_relative_clauses_own_subject_labels_es() -> None:
    got = _quotes("El Departamento del Tesoro sancionó a cuatro empresas, una medida que el gobierno de Honduras "
                  "calificó de «injerencia» pero que terminó acatando.\n")
    assert said(got, "injerencia") == "Honduras"


def test_the_relative_clauses_own_subject_labels_en() -> None:
    got = _quotes("The Treasury Department sanctioned four companies, a measure that the government of Honduras "
                  'called "interference" but later obeyed.\n')
    assert said(got, "interference") == "Honduras"


def test_a_reported_clause_after_a_verb_of_arguing_keeps_the_arguer_es() -> None:
    got = _quotes("El consejero Julián Mora habló ayer en el Senado. Meses antes, el mismo funcionario había "
                  "defendido ante el Congreso que el Frente Rojo —así se hace llamar ahora la banda— tiene «una "
                  "estructura política en formación».\n")
    assert said(got, "estructura política") == "Julián Mora"


def test_a_view_given_by_a_pronoun_before_long_words_is_that_persons() -> None:
    got = _quotes("Marta Ruiz is a researcher at the Instituto de Estudios del Caribe, a monitoring group based in "
                  'Kingston. In her view, the rumour "recycles an old fear with a brand new face."\n')
    assert said(got, "recycles an old fear") == "Marta Ruiz"


def test_a_short_quote_after_an_attribution_goes_on_in_its_voice() -> None:
    got = _quotes("José Ernesto Ramos Lima, a former gang commander, was arrested in Tapachula on Monday.\n\n"
                  "Police in San Salvador welcomed the arrest. \"The terrorist Ramos Lima thought he could run "
                  'forever," said National Civil Police spokesman Commissioner Hugo Pineda. "He was wrong."\n')
    assert said(got, "thought he could run") == "Hugo Pineda"
    assert said(got, "He was wrong") == "Hugo Pineda"


def test_a_surname_that_is_also_a_rifle_is_a_person_after_a_full_name() -> None:
    ex = extracted("Kwame Barrett, a criminologist in Kingston, studies the routes. \"The Caribbean is a web, not "
                   'a funnel," Barrett said. He added that blaming one port "lets everyone else off the hook."\n')
    people = [e for e in ex.entities if e.name == "Kwame Barrett"]
    assert people and "Barrett" in [m.text for m in people[0].mentions]
    names = {e.key: e.name for e in ex.entities}
    assert {names.get(c.speaker) for c in ex.claims if c.quote} == {"Kwame Barrett"}


def test_a_rifle_beside_an_arms_noun_is_still_no_actor() -> None:
    ex = extracted("Soldiers seized two Barrett rifles, a Glock and an Uzi in the house. La policía halló "
                   "fusiles Galil y una pistola Taurus en el camión.\n")
    assert not {e.name for e in ex.entities} & {"Barrett", "Glock", "Uzi", "Galil", "Taurus"}


@pytest.mark.parametrize("text, name, words", [
    ("March 2022 — A broker from the gang is introduced in Madrid to Gentian Kola, an Albanian broker who supplies "
     'crews in Antwerp. Kola later told Italian investigators the meeting was "only about fruit."\n',
     "Gentian Kola", "only about fruit"),
    ("Marzo de 2022 — Un emisario de la banda conoce en Madrid a Gentian Kola, un intermediario albanés que "
     "abastece a redes en Amberes. Kola dijo después a los fiscales italianos que la reunión fue «solo sobre fruta».\n",
     "Gentian Kola", "solo sobre fruta"),
])
def test_a_rackets_trade_after_a_name_makes_it_a_person_who_speaks(text: str, name: str, words: str) -> None:
    ex = extracted(text)
    typed = {e.name: e.type for e in ex.entities}
    assert typed.get(name) == "person", typed
    names = {e.key: e.name for e in ex.entities}
    assert said([(c.quote, names.get(c.speaker)) for c in ex.claims if c.quote], words) == name


@pytest.mark.parametrize("text, words", [
    ("The smuggler's partner runs the boats now. According to community leaders in the area, she decides who "
     "travels for free.\n", "decides who travels"),
    ("Según líderes comunitarios de la zona, ella decide quién viaja gratis en las lanchas.\n", "quién viaja gratis"),
    ("He ran the trails until 2025. He was, in the words of a former fighter who now lives in Medellín, \"the one "
     'who decided who walked and who waited."\n', "who walked"),
])
def test_unnamed_people_cited_are_anonymous_sources(text: str, words: str) -> None:
    claims = [c for c in extracted(text).claims if words in c.text]
    assert claims and any(c.anonymous_source for c in claims)
