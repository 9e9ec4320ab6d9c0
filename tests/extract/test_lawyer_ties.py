"""A lawyer named for a client supports the client: after a possessive ('His lawyer, X', 'Su abogado, X'), after
the client's name ("Y's lawyer, X", 'La defensa de Y, a cargo del abogado X') or after a title the text gave the
client ('el abogado del alcalde, X')."""

from __future__ import annotations

from support.extraction import ties


def _supports(got: set[tuple[str, str, str]], lawyer: str, client: str) -> bool:
    return (lawyer, "supports", client) in got


def test_his_lawyer_after_a_sentence_about_someone_else_en():
    text = ("Wire\n\nPolice arrested Marcos Tavares Lobo in Santos in March. He has never been convicted. His lawyer, "
            "Renata Quaresma, describes him as a fruit exporter.\n")
    assert _supports(ties(text), "Renata Quaresma", "Marcos Tavares Lobo")


def test_su_abogado_opening_a_sentence_es():
    text = ("Nota\n\nLa Fiscalía allanó la casa de cambios de Arsenio Benítez Ocampo. Su abogado, Gustavo Franco "
            "Leiva, calificó la medida de \"persecución\" y sostuvo que su cliente es inocente.\n")
    assert _supports(ties(text), "Gustavo Franco Leiva", "Arsenio Benítez Ocampo")


def test_la_defensa_de_a_cargo_del_abogado_es():
    text = ("Nota\n\nEl juez condenó a Wilmer Arboleda Quintero. La defensa de Arboleda, a cargo del abogado Nelson "
            "Jaramillo Ruiz, anunció que apelará.\n")
    assert _supports(ties(text), "Nelson Jaramillo Ruiz", "Wilmer Arboleda Quintero")


def test_the_lawyer_of_a_titled_client_es():
    text = ("Nota\n\nLa Policía detuvo en Lima al alcalde del distrito de San Mateo, Wilmer Quispe Huamán. La Dirandro "
            "incautó dos camionetas.\n\nEl abogado del alcalde, Fernando Salas Ugarte, calificó la detención de "
            "\"show\".\n")
    assert _supports(ties(text), "Fernando Salas Ugarte", "Wilmer Quispe Huamán")


def test_a_lawyer_with_a_body_is_no_ones_lawyer_en():
    text = ("Wire\n\nFamilies of the inmates said Marta Ruiz Peña was still missing. \"We defend due process,\" said "
            "Rosa Elena Cedeño, a lawyer with the committee.\n")
    assert not any(t == "supports" for _, t, _ in ties(text))


def test_the_lawyer_of_the_detainee_supports_the_person_the_story_is_about() -> None:
    from support.extraction import ties
    es = ("Prensa del Altiplano — 24 de noviembre de 2026\n\nLa policía capturó al exalcalde Marvin Orellana Chávez. "
          "Según la fiscal Ingrid Morales, Orellana lavó dinero para una red. «Prestaba la municipalidad», afirmó "
          "Morales.\n\nEl abogado del detenido, Sergio Pac, dijo que su cliente es inocente.\n")
    en = ("Highland Press — November 24, 2026\n\nPolice arrested former mayor Marvin Orellana Chávez. According to "
          "prosecutor Ingrid Morales, Orellana laundered money for a ring. \"He lent out the town hall,\" Morales "
          "said.\n\nThe lawyer for the defendant, Sergio Pac, said his client is innocent.\n")
    for text in (es, en):
        got = ties(text)
        assert ("Sergio Pac", "supports", "Marvin Orellana Chávez") in got
        assert ("Sergio Pac", "supports", "Ingrid Morales") not in got
