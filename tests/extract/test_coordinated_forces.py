"""Bodies named before 'en coordinación con', 'con apoyo de', 'working with' acted with those named after it."""

from __future__ import annotations

from support.extraction import ties


def _allied(got: set[tuple[str, str, str]], a: str, b: str) -> bool:
    return any(t == "allied_with" and {s, o} == {a, b} for s, t, o in got)


def test_a_prosecutor_s_office_in_coordination_with_the_police_and_the_guard() -> None:
    got = ties("La Fiscalía Regional de Huánuco, en coordinación con la Dirección Antidrogas y con el apoyo de la "
               "Guardia Costera, ejecutó doce allanamientos en Tingo María.\n")
    assert _allied(got, "Fiscalía Regional de Huánuco", "Dirección Antidrogas")
    assert any(t == "allied_with" and "Guardia Costera" in (s + o) and "Huánuco" in (s + o) for s, t, o in got)


def test_agents_working_with_another_police() -> None:
    got = ties("Prosecutors said that agents of the Border Task Force, working with the Federal Highway Police, "
               "stopped the truck near Laredo.\n")
    assert _allied(got, "Border Task Force", "Federal Highway Police")


def test_bodies_listed_together_after_the_cue_are_not_tied_to_each_other() -> None:
    got = ties("La Fiscalía Regional de Huánuco trabajó junto a la Dirección Antidrogas, la Guardia Costera y la "
               "Superintendencia de Aduanas.\n")
    assert not any(t == "allied_with" and {s, o} == {"Dirección Antidrogas", "Superintendencia de Aduanas"}
                   for s, t, o in got)
