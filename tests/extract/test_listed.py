"""The accused a release lists under 'Charged in the indictment are:' / 'Entre los detenidos se encuentran:'."""

from __future__ import annotations

from support.extraction import ties

EN = """The Attorney General's Office of Panama announced charges against members of Los Halcones del Istmo, a gang
that moves cocaine through Colón. Prosecutors say Los Halcones del Istmo paid port workers to open containers.

Charged in the case are:

• Abdiel Ramón Quintero Vega, 44, the alleged leader of the organization;
• Yaritza Paola Montenegro Ruiz, 36, who allegedly kept the accounts.

The Attorney General's Office said more arrests would follow.
"""

ES = """La Fiscalía General del Estado de Oaxaca informó que desarticuló una célula de Los Zorros Grises, grupo que
extorsiona a comerciantes de la costa. La Fiscalía General del Estado de Oaxaca presentó a los imputados ante un juez.

Entre los detenidos se encuentran:

- Eleuterio "N", alias "El Gallo", presunto jefe de plaza en Pinotepa;
- Rosalba "N" y Fermín "N", presuntos halcones del grupo.
"""


def test_each_listed_person_is_acted_against_and_a_member_of_the_group():
    got = ties(EN)
    for person in ("Abdiel Ramón Quintero Vega", "Yaritza Paola Montenegro Ruiz"):
        assert any(s != person and t == "acts_against" and o == person for s, t, o in got), person
    assert ("Yaritza Paola Montenegro Ruiz", "member_of", "Halcones del Istmo") in got
    assert ("Abdiel Ramón Quintero Vega", "leads", "Halcones del Istmo") in got


def test_a_spanish_list_of_the_held_names_each_of_them_and_both_of_a_pair():
    got = ties(ES)
    office = "Fiscalía General del Estado de Oaxaca"
    for person in ('Eleuterio "N"', 'Rosalba "N"', 'Fermín "N"'):
        assert (office, "acts_against", person) in got, person
    assert ('Eleuterio "N"', "leads", "Zorros Grises") in got
    assert ('Fermín "N"', "member_of", "Zorros Grises") in got


def test_a_list_under_a_line_that_charges_nobody_ties_nobody():
    got = ties(EN.replace("Charged in the case are:", "The office thanked:"))
    assert ("Yaritza Paola Montenegro Ruiz", "member_of", "Halcones del Istmo") not in got


MASTHEAD = """MINISTERIO DE SEGURIDAD DE LA NACIÓN - REPÚBLICA DE COSTA AZUL
Dirección de Prensa

La Gendarmería de Costa Azul y la Prefectura Naval de Costa Azul, bajo la dirección del Juzgado Federal
de Puerto Lirio, concretaron el martes doce allanamientos en la provincia de Las Garzas. La banda, conocida como
"Los del Remanso", respondía a un operador del PCC radicado en la frontera.

Los detenidos son:

- Héctor Ramón Quiroga Paz, alias "El Tuerto", de 47 años, señalado como jefe de la organización.
- Daiana Soledad Frutos Gil, alias "La Contadora", de 33 años, responsable de las finanzas del grupo.
"""


def test_the_forces_that_open_the_release_arrested_the_listed_not_its_masthead() -> None:
    got = ties(MASTHEAD)
    for force in ("Gendarmería de Costa Azul", "Prefectura Naval de Costa Azul"):
        assert (force, "acts_against", "Daiana Soledad Frutos Gil") in got
    assert not any(s.startswith(("MINISTERIO", "Ministerio")) and t == "acts_against" for s, t, _ in got)


def test_the_organization_of_a_listed_item_is_the_band_the_release_is_about() -> None:
    # ('la organización' in an item: over the list's intro, the subject of the last sentence that named groups,
    # not the PCC named after it inside that sentence)
    got = ties(MASTHEAD)
    assert ("Daiana Soledad Frutos Gil", "member_of", "Los del Remanso") in got
    assert not any(s == "Daiana Soledad Frutos Gil" and o == "PCC" for s, _, o in got)
