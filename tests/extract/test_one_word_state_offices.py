"""A state office the Spanish press names with one capitalised word is an actor like 'la Fiscalía': 'la
Cancillería informó …', 'según Migraciones, …'. Invented examples."""

from __future__ import annotations

from support.extraction import extracted


def _typed(text: str) -> dict[str, str]:
    return {e.name: e.type for e in extracted(text).entities}


def test_the_foreign_ministry_named_as_cancilleria() -> None:
    assert _typed("Ayer, la Cancillería informó que el detenido será extraditado.\n").get("Cancillería") \
        == "government_body"


def test_the_migration_office_named_as_migraciones() -> None:
    got = _typed("El detenido ingresó al país en 2021, según Migraciones, y salió en 2023.\n")
    assert got.get("Migraciones") == "government_body", got
