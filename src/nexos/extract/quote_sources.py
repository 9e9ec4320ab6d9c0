"""Bodies and texts that speak: who '"…," the group said' or 'el comunicado señala: «…»' stands for.

A definite description of an organisation ('the group', 'la cartera', 'the
agency') points back at the most recent actor named before of a kind it
fits, one whose name holds the noun first ('the ministry' → 'Ministry of
Security'). A text that speaks ('the report says', 'según el comunicado',
'reza el panfleto firmado por X') speaks for whoever issued it: the actor it
is signed or issued by, else the subject of the sentence that brought the
text in ('El ELN difundió un comunicado'), else the last organisation named.

Used by ``quotes`` once the words around a quote have been read; this
module makes no references and no entities.
"""

from __future__ import annotations

import re
from functools import cache

from nexos.extract.coref import Resolution
from nexos.extract.lexicon import alternation, fold_text, load
from nexos.extract.phrases import units

ORGANISATIONS = frozenset({"government_body", "political_party", "armed_group", "criminal_group", "ngo",
                           "international_org", "company", "media", "group", "other"})
WINDOW = 2500  # how far back (characters) an antecedent may be named


@cache
def _bodies() -> dict[str, frozenset[str]]:
    """Folded noun for an organisation → the actor kinds it may stand for."""
    out: dict[str, set[str]] = {}
    for spec in load("cues")["speaker_bodies"].values():
        for word in spec["en"] + spec["es"]:
            out.setdefault(fold_text(word), set()).update(spec["kinds"])
    return {noun: frozenset(kinds) for noun, kinds in out.items()}


@cache
def _documents() -> frozenset[str]:
    docs = load("cues")["speaker_documents"]
    return frozenset(fold_text(w) for w in docs["en"] + docs["es"])


@cache
def _described() -> re.Pattern[str]:
    """'the group', 'la cartera', 'its statement', "the group's", 'el citado informe': a determiner, up to two
    modifiers, a body or text noun."""
    nouns = alternation(set(_bodies()) | _documents())
    return re.compile(r"(?<![\w])(the|el|la|los|las|este|esta|dicho|dicha|its|their|su|sus|this|that)\s+"
                      r"(?:[a-z-]+\s+){0,2}?(" + nouns + r")(?:'s)?(?![\w])")


# "the group's director", "the agency's chief": someone of the body, not the body
PERSON_AFTER = re.compile(r"\s+(?:[a-z-]+\s+){0,2}?(?:director|head|chief|leader|president|chair|chairman|chairwoman|"
                          r"founder|coordinator|commander|lawyer|attorney|secretary|manager|executive|minister)s?(?![\w])")


# 'el panfleto firmado por X', 'a statement issued by X', 'el comunicado del ELN': who the text is by
BY = re.compile(r"\s*,?\s*(?:(?:firmad|suscrit|emitid|publicad|difundid|divulgad|atribuid)[oa]s?\s+|"
                r"(?:signed|issued|released|published|posted|attributed)\s+)?(?:por|by|de|del|of|from|to|a)\s+"
                r"(?:(?:the|el|la|los|las)\s+)?")


ADDRESSEE_BEFORE = re.compile(r"(?<![\w])(?<!according )(?<!acuerdo )(?<!conforme )(?<!segun )"
                              r"(?:a|al|ante|to|told|tells|tell)\s+$")  # not 'according to the statement


def described_speaker(res: Resolution, folded: str, s: int, e: int, before: int) -> str | None:
    """The actor a description of a body or a text in ``folded[s:e]`` stands for, named before ``before``."""
    for m in _described().finditer(folded, s, e):
        if any(r.start < m.end(2) and m.start(2) < r.end for r in res.refs):
            continue  # part of a name ('la Fiscalía General'), not a description
        noun = m.group(2)
        if m.group(0).endswith("'s") and PERSON_AFTER.match(folded, m.end()):
            continue  # "the group's director": a person of the body, named or not
        if ADDRESSEE_BEFORE.search(folded, max(s, m.start() - 8), m.start()):
            continue  # '«…», dijo a este observatorio', '"…," she told the newspaper': who hears the words, not who says them
        kinds = _bodies().get(noun)
        key = _last_of(res, folded, kinds, noun, before) if kinds else _issuer(res, folded, m, before)
        if key:
            return key
    return None


def _last_of(res: Resolution, folded: str, kinds: frozenset[str], noun: str, before: int) -> str | None:
    """The most recent actor of one of ``kinds`` named before ``before``; one whose name holds the noun first."""
    prior = [r for r in res.refs if before - WINDOW < r.start < before and res.by_key.get(r.key)
             and res.by_key[r.key].type in kinds]
    named = [r for r in prior if noun and re.search(r"(?<![\w])" + re.escape(noun) + r"(?![\w])",
                                                    fold_text(res.by_key[r.key].name))]
    pick = (named or prior)[-1:] if prior else []
    return pick[0].key if pick else None


def _issuer(res: Resolution, folded: str, m: re.Match[str], before: int) -> str | None:
    """Who issued the text ``m`` names: its signer, the subject that brought it in, or the last organisation."""
    by = BY.match(folded, m.end())
    if by:
        signer = [u for u in units(res.refs, by.end(), by.end() + 120)
                  if u.start == by.end() and res.by_key[u.key].type in ORGANISATIONS | {"person"}]
        if signer:
            return signer[0].key
    if m.group(1) in ("its", "their", "su", "sus"):
        return _last_of(res, folded, ORGANISATIONS - {"other"}, "", min(before, m.start()))
    return brought_in_by(res, folded, m.group(2), m.start(), subject=True) \
        or _last_of(res, folded, ORGANISATIONS - {"other"}, "", min(before, m.start()))


def brought_in_by(res: Resolution, folded: str, noun: str, before: int, subject: bool) -> str | None:
    """Who the sentence that first named a text (``noun``, 'letter', 'comunicado') before ``before`` says put it out:
    with ``subject``, the subject before the noun ('El ELN difundió un comunicado'); always, the subject after the
    phrase that brought the text in ('In a letter read by his lawyer, Holder rejected the charges': not who read or
    carried it)."""
    earlier = list(re.compile(r"(?<![\w])" + re.escape(noun) + r"(?![\w])").finditer(folded, max(0, before - WINDOW),
                                                                                     before))
    if not earlier:
        return None
    at = earlier[0].start()
    start = max(folded.rfind(stop, 0, at) for stop in (". ", "\n", "? ", "! ")) + 1
    if subject:
        named = [u for u in units(res.refs, start, at) if res.by_key[u.key].type in ORGANISATIONS | {"person"}]
        if named:
            return named[0].key
    stop = min((i for i in (folded.find(". ", at), folded.find("\n", at)) if i >= 0), default=len(folded))
    after = [u for u in units(res.refs, at, min(stop, before))
             if res.by_key[u.key].type in ORGANISATIONS | {"person"}
             and not re.search(r"(?<![\w])(?:by|por)\s+(?:[\w]+\s+){0,2}$", folded[max(0, u.start - 25) : u.start])]
    if after and re.match(r"\s*(?:in|en)\s+(?:a|an|una|un)\s+$", folded[start:at]):
        return after[0].key
    return None


# 'Prosecutors said he was "…"', 'Los fiscales lo describen como «…»': a bare plural for a body's staff opening
# the clause, its speech or naming verb right after (a pronoun may come between as the verb's object)
STAFF_SAYS = re.compile(r"(?:the\s+|los\s+|las\s+)?(?P<staff>prosecutors|fiscales|police|policias|policia|agentes|agents)"
                        r"\s+(?:(?:also|then|now|tambien|luego|ahora|ya)\s+)?(?:(?:lo|la|los|las|le|les)\s+)?"
                        r"(?=said|say|says|told|allege|alleged|describe|described|call|called|accuse|accused|dijeron|dicen|"
                        r"afirman|afirmaron|aseguran|aseguraron|sostienen|sostuvieron|describen|describieron|llaman|"
                        r"llamaron|acusan|acusaron|califican|calificaron)")
# the bodies the staff speak for, by a word their names hold
STAFF_BODY = {"prosecutors": r"attorney|prosecut|fiscal|procurad|ministerio publico|justice|justicia",
              "fiscales": r"attorney|prosecut|fiscal|procurad|ministerio publico",
              "police": r"polic", "policias": r"polic", "policia": r"polic", "agentes": r"polic|agenc|bureau|fbi|dea",
              "agents": r"polic|agenc|bureau|fbi|dea|hsi"}


def staff_speaker(res: Resolution, folded: str, at: int, q_start: int) -> str | None:
    """For a clause at ``at`` opening with 'Prosecutors said', 'Los fiscales lo describen como': the body of
    theirs named last before the words (the U.S. Attorney's Office, la Fiscalía), or "" when none is named (the
    staff speak, unnamed: not the person the clause is about)."""
    m = STAFF_SAYS.match(folded, at, q_start)
    if m is None:
        return None
    stem = re.compile(r"(?<![\w])(?:" + STAFF_BODY[m.group("staff")] + ")")
    prior = [r for r in res.refs if at - WINDOW < r.start < at and res.by_key.get(r.key)
             and res.by_key[r.key].type in ("government_body", "international_org")
             and stem.search(fold_text(res.by_key[r.key].name))]
    return prior[-1].key if prior else ""
