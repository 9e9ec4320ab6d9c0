"""A fact check's question ('Did X meet Y in 2025?', '¿Se reunió X con Y en 2025?') asks about a claim and tells
no happening; a question that takes one for granted ('¿Qué pasó el 3 de mayo?') still dates it. A denial is a
statement."""

from __future__ import annotations

from support.extraction import extracted

CHECK = (
    "VERIFY NOW | Fact check\n"
    "Published March 3, 2026\n\n"
    "FACT CHECK: Did Senator Laura Brandt meet with gang leader Oscar Medel in Tijuana in 2025?\n\n"
    "A post shared on Facebook on February 26 claims that the senator met the gang leader in a restaurant. "
    "Laura Brandt's office denied the claim on February 27.\n"
)

VERIFICA = (
    "VERIFICA YA | Verificación\n"
    "Publicado el 3 de marzo de 2026\n\n"
    "¿Se reunió la senadora Laura Brandt con el líder criminal Óscar Medel en Tijuana en 2025?\n\n"
    "Una publicación compartida en Facebook el 26 de febrero asegura que la senadora cenó con el líder criminal en "
    "un restaurante. La oficina de Laura Brandt desmintió la publicación el 27 de febrero.\n"
)

ENTREVISTA = (
    "RADIO LITORAL 99.1 | Transcripción de la entrevista emitida el lunes 2 de junio de 2025\n\n"
    "PERIODISTA: Buenos días, alcaldesa Marta Ochoa Villa. ¿Qué pasó el 24 de mayo en el mercado de Puerto "
    "Calixto con la banda Los Tiburones?\n"
)


def _events(text: str) -> list[tuple[str | None, str]]:
    return [(ev.date, ev.type) for ev in extracted(text).events]


def test_a_yes_no_question_is_asked_not_told():
    assert all(d != "2025" for d, _t in _events(CHECK))
    assert all(d != "2025" for d, _t in _events(VERIFICA))


def test_a_question_that_takes_the_happening_for_granted_dates_it():
    assert any(d == "2025-05-24" for d, _t in _events(ENTREVISTA))


def test_a_denial_is_a_statement():
    assert ("2026-02-27", "statement") in _events(CHECK)
    assert ("2026-02-27", "statement") in _events(VERIFICA)
