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
    assert _anonymous("Mario Ruiz ran the port for a decade. Prosecutors say he took a share of every load.\n",
                      "Prosecutors say")
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
