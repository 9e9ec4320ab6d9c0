"""A government declaring a band a terrorist organisation sanctions it, in English and Spanish."""

from __future__ import annotations

from support.extraction import ties, typed_events


def test_declarado_organizacion_terrorista_por_el_gobierno() -> None:
    text = ("Guayaquil, 21 de octubre de 2025.- Los Tiburones del Guayas operan como una célula de Los Lobos, grupo "
            "declarado organización terrorista por el Gobierno de Ecuador en enero de 2024.\n")
    assert any(date == "2024-01" and typ == "sanction" for date, typ, _who in typed_events(text))
    assert ("Government of Ecuador", "acts_against", "Los Lobos (Ecuador)") in ties(text)


def test_declared_terrorist_organizations_and_declaro_como_grupos_terroristas() -> None:
    for text in ("QUITO, Oct. 21, 2025 - President Daniel Noboa declared Los Lobos and Los Choneros terrorist "
                 "organizations in January 2024.\n",
                 "Quito, 21 de octubre de 2025.- El presidente Daniel Noboa declaró a Los Lobos y Los Choneros como "
                 "grupos terroristas en enero de 2024.\n"):
        assert any(date == "2024-01" and typ == "sanction" for date, typ, _who in typed_events(text))
