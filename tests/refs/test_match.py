from pathlib import Path

import pytest

from nexos.refs.load import RefEntry, load_ofac_sdn
from nexos.refs.match import build_index, compare_names, fold, phonetic, words

SAMPLE = Path(__file__).parent / "sdn_sample.csv"
SHARED_SDN = Path(__file__).parents[2].parent / "shared/data/ofac/sdn.csv"

ELN_ALIASES = ["National Liberation Army", "Ejército de Liberación Nacional"]
SHOULD_MATCH = [
    ("Nicolás Maduro", "person", [], ["VE"], "22790"),
    ("Diosdado Cabello", "person", [], ["VE"], "24424"),
    ("ELN", "armed_group", ELN_ALIASES, ["CO"], "4706"),
    ("Segunda Marquetalia", "armed_group", [], ["CO"], "33974"),
    ("Iván Márquez", "person", [], ["CO"], "8159"),
    ("Hezbollah", "armed_group", [], ["LB"], "4697"),
    ("Hamas", "armed_group", [], [], "4695"),
    ("Clan del Golfo", "criminal_group", [], ["CO"], "15871"),
]
SHOULD_NOT_MATCH = [
    ("Gustavo Petro", "person", ["CO"]),
    ("Francia Márquez", "person", ["CO"]),
    ("Iván Cepeda", "person", ["CO"]),
    ("Donald Trump", "person", ["US"]),
    ("Joe Biden", "person", ["US"]),
    ("Spain", "state", ["ES"]),
    ("Colombia", "state", ["CO"]),
    ("Venezuela", "state", ["VE"]),
    ("Cartel de los Soles", "criminal_group", ["VE"]),
    ("Tren de Aragua", "criminal_group", ["VE"]),
]


@pytest.fixture(scope="module")
def sample_index():
    return build_index(load_ofac_sdn(SAMPLE))


@pytest.fixture(scope="module")
def full_index():
    if not SHARED_SDN.exists():
        pytest.skip("shared OFAC snapshot not present")
    return build_index(load_ofac_sdn(SHARED_SDN))


def test_fold_strips_accents_case_punctuation_and_particles():
    assert fold("Ejército de Liberación Nacional") == "ejercito de liberacion nacional"
    assert words("MADURO MOROS, Nicolas") == ("maduro", "moros", "nicolas")
    assert words("Cartel de los Soles") == ("cartel", "soles")
    assert phonetic("hezbollah") == phonetic("hizballah")
    assert phonetic("marquez") == phonetic("marques")
    assert phonetic("petro") != phonetic("petrov")


def test_order_free_and_dropped_second_surname():
    pair = compare_names("Nicolás Maduro", "MADURO MOROS, Nicolas")
    assert pair.score >= 0.85
    assert pair.features["cover_query"] == 1.0
    assert "second surname" in pair.reason


def test_matching_only_the_second_surname_is_weaker():
    first = compare_names("Hugo Carranza", "CARRANZA ZEPEDA, Hugo Ivan").score
    second = compare_names("Hugo Zepeda", "CARRANZA ZEPEDA, Hugo Ivan").score
    assert second < first


def test_acronym_and_expansion_meet():
    pair = compare_names("ELN", "Ejército de Liberación Nacional")
    assert pair.features["acronym"] == 1.0
    assert 0.7 <= pair.score < 0.85  # an acronym alone is a lead, not proof


def test_acronym_alone_reaches_an_entry_named_by_its_expansion():
    index = build_index([RefEntry("x1", "test", "EJERCITO DE LIBERACION NACIONAL")])
    [found] = index.match("ELN", "armed_group")
    assert found.entry.id == "x1" and found.decision == "review"


@pytest.mark.parametrize("name,type_,aliases,countries,expected", SHOULD_MATCH)
def test_sample_matches(sample_index, name, type_, aliases, countries, expected):
    results = sample_index.match(name, type_, aliases=aliases, countries=countries)
    matched = {m.entry.id for m in results if m.decision == "match"}
    assert expected in matched
    assert results[0].score == max(m.score for m in results if m.entry.id == expected)


@pytest.mark.parametrize("name,type_,countries", SHOULD_NOT_MATCH)
def test_sample_non_matches(sample_index, name, type_, countries):
    results = sample_index.match(name, type_, countries=countries)
    assert all(m.decision != "match" for m in results)


def test_alias_match_is_explained(sample_index):
    top = sample_index.match("Iván Márquez", "person", countries=["CO"])[0]
    assert top.entry.id == "8159" and top.decision == "match"
    assert top.features["alias"] == 1.0
    assert any("alias" in r and "MARQUEZ, Ivan" in r for r in top.reasons)
    assert "country agrees: CO" in top.reasons


def test_son_with_extra_given_name_is_only_review(sample_index):
    results = {m.entry.id: m for m in sample_index.match("Nicolás Maduro", "person", countries=["VE"])}
    assert results["22790"].decision == "match"
    assert results["26946"].decision == "review"
    assert results["26946"].score < results["22790"].score


def test_type_disagreement_is_penalised():
    index = build_index([RefEntry("p1", "test", "SEGUNDA MARQUETALIA", type="person")])
    [as_group] = index.match("Segunda Marquetalia", "armed_group")
    assert as_group.decision == "no"
    assert as_group.features["type"] < 1.0
    assert any("type differs" in r for r in as_group.reasons)


def test_short_near_spelling_is_review_not_match(sample_index):
    results = {m.entry.id: m for m in sample_index.match("Hamas", "armed_group")}
    assert results["4695"].decision == "match"
    assert results["23628"].decision == "review"  # listed alias HAMMS


def test_unrelated_name_finds_nothing(sample_index):
    assert sample_index.match("Juan Pérez", "person") == []


@pytest.mark.parametrize("name,type_,aliases,countries,expected", SHOULD_MATCH)
def test_full_list_matches(full_index, name, type_, aliases, countries, expected):
    results = full_index.match(name, type_, aliases=aliases, countries=countries)
    matched = {m.entry.id for m in results if m.decision == "match"}
    assert expected in matched, [(m.entry.id, m.entry.name, m.score) for m in results]
    assert results[0].score == max(m.score for m in results if m.entry.id == expected)


@pytest.mark.parametrize("name,type_,countries", SHOULD_NOT_MATCH)
def test_full_list_non_matches(full_index, name, type_, countries):
    results = full_index.match(name, type_, countries=countries)
    assert all(m.decision != "match" for m in results), [(m.entry.name, m.score) for m in results]
