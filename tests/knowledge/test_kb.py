"""The knowledge base loads, validates, and finds actors by their names in EN and ES."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from nexos.knowledge import KBEntry, KnowledgeBaseError, fold, load_kb, vocabulary
from nexos.knowledge.kb import _load_cached


@pytest.fixture(scope="module")
def kb():
    return load_kb()


def ids(entries: list[KBEntry]) -> list[str]:
    return [e.id for e in entries]


# --- folding -------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "folded"),
    [
        ("Nicolás Maduro", "nicolas maduro"),
        ("  NICOLAS   maduro ", "nicolas maduro"),
        ("Ejército de Liberación Nacional", "ejercito de liberacion nacional"),
        ("the United States", "united states"),
        ("Los Choneros", "choneros"),
        ("U.S.", "us"),
        ("Maduro–Petro axis", "maduro petro axis"),
        ("Petro’s administration", "petros administration"),
        ("FARC-EP", "farc ep"),
        ("", ""),
    ],
)
def test_fold(raw: str, folded: str) -> None:
    assert fold(raw) == folded


def test_fold_drops_only_a_leading_article() -> None:
    assert fold("Cartel de los Soles") == "cartel de los soles"
    assert fold("La Oficina de Envigado") == "oficina de envigado"


# --- the packaged data ---------------------------------------------------


def test_loads_at_least_350_entries(kb) -> None:
    assert len(kb) >= 350


def test_every_entry_has_source_and_vocabulary_type(kb) -> None:
    types = set(vocabulary().entity_types)
    for entry in kb:
        assert entry.source.strip(), entry.id
        assert entry.type in types, entry.id
        assert entry.type != "other", f"{entry.id}: pick a real type instead of other"


def test_designations_are_never_types() -> None:
    assert not {"terrorist", "terrorist_group", "cartel"} & set(vocabulary().entity_types)


def test_ids_unique_and_every_id_resolvable(kb) -> None:
    all_ids = [e.id for e in kb]
    assert len(all_ids) == len(set(all_ids))
    assert all(kb.get(i) is not None for i in all_ids)
    assert kb.get("no_such_actor") is None


def test_each_kind_is_present(kb) -> None:
    counts = {t: len(kb.by_type(t)) for t in vocabulary().entity_types}
    for kind, least in [
        ("state", 40),
        ("person", 100),
        ("armed_group", 15),
        ("criminal_group", 30),
        ("government_body", 40),
        ("location", 50),
    ]:
        assert counts[kind] >= least, (kind, counts[kind])


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("National Liberation Army", "eln"),
        ("Ejército de Liberación Nacional", "eln"),
        ("ejercito de liberacion nacional", "eln"),
        ("ELN", "eln"),
        ("Clan del Golfo", "clan_del_golfo"),
        ("AGC", "clan_del_golfo"),
        ("EGC", "clan_del_golfo"),
        ("Gulf Clan", "clan_del_golfo"),
        ("nicolas maduro", "nicolas_maduro"),
        ("Nicolás Maduro Moros", "nicolas_maduro"),
        ("Cartel of the Suns", "cartel_de_los_soles"),
        ("Cártel de los Soles", "cartel_de_los_soles"),
        ("Hizballah", "hezbollah"),
        ("Paz Total", "paz_total"),
        ("Total Peace", "paz_total"),
        ("Historic Pact", "pacto_historico"),
        ("Estados Unidos", "usa"),
        ("the United States of America", "usa"),
        ("Naciones Unidas", "un"),
        ("Comisión Interamericana de Derechos Humanos", "iachr"),
        ("Luciano Marín Arango", "ivan_marquez"),
        ("Otoniel", "otoniel"),
        ("Niño Guerrero", "nino_guerrero"),
        ("Mérida Initiative", "merida_initiative"),
        ("Bogota", "bogota"),
        ("disidencias de las FARC", "farc_dissidents"),
    ],
)
def test_lookup_en_and_es(kb, name: str, expected: str) -> None:
    found = kb.lookup(name)
    assert found, name
    assert found[0].id == expected


def test_bare_shared_surnames_are_not_aliases(kb) -> None:
    for surname in ("Márquez", "Rodríguez", "González", "García"):
        assert kb.lookup(surname) == [], surname


def test_ambiguous_form_returns_all_holders_unambiguous_first(kb) -> None:
    holders = ids(kb.lookup("Pedro Sánchez"))
    assert set(holders) == {"pedro_sanchez_es", "pedro_sanchez_co"}
    assert set(ids(kb.lookup("Washington"))) == {"gov_usa", "washington_dc"}
    assert kb.get("los_lobos").is_ambiguous("Los Lobos")
    assert not kb.get("eln").is_ambiguous("ELN")


def test_no_form_maps_to_two_unambiguous_entries(kb) -> None:
    owners: dict[str, set[str]] = {}
    for surface, entry in kb.names():
        if not entry.is_ambiguous(surface):
            owners.setdefault(fold(surface), set()).add(entry.id)
    clashes = {form: who for form, who in owners.items() if len(who) > 1}
    assert clashes == {}


def test_names_yields_name_and_aliases(kb) -> None:
    forms = {s for s, e in kb.names() if e.id == "eln"}
    assert {"ELN", "National Liberation Army", "Ejército de Liberación Nacional"} <= forms


def test_countries_are_iso_codes(kb) -> None:
    assert kb.get("eln").countries == ("CO", "VE")
    assert kb.get("norway").countries == ("NO",)  # YAML would read a bare NO as false


def test_load_is_cached() -> None:
    # how long a cold load takes is printed by benchmarks/bench_components.py
    _load_cached.cache_clear()
    first = load_kb()
    assert load_kb() is first
    _load_cached.cache_clear()
    assert load_kb() is not first and len(load_kb()) == len(first)


def test_vocabulary_symmetry() -> None:
    vocab = vocabulary()
    assert vocab.is_symmetric("allied_with")
    assert vocab.is_symmetric("negotiates_with")
    assert not vocab.is_symmetric("funds")
    assert not vocab.is_symmetric("no_such_relation")
    assert "military_action" in vocab.event_types
    assert "characterisation" in vocab.claim_kinds


# --- validation of broken data -------------------------------------------


def write(tmp_path: Path, text: str) -> Path:
    (tmp_path / "test.yaml").write_text(textwrap.dedent(text), encoding="utf-8")
    return tmp_path


GOOD = """\
- {id: alpha, name: Alpha Front, type: armed_group, aliases: [Frente Alfa], source: "test"}
"""


def test_small_valid_folder_loads(tmp_path: Path) -> None:
    kb = load_kb(write(tmp_path, GOOD))
    assert len(kb) == 1
    assert ids(kb.lookup("frente alfa")) == ["alpha"]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (GOOD + GOOD, "used twice"),
        ('- {id: a, name: A, type: terrorist, source: "s"}\n', "not one of"),
        ("- {id: a, name: A, type: person}\n", "missing"),
        ('- {id: a, name: A, type: person, alias: [B], source: "s"}\n', "unknown keys"),
        (
            '- {id: a, name: Alpha, type: person, source: "s"}\n'
            '- {id: b, name: Beta, type: person, aliases: [ALPHA], source: "s"}\n',
            "names both",
        ),
        ('- {id: a, name: A, type: person, countries: [Colombia], source: "s"}\n', "ISO 3166"),
        ('- {id: a, name: A, type: person, ambiguous_aliases: [Z], source: "s"}\n', "neither"),
        ('- {id: a, name: A, type: person, external_ids: {wikidata: "123"}, source: "s"}\n', "Q123"),
        ('- {id: A-1, name: A, type: person, source: "s"}\n', "slug"),
        ("- {id: a, name: [unclosed\n", "cannot parse"),
    ],
)
def test_broken_data_is_rejected_with_a_helpful_message(tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(KnowledgeBaseError, match=message):
        load_kb(write(tmp_path, text))


def test_shared_form_allowed_when_marked_ambiguous(tmp_path: Path) -> None:
    kb = load_kb(
        write(
            tmp_path,
            """\
        - {id: a, name: Alpha, type: person, source: "s"}
        - {id: b, name: Beta, type: location, aliases: [Alpha], ambiguous_aliases: [Alpha], source: "s"}
        """,
        )
    )
    assert ids(kb.lookup("alpha")) == ["a", "b"]
