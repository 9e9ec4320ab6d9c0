"""A force's common noun ('the coast guard', 'la policía') points back to the body of that kind the story named;
a source inside a clause ('según la policía') is no party to the ties the clause states."""

from __future__ import annotations

from support.extraction import resolved, ties

EN = (
    "PORT OF SPAIN, March 12 — The boats were stopped off Cedros, according to the Trinidad and Tobago Coast "
    "Guard. The five men were handed over to the Trinidad and Tobago Police Service. Commander Roland Baptiste, "
    "the coast guard's head of operations, told reporters the boats carried rifles.\n"
)

ES = (
    "GUAYAQUIL, 3 de abril de 2025 — La Policía Nacional del Ecuador incautó dos toneladas de cocaína en el puerto. "
    "El aviso llegó de la Policía Federal de Bélgica.\n\n"
    "La banda Los Escorpiones del Guayas, una escisión de Los Choneros, controla según la policía cuatro "
    "cooperativas del Guasmo y mantiene una disputa armada con Los Lobos por las rutas del puerto.\n"
)


def test_the_coast_guard_in_lower_case_is_the_coast_guard_named_before():
    assert ("Roland Baptiste", "leads", "Trinidad and Tobago Coast Guard") in ties(EN)


def test_the_police_in_lower_case_is_the_police_named_first_and_most():
    assert resolved(ES).get("la policía") == ["Policía Nacional del Ecuador"]


def test_a_source_inside_the_clause_is_neither_subject_nor_object_of_its_cues():
    got = ties(ES)
    assert ("Escorpiones del Guayas", "opposes", "Los Lobos (Ecuador)") in got
    assert not any(t in ("controls", "opposes") and "Policía" in s + o for s, t, o in got)
