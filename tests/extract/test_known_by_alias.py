"""'known only by his alias, "El Contador."', 'conocido solo por su alias, «el Contador»': the alias is the person's
name, as after 'known only as'. Found on a wire story written for this check."""

from __future__ import annotations

import pytest

from support.extraction import extracted


@pytest.mark.parametrize("text", [
    "SAN PEDRO SULA, Oct. 8, 2025 - The fee is collected by Óscar Mejía Paz, who answers to the gang's leader, "
    "known only by his alias, \"El Contador.\"\n",
    "San Pedro Sula, 8 de octubre de 2025.\n\nLa banda la dirige un hombre conocido solo por su alias, \"el Contador\".\n",
    "San Pedro Sula, 8 de octubre de 2025.\n\nLa banda la dirige un hombre conocido por su apodo, «el Contador».\n",
])
def test_a_person_known_only_by_an_alias(text: str) -> None:
    assert ("Contador", "person") in {(e.name, e.type) for e in extracted(text).entities}
