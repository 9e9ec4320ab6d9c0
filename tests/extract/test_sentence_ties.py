"""Ties stated within one sentence whose cue is not a plain verb between two names: a person (or his crew)
who runs or taxes something in a named place is active there."""

from __future__ import annotations

from support.extraction import ties


def _tied(text: str, a: str, b: str, types: tuple[str, ...] = ()) -> bool:
    return any(((a in x and b in y) or (b in x and a in y)) and (not types or t in types) for x, t, y in ties(text))


def test_a_person_who_runs_something_in_a_place_operates_there():
    text = ("Los fiscales acusan a Romualdo Ceferino Ayala, alias \"Cuervo\", que administraba tres bodegas "
            "en el barrio de Los Tamarindos, según el expediente.\n")
    assert _tied(text, "Romualdo Ceferino Ayala", "Los Tamarindos", ("operates_in",))
    text = "Prosecutors say Osvaldo Preciado Lund, 51, oversaw two airstrips in the municipality of Santa Brígida.\n"
    assert _tied(text, "Osvaldo Preciado Lund", "Santa Brígida", ("operates_in",))


def test_a_persons_crew_taxing_a_place_ties_him_to_it():
    text = "Everyone on the coast knows that Teófilo Ruvalcaba's men charge a fee on every boat at the Punta Garza pier.\n"
    assert _tied(text, "Teófilo Ruvalcaba", "Punta Garza", ("operates_in",))


def test_a_verb_that_is_not_his_ties_nothing():
    text = "Osvaldo Preciado Lund, whose brother controls the roads in Santa Brígida, was arrested on Friday.\n"
    assert not _tied(text, "Osvaldo Preciado Lund", "Santa Brígida")


def test_a_tie_verb_reaches_every_member_of_a_mixed_list_after_it():
    text = ("The DEA opened a case against Walter Orozco in 2022, and last week the Office of Foreign Assets Control "
            "sanctioned him, Pesquera Marlín and Transportes Albatros.\n")
    assert _tied(text, "OFAC", "Transportes Albatros", ("acts_against",))
    assert _tied(text, "OFAC", "Pesquera Marlín", ("acts_against",))


def test_a_list_locked_in_a_quarrel_named_as_a_noun_is_opposed():
    text = "Los Halcones and the Garza Cartel are locked in a turf war over the eastern piers.\n"
    assert _tied(text, "Halcones", "Garza", ("opposes",))
    text = "Los Halcones y el Cartel de la Garza mantienen una feroz disputa por los muelles del puerto.\n"
    assert _tied(text, "Halcones", "Garza", ("opposes",))


def test_a_firm_or_group_based_in_a_place_operates_there():
    text = "Prosecutors froze the accounts of Maderas Quetzal, a Cobán-based timber company, on Monday.\n"
    assert _tied(text, "Maderas Quetzal", "Cobán", ("operates_in",))
    text = "The money moved through Rutas del Norte, a freight firm based in Chiquimula, until 2023.\n"
    assert _tied(text, "Rutas del Norte", "Chiquimula", ("operates_in",))
    text = "La fiscalía congeló las cuentas de Transportes Albatros, una naviera con sede en Puerto Cortés.\n"
    assert _tied(text, "Transportes Albatros", "Puerto Cortés", ("operates_in",))


def test_two_forces_that_act_together_are_allied():
    text = ("Hours later, the Panamanian National Police and the National Aeronaval Service intercepted a speedboat "
            "carrying two tonnes of cocaine.\n")
    assert _tied(text, "Panamanian National Police", "SENAN", ("allied_with",))
    text = ("Horas después, la Policía Nacional de Panamá y el Servicio Nacional Aeronaval interceptaron una lancha "
            "con dos toneladas de cocaína.\n")
    assert _tied(text, "Policía Nacional de Panamá", "SENAN", ("allied_with",))


def test_a_list_continues_past_a_hyphenated_kind_word():
    text = ("Italy has quietly courted the region, aligning with governments including Syria and Iran, "
            "and non-state militias such as Hamas.\n")
    assert _tied(text, "Italy", "Hamas")


def test_a_firm_with_a_concession_in_a_place_operates_there():
    text = "La empresa Auríferos del Sur S.A., con concesión en el cantón Zaruma, exportó oro por 40 millones.\n"
    assert _tied(text, "Auríferos del Sur", "Zaruma", ("operates_in",))
    text = "Andean Gold Ltd., with mining operations in the department of Puno, denied the accusations.\n"
    assert _tied(text, "Andean Gold", "Puno", ("operates_in",))
