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
