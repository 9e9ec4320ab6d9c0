"""Verbatim quotes and who said them.

A quote is text inside quotation marks (“ ” " " « » ‘ ’) or after a Spanish
dialogue dash that is speech, not a name or a scare quote: four words or
more, or introduced by a speech verb or a colon. The speaker is the actor
named around it ("…," said X / X said: "…" / X, stating, "…").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from nexos.extract.coref import Resolution
from nexos.extract.lexicon import fold_text
from nexos.extract.relations import _units
from nexos.model import Document

QUOTE = re.compile(r"(?m)“([^”]{2,800})”|\"([^\"\n]{2,800})\"|«([^»]{2,800})»|‘([^’\n]{8,800})’|^\s*[—–]\s*([^\n—–]{8,400})")
SPEECH = re.compile(
    r"(?<![\w])(?:said|says|say|stated|stating|states|told|tells|declared|declaring|added|adding|wrote|writes|"
    r"posted|tweeted|warned|warning|insisted|argued|explained|asked|replied|announced|claimed|claiming|"
    r"dijo|dice|decia|afirmo|afirma|afirmando|declaro|declara|declarando|senalo|senala|agrego|anadio|escribio|"
    r"publico|trino|advirtio|aseguro|asegura|sostuvo|explico|pregunto|respondio|anuncio|denuncio|manifesto|"
    r"expreso|indico|subrayo|recalco|enfatizo)(?![\w])"
)
SPEAKER_TYPES = {"person", "government_body", "political_party", "armed_group", "criminal_group", "ngo",
                 "international_org", "state", "company", "media", "group", "other"}


@dataclass
class Quote:
    start: int  # of the quoted words, without the marks
    end: int
    text: str
    speaker: str | None
    sentence: tuple[int, int]


def _speaker(doc: Document, res: Resolution, q_start: int, q_end: int, sent: tuple[int, int]) -> str | None:
    folded = fold_text(doc.text)
    after = folded[q_end : q_end + 80]
    if re.match(r"^[\"”»’*\s,.]*(?:[—–-]\s*)?(?:\w+\s+){0,4}?" + SPEECH.pattern, after):
        for u in _units(res.refs, q_end, q_end + 80):  # "…," said X  /  "…," X said
            if res.by_key[u.key].type in SPEAKER_TYPES:
                return u.key
    before = [u for u in _units(res.refs, sent[0], q_start) if res.by_key[u.key].type in SPEAKER_TYPES]
    if not before:
        return None
    persons = [u for u in before if res.by_key[u.key].type == "person"] or before
    # X said: "…" / X, stating, "…": the subject of the speech verb, the first actor of the clause
    if SPEECH.search(folded[persons[0].end : q_start]) or folded[:q_start].rstrip(" *").endswith(":"):
        return persons[0].key
    return persons[-1].key


def find_quotes(doc: Document, res: Resolution) -> list[Quote]:
    text, folded = doc.text, fold_text(doc.text)
    out: list[Quote] = []
    for m in QUOTE.finditer(text):
        gi = next(i for i in range(1, 6) if m.group(i) is not None)
        qs, qe = m.start(gi), m.end(gi)
        words = text[qs:qe].split()
        sent = doc.sentence_at(qs) or (m.start(), m.end())
        lead = folded[max(sent[0], m.start() - 40) : m.start()]
        spoken = bool(SPEECH.search(lead)) or lead.rstrip(" *").endswith((":", ","))
        if len(words) < 4 and not spoken:
            continue  # a name in quotes ("Total Peace") or a scare quote
        if len(words) < 3:
            continue
        if re.match(r"^\s*(?:so-called|supuest[oa]s?|llamad[oa]s?|autodenominad[oa]s?)\s*$", lead[-15:]):
            continue
        out.append(Quote(qs, qe, text[qs:qe], _speaker(doc, res, m.start(), m.end(), sent), sent))
    return out
