"""'the mayor' in English refers to the mayor named before; Spanish 'el mayor' ('the greatest') does not."""

from __future__ import annotations

from support.extraction import extracted


def _mentions(text: str, name: str) -> list[str]:
    ex = extracted(text)
    return [text[m.start : m.end] for e in ex.entities if e.name == name for m in e.mentions]


def test_the_mayor_is_the_mayor_named_before() -> None:
    text = ("TURBO, Nov. 3, 2025 - Mayor Ana Lucía Restrepo denied it. Later, councillor Héctor Galeano said the "
            "mayor had sold the port to the cartel.\n")
    assert _mentions(text, "Ana Lucía Restrepo") == ["Ana Lucía Restrepo", "the mayor"]


def test_el_mayor_is_not_the_alcaldesa() -> None:
    text = ("Turbo, 3 de noviembre de 2025.\n\nLa alcaldesa Ana Lucía Restrepo habló el lunes. El mayor cartel del "
            "país opera en el puerto, dijo el concejal Héctor Galeano.\n")
    assert "El mayor" not in _mentions(text, "Ana Lucía Restrepo")
