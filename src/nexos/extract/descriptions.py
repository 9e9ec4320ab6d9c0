"""Descriptions that refer back to a named actor: titles, state bodies, possessives.

"Judge Laura Méndez … The judge", "el presidente Petro … El mandatario", "The National Police …
the police", "los uniformados", "El Tren de Aragua … Su jefe", "his government". Each reference
goes to the one antecedent that fits; when two fit equally, none is made. Called by ``coref``
once names are joined; this module adds references and never makes entities.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from nexos.extract.lexicon import NAME_LOCALES, alternation, descriptor_heads, first_names, fold_text, load

if TYPE_CHECKING:
    from collections.abc import Callable

    from nexos.extract.coref import Ref, _Builder

ORG_KINDS = {"criminal_group", "armed_group", "political_party", "government_body", "international_org", "ngo",
             "company", "media"}
PLACE_KINDS = {"location", "state"}
FEMALE_NOT_A = {"xiomara", "carmen", "ines", "ruth", "isabel", "raquel", "beatriz", "mercedes", "dolores",
                "rosario", "pilar", "consuelo", "soledad", "luz", "esther", "susan", "karen", "sharon",
                "michelle", "elizabeth", "janet", "ingrid", "delcy", "keiko", "dilma", "kamala", "hillary",
                "margaret", "ann", "anne", "helen", "rachel", "sarah", "judith", "joyce", "kathleen"}
MALE_A = {"nicola", "luca", "joshua", "elia"}  # (Andrea is a woman in the region: "Andrea Rentería … She kept the ledgers")
# a title kept in a person's name that says the sex: 'Father Luis Ortega', 'Sister Ana Ruiz', 'Doña Tuta'
HONORIFIC_SEX = {**dict.fromkeys(("father", "fr", "fray", "padre", "brother", "mr", "sr", "senor", "don", "sir", "monsenor",
                                  "mons", "lord"), "m"),
                 **dict.fromkeys(("sister", "sor", "mother", "madre", "mrs", "ms", "miss", "sra", "srta", "senora", "senorita",
                                  "dona", "lady", "dame"), "f")}


@cache
def _given_name_sexes() -> tuple[frozenset[str], frozenset[str]]:
    """(women's given names, men's): Faker's lists for the region's locales, a name on both lists on neither."""
    import importlib

    women: set[str] = set()
    men: set[str] = set()
    for loc in NAME_LOCALES:
        try:
            provider = importlib.import_module(f"faker.providers.person.{loc}").Provider
        except (ImportError, AttributeError):  # an install without Faker guesses from the ending alone
            continue
        for attr, into in (("first_names_female", women), ("first_names_male", men)):
            found = getattr(provider, attr, ())
            if isinstance(found, dict | tuple | list | set):
                into.update(fold_text(n) for n in found if " " not in n)
    return frozenset(women - men), frozenset(men - women)


def gender(name: str) -> str | None:
    """A guess from the given name, or None: 'Xiomara Castro' → 'f', 'Iván Duque' → 'm'.

    A name only women bear ('Lorraine Beaudry', 'Irene Vallejo') is a woman's whatever its ending; one only
    men bear ('Joshua Ortiz') a man's; other known names ending in -a are women's, the rest men's.
    """
    first = fold_text(name.split()[0]).rstrip(".") if name.split() else ""
    if first in HONORIFIC_SEX:  # 'Father Luis Ortega', 'Sister Ana Ruiz', 'doña Tuta': the title says it
        return HONORIFIC_SEX[first]
    if first in FEMALE_NOT_A:
        return "f"
    if first in MALE_A:
        return "m"
    women, men = _given_name_sexes()
    if first in women:
        return "f"
    if first in men:
        return "m"
    if first.endswith("a") and first in first_names():
        return "f"
    if first in first_names():
        return "m"
    return None


# ---------------------------------------------------------------- person titles

@dataclass
class _Titled:
    """A title written beside a person's name: 'Judge Laura Méndez', 'Ómar Benítez, alcalde de …'."""

    pos: int
    key: str
    cls: str
    former: bool
    codes: frozenset[str]
    scope: str | None = None  # what the office is of: 'defensa' in 'el ministro de Defensa'


@cache
def _demonyms() -> dict[str, str]:
    return {fold_text(form): code for code, forms in load("demonyms").items() for form in forms}


def demonym_codes() -> dict[str, str]:
    """Folded nationality adjective → ISO code: 'colombiano' → 'CO', 'venezuelan' → 'VE'."""
    return _demonyms()


# Words written before a name that hold no office: they neither describe nor tell two people apart
NOT_OFFICES = {"alias", "mr.", "mrs.", "ms.", "sr.", "sra.", "don", "dona", "dr.", "dra.", "lic.", "prof."}


@cache
def _title_words() -> tuple[frozenset[str], dict[str, str]]:
    """Every person title (folded) and, for the synonym lists, the class each word belongs to."""
    cues = load("cues")
    ana = cues["anaphora"]
    words = {fold_text(w) for lang in ("en", "es") for w in cues["person_titles"][lang]}
    words |= {fold_text(p).split(" ", 1)[1] for lang in ("en", "es") for p in ana["descriptions"]["person"][lang]}
    words |= {h for h, typ in descriptor_heads().items() if typ == "person"}
    classes = {fold_text(w): str(i) for i, group in enumerate(ana["title_synonyms"]) for w in group}
    words |= set(classes)
    return frozenset(words - NOT_OFFICES), classes


def _title_class(word: str) -> tuple[str, bool]:
    """('class', former): 'exalcaldesa' → ('alcalde', True), 'mandataria' → the presidents' class."""
    words, classes = _title_words()
    w, former = word, False
    for prefix in ("former ", "ex-", "ex "):
        if w.startswith(prefix):
            w, former = w[len(prefix) :], True
    if w.startswith("ex") and w[2:] in words | {w[2:-1], w[2:-1] + "o"}:
        w, former = w[2:], True
    for base in (w, w[:-1] + "e" if w.endswith("ta") else "", w[:-3] + "e" if w.endswith("esa") else "",
                 w[:-1] + "o" if w.endswith("a") else "", w[:-1] if w.endswith("a") else ""):
        if base and (base in classes or base in words):
            return classes.get(base, base), former
    return classes.get(w, w), former


@cache
def _title_rx(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(any title beside a name, a description: article, modifiers, title, Spanish demonym)."""
    words, _ = _title_words()
    skip = {fold_text(w) for w in load("cues")["anaphora"]["title_not_anaphoric"]}
    if lang == "en":
        skip.discard("mayor")  # "el mayor" is Spanish for "the eldest" or "the greatest"; "the mayor" is the town's
    mods = load("cues")["anaphora"]["title_modifiers"]
    alt = alternation(words)  # (longest first, as a tree of letters)
    anaphoric = alternation(words - skip)
    mod = alternation(fold_text(w) for w in mods["former"] + mods["other"] + list(_demonyms()))
    det = r"the|this" if lang == "en" else r"el|la|al|este|esta|dicho|dicha"  # "retirarle la inmunidad al diputado"
    demonym = alternation(_demonyms())
    beside = re.compile(rf"(?<![\w])(?:(?:former|ex)\s+|ex-?)?(?:{alt})(?![\w])")
    desc = re.compile(rf"(?<![\w])({det})\s+((?:(?:{mod})\s+){{0,2}})((?:ex-?)?(?:{anaphoric}))"
                      rf"(?:\s+({demonym}))?(?![\w-])")
    return beside, desc


TITLE_BEFORE_GAP = re.compile(r"^(?:\s+(?:de|del|of|for)\s+[^,.;:()]{1,40}?,|\s+[\w-]+)?[\s,]*$")
TITLE_AFTER_GAP = re.compile(r"^\s*(?:\([^()]{1,30}\)\s*)?,\s*(?:(?:the|el|la|a|an|un|una|former|ex|then|his|her|"
                             r"su|its|[\w-]+'s)\s+){0,2}$")


def _near(refs: list[Ref]) -> Callable[[int, int], list[Ref]]:
    """For ``refs``, a function giving those that may end at ``lo`` or after and start at ``hi`` or before, in
    their order: a slice found by binary search when ``refs`` is in text order, else all of them (the caller
    tests each one either way)."""
    starts = [r.start for r in refs]
    if any(x > y for x, y in zip(starts, starts[1:], strict=False)):
        return lambda _lo, _hi: refs
    longest = max((r.end - r.start for r in refs), default=0)
    return lambda lo, hi: refs[bisect.bisect_left(starts, lo - longest) : bisect.bisect_right(starts, hi)]


def titled_people(b: _Builder, names: list[Ref], folded: str) -> list[_Titled]:
    """Each title written right beside a person's name, with the countries its demonyms name."""
    beside, _ = _title_rx("en")
    demonyms = _demonyms()
    people = [r for r in names if b.res.by_key.get(r.key) and b.res.by_key[r.key].type == "person"]
    out: list[_Titled] = []
    near = _near(people)
    for m in beside.finditer(folded):
        if re.match(r"['’]s(?![\w])", folded[m.end() : m.end() + 3]):
            continue  # 'X, the commander's longtime companion': the title is someone else's, X is of his
        for r in near(m.start() - 60, m.end() + 60):
            if r.start > m.end() + 60 or r.end < m.start() - 60:
                continue
            before = r.start >= m.end() and TITLE_BEFORE_GAP.match(folded[m.end() : r.start])
            after = m.start() >= r.end and TITLE_AFTER_GAP.match(folded[r.end : m.start()])
            inside = r.start <= m.start() and m.end() <= r.end
            if before or after or inside:
                around = re.findall(r"[\w-]+", folded[max(0, m.start() - 25) : m.end() + 15])
                codes = frozenset(demonyms[w] for w in around if w in demonyms)
                cls, former = _title_class(m.group())
                out.append(_Titled(m.start(), r.key, cls, former, codes, _scope(folded, m.end())))
    return out


# 'ministro de Defensa', 'minister of the interior': the word an office is of
SCOPE = re.compile(r"\s+(?:de|del|of|for)\s+(?:(?:la|el|los|las|the)\s+)?([\w-]{3,})")


def _scope(folded: str, end: int) -> str | None:
    m = SCOPE.match(folded, end)
    return m.group(1) if m else None


def person_descriptions(b: _Builder, names: list[Ref], legacy: set[str]) -> None:
    """'the judge', 'el mandatario', 'the former president', 'the Honduran leader' → the person so titled.

    A title not given to anyone before refers to the last person named only for the descriptions the
    anaphora cues list (``legacy``), and never to someone titled otherwise ("el ministro X … el mandatario").
    """
    text, folded = b.doc.text, fold_text(b.doc.text)
    lang = b.doc.language if b.doc.language in ("en", "es") else "en"
    titled = titled_people(b, names, folded)
    classes_of: dict[str, set[str]] = {}
    for t in titled:
        classes_of.setdefault(t.key, set()).add(t.cls)
    _, desc = _title_rx(lang)
    demonyms = _demonyms()
    taken = [(r.start, r.end) for r in b.res.refs]
    for m in desc.finditer(folded):
        if any(s < m.end() and m.start() < e for s, e in taken) or not _opens_description(text, m.start()):
            continue
        ahead = next((r for r in names if m.end() <= r.start <= m.end() + 60), None)
        if ahead and re.fullmatch(r"\s*", text[m.end() : ahead.start]):
            continue  # "el ministro Juan Cristo": a title of the name it stands before
        if ahead and lang == "es" and b.res.by_key[ahead.key].type == "person" \
                and _adjective_gap(text[m.end() : ahead.start]):
            continue  # "la senadora opositora Lidia Fajardo", "el general retirado X": the same, an adjective between
        person = next((r for r in names if m.end() <= r.start <= m.end() + 60
                       and b.res.by_key[r.key].type == "person"), None)
        if person and APPOSED_NAME.fullmatch(text, m.end(), person.start):
            # "El alcalde de X, Ómar Benítez": the name in apposition; a role of a body ("la directora
            # ejecutiva de la Fundación, X") is left to the role reader
            if m.group(3) in legacy:
                b.add_mention(b.res.by_key[person.key], m.start(), m.end(), "description")
                taken.append((m.start(), m.end()))
            continue
        cls, former = _title_class(m.group(3))
        mods = m.group(2).split()
        former = former or any(w in ("former", "ex", "ex-", "then", "ousted", "deposed") for w in mods)
        codes = {demonyms[w] for w in [*mods, m.group(4) or ""] if w in demonyms}
        want = {cls}
        if codes and cls == _title_class("leader")[0]:
            want.add(_title_class("president")[0])  # "the Honduran leader": the head of that state
        sex = "f" if m.group(1) in ("la", "esta", "dicha") else "m" if lang == "es" else None
        key = _pick_titled(b, titled, m.start(), want, former, codes, sex, _scope(folded, m.end()))
        if key is None and (wider := _wider_classes(m.group(3))):
            # "El gobernador de Arauca, X … lamentó el mandatario" with no president in the story: the governor
            want |= wider
            key = _pick_titled(b, titled, m.start(), want, former, codes, sex, _scope(folded, m.end()))
        if key is None and m.group(3) in legacy and not mods and not OFFICE_OF_NAMED.match(text, m.end()):
            # (not 'El gobernador de Chocó', 'the mayor of Tumaco': an office named in full, of whoever holds it; a
            # person named before and not given it is someone else)
            key = _last_untitled_conflict(b, names, m.start(), want, classes_of, sex)
        if key:
            b.add_mention(b.res.by_key[key], m.start(), m.end(), "description")
            taken.append((m.start(), m.end()))


# 'de Chocó', 'del Cauca', 'of Tumaco', 'of the Valle del Cauca' right after a title: the office is named in full
OFFICE_OF_NAMED = re.compile(r"\s+(?:de(?:l|\s+la|\s+los)?|of(?:\s+the)?)\s+[A-ZÁÉÍÓÚÑ]")


def unnamed_titled_opening(b: _Builder, names: list[Ref], titled: list[_Titled], folded: str, s: int, pos: int) -> bool:
    """Whether the sentence at ``s`` opens with a definite title of a named place or body that no person named
    before ``pos`` was given, with no name set off after it ('The governor of Chocó welcomed the arrests.'):
    its subject is someone the story leaves unnamed, whom a 'he' that follows stands for."""
    lang = b.doc.language if b.doc.language in ("en", "es") else "en"
    lead = re.match(r"[\s*\"“”«»]*", folded[s : s + 8])
    m = _title_rx(lang)[1].match(folded, s + (lead.end() if lead else 0))
    if m is None or not b.doc.text[m.start() : m.start() + 1].isupper() or not OFFICE_OF_NAMED.match(b.doc.text, m.end()):
        return False  # (a bare 'The former commander' refers back to someone named before)
    if any(m.end() <= r.start <= m.end() + 60 and b.res.by_key.get(r.key) and b.res.by_key[r.key].type == "person"
           and APPOSED_NAME.fullmatch(b.doc.text, m.end(), r.start) for r in names):
        return False  # 'The governor of Chocó, Ana Ruiz, said': named
    cls, _ = _title_class(m.group(3))
    return not any(t.pos < pos and _headed(t.cls, {cls}) for t in titled)


# "El alcalde de X, Ómar Benítez", "El párroco del pueblo, el padre Anselmo Díaz", "The union's lawyer, the
# veteran litigator Peter Huang": the name set off after the description, bare or with its own article and a
# title or a trade (up to two lower-case words) before it
# (a rank may stand before the name: 'The commander of that unit, Major Kiprono Wafula-Ochieng')
APPOSED_NAME = re.compile(r"[^.;:]{0,45},\s*(?:(?:el|la|the|don|doña|dona|fray|sor)\s+(?:[a-záéíóúñü-]+\s+){0,2}"
                          r"|(?:[A-ZÁÉÍÓÚ][a-záéíóúñ]+\.?\s+){1,2})?")


# Spanish puts an adjective after the title ('la senadora opositora X'); a person's name cannot follow a verb
# there without 'a', so one lower-case word that is no function word is the title's adjective
ADJECTIVE_GAP = re.compile(r"\s+([a-záéíóúñü-]{3,})\s+")
NOT_ADJECTIVES = frozenset("que del los las por con para como pero sin sus una uno unos unas ante tras segun "
                           "cuando donde mientras quien quienes cual cuyo cuya".split())


def _adjective_gap(gap: str) -> bool:
    m = ADJECTIVE_GAP.fullmatch(gap)
    return bool(m) and fold_text(m.group(1)) not in NOT_ADJECTIVES


def _opens_description(text: str, start: int) -> bool:
    """'The Judge' capitalised mid-sentence is part of a name; at a sentence start it may be a description."""
    if not text[start : start + 1].isupper():
        return True
    prev = re.sub(r"(?<=[.!?\"”»])\s*(?:\[\d{1,3}\]|[¹²³⁴⁵⁶⁷⁸⁹⁰]+)+$", "", text[:start].rstrip(" \t"))[-1:]
    return prev in ("", ".", "\n", "!", "?", "—", "\"", "”", "»")


def _pick_titled(b: _Builder, titled: list[_Titled], pos: int, want: set[str], former: bool,
                 codes: set[str], sex: str | None, scope: str | None = None) -> str | None:
    """The person last given the title a description uses; 'the president' is not the former one, 'el
    ministro de Defensa' is the one titled minister of that."""
    fits = [t for t in titled if t.pos < pos and _headed(t.cls, want) and pos - t.pos < 4000
            and (sex is None or gender(b.res.by_key[t.key].name) in (None, sex))]
    if former and any(t.former for t in fits):
        fits = [t for t in fits if t.former]
    elif not former and any(not t.former for t in fits):
        fits = [t for t in fits if not t.former]
    if scope and any(t.scope == scope for t in fits):
        fits = [t for t in fits if t.scope == scope]
    if codes and any(t.codes & codes for t in fits):
        fits = [t for t in fits if t.codes & codes]
    if not fits:
        return None
    best = max(fits, key=lambda t: t.pos)
    sent = b.doc.sentence_at(best.pos)
    rivals = {t.key for t in fits if sent and sent[0] <= t.pos < sent[1]}
    return best.key if len(rivals) <= 1 else None  # "Judge A and Judge B … the judge": either


@cache
def _wider_classes(word: str) -> frozenset[str]:
    """The title classes a word may stand for when no holder of its own office is named ('mandataria' →
    the governors' and mayors' classes; 'presidente' → none), from ``title_wider`` in the cue data."""
    wider = load("cues")["anaphora"]["title_wider"]
    ws = wider.get(word) or (wider.get(word[:-1] + "o", []) if word.endswith("a") else [])
    return frozenset(_title_class(fold_text(w))[0] for w in ws)


def _headed(cls: str, want: set[str]) -> bool:
    """A title of the class wanted, or one headed by it: 'Interior Minister X … the minister'."""
    return cls in want or any(cls.endswith(" " + w) or cls.startswith(w + " ") for w in want)


def _last_untitled_conflict(b: _Builder, names: list[Ref], pos: int, want: set[str],
                            classes_of: dict[str, set[str]], sex: str | None) -> str | None:
    """The last person named within 800 characters whose own titles, if any, fit the description."""
    for r in reversed(names):
        ent = b.res.by_key.get(r.key)
        if r.start >= pos or ent is None or ent.type != "person":
            continue
        if pos - r.start >= 800:
            return None
        if sex and gender(ent.name) not in (None, sex):
            continue
        if classes_of.get(r.key) and not any(_headed(c, want) for c in classes_of[r.key]):
            continue  # "el ministro Juan Cristo … El mandatario" is not the minister
        return r.key
    return None


# ---------------------------------------------------------------- state bodies and their members

@cache
def _bodies(lang: str) -> list[tuple[re.Pattern[str], re.Pattern[str] | None, re.Pattern[str]]]:
    """For each kind of body: (its common noun after an article, its members' plural noun, its name words)."""
    out = []
    art = r"the\s+" if lang == "en" else r"(?:el|la|los|las)\s+"
    for spec in load("cues")["anaphora"]["bodies"].values():
        noun = "|".join(re.escape(fold_text(w)) for w in spec[lang])
        members = spec.get("members", {}).get(lang, [])
        mem = alternation(fold_text(w) for w in members)
        names = "|".join(re.escape(fold_text(w)) for w in spec["names"])
        out.append((re.compile(rf"(?<![\w]){art}({noun})(?![\w])"),
                    re.compile(rf"(?<![\w])(?:{art})?({mem})(?![\w])") if mem else None,
                    re.compile(rf"(?<![\w])(?:{names})(?![\w])")))
    return out


def state_bodies(b: _Builder, names: list[Ref]) -> None:
    """'la fiscalía', 'the police' written lower case: the one such body named before (or the one named
    in this sentence and the last). 'Los uniformados', 'officers': the body named in the paragraph."""
    text, folded = b.doc.text, fold_text(b.doc.text)
    lang = b.doc.language if b.doc.language in ("en", "es") else "en"
    taken = [(r.start, r.end) for r in b.res.refs]
    for noun, members, name_rx in _bodies(lang):
        def fits(r: Ref, name_rx: re.Pattern[str] = name_rx) -> bool:
            ent = b.res.by_key.get(r.key)
            return ent is not None and ent.type == "government_body" and any(
                name_rx.search(fold_text(n)) for n in [ent.name, *ent.aliases])
        for m in noun.finditer(folded):
            if any(c.isupper() for c in text[m.start(1) : m.end(1)]) or _overlaps(taken, m.start(), m.end()):
                continue
            before = [r for r in names if r.start < m.start() and fits(r)]
            key = _one(before) or _one([r for r in before if r.start >= b.doc.sentence_start(m.start(), 1)])
            if key:
                b.add_mention(b.res.by_key[key], m.start(), m.end(), "description")
                taken.append((m.start(), m.end()))
        for m in members.finditer(folded) if members else ():
            if _overlaps(taken, m.start(), m.end()) or not _bare_members(b, names, text, folded, m):
                continue
            para = b.doc.paragraph_at(m.start()) or (0, len(text))
            key = _one([r for r in names if para[0] <= r.start < m.start() and fits(r)])
            if key:
                b.add_mention(b.res.by_key[key], m.start(), m.end(), "description")
                taken.append((m.start(), m.end()))


def _bare_members(b: _Builder, names: list[Ref], text: str, folded: str, m: re.Match[str]) -> bool:
    """'officers' alone, not 'DEA agents', 'agentes de la DEA' or 'Mexican soldiers'."""
    if any(r.end <= m.start() and not text[r.end : m.start()].strip() for r in names):
        return False
    prev = re.findall(r"[\w'’-]+", folded[max(0, m.start() - 30) : m.start()])
    if prev and prev[-1] in _demonyms():
        return False
    after = re.match(r"\s+(?:de|del|of|from)\s+(?:la\s+|el\s+|the\s+)?", folded[m.end() : m.end() + 20])
    return not (after and any(r.start == m.end() + after.end() for r in names))


def _overlaps(taken: list[tuple[int, int]], s: int, e: int) -> bool:
    return any(a < e and s < z for a, z in taken)


def _one(refs: list[Ref]) -> str | None:
    keys = {r.key for r in refs}
    return keys.pop() if len(keys) == 1 else None


# ---------------------------------------------------------------- possessives

@cache
def _possessed_es() -> re.Pattern[str]:
    parts = alternation(fold_text(w) for w in load("cues")["anaphora"]["possessed_parts_es"])
    return re.compile(rf"(?<![\w])(sus?)\s+(?:(?:propi[oa]s?|nuev[oa]s?|principal(?:es)?|antigu[oa]s?|actual(?:es)?|"
                      rf"maxim[oa]s?|verdader[oa]s?)\s+)?(?:{parts})(?![\w])")


def possessed_parts(b: _Builder) -> None:
    """'El Tren de Aragua … Su jefe', 'sus integrantes': the organisation, when it is the closest actor.

    A 'Su' that opens a sentence may as well be the previous sentence's subject's ('Según la Policía, la
    banda cobra en nombre del Clan del Golfo. Su cabecilla …'): when that subject is another actor, none.
    """
    if b.doc.language != "es":
        return
    folded = fold_text(b.doc.text)
    refs = [r for r in sorted(b.res.refs, key=lambda r: r.start)
            if b.res.by_key.get(r.key) and b.res.by_key[r.key].type not in PLACE_KINDS]
    taken = [(r.start, r.end) for r in b.res.refs]
    for m in _possessed_es().finditer(folded):
        if _overlaps(taken, m.start(1), m.end(1)):
            continue
        lo = b.doc.sentence_start(m.start(), 1)
        prior = [r for r in refs if lo <= r.start and r.end <= m.start()]
        if not prior or b.res.by_key[prior[-1].key].type not in ORG_KINDS:
            continue
        if m.start() == b.doc.sentence_start(m.start(), 0):
            intro = SOURCE_INTRO.match(folded, lo)
            subject = next((r for r in prior if r.start >= (intro.end() if intro else lo)), None)
            if subject is not None and subject.key != prior[-1].key:
                continue
        b.add_mention(b.res.by_key[prior[-1].key], m.start(1), m.end(1), "pronoun")


SOURCE_INTRO = re.compile(r"(?:segun|de acuerdo con|para|en opinion de|a juicio de)\s[^,.]{1,80},\s*")


GOVERNMENT_WORD = re.compile(r"(?<![\w])(?:government|administration|gobierno|administracion|regime|regimen)(?![\w])")
OWN_GOVERNMENT = re.compile(r"(?<![\w])(his|her|su)\s+(government|administration|gobierno|administracion)(?![\w])")


def own_government(b: _Builder, names: list[Ref]) -> None:
    """'his government', 'su gobierno': the government the document names for that person.

    The person is the one 'his' was resolved to, or for Spanish 'su' the last person named in this
    sentence or the last. Their government is a body named after them ('the Petro administration') or,
    for a head of state, the one government the document names.
    """
    folded = fold_text(b.doc.text)
    heads = {_title_class("president")[0]}
    titled = titled_people(b, names, folded)
    for m in OWN_GOVERNMENT.finditer(folded):
        owner = next((r.key for r in b.res.refs if r.start == m.start(1) and r.kind == "pronoun"), None)
        if owner is None and m.group(1) == "su":
            lo = b.doc.sentence_start(m.start(), 2)
            people = [r for r in names if lo <= r.start < m.start() and b.res.by_key[r.key].type == "person"]
            owner = people[-1].key if people else None
        person = b.res.by_key.get(owner or "")
        if person is None or person.type != "person":
            continue
        govs = [e for e in b.res.entities if e.type == "government_body" and e.mentions
                and min(x.start for x in e.mentions) < m.start()
                and any(GOVERNMENT_WORD.search(fold_text(n)) for n in [e.name, *e.aliases])]
        surname = fold_text(person.name.split()[-1])
        own = [e for e in govs if any(surname in fold_text(n).split() for n in [e.name, *e.aliases])]
        if not own and any(t.key == person.key and t.cls in heads for t in titled):
            own = govs
        if len(own) == 1:
            b.add_mention(own[0], m.start(), m.end(), "description")
