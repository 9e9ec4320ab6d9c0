"""A police brief: a lawyer whose given name is a capital's, a firm named without its legal form, a cell named far back."""

from __future__ import annotations

from support.extraction import extracted, ties

FILLER = ("En el operativo también se decomisaron dos fusiles, una pistola, dinero en efectivo y varios teléfonos "
          "celulares que serán analizados por los peritos de criminalística en las próximas semanas. ") * 12

BRIEF = f"""Machala, martes 14 de abril de 2026

Agentes de la Policía Nacional del Ecuador capturaron ayer a Byron Quiñónez Caicedo, alias Pecas, señalado como jefe
de una célula de Los Lobos que operaba en el puerto de Puerto Salinillas.

{FILLER}

Según la Policía, los teléfonos contienen mensajes con intermediarios vinculados al Clan del Golfo, la organización
colombiana que abastecería de cocaína a la célula.

La carga estaba registrada a nombre de la exportadora Frutícola Bahía Dorada S.A. Un empleado de
Frutícola Bahía Dorada dijo que la empresa alquila contenedores a terceros.

La defensa de Quiñónez, a cargo del abogado Washington Andrade Lucio, calificó la detención de "montaje".
"""


def test_a_lawyer_whose_given_name_is_also_a_capitals_is_a_person():
    ex = extracted(BRIEF)
    lawyer = next(e for e in ex.entities if "Andrade" in e.name)
    assert lawyer.name == "Washington Andrade Lucio" and lawyer.type == "person"
    assert not any(e.type == "government_body" and e.name.startswith("Government of the United") for e in ex.entities)


def test_a_firm_named_again_without_its_legal_form_is_the_same_firm():
    ex = extracted(BRIEF)
    firms = [e for e in ex.entities if "Bahía Dorada" in e.name and not e.name.startswith("empleado")]
    assert [(e.name, e.type) for e in firms] == [("Frutícola Bahía Dorada S.A.", "company")]


def test_the_cell_the_brief_described_once_is_that_group_pages_later():
    got = ties(BRIEF)
    assert any({s, o[:9]} == {"Clan del Golfo", "Los Lobos"} or {o, s[:9]} == {"Clan del Golfo", "Los Lobos"}
               for s, _, o in got)


def test_a_legal_form_ends_a_sentence_when_a_word_that_only_opens_one_follows():
    ex = extracted("La carga estaba a nombre de Granos del Sur S.A. La empresa negó todo. Officials of the U.S. Treasury "
                   "met in the U.S. The talks failed.")
    text = ex.document.text
    assert [text[s:e] for s, e in ex.document.sentences] == [
        "La carga estaba a nombre de Granos del Sur S.A.", "La empresa negó todo.",
        "Officials of the U.S. Treasury met in the U.S.", "The talks failed."]
