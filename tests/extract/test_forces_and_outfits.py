"""Forces that act together (a list of bodies before an aside and their verb, or after a passive's "por"/"by") and
what a person's possessive says they run or belong to ("his channel X", "su empresa, X", "his own outfit, the Y")."""

from __future__ import annotations

from support.extraction import ties


def _tied(got: set[tuple[str, str, str]], a: str, typ: str, b: str) -> bool:
    return (a, typ, b) in got or (typ in ("allied_with", "associated_with") and (b, typ, a) in got)


def test_two_forces_then_an_aside_then_their_verb_es() -> None:
    got = ties("La Gendarmería Nacional Argentina y la Prefectura Naval Argentina, bajo la dirección del Juzgado "
               "Federal de Rosario, concretaron el martes dieciséis allanamientos en Misiones.\n")
    assert _tied(got, "Gendarmería Nacional Argentina", "allied_with", "Prefectura Naval Argentina")


def test_two_forces_and_a_spanish_verb_of_raids_es() -> None:
    got = ties("La Policía Nacional y el Ejército efectuaron dieciséis allanamientos en Posadas.\n")
    assert any(t == "allied_with" for _, t, _ in got)


def test_an_aside_with_its_own_verb_is_no_joint_action() -> None:
    got = ties("El ELN y las disidencias, con sus jefes en Caracas, dicen que firmaron una tregua.\n")
    assert not any(t == "allied_with" for _, t, _ in got)


def test_the_agents_of_a_passive_raid_acted_together_es() -> None:
    got = ties("La empresa fue allanada meses después por la Secretaría Nacional Antidrogas (SENAD) y el "
               "Ministerio Público paraguayo.\n")
    assert _tied(got, "Secretaría Nacional Antidrogas", "allied_with", "Ministerio Público")


def test_the_authors_of_a_report_are_not_forces_acting() -> None:
    got = ties("El informe fue elaborado por la Fiscalía y la Policía.\n")
    assert not any(t == "allied_with" for _, t, _ in got)


def test_his_channel_is_his_en() -> None:
    got = ties("The clip was first posted by Nicanor Villagra, an Argentine online commentator, on his channel "
               "Alerta Cono Sur.\n")
    assert _tied(got, "Nicanor Villagra", "leads", "Alerta Cono Sur")


def test_su_canal_is_his_es() -> None:
    got = ties("Nicanor Villagra publicó el video en su canal, Alerta Cono Sur, el lunes.\n")
    assert _tied(got, "Nicanor Villagra", "leads", "Alerta Cono Sur")


def test_his_own_outfit_is_his_and_her_group_hers_en() -> None:
    got = ties("Within weeks Eliseu Marques da Rocha had taken sixty gunmen with him and founded his own outfit, "
               "the Primeiro Grupo da Fronteira. Ana Ruiz Vélez said her group, Madres del Puerto, would march.\n")
    assert _tied(got, "Eliseu Marques da Rocha", "leads", "Primeiro Grupo da Fronteira")
    assert _tied(got, "Ana Ruiz Vélez", "member_of", "Madres del Puerto")
