"""Which lines become claims: headings are skipped unless their words carry a verdict."""

from __future__ import annotations

from nexos.extract import extract
from nexos.ingest import build_document


def _loaded(text: str) -> list[str]:
    ex = extract(build_document(text.encode("utf-8"), "t.txt"))
    return [t.term for c in ex.claims for t in c.loaded_terms]


def test_a_loaded_headline_is_a_claim() -> None:
    text = ("El espejismo salvadoreño: la seguridad como coartada del autoritarismo\n\n"
            "El Gobierno presentó el jueves las cifras de homicidios del último año en San Salvador.\n")
    assert _loaded(text) == ["autoritarismo"]


def test_a_plain_headline_is_not_a_claim() -> None:
    ex = extract(build_document(b"Police seize cocaine in Tumaco\n\nPolice seized two tonnes of cocaine "
                                b"in Tumaco on Monday, the navy said.\n", "t.txt"))
    assert [c.text for c in ex.claims] == ["Police seized two tonnes of cocaine in Tumaco on Monday, the navy said."]


def test_a_short_loaded_section_heading_is_a_claim() -> None:
    text = ("La red del puerto\n\nLa red movió carga por el muelle durante una década, según la fiscalía.\n\n"
            "Funcionarios y complicidades\n\nTres inspectores firmaron los permisos sin revisar los contenedores.\n")
    assert "complicidades" in [t.term for t in _loaded_terms(text)]
    text = ("The port network\n\nThe network moved cargo through the dock for a decade, prosecutors said.\n\n"
            "Officials and complicity\n\nThree inspectors signed the permits without checking the containers.\n")
    assert "complicity" in [t.term for t in _loaded_terms(text)]


def test_a_short_plain_heading_is_still_no_claim() -> None:
    text = ("Officials and inspectors\n\nThree inspectors signed the permits without checking the containers.\n")
    ex = extract(build_document(text.encode("utf-8"), "t.txt"))
    assert [c.text for c in ex.claims] == ["Three inspectors signed the permits without checking the containers."]


def _loaded_terms(text: str) -> list:
    ex = extract(build_document(text.encode("utf-8"), "t.txt"))
    return [t for c in ex.claims for t in c.loaded_terms]


def test_opinion_words_count_in_an_interview_answer_as_in_a_quotation() -> None:
    # 'presta la foto' judges only where someone argues or is quoted; an answer is quoted speech without marks
    text = ("Radio Costa entrevistó al alcalde de Puerto Lindo, Ramiro Salas, sobre la visita de la ministra.\n\n"
            "PERIODISTA: ¿Qué dejó la visita de la ministra?\n\n"
            "SALAS: Nada. La ministra vino, se tomó la foto en el muelle y volvió a la capital.\n\n"
            "PERIODISTA: ¿Y los policías prometidos?\n\n"
            "SALAS: Todavía no llegan.\n")
    assert "se tomó la foto" in [t.term for t in _loaded_terms(text)]
    text = ("Harbor Radio interviewed the mayor of Port Linden, Ray Sales, about the minister's visit.\n\n"
            "Q: What did the minister's visit leave behind?\n\n"
            "A: Nothing. She came, staged a photo on the pier and flew back to the capital.\n\n"
            "Q: And the police officers she promised?\n\n"
            "A: They have not arrived.\n")
    assert "staged a photo" in [t.term for t in _loaded_terms(text)]
