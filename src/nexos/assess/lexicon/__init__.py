"""Lexicons as data, and the matcher that finds their entries in text.

The YAML files beside this module hold the words; this module turns each
entry into a compiled regular expression plus one or more literal
*anchors* (the entry's fixed opening letters). A single Aho-Corasick pass
over the folded text finds anchor hits; only at those places is an
entry's expression tried. That keeps the cost close to one scan of the
text however many entries a lexicon holds.

Matching runs on a *folded* copy of the text: lower case, accents and
typographic hyphens reduced to plain ASCII, one character for one, so
offsets into the folded copy are offsets into the original. Entries are
written naturally ("régimen"); the text may or may not carry accents.

Entry syntax (one YAML list item):

* a plain string, or ``{term: ...}``: words separated by spaces match any
  run of whitespace; ``-`` matches a hyphen, a space or nothing
  ("narco-regime" also finds "narco regime" and "narcoregime");
  ``{a,b,}`` lists alternative endings ("dictador{,a,es,as}");
  with ``inflect`` (a file default) an optional plural ``s``/``es`` is
  allowed at the end.
* ``{pattern: ...}``: a regular expression over folded text, with
  ``anchor`` (a string or list) naming its literal opening(s) when they
  cannot be read off the pattern.

Optional keys: ``weight`` (0-1, how strongly loaded or how strong a cue),
``context_required`` (a named check, see ``language.py``), ``not_before``
and ``not_after`` (folded words or phrases that, next to the match, show a
neutral use, e.g. "tax" before "regime"), and ``meta`` (free data for the
caller, e.g. whether an anonymous-source phrase extends to a noun phrase).
"""

from __future__ import annotations

import logging
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

import ahocorasick
import yaml

log = logging.getLogger(__name__)

LEXICON_DIR = Path(__file__).parent
_HYPHENS = "\u2010\u2011\u2012\u2013\u00ad"
_WS = "\n\r\t\u00a0\u2009\u202f\u2007\u200a"


class _KeepTable(dict[int, str]):
    """A ``str.translate`` table that keeps a character it does not list (and remembers it as kept).

    A plain dict makes ``translate`` raise and catch a KeyError for every unlisted character of a
    text that is not all ASCII; with this table each one is looked up once and found after that.
    """

    def __missing__(self, code: int) -> str:
        kept = self[code] = chr(code)
        return kept


def _build_fold_table() -> dict[int, str]:
    table: dict[int, str] = _KeepTable()
    for code in range(0xC0, 0x250):
        ch = chr(code)
        base = unicodedata.normalize("NFD", ch)[0].lower()
        if len(base) == 1 and base.isascii():
            table[code] = base
    for ch in _HYPHENS:
        table[ord(ch)] = "-"
    for ch in _WS:
        table[ord(ch)] = " "
    for ch in "\u2018\u2019\u02bc":
        table[ord(ch)] = "'"
    return table


_FOLD = _build_fold_table()


@lru_cache(maxsize=1024)
def fold(text: str) -> str:
    """Lower case without accents, same length as ``text``.

    Cached: each lexicon a document is read against folds the whole text again, and the same short
    stretches (a sentence's head, a speaker's words) are folded by several readers."""
    low = text.lower()
    if len(low) != len(text):
        # A few capitals (e.g. dotted I) lower to two code points; keep one.
        low = "".join(ch.lower()[0] for ch in text)
    return low.translate(_FOLD)


class _Loader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]  # libyaml when installed
    """YAML 1.1 reads "no", "on", "yes" as booleans; in word lists they are words."""


_Loader.yaml_implicit_resolvers = {
    key: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:bool"]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_Loader.add_implicit_resolver("tag:yaml.org,2002:bool", re.compile(r"^(?:true|false)$"), list("tf"))


def read_yaml(path: Path) -> dict[str, Any]:
    return yaml.load(path.read_text(encoding="utf-8"), Loader=_Loader) or {}  # noqa: S506 - safe subclass


@dataclass(frozen=True)
class Entry:
    """One lexicon item, compiled."""

    key: str
    category: str
    regex: re.Pattern[str]
    anchors: tuple[str, ...]
    weight: float = 1.0
    context_required: str | None = None
    not_before: tuple[str, ...] = ()
    not_after: tuple[str, ...] = ()
    meta: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)


@dataclass(frozen=True)
class Match:
    start: int
    end: int
    entry: Entry


_BRACES = re.compile(r"\{([^{}]*)\}")


def _hyphen_forms(term: str) -> list[str]:
    """The spellings a hyphenated term can take, used to derive anchors."""
    if "-" not in term:
        return [term]
    return [term, term.replace("-", " "), term.replace("-", "")]


def term_to_regex(term: str, inflect: bool) -> str:
    """Regex source (over folded text) for a written term."""
    term = fold(term.strip())
    out: list[str] = []
    pos = 0
    for m in _BRACES.finditer(term):
        out.append(_literal_to_regex(term[pos : m.start()]))
        alts = [_literal_to_regex(a.strip()) for a in m.group(1).split(",")]
        out.append("(?:" + "|".join(alts) + ")")
        pos = m.end()
    tail = term[pos:]
    plural = "(?:e?s)?" if inflect and term[-1:].isalpha() else ""
    if plural and not term.endswith("}"):
        tail, plural = _plural_tail(tail)
    out.append(_literal_to_regex(tail))
    return "".join(out) + plural


# Plurals that are not the written word plus s/es: 'autocracy/autocracies',
# 'strongman/strongmen', 'atroz/atroces'.
_IRREGULAR_PLURALS = (
    (re.compile(r"(?<=[^aeiou])y$"), "(?:y|ies)"),
    (re.compile(r"(?<!hu)man$"), "m(?:a|e)n"),
    (re.compile(r"z$"), "(?:z|ces)"),
)


def _plural_tail(tail: str) -> tuple[str, str]:
    """Split ``tail`` into a literal part and a regex for its plural ending."""
    for rx, ending in _IRREGULAR_PLURALS:
        m = rx.search(tail)
        if m:
            return tail[: m.start()], ending
    return tail, "(?:e?s)?"


def _literal_to_regex(text: str) -> str:
    parts = []
    for ch in text:
        if ch == " ":
            parts.append(r"\s+")
        elif ch == "-":
            parts.append(r"[-\s]?")
        else:
            parts.append(re.escape(ch))
    return "".join(parts)


def _term_anchors(term: str, inflect: bool = False) -> list[str]:
    anchors = []
    for form in _hyphen_forms(fold(term.strip())):
        lead = form.split("{", 1)[0]
        if inflect and lead == form:
            lead = _plural_tail(lead)[0]  # 'autocrac' finds 'autocracy' and 'autocracies'
        if not lead.strip():
            raise ValueError(f"lexicon term {term!r} must start with fixed letters")
        anchors.append(lead)
    return anchors


def _pattern_anchor(src: str) -> str | None:
    if "|" in src.split("(", 1)[0]:
        return None
    m = re.match(r"[a-z' ]+", src)
    if not m:
        return None
    lit = m.group()
    if src[m.end() : m.end() + 1] in ("?", "*", "{"):
        lit = lit[:-1]
    return lit if len(lit.strip()) >= 2 else None


def _as_list(value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (fold(value),)
    return tuple(fold(str(v).lower()) for v in value)


def compile_entry(item: Any, category: str, defaults: dict[str, Any]) -> Entry:
    """Turn one YAML item into an ``Entry``; raise ValueError when malformed."""
    spec: dict[str, Any] = {"term": item} if isinstance(item, str) else dict(item)
    opts = {**defaults, **spec}
    if "term" in spec:
        key = str(spec["term"])
        src = term_to_regex(key, bool(opts.get("inflect", False)))
        anchors = list(_as_list(spec.get("anchor"))) or _term_anchors(key, bool(opts.get("inflect", False)))
    elif "pattern" in spec:
        key = str(spec.get("name", spec["pattern"]))
        src = str(spec["pattern"])
        anchors = list(_as_list(spec.get("anchor")))
        if not anchors:
            derived = _pattern_anchor(src)
            if derived is None:
                raise ValueError(f"pattern {src!r} in {category} needs an 'anchor'")
            anchors = [derived]
    else:
        raise ValueError(f"lexicon item in {category} has neither term nor pattern: {item!r}")
    return Entry(
        key=key,
        category=str(spec.get("category", category)),
        regex=re.compile(f"(?:{src})(?![\\w])"),
        anchors=tuple(dict.fromkeys(anchors)),
        weight=float(opts.get("weight", 1.0)),
        context_required=opts.get("context_required"),
        not_before=_as_list(opts.get("not_before")),
        not_after=_as_list(opts.get("not_after")),
        meta=dict(opts.get("meta", {})),
    )


class Matcher:
    """Finds the entries of one lexicon, longest match first, no overlaps."""

    def __init__(self, entries: list[Entry]) -> None:
        self.entries = entries
        grouped: dict[str, list[int]] = {}
        for idx, entry in enumerate(entries):
            for anchor in entry.anchors:
                grouped.setdefault(anchor, []).append(idx)
        self._automaton = ahocorasick.Automaton()
        for anchor, ids in grouped.items():
            self._automaton.add_word(anchor, (len(anchor), tuple(ids)))
        if grouped:
            self._automaton.make_automaton()

    def find(
        self,
        text: str,
        start: int = 0,
        end: int | None = None,
        folded: str | None = None,
        keep_overlaps: bool = False,
    ) -> list[Match]:
        """Every match in ``text[start:end]``, offsets into ``text``.

        Overlapping matches are resolved earliest-then-longest unless
        ``keep_overlaps``; ``folded`` is ``fold(text)`` when the caller has it.
        """
        if not self.entries:
            return []
        end = len(text) if end is None else min(end, len(text))
        low = fold(text) if folded is None else folded
        found: list[Match] = []
        tried: set[tuple[int, int]] = set()
        entries, seen, tick = self.entries, tried.__contains__, tried.add  # (bound once: a call reads every hit)
        for last, (length, ids) in self._automaton.iter(low, start, end):
            pos = last - length + 1
            if pos > 0:
                ch = low[pos - 1]
                if ch.isalnum() or ch == "_":
                    continue
            for idx in ids:
                key = (pos, idx)
                if seen(key):
                    continue
                tick(key)
                entry = entries[idx]
                m = entry.regex.match(low, pos, end)
                if m and m.end() > pos:
                    found.append(Match(pos, m.end(), entry))
        if keep_overlaps:
            return sorted(found, key=lambda m: (m.start, m.end))
        return _without_overlaps(found)


def _without_overlaps(matches: list[Match]) -> list[Match]:
    matches.sort(key=lambda m: (m.start, -(m.end - m.start), -m.entry.weight))
    kept: list[Match] = []
    for m in matches:
        if kept and m.start < kept[-1].end:
            continue
        kept.append(m)
    return kept


def load_entries(name: str) -> dict[str, list[Entry]]:
    """Entries per language from every ``<name>*.yaml`` file in this folder."""
    per_lang: dict[str, list[Entry]] = {}
    paths = sorted(LEXICON_DIR.glob(f"{name}*.yaml"))
    if not paths:
        raise FileNotFoundError(f"no lexicon files named {name}*.yaml in {LEXICON_DIR}")
    for path in paths:
        data = read_yaml(path)
        for lang, body in data.items():
            defaults = dict(body.get("defaults", {}))
            for category, items in (body.get("categories") or {}).items():
                for item in items or []:
                    try:
                        per_lang.setdefault(lang, []).append(compile_entry(item, category, defaults))
                    except (ValueError, re.error) as exc:
                        raise ValueError(f"{path.name}: {exc}") from exc
    return per_lang


@cache
def _entries(name: str) -> dict[str, list[Entry]]:
    """``load_entries(name)``, compiled once for every language's matcher (read-only: entries are frozen)."""
    return load_entries(name)


@cache
def _files(name: str) -> tuple[dict[str, Any], ...]:
    """The parsed ``<name>*.yaml`` files, read once for every language's settings (read-only)."""
    return tuple(read_yaml(path) for path in sorted(LEXICON_DIR.glob(f"{name}*.yaml")))


@cache
def settings(name: str, language: str) -> dict[str, Any]:
    """The non-entry keys a lexicon file gives a language (word lists, limits)."""
    merged: dict[str, Any] = {}
    for data in _files(name):
        body = data.get(language) or {}
        merged.update({k: v for k, v in body.items() if k not in ("categories", "defaults")})
    return merged


@cache
def matcher(name: str, language: str) -> Matcher:
    """The cached matcher of lexicon ``name`` for ``language``.

    ``und`` (or empty) unites every language the lexicon has; a language
    the lexicon lacks gets an empty matcher, so callers need no special case.
    """
    per_lang = _entries(name)
    if language in ("", "und"):
        return Matcher([e for entries in per_lang.values() for e in entries])
    if language not in per_lang:
        log.debug("lexicon %s has no entries for language %r", name, language)
    return Matcher(per_lang.get(language, []))
