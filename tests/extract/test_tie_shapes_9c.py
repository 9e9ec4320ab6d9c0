"""Tie shapes: whom a sentence-opening pronoun continues, and ties named around it."""

from __future__ import annotations

from nexos.extract import extract
from nexos.ingest import build_document


def _ties(text: str) -> set[tuple[str, str, str]]:
    ex = extract(build_document(text.encode("utf-8"), "t.txt"))
    by = {e.key: e.name for e in ex.entities}
    return {(by[r.source], r.type, by[r.target]) for r in ex.relations}


def test_an_opening_it_continues_the_last_subject_en() -> None:
    ties = _ties("The Frente Nogales signed a pact with the Clan Ortiz in 2023. "
                 "It received money from the Cartel de Ribera, according to prosecutors.\n")
    assert ("Cartel de Ribera", "funds", "Frente Nogales") in ties
    assert ("Cartel de Ribera", "funds", "Clan Ortiz") not in ties


def test_an_opening_its_continues_the_last_subject_en() -> None:
    ties = _ties("The Nogales Cartel signed a pact with the Ortiz gang in 2023. "
                 "Its leader, Aníbal Prado, was arrested in April.\n")
    assert ("Aníbal Prado", "leads", "Nogales Cartel") in ties
    assert ("Aníbal Prado", "leads", "Ortiz gang") not in ties


def test_la_organizacion_continues_the_last_subject_es() -> None:
    ties = _ties("El Cártel de Nogales firmó un pacto con la banda Los Ortiz en 2023. "
                 "La organización recibió dinero de la empresa Minera Ribera, según la Fiscalía. "
                 "Su jefe, Aníbal Prado, fue detenido en abril.\n")
    assert ("Minera Ribera", "funds", "Cártel de Nogales") in ties
    assert ("Aníbal Prado", "leads", "Cártel de Nogales") in ties


def test_a_station_voice_belongs_to_the_station_es() -> None:
    ties = _ties("Entre las víctimas está Óscar Bello, locutor de Radio Sierra Alta, asesinado en 2022.\n")
    assert ("Óscar Bello", "member_of", "Radio Sierra Alta") in ties


def test_a_station_voice_belongs_to_the_station_en() -> None:
    ties = _ties("Among the dead was Oscar Bello, a presenter at Radio Sierra Alta, shot in 2022.\n")
    assert ("Oscar Bello", "member_of", "Radio Sierra Alta") in ties


def test_a_caucus_member_belongs_to_the_party_es() -> None:
    ties = _ties("Desde marzo circula una foto en la que el diputado Hugo Sarmiento, de la bancada del "
                 "Partido Celeste (PC), recibe un sobre.\n")
    assert ("Hugo Sarmiento", "member_of", "Partido Celeste") in ties


def test_a_complaint_against_is_legal_action_en() -> None:
    ties = _ties("Mayor Marta Ugarte filed a defamation complaint on Monday against the Renace Movement.\n")
    assert ("Marta Ugarte", "acts_against", "Renace Movement") in ties


def test_a_complaint_against_is_legal_action_es() -> None:
    ties = _ties("La alcaldesa Marta Ugarte presentó el lunes una denuncia por calumnia contra el Movimiento Renace.\n")
    assert ("Marta Ugarte", "acts_against", "Movimiento Renace") in ties


def test_a_pair_that_signs_in_the_present_is_tied_es() -> None:
    ties = _ties("El ministro Jorge Ferrer y el comandante Aldo Salinas firman un acuerdo para la entrega de armas.\n")
    assert ("Jorge Ferrer", "allied_with", "Aldo Salinas") in ties


def test_a_pair_that_signs_in_the_present_is_tied_en() -> None:
    ties = _ties("Minister Jorge Ferrer and commander Aldo Salinas sign an agreement on disarmament.\n")
    assert ("Jorge Ferrer", "allied_with", "Aldo Salinas") in ties


def test_a_candidate_for_a_towns_office_runs_there_en() -> None:
    ties = _ties("Marisol Rentería, the opposition candidate for governor of Valle Alto, denied the claims.\n")
    assert ("Marisol Rentería", "operates_in", "Valle Alto") in ties


def test_a_candidate_for_a_towns_office_runs_there_es() -> None:
    ties = _ties("Marisol Rentería, candidata a la alcaldía de Puerto Alegre, negó las acusaciones.\n")
    assert ("Marisol Rentería", "operates_in", "Puerto Alegre") in ties
