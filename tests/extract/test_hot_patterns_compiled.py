"""The patterns extraction tries on every name and sentence are compiled once, not looked up per call.

``re.search(pattern_string, …)`` finds its compiled pattern in re's cache on every call (and
compiles it again once more distinct patterns than the cache holds have been used since). The
patterns below run hundreds of thousands of times on a large batch: the extractors hold them
compiled, and no module-level ``re`` call passes them again.
"""

from __future__ import annotations

import re

import pytest

from nexos.extract import entities, extract, gazetteer, offices, phrases
from nexos.ingest import build_document, metadata

COMPILED = [
    phrases._CONJUNCTION, entities._NON_SPACE, entities._OF_NAME, entities._LEADING_ARTICLE, entities._FOR_NAME,
    entities._AND_OR_POSSESSIVE, entities._URL_PART, entities._LOWER_BEFORE, entities._ONE_LETTER,
    entities._OWNED_TITLE, entities._REGION_PREFIX, entities._DESCRIPTOR_LEAD, entities._COLON,
    entities._BULLET_BEFORE, entities._LINE_START_BEFORE, entities._INITIALS, gazetteer._ARTICLE_OR_OF_BEFORE,
    metadata._HEADING_MARK, metadata._BOLD,
    *(rx for before, after, _body in offices._TITLE_CUES for rx in (before, after)),
]

DOCS = [
    ("en.txt", "Example Wire report\n\nBOGOTA, March 6, 2025 (Example Wire) - Prosecutor Ana Ruiz of the Attorney "
               "General's Office said the Gulf Clan and Los Rastrojos financed the campaign of Senator Hernán Cardona. "
               "Colombian NGO Fundación Paz Viva and the Senate asked for an inquiry, prosecutor Ana Ruiz added.\n"),
    ("es.txt", "Informe de Agencia Ejemplo\n\nBOGOTÁ, 6 de marzo de 2025 (Agencia Ejemplo) - La fiscal Lucía Benítez, "
               "de la Fiscalía General, dijo que el Clan del Golfo y Los Choneros financiaron la campaña del senador "
               "Jorge Velandia. El Senado y la ONG Fundación Tierra Firme pidieron una investigación.\n"),
]


@pytest.fixture
def module_level_patterns(monkeypatch):  # type: ignore[no-untyped-def]
    seen: set[str] = set()
    for name in ("search", "match", "fullmatch", "finditer", "findall", "sub", "split"):
        real = getattr(re, name)

        def recording(pattern, *args, _real=real, **kwargs):  # type: ignore[no-untyped-def]
            seen.add(pattern.pattern if isinstance(pattern, re.Pattern) else pattern)
            return _real(pattern, *args, **kwargs)

        monkeypatch.setattr(re, name, recording)
    return seen


def test_hot_patterns_are_not_passed_to_module_level_re_calls(module_level_patterns) -> None:  # type: ignore[no-untyped-def]
    results = []
    for name, text in DOCS:
        doc = build_document(text.encode("utf-8"), name)
        results.append(extract(doc))
    assert all(r.entities and r.relations for r in results)  # the documents were read
    assert module_level_patterns, "module-level re calls were recorded"
    passed_again = [rx.pattern for rx in COMPILED if rx.pattern in module_level_patterns]
    assert passed_again == []


def test_the_compiled_patterns_read_what_the_strings_read() -> None:
    assert phrases._CONJUNCTION.search(", Y ") and not phrases._CONJUNCTION.search(", ")  # case-insensitive
    assert entities._OF_NAME.search("Dania Euceda of DIPAMPCO").group() == " of "
    assert entities._FOR_NAME.search("San Jerónimo para la Alianza").group() == " para la "
    assert entities._REGION_PREFIX.sub("", "Central American") == "American"
    assert entities._DESCRIPTOR_LEAD.match("Colombian NGO Fundación X").group(2) == "NGO"
    assert metadata._BOLD.sub(r"\2", "**Pacific Dispatch** | news") == "Pacific Dispatch | news"
    before, after, body = offices._TITLE_CUES[0]
    assert before.pattern.startswith("(?<![\\w])(") and after.pattern.startswith("^\\s*,")
