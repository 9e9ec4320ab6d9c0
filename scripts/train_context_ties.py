"""Train the context-tie model (src/nexos/extract/data/context_ties.json) from gold files.

Dev-only; needs numpy (installed with spaCy). Each FOLDER holds documents and their ``*.gold.json``
(see the contract's gold-format). For every document the script runs nexos's own extraction up to the
rule-based ties, takes every pair of actors no rule tied (``context_ties.pair_features``), and labels the
pair by the gold: a pair is positive when the two actors match the two ends of a gold relation (names
compared folded, as the scorer does), neutral (left out) when they match an optional relation.

It then fits a logistic regression (standardised features, L2), chooses the threshold by leave-one-
folder-out: for each folder, a model trained on the others proposes ties for it, and the threshold that
gives the best mean relation F1 (the rules' ties plus the proposed ones, per document, as the scorer
counts) wins. The figures of that cross-validation are written into the model file beside the weights.

    python scripts/train_context_ties.py benchmarks/heldout benchmarks/fresh ... examples/corpus

Train only on folders whose documents you may tune on: a set kept unread to measure generalisation must
never be passed here.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from pathlib import Path

import numpy as np

from nexos.extract.context_ties import FEATURES, MODEL_PATH, most_proposed, pair_features
from nexos.extract.coref import resolve_mentions
from nexos.extract.entities import find_candidates
from nexos.extract.relations import extract_relations
from nexos.ingest import ingest_path
from nexos.knowledge.kb import load_kb

THRESHOLDS = [0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5]
L2, STEPS, RATE = 1e-3, 600, 0.5
KB = load_kb()


def fold(name: str) -> str:
    """Names as the scorer compares them: no case, accents or punctuation, no leading article."""
    s = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c)).casefold()
    s = re.sub(r"[^\w\s\-–—]", "", s.replace("’", ""))
    words = re.split(r"[\s_\-–—]+", s.strip())
    if len(words) > 1 and words[0] in ("the", "el", "la", "los", "las"):
        words = words[1:]
    return " ".join(w for w in words if w)


def ends(x: str | list[str]) -> set[str]:
    return set(x) if isinstance(x, list) else {x}


def read_document(gold_path: Path) -> dict:
    """Rule ties and candidate pairs of one document, labelled by its gold."""
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    doc = ingest_path(gold_path.parent / gold["document"], 10**8)
    res = resolve_mentions(doc, find_candidates(doc))
    relations = extract_relations(doc, res, context=False)
    names: dict[str, str] = {}
    for g in gold["entities"] + gold.get("optional_entities", []):
        for n in g["names"]:
            names.setdefault(fold(n), g["key"])
    key_of = {}
    for e in res.entities:
        # the knowledge base's names too: across a folder, the store gives a listed actor every name it has
        listed = KB.get(e.kb_id) if e.kb_id else None
        forms = [e.name, *e.aliases, *(listed.surface_forms if listed else ())]
        k = next((names[fold(n)] for n in forms if fold(n) in names), None)
        if k:
            key_of[e.key] = k
    required = [(ends(g["source"]), ends(g["target"])) for g in gold.get("relations", [])]
    optional = [(ends(g["source"]), ends(g["target"])) for g in gold.get("optional_relations", [])]

    def match(a: str, b: str) -> tuple[set[int], bool]:
        ka, kb = key_of.get(a), key_of.get(b)
        hits = {i for i, (s, t) in enumerate(required) if (ka in s and kb in t) or (kb in s and ka in t)}
        opt = any((ka in s and kb in t) or (kb in s and ka in t) for s, t in optional)
        return hits, opt

    rules = []
    for r in relations:
        hits, opt = match(r.source, r.target)
        rules.append((bool(hits) or opt, hits))
    tied = {frozenset((r.source, r.target)) for r in relations if not r.negated}
    cands = []
    for c in pair_features(doc, res.entities, tied, res.turns):
        hits, opt = match(c.a, c.b)
        cands.append(([c.features.get(f, 0.0) for f in FEATURES], hits, opt, (c.a, c.b)))
    return {"gold": len(required), "rules": rules, "cands": cands, "limit": most_proposed(len(tied))}


def fit(x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray, float]:
    mean, scale = x.mean(0), x.std(0)
    scale[scale < 1e-6] = 1.0
    z = (x - mean) / scale
    w, b = np.zeros(z.shape[1]), 0.0
    for _ in range(STEPS):
        p = 1.0 / (1.0 + np.exp(-(z @ w + b)))
        w -= RATE * (z.T @ (p - y) / len(y) + L2 * w)
        b -= RATE * float((p - y).mean())
    return mean, scale, w, b


def training_rows(docs: list[dict]) -> tuple[np.ndarray, np.ndarray]:
    rows = [(f, bool(h)) for d in docs for f, h, opt, _ in d["cands"] if h or not opt]
    return np.array([r[0] for r in rows], float), np.array([r[1] for r in rows], float)


def doc_f1(d: dict, scores: np.ndarray, threshold: float) -> float:
    ranked = sorted(zip(d["cands"], scores, strict=True), key=lambda x: -x[1])[: d["limit"]]
    out = list(d["rules"]) + [(bool(h) or opt, h) for (_, h, opt, _), p in ranked if p >= threshold]
    if not out:
        return 0.0 if d["gold"] else 1.0
    precision = sum(ok for ok, _ in out) / len(out)
    recall = len(set().union(*(h for _, h in out))) / d["gold"] if d["gold"] else 1.0
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def scores_for(d: dict, model: tuple) -> np.ndarray:
    mean, scale, w, b = model
    if not d["cands"]:
        return np.zeros(0)
    x = np.array([f for f, _, _, _ in d["cands"]], float)
    return 1.0 / (1.0 + np.exp(-(((x - mean) / scale) @ w + b)))


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folders", nargs="+", type=Path)
    ap.add_argument("-o", "--out", type=Path, default=MODEL_PATH)
    args = ap.parse_args(argv)
    sets = {}
    for folder in args.folders:
        golds = sorted(folder.glob("*.gold.json"))
        if not golds:
            print(f"no gold files in {folder}", file=sys.stderr)
            return 2
        sets[folder.name] = [read_document(g) for g in golds]
        print(f"{folder}: {len(golds)} documents", file=sys.stderr)
    # leave one folder out: each threshold's mean F1 over every folder's documents, and the rules' alone
    per_threshold = {t: [] for t in THRESHOLDS}
    rules_only = []
    for name, docs in sets.items():
        others = [d for n, ds in sets.items() if n != name for d in ds]
        model = fit(*training_rows(others))
        for d in docs:
            s = scores_for(d, model)
            rules_only.append(doc_f1(d, s, 2.0))
            for t in THRESHOLDS:
                per_threshold[t].append(doc_f1(d, s, t))
    means = {t: float(np.mean(v)) for t, v in per_threshold.items()}
    threshold = max(THRESHOLDS, key=lambda t: means[t])
    mean, scale, w, b = fit(*training_rows([d for ds in sets.values() for d in ds]))
    out = {
        "about": "Logistic model over pairs of actors no rule tied; trained by scripts/train_context_ties.py.",
        "trained_on": {name: len(docs) for name, docs in sets.items()},
        "cross_validation": {"rules_only_f1": round(float(np.mean(rules_only)), 4),
                             "with_model_f1": {str(t): round(m, 4) for t, m in means.items()}},
        "threshold": threshold,
        "features": FEATURES,
        "mean": [round(float(v), 6) for v in mean],
        "scale": [round(float(v), 6) for v in scale],
        "weights": [round(float(v), 6) for v in w],
        "bias": round(b, 6),
    }
    args.out.write_text(json.dumps(out, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"rules alone F1 {np.mean(rules_only):.3f}; with the model, by threshold: "
          + ", ".join(f"{t} {m:.3f}" for t, m in means.items()) + f"; chosen {threshold} -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
