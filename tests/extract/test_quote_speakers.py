"""Who speaks when the text around a quote is harder to read: transcripts, long titles, speakers with no name.

Each small document is written for these tests (fictional people, places and
bodies), in English and Spanish.
"""

from __future__ import annotations

from support.extraction import extracted
from support.extraction import quotes as _quotes
from support.extraction import said as _said

# --- transcripts whose labels are names or the interviewer's job ------------------------------------------

def test_a_transcript_labelled_with_surnames_gives_each_answer_to_the_guest() -> None:
    got = _quotes("Transcript of the broadcast. Host: Dana Ruel. Guest: Mayor Owen Tallis Brandt, of Port Avery.\n\n"
                  "RUEL: Good morning, mayor. What happened on the pier last week?\n\n"
                  "TALLIS: Good morning, Dana. What happened on the pier was an execution, plain and simple. "
                  "Four men were shot in front of their families.\n\n"
                  "RUEL: The police say the gang is finished. Do you believe them?\n\n"
                  "TALLIS: The gang collects its fees every Friday, and everyone in town knows it.\n")
    assert _said(got, "was an execution, plain and simple") == "Owen Tallis Brandt"
    assert _said(got, "collects its fees every Friday") == "Owen Tallis Brandt"
    assert all("?" not in quote for quote, _s in got)  # the host's questions are nobody's quotes


def test_a_spanish_transcript_with_the_interviewer_labelled_by_her_job() -> None:
    got = _quotes("Transcripción de la entrevista. Invitado: Fausto Ibarra Lozano, prefecto de la provincia.\n\n"
                  "PERIODISTA: Buenos días, prefecto. ¿Qué pasó en el puerto?\n\n"
                  "IBARRA: Buenos días. Lo que pasó en el puerto fue una masacre y nadie la quiere ver.\n\n"
                  "PERIODISTA: Es una acusación grave.\n\n"
                  "IBARRA: Es grave, y por eso la presenté por escrito ante la Fiscalía.\n\n"
                  "(Fin de la transcripción. La emisora pidió una réplica al ministerio.)\n")
    assert _said(got, "fue una masacre y nadie la quiere ver") == "Fausto Ibarra Lozano"
    assert _said(got, "la presenté por escrito") == "Fausto Ibarra Lozano"
    assert not any("Fin de la transcripción" in quote for quote, _s in got)
    assert not any("Es una acusación grave" in quote for quote, _s in got)


def test_words_an_answer_gives_to_someone_else_are_theirs() -> None:
    got = _quotes("Entrevista con Lucía Benavides, alcaldesa de Puerto Lindo.\n\n"
                  "P: ¿La policía controla la zona?\n"
                  "R: No. El coronel Byron Saldaña dijo en esta radio: «La banda está desarticulada». "
                  "A las tres semanas hubo siete muertos.\n")
    assert _said(got, "hubo siete muertos") == "Lucía Benavides"
    assert ("La banda está desarticulada", "Byron Saldaña") in got


# --- long titles before a name ------------------------------------------------------------------------------

def test_a_title_with_small_words_and_the_body_after_the_name() -> None:
    got = _quotes('"Every shipment leaves a trail of money," said Special Agent in Charge Lionel Ashcombe of the '
                  "Drug Enforcement Administration's Miami Division.\n")
    assert got == [("Every shipment leaves a trail of money,", "Lionel Ashcombe")]
    names = {e.name for e in extracted('"Every shipment leaves a trail," said Special Agent in Charge Lionel Ashcombe '
                                       "of the Drug Enforcement Administration.\n").entities}
    assert "Special Agent" not in names


def test_an_office_acronym_and_a_place_before_the_title_are_not_the_speaker() -> None:
    got = _quotes("Homeland Security Investigations (HSI) Miami Special Agent in Charge Teresa Okonjo-Reyes said the "
                  'case "shows what happens when agents on two continents work together."\n')
    assert _said(got, "shows what happens when agents") == "Teresa Okonjo-Reyes"


def test_a_spanish_name_followed_by_the_body_it_belongs_to() -> None:
    got = _quotes("«Cada cargamento deja un rastro de dinero», dijo el fiscal Lionel Ashcombe de la Fiscalía "
                  "General de la Nación en una rueda de prensa.\n")
    assert got == [("Cada cargamento deja un rastro de dinero", "Lionel Ashcombe")]


# --- unnamed sources in shapes the sourcing lexicon leaves out -----------------------------------------------

def _anonymous(text: str, words: str) -> bool:
    return any(c.anonymous_source for c in extracted(text).claims if words in c.text)


def test_people_who_say_something_go_unnamed() -> None:
    assert _anonymous("El alcalde Tomás Prado tiene denuncias de tenderos que aseguran que la policía avisa a la banda.\n",
                      "tenderos que aseguran")
    assert _anonymous("The mayor, Tomás Prado, has letters from fishermen who say the coast guard warns the gang.\n",
                      "fishermen who say")


def test_a_trade_with_no_article_opening_the_sentence() -> None:
    assert _anonymous("Mario Ruiz ran the port for a decade. Investigators say he took a share of every load.\n",
                      "Investigators say")
    assert not _anonymous("Mario Ruiz ran the port for a decade. Police say he took a share of every load.\n",
                          "Police say")


def test_counts_and_groups_of_people_with_no_names() -> None:
    assert _anonymous("By the count of former employees, Mario Ruiz controls nine pits along the river.\n",
                      "By the count of former employees")
    assert _anonymous("Three people who have worked for Mario Ruiz told us that he pays the army.\n",
                      "Three people who have worked")
    assert _anonymous("De noche, me dicen cuatro vecinos distintos, las motos de la banda cruzan el río sin luces.\n",
                      "me dicen cuatro vecinos")


def test_papers_the_speaker_saw_but_does_not_name() -> None:
    assert _anonymous("Eso lo dicen los propios informes de inteligencia que yo he visto, no lo digo yo.\n",
                      "informes de inteligencia que yo he visto")
    assert _anonymous("Internal records reviewed by this newspaper show that the firm paid the colonel.\n",
                      "records reviewed by this newspaper")


# --- speakers described, not named -----------------------------------------------------------------------

def _speaker_entity(text: str, words: str):
    ex = extracted(text)
    by_key = {e.key: e for e in ex.entities}
    claim = next(c for c in ex.claims if c.quote and words in c.quote)
    return by_key.get(claim.speaker), claim


def test_an_indefinite_speaker_after_the_quote_is_an_unnamed_person() -> None:
    ent, claim = _speaker_entity("The barges still work the river at night.\n\n"
                                 '"The soldiers changed, the price did not," one barge pilot said.\n', "The soldiers changed")
    assert (ent.name, ent.type, ent.subtype) == ("barge pilot", "person", "unnamed")
    assert claim.anonymous_source
    ent, _claim = _speaker_entity("Las lanchas salen de noche del muelle de Puerto Lindo.\n\n"
                                  '"Cuando se van los policías, vuelven ellos", dijo una vendedora de pescado.\n',
                                  "Cuando se van los policías")
    assert (ent.name, ent.type) == ("vendedora de pescado", "person")
    assert "una vendedora de pescado" in ent.aliases


def test_a_named_firm_inside_the_description_is_not_the_speaker() -> None:
    ent, claim = _speaker_entity('"Every gram paid the colonel first," said a former Norvale logistics manager who asked '
                                 "not to be named.\n", "Every gram paid")
    assert ent.name == "former Norvale logistics manager"
    assert claim.anonymous_source


def test_a_description_that_opens_the_sentence_and_owns_a_person() -> None:
    ent, _claim = _speaker_entity("Senator Ana Ruiz denies the story. A member of the senator's party who asked not to be "
                                  'named told this outlet that the campaign began "the week the polls moved".\n',
                                  "the week the polls moved")
    assert ent.name == "member of the senator's party"


def test_a_bare_plural_of_people_is_a_group_not_the_place_it_names() -> None:
    ent, _claim = _speaker_entity("Vecinos de la colonia Villa Nueva consultados por este medio dijeron que la patrulla "
                                  '"llega tarde y se va temprano".\n', "llega tarde")
    assert (ent.name, ent.type) == ("Vecinos de la colonia Villa Nueva", "group")


def test_a_dialogue_line_after_a_paragraph_that_brings_in_an_unnamed_speaker() -> None:
    ent, _claim = _speaker_entity("El río marca la frontera en La Vega.\n\n"
                                  "Un tendero que prefirió no dar su nombre me explicó que la banda no trabaja sola.\n\n"
                                  "—Ellos cobran aquí, pero arriba responden a otros.\n", "Ellos cobran aquí")
    assert (ent.name, ent.type) == ("tendero", "person")


def test_a_spanish_preposition_is_no_article() -> None:
    got = _quotes('"Nos sacaron de la casa con lo puesto", relató a ACN Ramiro Pardo, un campesino de Tibú.\n')
    assert got == [("Nos sacaron de la casa con lo puesto", "Ramiro Pardo")]


def test_two_reports_unnamed_residents_stay_two_actors() -> None:
    from nexos.resolve import Resolver

    class _NoStore:
        def entity_rows(self):
            return []

    resolver = Resolver(_NoStore())
    ids = []
    for place in ("Puerto Lindo", "La Vega"):
        ex = extracted(f'El río cruza {place}.\n\n"Aquí nadie duerme tranquilo", dijo un pescador.\n', name=f"{place}.txt")
        key = next(c.speaker for c in ex.claims if c.quote)
        ids.append(resolver.resolve(ex)[key])
    assert ids[0] != ids[1]
