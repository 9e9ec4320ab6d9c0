"""Match actor names against a reference list, and say why.

A match here is a lead for a person to check, not a finding: every
``Match`` carries the features that produced its score and plain-language
reasons, so a reviewer sees *why* "Nicolás Maduro" was tied to
"MADURO MOROS, Nicolas" and can reject it.

How it works:

1. **Folding.** Names are lower-cased, accents stripped (non-Latin scripts
   transliterated with ``normality`` when installed), punctuation turned
   into spaces, and particles ("de", "la", "the", "of", ...) dropped, so
   "Ejército de Liberación Nacional" and "EJERCITO DE LIBERACION NACIONAL"
   fold to the same words.
2. **Blocking.** An inverted index maps keys — each folded word, a rough
   phonetic skeleton of it (so "Hezbollah" meets "HIZBALLAH"), and the
   initials of multi-word names (so "ELN" meets an expansion) — to the
   entries that carry them. A query gathers candidates from its keys,
   weighting rare keys higher and ignoring keys so common they say
   nothing; only the best few dozen candidates are scored. This keeps a
   query fast on a list of a million names.
3. **Scoring** each (query name or alias) × (listed name or alias) pair:
   exact folded equality; order-free word agreement (every word of one
   side found in the other, so "Nicolás Maduro" fits
   "MADURO MOROS, Nicolas", where the listing also has the second
   surname); acronym ↔ expansion; a fuzzy fallback (``rapidfuzz``) that
   alone never reaches "review". Then type agreement (a person is not a
   company) and country agreement adjust it. Aliases on either side count
   a little less than primary names.

Decisions: ``match`` at 0.85 or more, ``review`` at 0.70 or more,
otherwise ``no``.
"""

from __future__ import annotations

import logging
import math
import re
import unicodedata
from array import array
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from nexos.errors import MissingExtra
from nexos.refs.load import RefEntry

log = logging.getLogger(__name__)

MATCH, REVIEW = 0.85, 0.70
CANDIDATES = 40
STOPWORDS = frozenset(
    "de del la las los el y e en a the of and for to da do dos das di du le et al von van".split()
)
ORG_TYPES = {"person": "person", "state": "place", "location": "place"}
TYPE_FACTOR = {
    ("person", "person"): 1.0,
    ("organization", "organization"): 1.0,
    ("person", "organization"): 0.6,
    ("organization", "person"): 0.6,
    ("place", "organization"): 0.75,
    ("place", "person"): 0.5,
    ("organization", "vessel"): 0.8,
    ("organization", "aircraft"): 0.8,
    ("person", "vessel"): 0.5,
    ("person", "aircraft"): 0.5,
    ("place", "vessel"): 0.5,
    ("place", "aircraft"): 0.5,
}
ALIAS_FACTOR = 0.97
# Sound rules, applied in order: digraphs first, then context-dependent
# letters, then single letters (silent h and j-as-h dropped, y as i).
DIGRAPHS = (("ph", "f"), ("qu", "k"), ("ch", "x"), ("sh", "x"))
SOFT = re.compile(r"c(?=[eiy])|g(?=[ei])")
LETTERS = str.maketrans({"c": "k", "q": "k", "z": "s", "v": "b", "w": "u", "j": None, "h": None, "y": "i"})
VOWELS = str.maketrans("", "", "aeiou")
REPEATS = re.compile(r"(.)\1+")
# Everything that is not a letter or digit becomes a space; apostrophes vanish
# so "AS'AD" stays one word.
PUNCT = str.maketrans({c: " " for c in map(chr, range(128)) if not c.isalnum()} | {"'": None, "`": None})


def _fuzz() -> Any:
    try:
        from rapidfuzz import fuzz
    except ImportError as exc:  # pragma: no cover - depends on the install
        raise MissingExtra("reference-list matching", "formats") from exc
    return fuzz


@lru_cache(maxsize=65536)
def _translit(text: str) -> str:
    try:
        from normality import ascii_text
    except ImportError:  # pragma: no cover - normality comes with followthemoney
        return text
    return ascii_text(text) or ""


def _fold(text: str) -> str:
    plain = text.lower()
    if not plain.isascii():
        plain = unicodedata.normalize("NFKD", plain)
        plain = "".join(c for c in plain if not unicodedata.combining(c))
        plain = plain.replace("’", "").replace("´", "")
        if not plain.isascii():
            plain = _translit(plain).lower()
    return " ".join(plain.translate(PUNCT).split())


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower-case ASCII words separated by single spaces."""
    return _fold(text)


def words(text: str, cached: bool = True) -> tuple[str, ...]:
    """Content words of a name: folded, without particles or lone letters."""
    folded = fold(text) if cached else _fold(text)
    return tuple(w for w in folded.split() if w not in STOPWORDS and len(w) > 1)


@lru_cache(maxsize=262144)
def phonetic(word: str) -> str:
    """A rough sound skeleton for Spanish and English spellings.

    Consonants that sound alike collapse, silent h goes, vowels go except
    a leading one (always written "a"), so Hezbollah/Hizballah and
    Márquez/Marques share a key. Only used to block and to back a fuzzy
    comparison, never as proof on its own.
    """
    if word.isdigit():
        return word
    key = word
    for pair, repl in DIGRAPHS:
        if pair in key:
            key = key.replace(pair, repl)
    key = SOFT.sub(lambda m: "s" if m.group() == "c" else "h", key).translate(LETTERS)
    key = REPEATS.sub(r"\1", key)
    if not key:
        return word
    head = "a" if key[0] in "aeiou" else key[0]
    return head + key[1:].translate(VOWELS)


def acronym(tokens: Sequence[str]) -> str | None:
    """Initials of a multi-word name ("national liberation army" → "nla")."""
    if len(tokens) < 2:
        return None
    return "".join(t[0] for t in tokens if not t.isdigit()) or None


def name_keys(name: str, initials: bool = True, cached: bool = True) -> set[str]:
    """Blocking keys of one name; ``initials`` adds its acronym."""
    toks = words(name, cached)
    keys = {f"t:{t}" for t in toks}
    keys.update(f"p:{phonetic(t)}" for t in toks if len(t) > 2)
    if initials:
        acr = acronym(toks)
        if acr and len(acr) > 1:
            keys.add(f"a:{acr}")
    if len(toks) == 1 and 2 <= len(toks[0]) <= 8:
        keys.add(f"a:{toks[0]}")
    return keys


def kind_of(nexos_type: str | None) -> str | None:
    """The reference-list kind (person / organization / place) of a nexos type."""
    if not nexos_type:
        return None
    if nexos_type in ("person", "organization", "vessel", "aircraft", "place"):
        return nexos_type
    return ORG_TYPES.get(nexos_type, "organization")


@dataclass
class Match:
    """A candidate listing, its score, its decision and the evidence for it."""

    entry: RefEntry
    score: float
    decision: str
    features: dict[str, float] = field(default_factory=dict)
    reasons: list[str] = field(default_factory=list)


@dataclass
class _Pair:
    score: float
    features: dict[str, float]
    reason: str


def _token_sim(a: str, b: str, fuzz: Any) -> tuple[float, bool]:
    """(similarity, strong) of two words; strong = equal or same sound."""
    if a == b:
        return 1.0, True
    ratio = fuzz.ratio(a, b) / 100.0
    # Short words share skeletons by chance (eln/elyana), so sound needs length.
    if min(len(a), len(b)) >= 5 and ratio >= 0.7 and phonetic(a) == phonetic(b):
        return (1.0 + ratio) / 2.0, True
    return ratio, False


def _align(q: Sequence[str], r: Sequence[str], fuzz: Any) -> tuple[int, list[float]]:
    """Pair words one to one; near-spellings count only beside a sure word."""
    free = list(r)
    sims: list[float] = []
    weak: list[str] = []
    for word in q:
        best, best_sim = None, 0.0
        for cand in free:
            sim, strong = _token_sim(word, cand, fuzz)
            if strong and sim > best_sim:
                best, best_sim = cand, sim
        if best is None:
            weak.append(word)
            continue
        free.remove(best)
        sims.append(best_sim)
    if sims:  # a typo is believable only next to a word that agrees exactly
        for word in weak:
            scored = [(fuzz.ratio(word, c) / 100.0, c) for c in free if min(len(word), len(c)) >= 4]
            if scored and max(scored)[0] >= 0.85:
                sim, cand = max(scored)
                free.remove(cand)
                sims.append(sim)
    return len(sims), sims


def compare_names(query: str, ref: str) -> _Pair:
    """Score two names; the reason says which rule decided."""
    fuzz = _fuzz()
    q, r = words(query), words(ref)
    fuzzy = fuzz.token_sort_ratio(" ".join(q), " ".join(r)) / 100.0 if q and r else 0.0
    feats = {"exact": 0.0, "cover_query": 0.0, "cover_ref": 0.0, "fuzzy": fuzzy, "acronym": 0.0}
    if not q or not r:
        return _Pair(0.0, feats, "nothing to compare")
    if sorted(q) == sorted(r):
        feats.update(exact=1.0, cover_query=1.0, cover_ref=1.0)
        return _Pair(1.0, feats, f"'{query}' equals '{ref}' once accents, case and word order are set aside")
    if len(q) == 1 and q[0] == acronym(r) or len(r) == 1 and r[0] == acronym(q):
        feats["acronym"] = 1.0
        return _Pair(0.82, feats, f"'{query}' and '{ref}' are an acronym and its expansion")
    matched, sims = _align(q, r, fuzz)
    cq, cr = matched / len(q), matched / len(r)
    mean = sum(sims) / len(sims) if sims else 0.0
    feats.update(cover_query=cq, cover_ref=cr)
    if cq == 1.0 and cr == 1.0:
        if len(q) == 1 and min(len(q[0]), len(r[0])) < 7:
            # one short word spelled differently (Hamas/Hamms) is a lead, not a match
            return _Pair(0.6 + 0.2 * mean, feats, f"'{query}' is spelled like '{ref}' but not the same")
        return _Pair(0.8 + 0.2 * mean, feats, f"every word of '{query}' pairs with a word of '{ref}'")
    if cq == 1.0 and len(q) >= 2:
        extra = len(r) - matched
        score = 0.52 + 0.38 * cr + 0.1 * mean
        reason = f"every word of '{query}' is in '{ref}', which has {extra} more (e.g. a second surname)"
        penalty = _surname_penalty(q, ref, fuzz)
        if penalty:
            score -= penalty
            reason += "; but the query's surname is not the listing's first surname"
        return _Pair(score, feats, reason)
    if cr == 1.0 and len(r) >= 2:
        return _Pair(0.5 + 0.4 * cq + 0.1 * mean, feats, f"every word of '{ref}' is in '{query}'")
    score = 0.55 * fuzzy + 0.25 * min(cq, cr)
    return _Pair(score, feats, f"'{query}' and '{ref}' only partly agree")


def _surname_penalty(q: Sequence[str], ref: str, fuzz: Any) -> float:
    """Penalty when "Given Surname" meets "SURNAME1 SURNAME2, Given" on SURNAME2.

    People who drop a surname drop the second one, so a query whose last
    word only matches a listing's later surname is weaker evidence.
    """
    if "," not in ref or ref.count(",") > 1:
        return 0.0
    surnames = words(ref.split(",")[0])
    if len(surnames) < 2:
        return 0.0
    last = q[-1]
    if _token_sim(last, surnames[0], fuzz)[1]:
        return 0.0
    return 0.1 if any(_token_sim(last, s, fuzz)[1] for s in surnames[1:]) else 0.0


def _country_adjust(query: Sequence[str], listed: Sequence[str]) -> tuple[float, str | None]:
    q = {c.upper() for c in query}
    r = {c.upper() for c in listed}
    if not q or not r:
        return 0.0, None
    shared = q & r
    if shared:
        return 0.03, f"country agrees: {', '.join(sorted(shared))}"
    return -0.05, f"countries differ: {', '.join(sorted(q))} vs {', '.join(sorted(r))}"


def decide(score: float) -> str:
    return "match" if score >= MATCH else "review" if score >= REVIEW else "no"


class RefIndex:
    """An inverted index over a reference list's names."""

    def __init__(self) -> None:
        self.entries: list[RefEntry] = []
        self.postings: dict[str, array] = {}

    def __len__(self) -> int:
        return len(self.entries)

    def add(self, entry: RefEntry) -> None:
        idx = len(self.entries)
        self.entries.append(entry)
        keys: set[str] = set()
        # People are not called by their initials, and every name of a
        # million-entry list is seen once, so no cache either.
        initials = entry.type != "person"
        for name in entry.names():
            keys |= name_keys(name, initials=initials, cached=False)
        postings = self.postings
        for key in keys:
            bucket = postings.get(key)
            if bucket is None:
                bucket = postings[key] = array("I")
            bucket.append(idx)

    def candidates(self, names: Iterable[str], limit: int = CANDIDATES) -> list[int]:
        """Entry positions sharing the most (and rarest) keys with ``names``."""
        import numpy as np

        keys: set[str] = set()
        for name in names:
            keys |= name_keys(name)
        total = max(len(self.entries), 1)
        cap = max(2000, total // 20)
        found = [(k, self.postings[k]) for k in keys if k in self.postings]
        useful = [(k, p) for k, p in found if len(p) <= cap]
        if not useful and found:  # only common words: use the rarest, trimmed
            useful = [min(found, key=lambda kp: len(kp[1]))]
            useful = [(useful[0][0], useful[0][1][:cap])]
        if not useful:
            return []
        ids = np.concatenate([np.frombuffer(p, dtype=np.uint32) for _, p in useful])
        weights = np.concatenate(
            [np.full(len(p), math.log(1.0 + total / len(p)), dtype=np.float32) for _, p in useful]
        )
        uniq, inverse = np.unique(ids, return_inverse=True)
        score = np.bincount(inverse, weights=weights)
        if len(uniq) > limit:
            top = np.argpartition(-score, limit)[:limit]
            uniq, score = uniq[top], score[top]
        order = np.argsort(-score, kind="stable")
        return [int(i) for i in uniq[order]]

    def match(
        self,
        name: str,
        type: str | None = None,
        aliases: Sequence[str] = (),
        countries: Sequence[str] = (),
        limit: int = 5,
        floor: float = 0.5,
    ) -> list[Match]:
        """Best listings for an actor, best first, down to ``floor``."""
        query_names = [name, *[a for a in aliases if a and a != name]]
        results = [
            self._score(self.entries[i], query_names, kind_of(type), countries)
            for i in self.candidates(query_names)
        ]
        results = [m for m in results if m.score >= floor]
        results.sort(key=lambda m: (-m.score, m.entry.id))
        return results[:limit]

    def _score(
        self, entry: RefEntry, query_names: list[str], kind: str | None, countries: Sequence[str]
    ) -> Match:
        best: tuple[float, _Pair, str, str, bool] | None = None
        listed = entry.names()
        for qi, qname in enumerate(query_names):
            for ri, rname in enumerate(listed):
                pair = compare_names(qname, rname)
                via_alias = qi > 0 or ri > 0
                score = pair.score * (ALIAS_FACTOR ** ((qi > 0) + (ri > 0)))
                if best is None or score > best[0]:
                    best = (score, pair, qname, rname, via_alias)
        assert best is not None
        score, pair, qname, rname, via_alias = best
        features = dict(pair.features)
        features["name"] = round(pair.score, 4)
        features["alias"] = 1.0 if via_alias else 0.0
        reasons = [pair.reason]
        if via_alias:
            reasons.append(f"matched through an alias ('{qname}' ~ '{rname}')")
        factor = TYPE_FACTOR.get((kind, entry.type), 0.95) if kind else 1.0
        features["type"] = factor
        if kind and factor >= 1.0:
            reasons.append(f"type agrees: {entry.type}")
        elif kind:
            reasons.append(f"type differs: {kind} vs listed {entry.type}")
        adjust, why = _country_adjust(countries, entry.countries)
        features["country"] = adjust
        if why:
            reasons.append(why)
        final = max(0.0, min(1.0, score * factor + adjust))
        return Match(entry, round(final, 4), decide(final), features, reasons)


def build_index(entries: Iterable[RefEntry]) -> RefIndex:
    """Index a reference list for ``RefIndex.match``."""
    index = RefIndex()
    for entry in entries:
        index.add(entry)
    log.info("indexed %d reference entries under %d keys", len(index), len(index.postings))
    return index
