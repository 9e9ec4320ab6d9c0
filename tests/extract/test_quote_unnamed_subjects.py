"""Unnamed speakers who open the clause before the words, and speech verbs followed by when or to whom."""

from __future__ import annotations

from support.extraction import quotes as _quotes
from support.extraction import said


def test_an_unnamed_subject_is_the_speaker_though_the_words_after_the_verb_name_someone_es() -> None:
    got = _quotes("El caso del diputado Leonel Arriaga Mejía llegó al Congreso. Un exasesor del diputado, que pidió el "
                  "anonimato, contó a este diario que en la oficina de Arriaga \"todos sabían de dónde venían los "
                  "votos de la colonia\".\n")
    assert said(got, "todos sabían de dónde venían") == "exasesor del diputado"


def test_an_unnamed_subject_is_the_speaker_though_the_words_after_the_verb_name_someone_en() -> None:
    got = _quotes("The case against Senator Paul Whitaker reached the committee on Monday. A former aide to the senator, "
                  "who asked not to be named, told this newspaper that in Whitaker's office \"everyone knew where the "
                  "cash came from\".\n")
    assert said(got, "everyone knew where the cash came from") == "former aide to the senator"


def test_another_unnamed_subject_set_off_by_a_long_aside_goes_on_speaking_es() -> None:
    got = _quotes("\"Aquí el que manda es él\", dice Julián Ccori Huanca, un minero de 29 años.\n\n"
                  "Otro trabajador, un joven que pidió no ser identificado por temor a represalias, asegura que el capo "
                  "tiene \"ojos en la comisaría\". \"Cuando viene operativo, él sabe dos días antes\", afirma.\n")
    assert said(got, "ojos en la comisaría") == "trabajador"
    assert said(got, "Cuando viene operativo") == "trabajador"


def test_another_unnamed_subject_set_off_by_a_long_aside_goes_on_speaking_en() -> None:
    got = _quotes("\"He is the law here,\" says Julian Mendes, a 29-year-old miner.\n\n"
                  "Another worker, a young man who asked not to be named for fear of reprisals, says the boss has "
                  "\"eyes in the police station\". \"When a raid is coming, he knows two days before,\" he says.\n")
    assert said(got, "eyes in the police station") == "worker"
    assert said(got, "When a raid is coming") == "worker"


def test_a_day_after_the_verb_is_when_not_who_es() -> None:
    got = _quotes("El gobernador regional, Teodoro Huamaní Quispe, reconoce que las operaciones no bastan. "
                  "\"Destruimos dragas un jueves y el lunes ya hay otras\", declaró el viernes en conferencia de "
                  "prensa.\n")
    assert said(got, "Destruimos dragas") == "Teodoro Huamaní Quispe"


def test_to_whom_and_how_after_a_bare_verb_leave_the_subject_of_the_sentence_before_es() -> None:
    got = _quotes("Según un informe al que tuvo acceso este diario, Wilfredo Choque dirige a Los Topos. Fuentes "
                  "policiales atribuyen el ataque a la seguridad personal de Choque. El abogado del "
                  "empresario minero, Ernesto Valdivia Ruiz, niega cualquier vínculo de su cliente con la violencia. "
                  "\"Mi patrocinado es un minero en proceso de formalización\", dijo a este diario por teléfono. Según "
                  "Valdivia, Choque está inscrito en el registro de formalización desde 2019.\n")
    assert said(got, "Mi patrocinado") == "Ernesto Valdivia Ruiz"
