"""Cues in the wording of a report: loaded terms, hedges, sources, disputes.

Everything here reads surface language only and returns character spans
into the text it was given; deciding what a cue means for a claim is the
caller's job. The words live in YAML under ``lexicon/`` so that adding a
term never needs code, and every list covers left- and right-wing
vocabulary alike. This module must not judge whether a statement is true,
and must not drop a loaded word because it sits in a quotation: it flags
it, and ``quoted_spans`` lets the caller tell the author's words from
reported speech.

Precision and recall. The lexicons favour precision: a flagged term
should be one a careful editor would also query, because false flags in
neutral wire copy would make every outlet look slanted and would punish
the plain style we want to reward. So ambiguous words are either left out
("massive" is barely loaded, "amenaza" alone is everyday Spanish), gated
by a context check ("regime" only when it labels an actor, "animals" only
when said of people) or excluded next to known neutral neighbours ("tax
regime", "falsos positivos", "narcotráfico"). Words that judge only when
someone argues ("timid", "bankrolled", "chantaje", "alfombra roja") live
in ``lexicon/opinion_*.yaml`` and count only in the opinion register that
``nexos.assess.register`` finds and in quotations; scare quotes count only
there too. The cost is recall: novel coinages and sarcasm that no fixed
shape announces (``nexos.assess.figurative`` finds those that "It is not
X. It is Y", "Call it X" or ", it seems," announce), loaded framing built
from neutral words, and slurs not yet listed go unseen, and the span
heuristics for sources and speakers stop early on long or unusual noun
phrases. Hedge and attribution lists
lean the other way (recall), since over-marking a claim as hedged only
lowers its weight, it does not accuse anyone.
"""

from __future__ import annotations

import bisect
import logging
import re
from dataclasses import dataclass
from functools import cache

from nexos.assess.evaluative import find_evaluative_terms
from nexos.assess.figurative import find_belittling, find_figures
from nexos.assess.lexicon import Match, fold, matcher, settings
from nexos.assess.register import in_spans, opinion_spans
from nexos.model.records import LoadedTerm

log = logging.getLogger(__name__)

__all__ = [
    "Attribution",
    "Dispute",
    "Hedge",
    "find_anonymous_sources",
    "find_attributions",
    "find_disputes",
    "find_hedges",
    "find_loaded_terms",
    "is_quoted",
    "loaded_density",
    "quoted_spans",
]


@dataclass(frozen=True)
class Hedge:
    """A hedge, an attribution phrase used as hedge, or a certainty booster."""

    start: int
    end: int
    term: str
    category: str  # 'hedge' | 'attribution' | 'certainty'


@dataclass(frozen=True)
class Dispute:
    """A denial, a no-evidence statement or a fact-check verdict."""

    start: int
    end: int
    term: str
    category: str  # 'denial' | 'no_evidence' | 'verdict'


@dataclass(frozen=True)
class Attribution:
    """A reporting cue and, where it is simple to find, who speaks."""

    start: int
    end: int
    cue: str
    speaker_start: int | None = None
    speaker_end: int | None = None
    speaker_text: str | None = None


# ---------------------------------------------------------------- helpers

_WORD = re.compile(r"\w+")
_TOKEN = re.compile(r"[ \t\u00a0]*\n?[ \t\u00a0]*((?:\w\.){2,}|\w[\w'\u2019\-\u2010\u2011]*)")
_PREV_TOKEN = re.compile(r"((?:\w\.){2,}|\w[\w'\u2019\-\u2010\u2011]*)[ \t\u00a0]*\n?[ \t\u00a0]*$")
_OPEN_QUOTES = "\"“«‘„'"
_DETERMINERS = {
    "en": set("the this that its his her their whose".split()),
    "es": set("el la los las este esta ese esa aquel su sus dicho dicha".split()),
}
_PRONOUNS = set("he she they we i el ella ellos ellas nosotros usted ustedes".split())
# Words after which a noun is said *of* someone ("they are animals", "son ratas").
_PREDICATIVE = {
    "en": set("are were be being like these those such as them real nothing but".split()),
    "es": set(
        "son eran fueron ser es era fue como estos esos estas esas aquellos unos unas verdaderos".split()
    ),
}
_INDEFINITE = {"a", "an", "un", "una"}
# Words before a noun that say what something is ("this circus", "un verdadero infierno").
_SAID_OF = {
    "en": set("this that whole real complete total absolute utter veritable".split()),
    "es": set("este esta ese esa aquel aquella verdadero verdadera autentico autentica puro pura".split()),
}
_CONJ = {"and", "&", "y", "e"}
# Function words a phrase must not end on.
_TRIM = set("of the a an to and in de del la el los las al y en".split())
_PREPS = {
    "en": set("in at from within inside near of to with close familiar on by about".split()),
    "es": set("de del en a al desde dentro cercanas cercana cerca con por sobre".split()),
}
# Words between a term and the name it is said of: 'para el', 'de los', 'for the'.
_NAME_LEAD = set("para de del el la los las for of the".split())
_ES_ADJ = re.compile(r"[a-z]+(?:ano|ana|anos|anas|ense|enses|al|ales|ico|ica|icos|icas|ista|istas)$")


def _langs(language: str) -> list[str]:
    lang = (language or "und").lower().split("-")[0].split("_")[0]
    return ["en", "es"] if lang in ("", "und") else [lang]


def _lang(language: str) -> str:
    return _langs(language)[0]


def _prev_word(text: str, pos: int) -> tuple[int, int] | None:
    """The token ending just before ``pos`` with only spaces between."""
    m = _PREV_TOKEN.search(text, max(0, pos - 80), pos)
    return (m.start(1), m.end(1)) if m else None


def _next_word(text: str, pos: int) -> tuple[int, int] | None:
    m = _TOKEN.match(text, pos)
    return (m.start(1), m.end(1)) if m else None


def _is_cap(word: str) -> bool:
    return bool(word) and word[0].isupper()


def _near_phrase(folded: str, pos: int, phrases: tuple[str, ...], before: bool) -> bool:
    if before:
        head = folded[max(0, pos - 60) : pos].rstrip()
        return any(
            head.endswith(p) and (len(head) == len(p) or not head[-len(p) - 1].isalnum()) for p in phrases
        )
    tail = folded[pos : pos + 60].lstrip()
    return any(tail.startswith(p) and (len(tail) == len(p) or not tail[len(p)].isalnum()) for p in phrases)


def _labels_actor(text: str, folded: str, m: Match, lang: str) -> bool:
    """True when the term names a particular actor: "the Maduro regime", "dictador Ortega".

    "The regime of" is a label only when a name follows ("the regime of
    Daniel Ortega"), not "the regime of the river".
    """
    nxt = _next_word(text, m.end)
    if nxt and folded[nxt[0] : nxt[1]] in ("of", "de", "del"):
        after = _next_word(text, nxt[1])
        if after and folded[after[0] : after[1]] in _DETERMINERS.get(lang, set()) | {"the", "los", "las"}:
            after = _next_word(text, after[1])
        return bool(after and _is_cap(text[after[0] : after[1]]))
    prev = _prev_word(text, m.start)
    if prev:
        word = text[prev[0] : prev[1]]
        if folded[prev[0] : prev[1]] in _DETERMINERS.get(lang, set()) or _is_cap(word):
            return True
    nxt = _next_word(text, m.end)
    if not nxt:
        return False
    word, fword = text[nxt[0] : nxt[1]], folded[nxt[0] : nxt[1]]
    if _is_cap(word) or re.search(r"(?:ista|ist)s?$", fword):
        return True
    if fword in ("of", "de", "del"):
        after = _next_word(text, nxt[1])
        return bool(after and _is_cap(text[after[0] : after[1]]))
    return False


def _context_ok(text: str, folded: str, m: Match, lang: str) -> bool:
    entry = m.entry
    if entry.not_before and _near_phrase(folded, m.start, entry.not_before, before=True):
        return False
    if entry.not_after and _near_phrase(folded, m.end, entry.not_after, before=False):
        return False
    need = entry.context_required
    if not need:
        return True
    if need == "label":
        return _labels_actor(text, folded, m, lang)
    if need == "label_or_said_of":
        # "the Maduro dictatorship", and also what something is called: "una dictadura de selfi",
        # "it is a dictatorship" (a past one is excluded by the entry's not_before/not_after)
        prev = _prev_word(text, m.start)
        said_of = bool(prev and folded[prev[0] : prev[1]] in _INDEFINITE | _PREDICATIVE.get(lang, set()))
        return said_of or _quoted_alone(text, m) or _labels_actor(text, folded, m, lang)
    if need == "said_of":
        # what something is called: "a circus", "is a hell", "este circo" (not "the circus came to town")
        prev = _prev_word(text, m.start)
        before = _INDEFINITE | _PREDICATIVE.get(lang, set()) | _SAID_OF.get(lang, set())
        return bool(prev and folded[prev[0] : prev[1]] in before)
    if need == "predicative":
        prev = _prev_word(text, m.start)
        return bool(prev and folded[prev[0] : prev[1]] in _PREDICATIVE.get(lang, set()))
    if need == "hyphen_compound":
        # '-shredding', '-bashing': only as the second half of a coined compound ('sovereignty-shredding')
        return m.start > 0 and folded[m.start - 1] == "-" and folded[m.start - 2 : m.start - 1].isalpha()
    if need == "after_compound":
        return _after_compound(text, folded, m.start, lang)
    if need == "owned":
        # whose business it is: 'his empire', "the Watchmaker's empire", 'su imperio' (not 'the empire of law')
        prev = _prev_word(text, m.start)
        word = folded[prev[0] : prev[1]] if prev else ""
        owners = set(settings("loaded", lang).get("owners") or [])
        return word in owners or word.endswith(("'s", "s'"))
    if need == "lowercase_head":
        # the last word as written is lower case: 'a terrorist organization', 'el clan' (a capitalised one is a
        # name: 'Foreign Terrorist Organization' as the name of a legal list, 'Clan del Golfo')
        words = _WORD.findall(text[m.start : m.end])
        return bool(words) and not words[-1][0].isupper()
    if need == "name_after":
        # a name follows, past a preposition and an article: 'un santuario para el ELN', 'las sobras de Bukele'
        # (not 'un santuario para aves', 'las sobras de la comida')
        pos = m.end
        for _ in range(3):
            nxt = _next_word(text, pos)
            if not nxt:
                return False
            if folded[nxt[0] : nxt[1]] not in _NAME_LEAD:
                return _is_cap(text[nxt[0] : nxt[1]])
            pos = nxt[1]
        return False
    if need == "name_owned":
        # said of what a named someone owns: "Bukele's leftovers" (not 'the leftovers', 'his leftovers')
        prev = _prev_word(text, m.start)
        if prev is None:
            return False
        return _is_cap(text[prev[0] : prev[1]]) and folded[prev[0] : prev[1]].endswith("'s")
    if need == "quote_after":
        rest = text[m.end : m.end + 3].lstrip()
        return bool(rest) and rest[0] in _OPEN_QUOTES
    log.warning("unknown context check %r on lexicon entry %r", need, entry.key)
    return False


def _quoted_alone(text: str, m: Match) -> bool:
    """Whether the match is all a quotation holds: 'calificó la detención de "montaje"', 'a "dictatorship"'.

    Someone called something by that word; the quotation is the label.
    """
    before = text[max(0, m.start - 3) : m.start].rstrip(" \t")
    if not before or before[-1] not in _OPEN_QUOTES:
        return False
    after = text[m.end : m.end + 2].lstrip(" \t.,")
    return bool(after) and after[0] in "\"\u201d\u00bb\u2019'"


def _after_compound(text: str, folded: str, pos: int, lang: str) -> bool:
    """Whether a coined hyphenated compound stands just before ``pos`` ('law-and-order | theater').

    Compounds of a number or a measure ('5,000-strong crowd', 'five-member
    squad', 'two-hour show') are descriptions, not coinages.
    """
    prev = _prev_word(text, pos)
    if not prev:
        return False
    word = folded[prev[0] : prev[1]]
    parts = re.split(r"[-\u2010\u2011]", word)
    if len(parts) < 2 or not all(p.isalpha() for p in parts) or any(ch.isdigit() for ch in word):
        return False
    units = set(settings("opinion", lang).get("compound_not") or [])
    return not any(p in units for p in parts)


def _matches(
    name: str,
    text: str,
    language: str,
    start: int = 0,
    end: int | None = None,
    keep_overlaps: bool = False,
    folded: str | None = None,
) -> list[tuple[Match, str]]:
    folded = fold(text) if folded is None else folded
    out: list[tuple[Match, str]] = []
    for lang in _langs(language):
        for m in matcher(name, lang).find(text, start, end, folded, keep_overlaps):
            if _context_ok(text, folded, m, lang):
                out.append((m, lang))
    out.sort(key=lambda pair: (pair[0].start, pair[0].end))
    return out


# ---------------------------------------------------------------- quotes


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """Spans of quoted (reported) speech, quotation marks included.

    Handles “ ” « » ‘ ’ „ and straight double quotes, a quotation left open
    to the end of its paragraph (the convention for quotes running over
    several paragraphs), and Spanish dialogue lines opened by a dash, where
    dashes alternate between speech and the narrator's words.
    """
    spans: list[tuple[int, int]] = []
    for para in re.finditer(r"[^\n]+(?:\n(?!\s*\n)[^\n]+)*", text):
        spans.extend(_quotes_in(text, para.start(), para.end()))
        spans.extend(_dialogue_in(text, para.start(), para.end()))
    return _outermost(spans)


_QUOTE_MARK = re.compile('[\u201c\u201d\u00ab\u00bb\u201e\u2018\u2019"]')
_CLOSER = {"\u201c": "\u201d", "\u00ab": "\u00bb", "\u201e": "\u201c", "\u2018": "\u2019", '"': '"'}


def _quotes_in(text: str, start: int, end: int) -> list[tuple[int, int]]:
    stack: list[tuple[str, int]] = []
    spans = []
    for m in _QUOTE_MARK.finditer(text, start, end):
        i, ch = m.start(), m.group()
        prev = text[i - 1] if i > start else " "
        nxt = text[i + 1] if i + 1 < end else " "
        if stack and ch == _CLOSER[stack[-1][0]] and not (ch == "\u2019" and nxt.isalnum()):
            spans.append((stack.pop()[1], i + 1))
        elif ch in "\u201c\u00ab\u201e" or (ch in '"\u2018' and (prev.isspace() or prev in "([\u2014-")):
            stack.append((ch, i))
    # An opening mark never closed runs to the paragraph end (multi-paragraph quotes);
    # single marks are too often apostrophes to be trusted that far.
    spans.extend((pos, end) for mark, pos in stack if mark != "\u2018")
    return spans


_LINE = re.compile(r"[^\n]+")


def _dialogue_in(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans = []
    for line in _LINE.finditer(text[start:end]):
        ls = start + line.start()
        body = line.group()
        stripped = body.lstrip()
        if not stripped.startswith(("—", "―")) or len(stripped) < 2 or stripped[1].isspace():
            continue
        first = ls + len(body) - len(stripped)
        cuts = [first] + [ls + m.start() for m in re.finditer(r"[—―]", body) if ls + m.start() > first]
        cuts.append(ls + len(body))
        for k in range(0, len(cuts) - 1, 2):
            spans.append((cuts[k], cuts[k + 1] + (1 if cuts[k + 1] < ls + len(body) else 0)))
    return spans


def _outermost(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    spans.sort(key=lambda s: (s[0], -s[1]))
    out: list[tuple[int, int]] = []
    for s, e in spans:
        if out and s < out[-1][1]:
            if e > out[-1][1]:
                out[-1] = (out[-1][0], e)
            continue
        out.append((s, e))
    return out


def is_quoted(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    """Whether ``[start, end)`` lies inside one of ``spans`` (from ``quoted_spans``)."""
    i = bisect.bisect_right(spans, (start, float("inf"))) - 1
    return i >= 0 and spans[i][0] <= start and end <= spans[i][1]


# ---------------------------------------------------------------- loaded language


def find_loaded_terms(
    text: str, language: str, start: int = 0, end: int | None = None, speech: list[tuple[int, int]] | None = None
) -> list[LoadedTerm]:
    """Loaded words and phrases in ``text[start:end]``, offsets into ``text``.

    ``speech`` holds spans of reported speech that no quotation mark sets
    off (an interview's answers, a hearing transcript's turns, as the quote
    extractor finds them): the opinion vocabulary counts there as it does
    in quotations.

    Terms inside quotations are returned too; use ``quoted_spans`` to tell
    the author's own words from the words of people quoted. Besides the
    listed terms, ``nexos.assess.evaluative`` adds words the lists do not
    name (strongly negative judgements in English, pejorative suffixes in
    Spanish) and ``nexos.assess.figurative`` the figures a column builds
    from plain words (corrections, christenings, sarcastic asides).
    """
    folded = fold(text)
    out = [_term(text, m, start) for m, _ in _matches("loaded", text, language, start, end, folded=folded)]
    # words that judge only where the writer argues, or in someone's quoted words
    argued, quoted = _opinion_register(text, folded, language, speech)
    layers = [
        _coined_titles(text, folded, language, start, end),
        _scare_quotes(text, folded, language, argued, quoted, start, end),
        _applied_labels(text, folded, language, start, end),
        [_intensified(text, folded, _term(text, m, start), lang, start)
         for m, lang in _matches("opinion", text, language, start, end, folded=folded)
         if in_spans(m.start, m.end, argued)
         or (not m.entry.meta.get("not_in_quotes") and in_spans(m.start, m.end, quoted))],
        # the data-driven layer: words no list names
        find_evaluative_terms(text, language, start, end, folded=folded),
        # 'little more than a front for the cartel': the predicate takes the place of a listed word inside it
        [t for lang in _langs(language) for t in find_belittling(text, folded, lang, start, end)],
    ]
    # figures built from plain words (corrections, christenings, asides): they take no word found inside
    figures = [t for lang in _langs(language)
               for t in find_figures(text, folded, lang, argued, quoted, start, end)]
    for layer in layers:
        for term in layer:
            out = _merged(out, term)
    for term in figures:
        if not any(t.start < term.end and term.start < t.end for t in out):
            out.append(term)
    return sorted(out, key=lambda t: (t.start, t.end))


def _merged(found: list[LoadedTerm], term: LoadedTerm) -> list[LoadedTerm]:
    """``found`` with ``term`` added where nothing found overlaps it.

    A term that wholly holds shorter ones found earlier takes their place
    ('capitulación' inside 'capitulación por entregas', 'iron-fist' inside
    'iron-fist theatre'): the phrase is the figure, the word only its head.
    A term that overlaps one found earlier only in part is dropped.
    """
    inside = [t for t in found if term.start <= t.start and t.end <= term.end]
    if any(t.start < term.end and term.start < t.end for t in found if t not in inside):
        return found
    if inside and all(t.start == term.start and t.end == term.end for t in inside):
        return found
    return [t for t in found if t not in inside] + [term]


def _coined_titles(text: str, folded: str, language: str, start: int, end: int | None) -> list[LoadedTerm]:
    """Titles coined from a job and "-in-Chief" / "en jefe": 'Warden-in-Chief', 'el carcelero en jefe'.

    The pattern and the real titles built the same way ('Commander-in-Chief',
    'comandante en jefe') are in the lexicon, under ``coined_titles``.
    """
    out = []
    for lang in _langs(language):
        conf = settings("loaded", lang).get("coined_titles") or {}
        if not conf.get("pattern"):
            continue
        real = {fold(w) for w in conf.get("not", [])}
        for m in re.finditer(rf"(?<![\w-]){conf['pattern']}(?![\w-])", folded[: end]):
            if m.start() >= start and m.group(1) not in real:
                out.append(LoadedTerm(m.start(), m.end(), text[m.start() : m.end()], "name_calling"))
    return out


def _scare_quotes(
    text: str,
    folded: str,
    language: str,
    argued: list[tuple[int, int]],
    quoted: list[tuple[int, int]],
    start: int,
    end: int | None,
) -> list[LoadedTerm]:
    """Words a writer holds at arm's length in quotation marks: 'the "reform"', 'la "paz" del oficialismo'.

    Only where the text argues, only a short lower-case phrase right after
    a determiner, a possessive or an ironic marker ('so-called', 'la
    llamada'), and only when nobody in the sentence is said to speak or to
    name it ('known as "El Flaco"', 'calificó la reunión como "un éxito"'):
    then the quotation is the writer's sneer, not someone's words.
    """
    if not argued:
        return []
    end = len(text) if end is None else end
    out = []
    for qs, qe in quoted:
        if qs < start or qe > end or not in_spans(qs, qe, argued):
            continue
        inner = text[qs + 1 : qe - 1].strip(" ,.;:")
        if not inner or not inner[0].islower() or len(inner) > 40 or len(inner.split()) > 3:
            continue
        if any(ch in inner for ch in ".!?;\n\"\u201c\u201d\u00ab\u00bb"):
            continue
        said = set(_WORD.findall(fold(inner)))
        for lang in _langs(language):
            if _jargon(lang) & said:
                continue
            if _sneered(text, folded, qs, lang):
                s0 = qs + 1 + (len(text[qs + 1 : qe - 1]) - len(text[qs + 1 : qe - 1].lstrip(" ,.;:")))
                out.append(LoadedTerm(s0, s0 + len(inner), inner, "loaded_characterisation"))
                break
    return out


def _applied_labels(text: str, folded: str, language: str, start: int, end: int | None) -> list[LoadedTerm]:
    """A label someone puts on someone, in quotation marks after a verb of labelling, in any register.

    'calls himself "the protector of the plain"', 'lo llama "un benefactor del
    pueblo"', 'culpó a "infiltrados del Estado"', 'tildó a la jueza de "activista
    con toga"': the quoted words are the speaker's characterisation. Only a short
    lower-case phrase counts: a capitalised one is a name or an alias ('known as
    "El Flaco"'), and the jargon of a racket ('its "war tax"') names, it does not judge.
    The cues are in the lexicon, under ``applied_labels``.
    """
    end = len(text) if end is None else end
    out = []
    for qs, qe in quoted_spans(text):
        if qs < start or qe > end:
            continue
        raw = text[qs + 1 : qe - 1]
        inner = raw.strip(" ,.;:")
        words = inner.split()
        if not inner or not inner[0].islower():
            continue
        if len(inner) > 50 or len(words) > 6:
            term = _characterisation(text, folded, language, qs, raw, inner)
            if term:
                out.append(term)
            continue
        if any(ch in inner for ch in ".!?;\n\"\u201c\u201d\u00ab\u00bb") or any(ch.isdigit() for ch in inner):
            continue
        if len(words) > 1 and words[0].lower() in _ALIAS_ARTICLES and words[1][:1].isupper():
            continue  # 'el Flaco', 'la Tuta': an alias
        sent = max(folded.rfind(ch, max(0, qs - 200), qs) for ch in ".!?\n")
        said = set(_WORD.findall(fold(inner)))
        for lang in _langs(language):
            cue = _applied_cue(lang)
            if cue is None or _jargon(lang) & said:
                continue
            if cue.search(folded[max(sent + 1, qs - 90) : qs]):
                s0 = qs + 1 + (len(raw) - len(raw.lstrip(" ,.;:")))
                out.append(LoadedTerm(s0, s0 + len(inner), inner, "loaded_characterisation"))
                break
        else:
            term = _characterisation(text, folded, language, qs, raw, inner)
            if term:
                out.append(term)
    return out


def _characterisation(text: str, folded: str, language: str, qs: int, raw: str, inner: str) -> LoadedTerm | None:
    """A quoted verdict on a named thing: 'called the raid "a militarized show that never reaches the bankers"'.

    A verb of calling or describing, then what is judged (one to five words),
    then a quotation that opens lower case and without a definite article:
    'described the post as "a dirty campaign by trolls"', 'calificó el proceso
    como "una cacería de brujas"'. The verdict is the speaker's, flagged as
    theirs, however long it runs (up to sixteen words); a short one ('a
    riot', 'routine', 'financial operator') describes more often than it
    judges, so it needs four words, or three after an indefinite article
    ('un show mediático'). A definite
    description names as often as it judges ('calls it "the group"'), a bare
    'called' with nothing judged before the quotation names a thing ('what
    both sides call a "non-aggression pact"'), and the wording of a legal
    designation ('a significant transnational criminal organization') cites
    an act, so these stay unflagged. The verbs are in the lexicon, under
    ``applied_labels.characterising``.
    """
    words = inner.split()
    if len(words) > 16 or len(inner) > 140 or any(ch in inner for ch in ".!?;\n\"\u201c\u201d\u00ab\u00bb"):
        return None
    said = set(_WORD.findall(fold(inner)))
    if fold(words[0]) in _DEFINITE or any(ch.isdigit() for ch in inner):
        return None
    if len(words) < (3 if fold(words[0]) in _INDEFINITE else 4):
        return None  # 'described him as a "financial operator"', 'calls it "routine"': a description
    sent = max(folded.rfind(ch, max(0, qs - 200), qs) for ch in ".!?\n")
    before = folded[max(sent + 1, qs - 120) : qs]
    for lang in _langs(language):
        cue, designations, not_before = _characterising(lang)
        if cue is None or _jargon(lang) & said or designations & said:
            continue
        m = cue.search(before)
        if m and not (m.group("last") and fold(m.group("last")) in not_before):
            s0 = qs + 1 + (len(raw) - len(raw.lstrip(" ,.;:")))
            return LoadedTerm(s0, s0 + len(inner), inner, "loaded_characterisation")
    return None


_DEFINITE = {"the", "el", "la", "los", "las", "lo"}
_INDEFINITE = {"a", "an", "un", "una", "unos", "unas"}


@cache
def _characterising(lang: str) -> tuple[re.Pattern[str] | None, frozenset[str], frozenset[str]]:
    """'called the raid "…"', 'described the post as "…"', 'calificó el proceso como "…"' (``applied_labels.characterising``).

    Returns the cue, the words of a designation, and the words before the quotation that make it a complement, not a
    verdict ('llamó a la gente a "…"').
    """
    conf = (settings("loaded", lang).get("applied_labels") or {}).get("characterising") or {}
    designations = frozenset(fold(w) for w in conf.get("designations", []))
    not_before = frozenset(fold(w) for w in conf.get("not_before", []))

    def alt(key: str) -> str:
        return _alternation(conf.get(key, []))

    articles = alt("articles")
    # what is judged: one to five words, not an article alone ('call a "…"'), not after a particle ('called for "…"')
    judged = rf"(?!(?:{articles})\s*[,:]?\s*$)(?!(?:{alt('not_after')})\s)(?:[\w'-]+\s+){{0,4}}(?P<last>[\w'-]+)"
    parts = []
    if conf.get("verbs"):
        parts.append(rf"(?:{alt('verbs')})\s+{judged}")
    if conf.get("verbs_as") and conf.get("as"):
        parts.append(rf"(?:{alt('verbs_as')})\s+(?:{judged.replace('P<last>', ':')}\s+)?(?:{alt('as')})")
    if not parts:
        return None, designations, not_before
    art = rf"(?:\s+(?:{articles}))?" if articles else ""
    return re.compile(rf"(?<![\w])(?:{'|'.join(parts)}){art}\s*[,:]?\s*$"), designations, not_before


_ALIAS_ARTICLES = {"el", "la", "los", "las", "the", "don", "doña", "dona"}


@cache
def _jargon(lang: str) -> frozenset[str]:
    """A racket's own words ('war tax', 'la vacuna'), which name and do not judge (``scare_quotes.jargon``)."""
    return frozenset(fold(w) for w in (settings("loaded", lang).get("scare_quotes") or {}).get("jargon", []))


@cache
def _applied_cue(lang: str) -> re.Pattern[str] | None:
    """A labelling verb, then up to four words, then the quotation ('called him a "…"', 'tildó a la jueza de "…"')."""
    cues = (settings("loaded", lang).get("applied_labels") or {}).get("cues") or []
    if not cues:
        return None
    return re.compile(rf"(?<![\w])(?:{_alternation(cues)})(?![\w])(?:\s+[\w'-]+){{0,4}}\s*[,:]?\s*$")


def _alternation(phrases: list[str]) -> str:
    """The lexicon's phrases as one regex alternation over folded text, longest first, spaces as any whitespace."""
    return "|".join(sorted((re.escape(fold(c)).replace(r"\ ", r"\s+") for c in phrases), key=len, reverse=True))


def _sneered(text: str, folded: str, pos: int, lang: str) -> bool:
    """Whether the quotation opening at ``pos`` follows a determiner or an ironic marker, with no speaker."""
    conf = settings("loaded", lang).get("scare_quotes") or {}
    prev = _prev_word(text, pos)
    if not prev or folded[prev[0] : prev[1]] not in set(conf.get("after", [])):
        return False
    sent = max(folded.rfind(ch, 0, prev[0]) for ch in ".!?\n")
    before = folded[sent + 1 : prev[0]]
    if any(_near_phrase(" " + before, len(before) + 1, (n,), before=True) or f" {n} " in f" {before} "
           for n in (fold(w) for w in conf.get("naming", []))):
        return False
    return not _matches("attribution", text[sent + 1 : prev[0]], lang)


def _intensified(text: str, folded: str, term: LoadedTerm, lang: str, floor: int) -> LoadedTerm:
    """A one-word opinion term with the adjective coordinated with it after a copula.

    'the government has been slow and timid' -> 'slow and timid': the
    writer's verdict is the pair. Degree adverbs ('increasingly') are left
    out: an analyst reads the verdict in the adjective and the noun it
    grades ('an increasingly embarrassing impression'), and a span that
    reaches back over the adverb no longer sits inside that phrase.
    Copulas from ``intensify`` in the lexicon.
    """
    if " " in term.term:
        return term
    conf = settings("opinion", lang).get("intensify") or {}
    copulas = {fold(w) for w in conf.get("copulas", [])}
    conj = _prev_word(text, term.start)
    if not conj or conj[0] < floor or folded[conj[0] : conj[1]] not in _CONJ:
        return term
    adj = _prev_word(text, conj[0])
    head = _prev_word(text, adj[0]) if adj else None
    if not (adj and head and head[0] >= floor and folded[head[0] : head[1]] in copulas) or _is_cap(text[adj[0]]):
        return term
    return LoadedTerm(adj[0], term.end, text[adj[0] : term.end], term.category)


def _term(text: str, m: Match, floor: int) -> LoadedTerm:
    s = _compound_start(text, m.start, floor) if m.entry.meta.get("compound") else m.start
    # 'modifier: 2' takes in up to two words before the match ('extrajudicial killings | dressed up as')
    for _ in range(int(m.entry.meta.get("modifier") or 0)):
        before = _modifier_start(text, s, floor)
        if before == s:
            break
        s = before
    if m.entry.meta.get("head"):
        s = _head_start(text, s, floor)
    return LoadedTerm(s, m.end, text[s : m.end], m.entry.category)


# Words that are no modifier of the noun after them and no head of the phrase after them.
_FUNCTION = (
    _TRIM | _CONJ | _INDEFINITE | _PRONOUNS | {w for ws in _DETERMINERS.values() for w in ws}
    | {w for ws in _PREPS.values() for w in ws} | {w for ws in _PREDICATIVE.values() for w in ws}
    | set("is was has had have not no nor or but so too very more most less than such its our my your "
          "un una unos unas lo le les se su sus que con sin por para es son era fue muy mas menos ni o "
          "nuestro nuestra nuestros nuestras".split())
)


def _modifier_start(text: str, pos: int, floor: int) -> int:
    """Where the phrase begins when the word before the match modifies it: 'khaki | populism'.

    One lower-case word (hyphens allowed) that is not a function word; a
    name ('Bukele populism') is left out, it says whose, not what kind.
    """
    prev = _prev_word(text, pos)
    if not prev or prev[0] < floor or "\n" in text[prev[1] : pos]:
        return pos
    word = text[prev[0] : prev[1]]
    if not word[0].islower() or not word.replace("-", "").isalpha() or fold(word) in _FUNCTION:
        return pos
    return prev[0]


def _head_start(text: str, pos: int, floor: int) -> int:
    """Where the phrase begins when the match qualifies the noun before it: 'una paz | de rodillas'.

    The noun is one lower-case word after a determiner ('la paz', 'a peace').
    """
    prev = _prev_word(text, pos)
    det = _prev_word(text, prev[0]) if prev else None
    if not prev or not det or det[0] < floor or not text[prev[0]].isalpha() or _is_cap(text[prev[0]]):
        return pos
    word, article = fold(text[prev[0] : prev[1]]), fold(text[det[0] : det[1]])
    dets = _INDEFINITE | {"the", "la", "el", "los", "las", "esta", "este", "esa", "ese", "su", "sus", "their", "its"}
    if article not in dets or word in _FUNCTION:
        return pos
    return prev[0]


def _opinion_register(
    text: str, folded: str, language: str, speech: list[tuple[int, int]] | None = None
) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """Where the opinion vocabulary counts: argued text, and quotations when the lexicon says so.

    An entry whose plain sense is the crime itself ('blackmail', 'chantaje')
    says ``not_in_quotes``: a police officer quoted in wire copy uses it to
    describe, not to judge.
    """
    quoted = quoted_spans(text)
    argued = opinion_spans(text, language, quoted, folded)
    if speech:  # unmarked reported speech: an interview answer, a transcript turn
        quoted = _outermost(quoted + [(s, e) for s, e in speech if e > s])
    if not any(settings("opinion", lang).get("register", {}).get("quotations") for lang in _langs(language)):
        quoted = []
    return argued, quoted


_COMPOUND_BEFORE = re.compile(r"(?:\w+[-\u2010\u2011])+$|\w+(?:[-\u2010\u2011]\w+)+\s$")


def _compound_start(text: str, pos: int, floor: int) -> int:
    """Where a coined compound that ends in the matched word begins.

    'drone-strike fetish', 'sovereignty-shredding': the hyphenated words glued
    to the term, or just before it, are part of the loaded phrase.
    """
    m = _COMPOUND_BEFORE.search(text, max(floor, pos - 40), pos)
    return m.start() if m else pos


def loaded_weight_sum(text: str, language: str) -> float:
    """Sum of the lexicon weights of the loaded terms found in ``text``."""
    return sum(m.entry.weight for m, _ in _matches("loaded", text, language))


def loaded_density(text: str, language: str) -> float:
    """Loaded terms per 100 words, each term counted by its weight (0-1).

    A strong label ("narco-regime") counts 1, a mild intensifier less, so
    a text is not called slanted on the strength of a few weak words.
    """
    words = len(_WORD.findall(text))
    if not words:
        return 0.0
    return 100.0 * loaded_weight_sum(text, language) / words


# ---------------------------------------------------------------- hedges, disputes


def find_hedges(text: str, language: str) -> list[Hedge]:
    """Hedges, attribution phrases and certainty boosters, in text order."""
    return [
        Hedge(m.start, m.end, text[m.start : m.end], m.entry.category)
        for m, _ in _matches("hedging", text, language)
    ]


def find_disputes(text: str, language: str) -> list[Dispute]:
    """Denials, no-evidence statements and fact-check verdicts, in text order."""
    return [
        Dispute(m.start, m.end, text[m.start : m.end], m.entry.category)
        for m, _ in _matches("disputes", text, language)
    ]


# ---------------------------------------------------------------- anonymous sources


def find_anonymous_sources(text: str, language: str) -> list[tuple[int, int, str]]:
    """Spans of unnamed-source descriptions: (start, end, surface text).

    A span covers the whole description: "two senior U.S. officials who
    asked not to be named", "sources close to the X inner circle" (up to a
    comma, period, reporting verb or relative pronoun).
    """
    folded = fold(text)
    spans: list[tuple[int, int]] = []
    for m, lang in _matches("sourcing", text, language, keep_overlaps=True):
        conf = settings("sourcing", lang)
        s, e = m.start, m.end
        if m.entry.meta.get("anaphoric") and not any(ps < s for ps, _ in spans):
            continue
        if m.entry.meta.get("no_name_after") and _NAME_AFTER.match(text, e):
            continue  # 'the cooperating witness, Dan Ortiz, said', 'el testigo protegido Juan Pérez': named
        if m.entry.meta.get("person_head") and not _holds_person_noun(text, m.entry.regex.match(folded, s), conf):
            continue  # 'according to a report by …', 'según un informe de …': a paper, no person
        if m.entry.meta.get("head"):
            head = _plural_head(text, folded, s, lang, conf)
            if head is None:
                continue
            s = head
        if m.entry.meta.get("back"):
            s = _extend_back(text, folded, s, conf)
        if m.entry.meta.get("extend"):
            e = _extend_np(
                text, folded, e, lang, conf, need_prep=_last_word(folded, s, e) not in _PREPS.get(lang, set())
            )
        spans.append((s, e))
    return [(s, e, text[s:e]) for s, e in _outermost(spans)]


# a name right after a description, or set off by commas after it ('the protected witness Juan Pérez', 'a
# whistleblower, former auditor Karen Wells, said', 'un testigo protegido llamado Luis Mena'); not a new sentence
# ('… a protected witness. He said') nor the subject after an opening phrase ('According to a protected witness,
# President Ruiz took…')
_CAP = r"[A-ZÁÉÍÓÚÑ][\w'’.-]*"
_NAME_AFTER = re.compile(rf"[ \t]*(?:,[ \t]*(?:[a-záéíóúñ'’-]+[ \t]+){{0,3}}(?:{_CAP}[ \t]+)*{_CAP}[ \t]*,|"
                         rf"(?:(?:llamad[oa]s?|identificad[oa]s?[ \t]+como|de[ \t]+nombre|named|called|identified[ \t]+as)[ \t]+)?"
                         rf"{_CAP})")


def _holds_person_noun(text: str, m: re.Match[str] | None, conf: dict) -> bool:
    """Whether the words of group ``np`` of ``m`` ('a local teacher', 'una maestra jubilada') hold a noun for a person.

    Any word listed (``person_nouns``) will do; the head noun (the last word in English, the first past a listed
    modifier in Spanish: ``head_last``, ``prenominal``) may instead end as nouns for people do
    (``person_suffixes``: 'fisherman', 'shopkeeper', 'taxista', 'tendero') when no thing is named by it
    (``thing_nouns``: 'report', 'informe', 'revista'). A capitalised word is a name ('a Reuters tally'), no noun.
    """
    if m is None or m.group("np") is None:
        return False
    people = set(conf.get("person_nouns", []))
    things = set(conf.get("thing_nouns", []))
    suffixes = tuple(conf.get("person_suffixes", []))
    words = []
    for w in re.finditer(r"[\w'-]+", m.group("np")):
        original = text[m.start("np") + w.start() : m.start("np") + w.end()]
        if not original[:1].isupper():
            words.append(w.group().lower())
    if any(w in people and w not in things for w in words):
        return True
    if conf.get("head_last"):
        head = words[-1:]
    else:
        head = [w for w in words if w not in set(conf.get("prenominal", []))][:1]
    return bool(head) and head[0] not in things and len(head[0]) > 4 and head[0].endswith(suffixes)


def _plural_head(text: str, folded: str, pos: int, lang: str, conf: dict) -> int | None:
    """Start of the plural noun just before ``pos`` ("miners | interviewed by"), or None.

    A lower-case word of four letters or more ending in -s that no stop list
    names: not a verb or pronoun ("he was interviewed by", "que fueron
    entrevistados por"), not a name ("Reuters interviewed by";
    a capital that opens a sentence is no name).
    """
    prev = _prev_word(text, pos)
    if not prev:
        return None
    word, fword = text[prev[0] : prev[1]], folded[prev[0] : prev[1]]
    stop = set(conf.get("np_stop", [])) | _HEAD_STOP.get(lang, set())
    opens = bool(re.search(r"(?:^|[.!?\n:])[ \t\"“«(]*$", text[max(0, prev[0] - 40) : prev[0]]))
    if (_is_cap(word) and not opens) or len(fword) < 4 or not fword.endswith("s") or fword in stop:
        return None
    return prev[0]


_HEAD_STOP = {
    "en": set("was has his this its is as us yes others ones themselves".split()),
    "es": set("ellos ellas nosotros ustedes estos esos estas esas aquellos aquellas todos todas "
              "ambos ambas fueron eran estaban somos sido mas menos".split()),
}


def _last_word(folded: str, start: int, end: int) -> str:
    words = _WORD.findall(folded[start:end])
    return words[-1] if words else ""


def _extend_np(
    text: str,
    folded: str,
    pos: int,
    lang: str,
    conf: dict,
    need_prep: bool = False,
    stop_extra: frozenset[str] = frozenset(),
) -> int:
    """End of the noun phrase that starts at ``pos`` (``pos`` if none)."""
    stop = set(conf.get("np_stop", [])) | stop_extra
    limit = int(conf.get("max_np_words", 10))
    end, count, cur = pos, 0, pos
    kept_end = pos
    while count < limit:
        tok = _next_word(text, cur)
        if not tok:
            break
        word, fword = text[tok[0] : tok[1]], folded[tok[0] : tok[1]]
        if fword in stop or _looks_like_verb(word, fword, lang):
            break
        if (
            count == 0
            and need_prep
            and fword not in _PREPS.get(lang, set())
            and not (lang == "es" and _ES_ADJ.match(fword) and not _is_cap(word))
        ):
            break
        if fword in _CONJ:
            after = _next_word(text, tok[1])
            if not after or not (
                _is_cap(text[after[0] : after[1]])
                or folded[after[0] : after[1]] in _DETERMINERS.get(lang, set())
            ):
                break
        cur, end, count = tok[1], tok[1], count + 1
        if fword not in _TRIM:
            kept_end = end
    return kept_end


def _looks_like_verb(word: str, fword: str, lang: str) -> bool:
    """Spanish preterite endings: the clause's verb has begun."""
    if lang != "es" or _is_cap(word):
        return False
    return word.endswith("ó") or fword.endswith(("aron", "ieron"))


def _extend_back(text: str, folded: str, pos: int, conf: dict) -> int:
    mods = set(conf.get("np_modifiers", []))
    stop = set(conf.get("np_stop", []))
    start = pos
    for _ in range(5):
        prev = _prev_word(text, start)
        if not prev:
            break
        word, fword = text[prev[0] : prev[1]], folded[prev[0] : prev[1]]
        if fword in stop or not (fword in mods or _is_cap(word)):
            break
        start = prev[0]
    return start


# ---------------------------------------------------------------- attributions


def find_attributions(text: str, language: str) -> list[Attribution]:
    """Reporting cues ("according to", "said", "según", "dijo") with their speaker.

    The speaker is the noun phrase after "according to"/"según", or the
    name or short noun phrase next to a reporting verb: before it ("Petro
    dijo", "prosecutors allege") or after it ('"...," said Maduro',
    "afirmó el presidente Petro"). Speaker fields are None when no simple
    phrase is found.
    """
    folded = fold(text)
    out = []
    for m, lang in _matches("attribution", text, language):
        if m.entry.category == "verb" and _capitalised_mid_sentence(text, m.start):
            continue  # "the Organization of American States condemned": a name, not a verb
        conf = settings("attribution", lang)
        if m.entry.category == "according":
            sp = _speaker_after(text, folded, m.end, lang, conf, need_cap=False)
        else:
            sp = _verb_speaker(text, folded, m, lang, conf)
        cue = text[m.start : m.end]
        if sp and sp[1] > sp[0]:
            out.append(Attribution(m.start, m.end, cue, sp[0], sp[1], text[sp[0] : sp[1]]))
        else:
            out.append(Attribution(m.start, m.end, cue))
    return out


def _verb_speaker(text: str, folded: str, m: Match, lang: str, conf: dict) -> tuple[int, int] | None:
    inverted = _after_quote(text, m.start)
    if not inverted:
        sp = _speaker_before(text, folded, m.start, lang, conf)
        if sp:
            return sp
    return _speaker_after(text, folded, m.end, lang, conf, need_cap=not inverted)


def _capitalised_mid_sentence(text: str, pos: int) -> bool:
    if not text[pos].isupper():
        return False
    before = text[max(0, pos - 3) : pos].rstrip()
    return bool(before) and before[-1] not in '.!?"“«—:\n'


def _after_quote(text: str, pos: int) -> bool:
    """Whether a reporting verb follows a quotation or a dialogue dash ('"...," said X')."""
    before = text[max(0, pos - 6) : pos].rstrip()
    if before.endswith(("—", "―")):
        return True
    if before.endswith(","):
        before = before[:-1].rstrip()
    return bool(before) and before[-1] in '”"»’'


def _speaker_before(text: str, folded: str, pos: int, lang: str, conf: dict) -> tuple[int, int] | None:
    """A name run ("President Gustavo Petro") or short noun ("prosecutors") before ``pos``."""
    stop = set(conf.get("speaker_stop", [])) | _TRIM | {"that", "que"}
    titles = set(conf.get("titles", []))
    dets = _DETERMINERS.get(lang, set()) | {"the", "los", "las", "a", "an", "un", "una"}
    limit = int(conf.get("max_speaker_words", 8))
    appositive = _appositive_name(text, pos)
    if appositive:
        return appositive
    first = _prev_word(text, pos)
    if not first or folded[first[0] : first[1]] in stop:
        return None
    start, end = first
    if folded[start:end] in _PRONOUNS:
        return (start, end)
    if lang == "es" and not _is_cap(text[start]) and folded[start:end] not in titles:
        # Spanish puts objects before verbs too ("que pidió el anonimato confirmó").
        return None
    # A lowercase head ("the attorney general's office") may take a few lowercase
    # modifiers, kept only if a determiner or a name closes the phrase; a name
    # head ("President Petro") takes only names and titles.
    committed, pending, head_cap = start, 0, _is_cap(text[start])
    for _ in range(limit - 1):
        prev = _prev_word(text, start)
        if not prev:
            break
        word, fword = text[prev[0] : prev[1]], folded[prev[0] : prev[1]]
        if fword in dets:
            committed = prev[0]
            break
        if fword in ("of", "de", "del") and _is_cap(text[start]):
            left = _prev_word(text, prev[0])
            if not (left and _is_cap(text[left[0]])):
                break
            committed = start = left[0]
            continue
        if fword in stop:
            break
        if _is_cap(word) or fword in titles:
            committed = start = prev[0]
            pending = 0
        elif lang == "en" and not head_cap and pending < 3:
            start, pending = prev[0], pending + 1
        else:
            break
    return (committed, end)


def _appositive_name(text: str, pos: int) -> tuple[int, int] | None:
    """A name set off by commas just before the verb: "El ministro, Vladimir Padrino, dijo"."""
    head = text[max(0, pos - 80) : pos].rstrip()
    if not head.endswith(","):
        return None
    base = pos - 80 if pos > 80 else 0
    close = base + len(head) - 1
    open_ = text.rfind(",", max(0, close - 60), close)
    if open_ < 0:
        return None
    inner = text[open_ + 1 : close]
    words = inner.split()
    if (
        not words
        or any(ch in inner for ch in ".;:\n")
        or not all(_is_cap(w) or w in ("de", "del", "da", "dos", "van", "von", "y") for w in words)
    ):
        return None
    start = open_ + 1 + (len(inner) - len(inner.lstrip()))
    return (start, start + len(inner.strip()))


def _speaker_after(
    text: str, folded: str, pos: int, lang: str, conf: dict, need_cap: bool
) -> tuple[int, int] | None:
    stop = frozenset(conf.get("speaker_stop", [])) | {"that", "que"}
    first = _next_word(text, pos)
    if not first or folded[first[0] : first[1]] in stop:
        return None
    end = _extend_np(
        text, folded, pos, lang, {"max_np_words": conf.get("max_speaker_words", 8)}, stop_extra=stop
    )
    if end <= first[0]:
        return None
    if need_cap and not any(_is_cap(w) for w in _WORD.findall(text[first[0] : end])):
        return None
    return (first[0], end)
