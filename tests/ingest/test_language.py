"""Language guessing on short and mixed invented texts."""

from __future__ import annotations

import pytest

from nexos.ingest.language import detect_language


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Police seize cocaine at port\n\nOfficers found two tonnes in a container on Tuesday. "
            "The shipment was bound for Europe, according to the prosecutor.",
            "en",
        ),
        (
            "Capturan a jefe de banda en Cúcuta\n\nLa policía detuvo el martes al líder de la red. "
            "Según la fiscalía, el grupo cobraba extorsiones a los comerciantes.",
            "es",
        ),
        (
            "Governo anuncia nova operação\n\nA polícia prendeu dez pessoas na fronteira. "
            "Segundo o ministério, não houve feridos durante a ação.",
            "pt",
        ),
        (
            "Le gouvernement annonce un plan\n\nLa police a arrêté dix personnes dans le port. "
            "Selon le ministère, il n'y a pas eu de blessés pendant l'opération.",
            "fr",
        ),
    ],
)
def test_short_texts(text: str, expected: str) -> None:
    assert detect_language(text) == expected


def test_mixed_text_picks_the_dominant_language() -> None:
    english = (
        "The report says that the armed group controls the border crossings and that it has "
        "been taxing the traders for years. Officials in the capital have denied this. "
    )
    spanish_quote = '"No vamos a negociar con los criminales", dijo el ministro. '
    assert detect_language(english * 3 + spanish_quote) == "en"
    spanish = (
        "El informe afirma que el grupo armado controla los pasos de la frontera y que cobra "
        "a los comerciantes desde hace años. "
    )
    assert detect_language(spanish * 3 + '"We will act", the envoy said. ') == "es"


@pytest.mark.parametrize("text", ["", "12345 67890", "Xyzzy plugh"])
def test_undecidable_text_is_und(text: str) -> None:
    assert detect_language(text) == "und"
