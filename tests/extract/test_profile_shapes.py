"""A profile of a local strongman: his nickname, his family, his firms and who sanctions them."""

from __future__ import annotations

from support.extraction import extracted, quotes, said, ties

PROFILE = (
    "Asunción, 11 de noviembre de 2024\n\n"
    "En Puerto Itá casi nadie pronuncia su nombre completo. Le dicen \"Don Lalo\", o simplemente \"el patrón\". "
    "Eulalio Benítez Ocampo tiene 63 años y una estancia junto al río que separa Amambay del estado brasileño de "
    "Mato Grosso do Sul. Los camiones de su otra firma, Transportes Don Lalo S.R.L., llevaban marihuana.\n\n"
    "Su mujer, Nilda Ortiz de Benítez, figura como presidenta de Cambios Itá S.A. Su hijo mayor, Hugo Benítez "
    "Ortiz, es concejal y preside la comisión de Hacienda de la Junta Municipal.\n\n"
    "Según la Secretaría Nacional Antidrogas, sus rivales son la familia Moraes Lima, un clan brasileño. "
    "\"Ramiro es como un hijo para mí\", dijo Benítez. Su abogado, Gustavo Franco Leiva, habló de persecución. "
    "La Oficina de Control de Activos Extranjeros (OFAC) lo incluyó, junto con Cambios Itá, en su lista de "
    "sancionados.\n"
)


def test_a_nickname_given_with_a_second_one_before_the_name_is_his():
    ex = extracted(PROFILE)
    man = next(e for e in ex.entities if e.name == "Eulalio Benítez Ocampo")
    assert "Lalo" in {ex.document.text[m.start:m.end] for m in man.mentions}


def test_names_of_a_profile():
    types = {e.name: e.type for e in extracted(PROFILE).entities}
    assert types.get("Transportes Don Lalo S.R.L.") == "company"  # a firm named after the man, not the man
    assert types.get("Nilda Ortiz de Benítez") == "person"  # a married name
    assert types.get("Mato Grosso do Sul") == "location"
    assert types.get("Junta Municipal") == "government_body"
    assert types.get("Moraes Lima") == "criminal_group" and "Lima" not in types


def test_the_wife_and_the_son_are_the_mans_not_each_others():
    got = ties(PROFILE)
    for relative in ("Nilda Ortiz de Benítez", "Hugo Benítez Ortiz"):
        assert any({s, o} == {relative, "Eulalio Benítez Ocampo"} for s, _, o in got), relative
    assert not any({s, o} == {"Nilda Ortiz de Benítez", "Hugo Benítez Ortiz"} for s, _, o in got)
    # "su hijo mayor" is an elder son, not a mayor; "la comisión de Hacienda" is not the antidrug office
    assert not any(s == "Hugo Benítez Ortiz" and o == "Secretaría Nacional Antidrogas" for s, _, o in got)


def test_a_clients_lawyer_is_no_member_of_the_body_named_before():
    assert not any(s == "Gustavo Franco Leiva" and t == "member_of" for s, t, _ in ties(PROFILE))


def test_the_bare_surname_is_the_man_his_relatives_are_introduced_through():
    assert said(quotes(PROFILE), "como un hijo") == "Eulalio Benítez Ocampo"


def test_a_sanctions_list_is_a_sanction():
    assert ("OFAC", "acts_against", "Cambios Itá S.A.") in ties(PROFILE)
