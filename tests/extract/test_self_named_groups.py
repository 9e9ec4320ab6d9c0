"""A collective that names itself is a group actor under its whole name; a Spanish ñ is a letter of its own."""

from __future__ import annotations

from support.extraction import extracted


def _types(text: str) -> dict[str, str]:
    return {e.name: e.type for e in extracted(text).entities}


def test_un_grupo_que_se_hace_llamar() -> None:
    got = _types("Hace dos semanas, un grupo que se hace llamar Guardianes de la Cañada apareció en un video con "
                 "machetes y escopetas en San Isidro.\n")
    assert got.get("Guardianes de la Cañada") == "group"
    assert "Canada" not in got and "Canadá" not in got


def test_a_group_calling_itself() -> None:
    got = _types("Last week a group calling itself Red Ciudadana Sur set up roadblocks outside Tapachula.\n")
    assert got.get("Red Ciudadana Sur") == "group"


def test_a_ravine_is_not_canada_but_canada_is() -> None:
    got = _types("Los vecinos de la Cañada del Sur denunciaron a la banda. El gobierno de Canadá envió ayuda.\n")
    assert got.get("Canadá", got.get("Canada")) == "state"
    assert not any(name in ("Canada", "Canadá") and "Cañada" in name for name in got)
    assert sum(1 for t in got.values() if t == "state") == 1


def test_a_group_someone_founded_known_as_x_is_a_criminal_group_in_a_crime_story() -> None:
    got = _types("The former commander crossed into Peru with forty men and began moving cocaine. Within three "
                 "years the group he founded, known locally as La Hermandad del Río, controlled the river trade.\n")
    assert got.get("Hermandad del Río", got.get("La Hermandad del Río")) == "criminal_group"


def test_la_red_que_fundo_conocida_como_x() -> None:
    got = _types("El excomandante cruzó a Perú con cuarenta hombres y empezó a mover cocaína. En tres años, la "
                 "red que fundó, conocida en la zona como Los Hermanos del Agua, controlaba el comercio del río.\n")
    assert got.get("Hermanos del Agua", got.get("Los Hermanos del Agua")) == "criminal_group"
