"""The data-driven loaded-language layer: evaluative words (EN) and pejorative suffixes (ES)."""

from __future__ import annotations

import pytest

from nexos.assess.evaluative import find_evaluative_terms, spanish_forms
from nexos.assess.language import find_loaded_terms, is_quoted, quoted_spans
from nexos.assess.lexicon import LEXICON_DIR


def terms(text: str, lang: str) -> list[str]:
    return [t.term for t in find_evaluative_terms(text, lang)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Only morons would send drones after cooks, and only an egoistic envoy would cheer.",
            ["morons", "egoistic"],
        ),
        ("The border plan is not only cruel; it is laughable.", ["cruel", "laughable"]),
        ("Those imbeciles in Washington never read a map.", ["imbeciles"]),
        ("Its backers are simply vicious, and their spokesman is pathetic.", ["vicious", "pathetic"]),
    ],
)
def test_english_judgements_are_found(text, expected):
    assert terms(text, "en") == expected


@pytest.mark.parametrize(
    "text",
    [
        # the crime is the topic: no verdict in describing it
        "Police said the brutal attack in Tumaco killed three men; a violent gang armed with rifles "
        "controls the deadly trafficking route, and corrupt officers were arrested for extortion.",
        # feelings of people described, and adjectives not said of anything
        "Residents said they were afraid and sad after the homicide. The situation is difficult.",
        "Prosecutors called the evidence questionable; the suspect pleaded guilty to cocaine charges.",
    ],
)
def test_neutral_english_crime_reporting_gives_nothing(text):
    assert terms(text, "en") == []


def test_adjective_that_is_not_said_of_anything_is_left_alone():
    assert terms("Cruel.\nThe hearing resumed.", "en") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Otro politicastro de la capital prometió mano dura.", ["politicastro"]),
        ("Ese gobiernucho y sus periodistuchos viven de la propaganda.", ["gobiernucho", "periodistuchos"]),
        ("El reyezuelo de la provincia y un militarote retirado.", ["reyezuelo", "militarote"]),
    ],
)
def test_spanish_pejorative_suffixes_are_found(text, expected):
    assert terms(text, "es") == expected


@pytest.mark.parametrize(
    "text",
    [
        "La Fiscalía informó del secuestro y del homicidio; el narcotráfico y la extorsión siguen en "
        "la región, según el general del Ejército y el presidente municipal.",
        "Vio una novela policiaca antes del partidillo del domingo con el alcalde y la jueza.",
        "El senador Militarote declaró ante la comisión.",  # a surname, not a sneer
    ],
)
def test_neutral_spanish_gives_nothing(text):
    assert terms(text, "es") == []


def test_layer_joins_listed_terms_without_duplicates():
    text = "The moronic narco-regime and its idiotic hawks."
    found = [t.term for t in find_loaded_terms(text, "en")]
    assert "moronic" in found and "idiotic" in found
    assert len(found) == len(set(found))
    assert [t.start for t in find_loaded_terms(text, "en")] == sorted(
        t.start for t in find_loaded_terms(text, "en")
    )


def test_quoted_words_are_flagged_and_can_be_told_apart():
    text = 'The mayor replied: "Only a moronic critic would say that." Police confirmed the arrest.'
    found = find_loaded_terms(text, "en")
    assert [t.term for t in found] == ["moronic"]
    assert is_quoted(found[0].start, found[0].end, quoted_spans(text))


def test_shipped_lexicon_is_small_and_excludes_topic_words():
    path = LEXICON_DIR / "evaluative_en.tsv"
    assert path.stat().st_size < 20_000
    assert terms("The violent, brutal and deadly attack.", "en") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Es vergonzoso: una respuesta nefasta y descaradamente falsa.", ["vergonzoso", "nefasta", "descaradamente"]),
        ("Actos viles de un gobierno mezquino, con un cinismo que indigna.", ["viles", "mezquino", "cinismo"]),
        ("Argumentos falaces y medidas draconianas.", ["falaces", "draconianas"]),
    ],
)
def test_spanish_evaluative_words_are_found_in_every_form(text, expected):
    assert terms(text, "es") == expected


def test_spanish_evaluative_word_as_a_name_is_left_alone():
    assert terms("El fiscal Ruin declaró ante el juez.", "es") == []


@pytest.mark.parametrize(
    ("lemma", "adjective", "forms"),
    [
        ("vergonzoso", True, ["vergonzoso", "vergonzosa", "vergonzosos", "vergonzosas", "vergonzosamente"]),
        ("vil", True, ["vil", "viles", "vilmente"]),
        ("falaz", True, ["falaz", "falaces", "falazmente"]),
        ("hipocrita", True, ["hipocrita", "hipocritas", "hipocritamente"]),
        ("cinismo", False, ["cinismo", "cinismos"]),
        ("ineptitud", False, ["ineptitud", "ineptitudes"]),
    ],
)
def test_spanish_forms_are_derived_from_the_lemma(lemma, adjective, forms):
    assert spanish_forms(lemma, adjective) == forms
