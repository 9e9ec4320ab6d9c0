"""'Titular', 'administrador(a)' and 'chairman' are a head's posts: 'el procurador adjunto X, titular de la Unidad
Y' and 'X, chairwoman of the Y Foundation' say X leads it. Found reading a read set's missed ties (a prosecutors'
unit named by its head's post)."""

from __future__ import annotations

from support.extraction import ties


def test_titular_de_la_unidad_leads_it() -> None:
    got = ties("Lima, 3 de marzo de 2026\n\n\"Era una red grande\", afirmó Hernán Quispe Rojas, titular de la "
               "Unidad Especial contra el Lavado de Activos.\n")
    assert ("Hernán Quispe Rojas", "leads", "Unidad Especial contra el Lavado de Activos") in got


def test_chairwoman_of_a_foundation_leads_it() -> None:
    got = ties("Lima, 3 de marzo de 2026\n\n\"The network is large,\" said Rosaura Quispe Mamani, chairwoman of "
               "the Andean Rivers Foundation.\n")
    assert ("Rosaura Quispe Mamani", "leads", "Andean Rivers Foundation") in got
