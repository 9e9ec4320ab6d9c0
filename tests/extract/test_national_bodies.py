"""A country's force named by its nationality in lower case: 'Belgian customs', 'el ejército dominicano'."""

from __future__ import annotations

from support.extraction import extracted


def _names(text: str) -> dict[str, list[str]]:
    return {e.name: e.aliases for e in extracted(text).entities if e.type == "government_body"}


def test_a_force_no_list_holds_is_an_actor_named_as_written() -> None:
    assert "Belgian customs" in _names("Belgian customs seized two tonnes of cocaine in Antwerp in May.\n")
    assert "ejército dominicano" in _names("Soldados del ejército dominicano llegaron a Dajabón el lunes.\n")


def test_the_short_form_is_the_force_the_text_named_in_full() -> None:
    got = _names("The Haitian National Police raided the base.\n\nHaitian police later said two officers died.\n")
    assert list(got) == ["Haitian National Police"] and "Haitian police" in got["Haitian National Police"]


def test_a_forces_officer_is_a_person_not_the_force() -> None:
    assert not _names("Prosecutors linked the gang to the murder of Raúl Ortega, a former Bolivian army officer.\n")


def test_the_regions_anti_drug_border_and_police_bodies_are_listed_by_their_acronyms() -> None:
    # acronyms no open-world rule could type: the list knows whose they are
    ex = extracted("La FELCN y la DNCD compartieron datos con el OIJ y con SENAFRONT sobre la ruta.\n"
                   "Agents of the ATF and FinCEN traced the rifles and the wire transfers.\n")
    got = {e.name: (e.type, e.kb_id) for e in ex.entities}
    for kb_id in ("bo_felcn", "do_dncd", "cr_oij", "pa_senafront", "us_atf", "us_fincen"):
        assert any(v == ("government_body", kb_id) for v in got.values()), (kb_id, got)


def test_an_acronym_the_list_holds_only_as_ambiguous_is_the_one_the_text_defines() -> None:
    ex = extracted("La Policía de Investigaciones de Chile (PDI) detuvo a dos hombres en Arica.\n")
    assert any(e.kb_id == "cl_pdi" and "PDI" in e.aliases for e in ex.entities)
    ex = extracted("The Honduran National Police (PNH) arrested ten members of Barrio 18 in Choloma.\n")
    pnh = next(e for e in ex.entities if "PNH" in e.aliases or e.name == "PNH")
    assert pnh.name == "Honduran National Police" and "Haitian National Police" not in pnh.aliases


def test_a_generic_police_name_in_a_story_from_a_listed_town_of_another_country_is_not_colombias() -> None:
    ex = extracted("Lima, 20 de agosto de 2025.\n\nLa Policía Nacional detuvo este miércoles al alcalde Wilmer "
                   "Soto Huamán en el distrito de Comas.\n")
    police = next(e for e in ex.entities if e.name.startswith("Policía Nacional"))
    assert police.kb_id != "co_police"
