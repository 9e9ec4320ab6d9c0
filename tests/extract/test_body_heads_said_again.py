"""A state body's head noun said again ('the service', 'la unidad') refers to the body whose own name or alias
holds that word; and 'X, the agency's spokesman' is a person of that agency, not the agency itself.
"""

from __future__ import annotations

from support.extraction import extracted, resolved, ties


def test_the_service_is_the_body_whose_name_says_service() -> None:
    got = resolved("The National Border Service (SENAFRONT) denied the claim on Thursday. The service said on "
                   "Friday that no armed suspects had been released this year.\n")
    assert got == {"The service": ["SENAFRONT"]}


def test_a_head_no_named_body_holds_refers_to_nobody() -> None:
    got = resolved("The Drug Enforcement Administration (DEA) opened a case. The service was slow on Friday, "
                   "and the office of the governor said nothing.\n")
    assert "The service" not in got and "the office" not in got


def test_la_unidad_is_the_unit_named_before() -> None:
    got = resolved("La Unidad de Información Financiera congeló 43 cuentas. Según la unidad, el dinero venía de "
                   "Los Lobos.\n")
    assert got.get("la unidad") == ["Unidad de Información Financiera"]


def test_the_spokesman_of_the_body_said_again_belongs_to_it() -> None:
    got = ties("The National Border Service (SENAFRONT) denied the claim. Commissioner Abdiel Ríos, the service's "
               "spokesman, told reporters on Friday that nobody had been released.\n")
    assert ("Abdiel Ríos", "member_of", "SENAFRONT") in got


def test_a_person_described_by_the_agencys_post_is_a_person() -> None:
    text = ("The Drug Enforcement Administration (DEA) opened a case in May. Lionel Whitcombe, the agency's "
            "spokesman, declined to comment.\n")
    assert ("Lionel Whitcombe", "person") in {(e.name, e.type) for e in extracted(text).entities}
    assert ("Lionel Whitcombe", "member_of", "DEA") in ties(text)
