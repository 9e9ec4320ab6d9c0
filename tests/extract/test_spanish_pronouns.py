"""Spanish 'él' and a person's 'su': the person the sentences are about, never a woman for 'él'."""

from __future__ import annotations

from support.extraction import quotes, said, ties


def test_el_and_su_empresa_go_back_to_the_man_the_paragraph_before_was_about() -> None:
    got = ties("Rogelio Saucedo Frías tiene 58 años y recibe a los visitantes en su finca de Puerto Cedro.\n\n"
               "Él insiste en que es arrocero. Y lo es: su empresa Molinos del Sur S.A. procesa arroz en dos "
               "provincias.\n")
    assert any(a == "Rogelio Saucedo Frías" and b == "Molinos del Sur S.A." for a, _t, b in got), got


def test_a_mother_who_speaks_is_not_her_son_named_before() -> None:
    got = quotes("Un repartidor de 19 años, conocido como el Gato, apareció muerto junto al puente. Su madre, doña "
                 "Chela, todavía guarda la bicicleta que él usaba.\n\n"
                 "—A mi hijo lo mataron porque no quiso cargar un paquete —dice, sentada en la puerta de su casa—. "
                 "Nadie volvió a preguntar.\n")
    assert said(got, "A mi hijo lo mataron") == "Chela"


def test_an_object_clitic_before_what_is_done_to_someone_is_the_man_named_before() -> None:
    got = ties("Rubén Lara Pinto fue alcalde de la ciudad durante dos periodos y siempre negó tener vínculos con "
               "las bandas que controlan el puerto. Sus vecinos lo recuerdan como un hombre discreto.\n\n"
               "En marzo de 2024 la Policía Nacional lo detuvo en Lima cuando intentaba salir del país.\n\n"
               "Dos semanas después, la Fiscalía lo acusó de lavado de activos.\n\n"
               "El 5 de mayo, la Oficina de Control de Activos Extranjeros (OFAC) lo incluyó en su lista de "
               "sancionados por narcotráfico.\n")
    assert ("Fiscalía", "acts_against", "Rubén Lara Pinto") in got
    assert ("OFAC", "acts_against", "Rubén Lara Pinto") in got


def test_an_indirect_object_clitic_of_charges_and_custody() -> None:
    got = ties("Rubén Lara Pinto fue alcalde de la ciudad durante dos periodos y siempre negó tener vínculos con "
               "las bandas que controlan el puerto. Sus vecinos lo recuerdan como un hombre discreto.\n\n"
               "En marzo de 2024 la Fiscalía le imputó los delitos de lavado de activos y cohecho.\n\n"
               "Días después, la jueza Marta Ruiz le dictó prisión preventiva.\n")
    assert ("Fiscalía", "acts_against", "Rubén Lara Pinto") in got
    assert ("Marta Ruiz", "acts_against", "Rubén Lara Pinto") in got
