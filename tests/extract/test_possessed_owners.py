"""Whose someone is: 'Su hermano, X' opening a paragraph is kin of the person the paragraph before is about; 'la
Fiscalía … detuvo a su gerente, X' makes X the manager of the firm named before, not of the Fiscalía; 'the
office's regional delegate, X' is a member of the office named before."""

from __future__ import annotations

from support.extraction import extracted, ties


def test_kin_opening_a_paragraph_belongs_to_the_last_paragraphs_person_es():
    text = ("Informe\n\nEn el centro de la red está Teodoro Huanca Ticona, alias \"el Tío\", un exchofer de 58 años. "
            "La Fiscalía de Puno lo investiga desde 2022.\n\nSu hermano, Remigio Huanca Ticona, conocido como "
            "\"Pichuco\", vive del lado boliviano.\n")
    got = ties(text)
    assert ("Remigio Huanca Ticona", "associated_with", "Teodoro Huanca Ticona") in got \
        or ("Teodoro Huanca Ticona", "associated_with", "Remigio Huanca Ticona") in got


def test_the_arrester_is_not_whose_manager_es():
    text = ("Análisis\n\nLa empresa Minera Cóndor Azul S.A. declaró exportaciones de oro que triplican su capacidad. "
            "En agosto la Fiscalía General del Estado allanó sus oficinas y detuvo a su gerente, Patricio Orbe "
            "Salazar.\n")
    got = ties(text)
    assert ("Patricio Orbe Salazar", "leads", "Minera Cóndor Azul S.A.") in got
    assert ("Patricio Orbe Salazar", "leads", "Fiscalía General del Estado") not in got


def test_the_offices_delegate_en():
    text = ("Wire\n\nFighting has displaced 1,200 people, Colombia's Ombudsman's Office said on Thursday. Families "
            "sought shelter in schools, according to the office's regional delegate, Ana Lucía Pinzón Rueda.\n")
    got = ties(text)
    assert any(a == "Ana Lucía Pinzón Rueda" and "Ombudsman" in b for a, _, b in got)


def _tied(got: set[tuple[str, str, str]], a: str, b: str) -> bool:
    return any({x, y} == {a, b} for x, _, y in got)


def test_a_mother_named_with_an_honorific_es():
    text = ("Crónica\n\nEl 9 de julio, un mototaxista de 23 años, conocido como el Pollo, apareció muerto a la orilla "
            "del río. Su madre, doña Tuta, todavía guarda la gorra que él llevaba ese día.\n")
    assert _tied(ties(text), "Pollo", "Tuta")


def test_a_cousin_of_the_one_named_de_es():
    text = ("Investigación\n\nLa casa de cambio pertenece a un primo de Ulises Carmona Villaseñor, Héctor Villaseñor "
            "Lugo, quien aparece como apoderado legal.\n")
    assert _tied(ties(text), "Ulises Carmona Villaseñor", "Héctor Villaseñor Lugo")


def test_his_mother_with_an_honorific_is_read_as_kin_en():
    text = ("Wire\n\nThe body of Carlos Mena Ibarra was found on Tuesday near the river.\n\nHis mother, Mrs. Olga "
            "Ibarra Soto, told reporters he had received threats.\n")
    ex = extracted(text)
    names = {e.key: e.name for e in ex.entities}
    assert any({names[r.source], names[r.target]} == {"Carlos Mena Ibarra", "Olga Ibarra Soto"}
               and r.extractor == "rules.kin" for r in ex.relations)
