"""Found reading an unseen Spanish release as a newcomer: a headline's bare head word, a wire in the
dateline, a ward's letter."""

from __future__ import annotations

from support.extraction import extracted

RELEASE = (
    "Cárcel de Río Claro: la Fiscalía imputa a cuatro guardias por la fuga de alias \"el Garza\"\n\n"
    "Río Claro, 3 de marzo de 2026 (Agencia Litoral).- La Fiscalía Provincial de San Telmo imputó este lunes a "
    "cuatro guardias por facilitar la fuga de Benigno Ruales Pita, alias \"el Garza\", jefe de la banda Los "
    "Gavilanes del Estero.\n\n"
    "Según el fiscal Aurelio Mancheno, los guardias apagaron las cámaras del pabellón C. \"Fue un negocio\", "
    "afirmó Mancheno.\n"
)


def test_the_headlines_fiscalia_is_the_one_named_in_full_below() -> None:
    bodies = [e for e in extracted(RELEASE).entities if e.type == "government_body"]
    assert [e.name for e in bodies] == ["Fiscalía Provincial de San Telmo"]
    assert "Fiscalía" in bodies[0].aliases


def test_the_wire_in_the_dateline_is_a_medium_and_a_wards_letter_nobody() -> None:
    types = {e.name: e.type for e in extracted(RELEASE).entities}
    assert types.get("Agencia Litoral") == "media"
    assert "C." not in types and "C" not in types


def test_a_place_before_an_attribution_is_no_body_and_a_financier_to_a_country_funds_nobody() -> None:
    ex = extracted("Guatemala extradites alleged Zetas financier to the United States\n\n"
                   "Guatemala on Monday extradited Heriberto Salguero Paz to the United States, where he faces "
                   "money-laundering charges in a federal court in Texas, the country's Interior Ministry said.\n")
    types = {e.name: e.type for e in ex.entities}
    assert types.get("Texas") == "location"
    assert not any(r.type == "funds" for r in ex.relations)
