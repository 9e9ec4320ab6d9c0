"""Ties the shape of a story implies across sentences (extract/context_ties.py): the features of a pair, the
shipped model's proposals on a short chronicle, how they are typed and told apart, and the training script."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from nexos.extract.context_ties import FEATURES, Model, context_ties, load_model, pair_features
from nexos.extract.coref import resolve_mentions
from nexos.extract.entities import find_candidates
from nexos.extract.relations import extract_relations
from nexos.ingest import build_document
from support.extraction import extracted

ROOT = Path(__file__).resolve().parents[2]

PUERTO = (
    "Extorsión en el puerto\n\n"
    "La banda de Los Halcones del Sur cobra una cuota semanal a los pescadores de Bahía Quieta desde 2021, "
    "según los vecinos.\n\n"
    "El lunes, Ramiro Tuz Calderón fue visto en el mercado. Tuz Calderón niega cualquier delito. La Fiscalía "
    "sostiene que lleva las cuentas de la organización.\n\n"
    "Los Halcones del Sur también venden combustible robado, según los fiscales. Tuz Calderón fue detenido en "
    "2019 y liberado un año después.\n\n"
    "La alcaldesa Elsa Quintal, del Partido Verde Unido, pidió más policías. Quintal asumió el cargo en enero.\n"
)

HARBOUR = (
    "Extortion at the harbour\n\n"
    "The Red Gulls, a gang from the docks of Porto Calmo, charge every trawler a weekly fee, residents say.\n\n"
    "On Monday, Dario Feltri Mancuso was seen at the fish market. Feltri Mancuso denies any crime.\n\n"
    "The Red Gulls also sell stolen diesel, according to prosecutors. Feltri Mancuso was arrested in 2019 and "
    "released a year later.\n\n"
    "Mayor Nora Benetti of the Civic Harbour Party asked for more police. Benetti took office in January.\n"
)


def _parts(text: str):
    doc = build_document(text.encode("utf-8"), "t.txt")
    res = resolve_mentions(doc, find_candidates(doc))
    rules = extract_relations(doc, res, context=False)
    return doc, res, rules, res.entities


def _named(entities, name):
    return next(e.key for e in entities if e.name == name)


def test_pairs_tied_or_named_in_one_sentence_are_no_candidates_and_features_say_how_far_apart_the_two_are():
    doc, _res, rules, entities = _parts(PUERTO)
    tied = {frozenset((r.source, r.target)) for r in rules}
    cands = {frozenset((c.a, c.b)): c for c in pair_features(doc, entities, tied)}
    assert not set(cands) & tied
    # 'La alcaldesa Elsa Quintal, del Partido Verde Unido, …': one sentence names both; the rules read it
    mayor, party = _named(entities, "Elsa Quintal"), _named(entities, "Partido Verde Unido")
    assert frozenset((mayor, party)) not in cands
    assert not any({c.a, c.b} == {mayor, party} for c in pair_features(doc, entities, set()))
    gang, man = _named(entities, "Halcones del Sur"), _named(entities, "Ramiro Tuz Calderón")
    pair = cands[frozenset((gang, man))]
    assert pair.features["kinds_GP"] == 1.0 and pair.features["same_paragraph"] == 1.0
    assert pair.features["sentence_gap_log"] > 0
    assert pair.features["most_named"] == 1.0  # the gang and the man are the story's most named actors
    assert set(pair.features) <= set(FEATURES) | {"kind_untied_either"}
    assert len(pair.sentences) == 2  # the two sentences where they are named nearest each other


@pytest.mark.parametrize("text,group,person", [(PUERTO, "Halcones del Sur", "Ramiro Tuz Calderón"),
                                              (HARBOUR, "Red Gulls", "Dario Feltri Mancuso")])
def test_the_shipped_model_ties_the_man_a_gang_story_keeps_beside_the_gang(text, group, person):
    ex = extracted(text)
    names = {e.key: e.name for e in ex.entities}
    model = [r for r in ex.relations if r.extractor == "model.context"]
    assert any({names[r.source], names[r.target]} == {group, person} for r in model), \
        [(names[r.source], names[r.target]) for r in model]
    for r in model:  # told apart from what a sentence states: low confidence, the sentences as evidence
        assert r.confidence <= 0.3 and r.evidence
        assert all(ev.text for ev in r.evidence)
    # places are left to the rules that read where a group works
    assert not any("location" in {ex_type(ex, r.source), ex_type(ex, r.target)} for r in model)


def ex_type(ex, key):
    return next(e.type for e in ex.entities if e.key == key)


def test_without_the_context_pass_only_rules_tie():
    _doc, _res, rules, _entities = _parts(PUERTO)
    assert rules and all(r.extractor != "model.context" for r in rules)


def _one_feature_model(feature: str, threshold: float = 0.5) -> Model:
    weights = [4.0 if f == feature else 0.0 for f in FEATURES]
    return Model(features=FEATURES, mean=[0.0] * len(FEATURES), scale=[1.0] * len(FEATURES), weights=weights,
                 bias=-2.0, threshold=threshold)


def test_a_pair_apart_takes_a_type_from_its_kinds_not_from_cues_of_other_sentences():
    doc, _res, rules, entities = _parts(PUERTO)
    # (pairs of no actor here, only to leave room for every proposal under the cap tested below)
    room = {frozenset((f"none{i}", f"nobody{i}")) for i in range(20)}
    tied = {frozenset((r.source, r.target)) for r in rules} | room
    got = {(s, t): typ for typ, s, t, _sents, _p in context_ties(doc, entities, tied, _one_feature_model("kinds_GP"))}
    gang, man = _named(entities, "Halcones del Sur"), _named(entities, "Ramiro Tuz Calderón")
    # no sentence names both, so no cue types the tie
    assert got.get((gang, man)) == "associated_with" or got.get((man, gang)) == "associated_with"
    party_model = _one_feature_model("kinds_OP")
    got = {(s, t): typ for typ, s, t, _sents, _p in context_ties(doc, entities, tied, party_model)}
    man, party = _named(entities, "Ramiro Tuz Calderón"), _named(entities, "Partido Verde Unido")
    assert got.get((man, party)) == "member_of"  # a person beside a party: its member, the person as source


def test_a_pair_below_the_threshold_is_not_proposed():
    doc, _res, rules, entities = _parts(PUERTO)
    tied = {frozenset((r.source, r.target)) for r in rules}
    assert context_ties(doc, entities, tied, _one_feature_model("kinds_GP", threshold=0.99)) == []


def test_the_shipped_model_file_matches_the_features_the_code_computes():
    model = load_model()
    assert model is not None and model.features == FEATURES
    assert len(model.weights) == len(model.mean) == len(model.scale) == len(FEATURES)
    assert 0.0 < model.threshold < 1.0
    data = json.loads((ROOT / "src/nexos/extract/data/context_ties.json").read_text(encoding="utf-8"))
    # trained only on sets the project may tune on, never on those kept unread to measure generalisation
    assert not set(data["trained_on"]) & {"fresh4", "blind", "fresh11", "fresh12", "fresh13"}


def test_the_training_script_writes_a_model_the_extractor_loads(tmp_path):
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import train_context_ties as train
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    corpus = ROOT / "examples" / "corpus"
    a, b = tmp_path / "a", tmp_path / "b"
    for folder, golds in ((a, sorted(corpus.glob("*.gold.json"))[:4]), (b, sorted(corpus.glob("*.gold.json"))[4:])):
        folder.mkdir()
        for g in golds:
            gold = json.loads(g.read_text(encoding="utf-8"))
            (folder / g.name).write_text(g.read_text(encoding="utf-8"), encoding="utf-8")
            (folder / gold["document"]).write_bytes((corpus / gold["document"]).read_bytes())
    out = tmp_path / "model.json"
    assert train.main([str(a), str(b), "-o", str(out)]) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["trained_on"] == {"a": 4, "b": 5}
    assert data["threshold"] in train.THRESHOLDS
    model = load_model.__wrapped__(out)
    assert model.features == FEATURES and any(w != 0 for w in model.weights)


def test_gold_names_fold_as_the_scorer_folds_them():
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import train_context_ties as train
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    assert train.fold("Los Nevados") == train.fold("nevados") == "nevados"
    assert train.fold("The Gulf Clan") == "gulf clan"
    assert train.fold("Fiscalía General") == "fiscalia general"
    assert train.fold("Jean-Pierre") == "jean pierre"
    assert train.fold("La") == "la"  # a lone article is a name


def test_at_most_one_tie_is_proposed_for_every_two_the_rules_found():
    text = "Roll call\n\n" + "".join(
        f"{first} {last} spoke at the port of Villa Clara on Monday. "
        for first, last in [("Ana", "Ibarra"), ("Luis", "Mendoza"), ("Rosa", "Quintero"), ("Pablo", "Serrano"),
                            ("Marta", "Olivares"), ("Jorge", "Benítez"), ("Elena", "Carrasco"), ("Tomás", "Zúñiga")]
    ) + "\n"
    doc, _res, rules, entities = _parts(text)
    tied = {frozenset((r.source, r.target)) for r in rules}
    people = [e for e in entities if e.type == "person" and e.mentions]
    assert len(people) == 8  # 28 pairs of people, none named together
    got = context_ties(doc, entities, tied, _one_feature_model("kinds_PP", threshold=0.5))
    assert 1 <= len(got) <= max(1, len(tied) // 2)


@pytest.mark.parametrize("text", [PUERTO, HARBOUR])
def test_a_pair_scored_from_its_values_scores_what_its_features_by_name_score_to_the_last_bit(text):
    doc, _res, rules, entities = _parts(text)
    model = load_model()
    assert model is not None
    for tied in ({frozenset((r.source, r.target)) for r in rules}, set()):
        cands = pair_features(doc, entities, tied)
        assert cands
        for c in cands:
            kinds = next(f[len("kinds_"):] for f in c.features if f.startswith("kinds_"))
            values = tuple(c.features[f] for f in FEATURES if f in c.features and not f.startswith("kinds_")
                           and "*" not in f) + (c.features["kind_untied_either"],)
            assert model.score_values(kinds, values) == model.score(c.features)
