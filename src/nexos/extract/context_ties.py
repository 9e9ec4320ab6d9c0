"""Ties a report implies without stating them in one sentence, scored by a small model.

Most ties an analyst draws and the sentence rules miss are spread over a paragraph or a whole story: the
prosecutor named in the lead and the office that charges the accused three paragraphs later, the gang
a story is about and the man it says runs its cells. No cue word says them in one clause, but the shape
of the document does: how close the two are named, how often, whether either is the story's main
actor of its kind, whether either has any tie yet. A logistic model over such features, trained by
``scripts/train_context_ties.py`` on the project's own gold files (the weights and what they were
trained on are in ``data/context_ties.json``), scores every pair of actors no rule tied, and the pairs
above its threshold become low-confidence ties of their own extractor (``model.context``), so a reader
can tell them from the stated ones and filter them out. Only pairs never named in one sentence are
scored: a sentence that names both was read by the rules, which tie what it states and leave the rest
untied on purpose ('the risk of a clash between X and Y', said by Z, ties X and Y, not Z). The evidence is
the two sentences where the two are named nearest each other. No cue speaks of both, so the type is
'member_of' for a person and a party and 'associated_with' (a tie of unstated nature) for the rest. Places
are left to the rules that read where a group works.

Only the document's own text is used; the features are in ``pair_features`` and named in ``FEATURES``.
"""

from __future__ import annotations

import bisect
import dataclasses
import json
import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from nexos.model import Document, Entity

MODEL_PATH = Path(__file__).parent / "data" / "context_ties.json"
EXTRACTOR = "model.context"  # what the store records as these ties' extractor

# entity types folded into the few kinds the model tells apart
KIND = {"person": "P", "criminal_group": "G", "armed_group": "G", "political_party": "O", "government_body": "O",
        "international_org": "O", "ngo": "O", "company": "O", "media": "O", "state": "S", "location": "L"}
KINDS = "GLOPSX"
KIND_PAIRS = sorted({"".join(sorted(a + b)) for a in KINDS for b in KINDS})

BASE = ["same_paragraph_log", "same_paragraph", "sentence_gap_log",
        "paragraph_gap_log", "adjacent", "mentions_log", "fewer_mentions_log", "most_named", "top3_either",
        "top3_both", "untied_either", "untied_both", "ties_log", "shared_neighbour", "shared_neighbours_log",
        "early_either", "early_both", "actors_log", "listed_either", "listed_both",
        "kind_top_either", "kind_top_both", "kind_tied_both", "kind_tied_neither"]
# the kind pair on its own and crossed with the features whose weight depends most on it
CROSSED = ["same_paragraph", "adjacent", "most_named", "kind_top_either", "kind_untied_either",
           "untied_either"]
FEATURES = [f"kinds_{p}" for p in KIND_PAIRS] + BASE + [f"{p}*{c}" for p in KIND_PAIRS for c in CROSSED]
# the features a pair has after its kind pair, in the order ``pair_features`` gives them (then the crossed ones)
VALUED = [*BASE, "kind_untied_either"]
_CROSSED_AT = [VALUED.index(c) for c in CROSSED]


@dataclass
class Candidate:
    """Two actors no rule tied, their features and the sentences where they are named nearest each other."""

    a: str
    b: str
    features: dict[str, float]
    sentences: list[tuple[int, int]]


@dataclass
class Model:
    features: list[str]
    mean: list[float]
    scale: list[float]
    weights: list[float]
    bias: float
    threshold: float

    def __post_init__(self) -> None:
        # w·(x − m)/s summed: a weight per feature and one constant, so a pair costs only its non-zero features
        self._coef = {f: w / s for f, s, w in zip(self.features, self.scale, self.weights, strict=True)}
        self._const = self.bias - sum(w * m / s for m, s, w in zip(self.mean, self.scale, self.weights, strict=True))
        self._by_kinds: dict[str, tuple[float, list[float], list[tuple[int, float]]]] = {}

    def score(self, feats: dict[str, float]) -> float:
        z = self._const + sum(self._coef.get(f, 0.0) * v for f, v in feats.items() if v)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def score_values(self, kinds: str, values: tuple[float, ...]) -> float:
        """``score`` of the features ``_features(kinds, values)`` holds, without building them: the same
        products, added in the same order, so the same number to the last bit."""
        ck, cv, cc = self._kind_coefs(kinds)
        terms = [ck * 1.0]
        terms += [c * v for c, v in zip(cv, values, strict=True) if v]
        terms += [c * values[i] for i, c in cc if values[i]]
        z = self._const + sum(terms)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def _kind_coefs(self, kinds: str) -> tuple[float, list[float], list[tuple[int, float]]]:
        """The weights of one kind pair's features: its own, the valued ones', the crossed ones' (with where their
        value is in ``VALUED``)."""
        found = self._by_kinds.get(kinds)
        if found is None:
            get = self._coef.get
            found = self._by_kinds[kinds] = (get(f"kinds_{kinds}", 0.0), [get(f, 0.0) for f in VALUED],
                                             [(i, get(f"{kinds}*{c}", 0.0)) for i, c in zip(_CROSSED_AT, CROSSED, strict=True)])
        return found


@lru_cache(maxsize=1)
def load_model(path: Path = MODEL_PATH) -> Model | None:
    """The shipped model, or None when no model file is there (then no context ties are proposed)."""
    if not path.exists():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    return Model(features=data["features"], mean=data["mean"], scale=data["scale"], weights=data["weights"],
                 bias=data["bias"], threshold=data["threshold"])


def most_proposed(stated: int) -> int:
    """At most one tie proposed for every two pairs the rules tied (at least one): on the project's documents the
    model never comes near it (cross-validated F1 the same with and without), but a text of many actors each named
    once, such as a generated one, would otherwise get a guess for every second pair."""
    return max(1, stated // 2)


def _index(starts: list[int], at: int) -> int:
    """Which of the spans starting at ``starts`` (sorted) holds ``at``."""
    return bisect.bisect_right(starts, at) - 1


def pair_features(doc: Document, entities: list[Entity], tied: set[frozenset[str]],
                  turns: list[tuple[int, int]] | None = None) -> list[Candidate]:
    """Every pair of the document's actors, places aside, that ``tied`` does not hold, with its features.

    ``tied`` is the pairs the rules tied (any type); it also gives each actor's ties so far. ``turns`` are a
    transcript's speaker labels, which say who talks, not who is spoken of. Places are left to the rules
    that read where a group works (a place named in the sentence before is not, as such, where it works).
    """
    sentences = doc.sentences or [(0, len(doc.text))]
    return [Candidate(a, b, _features(kinds, values), _evidence(sentences, near))
            for a, b, kinds, values, near in _pairs(doc, entities, tied, turns)]


def _features(kinds: str, values: tuple[float, ...]) -> dict[str, float]:
    """A pair's features by name: its kind pair, ``VALUED``'s values, and the crossed ones that are not zero."""
    f = {f"kinds_{kinds}": 1.0}
    f.update(zip(VALUED, values, strict=True))
    for c in CROSSED:
        if f.get(c):
            f[f"{kinds}*{c}"] = f[c]
    return f


def _evidence(sentences: list[tuple[int, int]], near: tuple[int, int]) -> list[tuple[int, int]]:
    return sorted({sentences[s] for s in near})


def _pairs(doc: Document, entities: list[Entity], tied: set[frozenset[str]],
           turns: list[tuple[int, int]] | None) -> list[tuple[str, str, str, tuple[float, ...], tuple[int, int]]]:
    """(a, b, kind pair, values of ``VALUED``, the nearest sentences) of each pair ``pair_features`` gives."""
    text = doc.text
    sentences = doc.sentences or [(0, len(text))]
    paragraphs = doc.paragraphs or [(0, len(text))]
    turns = turns or []
    spoken = {e.key: [m for m in e.mentions if not any(s <= m.start < t for s, t in turns)] for e in entities}
    named = [dataclasses.replace(e, mentions=spoken[e.key]) for e in entities
             if spoken[e.key] and e.type != "location"]
    if len(named) < 2:
        return []
    sent_starts, para_starts = [s for s, _ in sentences], [s for s, _ in paragraphs]
    sent_of = {e.key: sorted({_index(sent_starts, m.start) for m in e.mentions}) for e in named}
    sent_set = {k: set(v) for k, v in sent_of.items()}
    para_of = {e.key: {_index(para_starts, m.start) for m in e.mentions} for e in named}
    count = {e.key: len(e.mentions) for e in named}
    kind = {e.key: KIND.get(e.type, "X") for e in named}
    first = {e.key: min(m.start for m in e.mentions) / max(1, len(text)) for e in named}
    ranked = sorted(count, key=lambda k: (-count[k], first[k]))
    rank = {k: i for i, k in enumerate(ranked)}
    kind_top: dict[str, str] = {}
    for k in ranked:
        kind_top.setdefault(kind[k], k)
    neighbours: dict[str, set[str]] = {e.key: set() for e in named}
    for pair in tied:
        if len(pair) == 2:
            x, y = tuple(pair)
            if x in neighbours and y in neighbours:
                neighbours[x].add(y)
                neighbours[y].add(x)
    tied_kinds = {k: {kind[n] for n in v} for k, v in neighbours.items()}
    log = math.log1p
    count_log = {k: log(n) for k, n in count.items()}
    actors_log = log(len(named))
    out: list[tuple[str, str, str, tuple[float, ...], tuple[int, int]]] = []
    for i, ea in enumerate(named):
        a = ea.key
        for eb in named[i + 1 :]:
            b = eb.key
            if frozenset((a, b)) in tied:
                continue
            if not sent_set[a].isdisjoint(sent_set[b]):
                continue  # named in one sentence: the rules read it, and left the pair untied for a reason
            paras = para_of[a] & para_of[b]
            gap, near = _nearest(sent_of[a], sent_of[b])
            pgap = min(abs(x - y) for x in para_of[a] for y in para_of[b])
            kp = "".join(sorted(kind[a] + kind[b]))
            na, nb = neighbours[a], neighbours[b]
            ka, kb = kind[a], kind[b]
            shared = na & nb
            values = (
                log(len(paras)), float(bool(paras)),
                log(gap), log(pgap), float(gap <= 1),
                count_log[a] + count_log[b], min(count_log[a], count_log[b]),
                float(min(rank[a], rank[b]) == 0), float(min(rank[a], rank[b]) < 3),
                float(max(rank[a], rank[b]) < 3),
                float(not na or not nb), float(not na and not nb),
                log(len(na)) + log(len(nb)),
                float(bool(shared)),
                log(len(shared)),
                float(min(first[a], first[b]) < 0.1), float(max(first[a], first[b]) < 0.15),
                actors_log,
                float(bool(ea.kb_id or eb.kb_id)), float(bool(ea.kb_id and eb.kb_id)),
                float(kind_top[ka] == a or kind_top[kb] == b),
                float(kind_top[ka] == a and kind_top[kb] == b),
                float(kb in tied_kinds[a] and ka in tied_kinds[b]),
                float(kb not in tied_kinds[a] and ka not in tied_kinds[b]),
                float(kb not in tied_kinds[a] or ka not in tied_kinds[b]),
            )
            out.append((a, b, kp, values, near))
    return out


def _nearest(xs: list[int], ys: list[int]) -> tuple[int, tuple[int, int]]:
    """The smallest distance between two sorted lists of sentence numbers, and the two sentences."""
    best, pair, j = 10**9, (xs[0], ys[0]), 0
    for x in xs:
        while j + 1 < len(ys) and ys[j + 1] <= x:
            j += 1
        for y in ys[j : j + 2]:
            if abs(x - y) < best:
                best, pair = abs(x - y), (x, y)
    return best, pair


def context_ties(doc: Document, entities: list[Entity], tied: set[frozenset[str]],
                 model: Model | None = None, turns: list[tuple[int, int]] | None = None) -> list[tuple[str, str, str, list[tuple[int, int]], float]]:
    """(type, source, target, evidence sentences, score) for each pair the model puts above its threshold."""
    model = model or load_model()
    if model is None:
        return []
    by_key = {e.key: e for e in entities}
    sentences = doc.sentences or [(0, len(doc.text))]
    # (scored from the values: the features by name are built by ``pair_features`` for whoever reads them)
    scored = sorted(((model.score_values(kinds, values), (a, b, near))
                     for a, b, kinds, values, near in _pairs(doc, entities, tied, turns)), key=lambda x: -x[0])
    out = []
    for p, (a, b, near) in scored[: most_proposed(len(tied))]:
        if p < model.threshold:
            break
        ta, tb = by_key[a].type, by_key[b].type
        if {ta, tb} == {"person", "political_party"}:  # a person the story keeps beside a party is its member
            typ, src, tgt = ("member_of", a, b) if ta == "person" else ("member_of", b, a)
        else:  # no sentence names both, so no cue speaks of both: a tie of unstated nature
            typ, src, tgt = "associated_with", a, b
        out.append((typ, src, tgt, _evidence(sentences, near), p))
    return out
