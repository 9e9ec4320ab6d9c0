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
from nexos.extract.phrases import units as _units
from nexos.model import Document

QUOTE = re.compile(r"(?m)“([^”]{2,800})”|\"([^\"\n]{2,800})\"|«([^»]{2,800})»|‘([^’\n]{8,800})’|^\s*[—–]\s*([^\n—–]{8,400})")
SPEECH = re.compile(
    r"(?<![\w])(?:said|says|say|stated|stating|states|told|tells|declared|declaring|added|adding|wrote|writes|"
    r"posted|tweeted|warned|warning|insisted|argued|explained|asked|replied|announced|claimed|claiming|"
    r"dijo|dice|decia|afirmo|afirma|afirmando|declaro|declara|declarando|senalo|senala|agrego|anadio|escribio|"
    r"publico|trino|advirtio|aseguro|asegura|sostuvo|explico|pregunto|respondio|anuncio|denuncio|manifesto|"
    r"expreso|indico|subrayo|recalco|enfatizo|resume|resumio|explica|cuenta|conto|recuerda|recordo|insiste|insistio|"
    r"concluye|concluyo|lamenta|lamento|admite|admitio|reconoce|reconocio|relata|relato|comenta|comento|puntualiza|"
    r"puntualizo|precisa|preciso|apunta|apunto|asegura|agrega|anade|sentencia|sentencio|"
    r"notes|noted|recalls|recalled|concluded|concludes|admits|admitted|acknowledged|continued|explains|insists|"
    r"recounted|recounts|observed|remarked|stressed|emphasised|emphasized|cautioned|complained|shouted|"
    r"testified|alleged|alleges|maintained|maintains)(?![\w])"
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


INTRO_PHRASE = re.compile(
    r"^\s*(?:consultad[oa]s?|entrevistad[oa]s?|citad[oa]s?|preguntad[oa]s?|contactad[oa]s?|asked|interviewed|"
    r"contacted|reached|according to|segun|de acuerdo con|in|at|on|during|en|durante|tras|after)\b[^,]{0,60},")
ROLE_AFTER = re.compile(r"^[\"”»’*\s,.]*(?:[—–-]\s*)?(?:\w+\s+){0,1}?" + SPEECH.pattern +
                        r"\s+(?:el|la|los|las|the|a|an|un|una)\s+((?:[a-z]+\s+){0,2}[a-z]+)")


POSSESSIVE_PRONOUN = re.compile(r"his|her|its|their|su|sus")


def _by_role(doc: Document, res: Resolution, folded: str, role: str, before: int) -> str | None:
    """'…", declaró la directora ejecutiva': the person introduced earlier with that role."""
    head = role.split()[0]
    best = None
    for m in re.finditer(r"(?<![\w])" + re.escape(head) + r"(?![\w])", folded[:before]):
        near = [r for r in res.refs if abs(r.start - m.end()) < 70 or abs(m.start() - r.end) < 70]
        persons = [r for r in near if res.by_key.get(r.key) and res.by_key[r.key].type == "person"]
        if persons:
            best = min(persons, key=lambda r: min(abs(r.start - m.end()), abs(m.start() - r.end))).key
    return best


def _speaker(doc: Document, res: Resolution, q_start: int, q_end: int, sent: tuple[int, int]) -> str | None:
    folded = fold_text(doc.text)
    after = folded[q_end : q_end + 80]
    rm = ROLE_AFTER.match(after)
    if rm and not any(r.start < q_end + rm.end() for r in _units(res.refs, q_end, q_end + 80)):
        key = _by_role(doc, res, folded, rm.group(rm.lastindex or 1), q_start)
        if key:
            return key
    if re.match(r"^[\"”»’*\s,.]*(?:[—–-]\s*)?(?:\w+\s+){0,4}?" + SPEECH.pattern, after):
        near = [u for u in _units(res.refs, q_end, q_end + 80) if res.by_key[u.key].type in SPEAKER_TYPES
                and not POSSESSIVE_PRONOUN.fullmatch(folded[u.start : u.end])]  # '"…," said his lawyer, X'

        persons = [u for u in near if res.by_key[u.key].type == "person"]
        if persons or near:  # "…," said X  /  "…," X said  /  "…", told ACN X
            return (persons or near)[0].key
    before = [u for u in _units(res.refs, sent[0], q_start) if res.by_key[u.key].type in SPEAKER_TYPES
              and not POSSESSIVE_PRONOUN.fullmatch(folded[u.start : u.end])]
    if not before:
        # "Él mismo se presentó como «…»": a pronoun subject points at the person of the sentences before
        if re.match(r"^\s*(?:Él|él|Ella|ella|He|he|She|she)\b", doc.text[sent[0] : q_start]) \
                or not folded[sent[0] : q_start].strip():
            prior = [r for r in res.refs if sent[0] - 400 < r.start < sent[0]
                     and res.by_key.get(r.key) and res.by_key[r.key].type == "person"]
            return max(prior, key=lambda r: r.start).key if prior else None  # refs are not in text order
        return None
    intro = INTRO_PHRASE.match(folded[sent[0] : q_start])
    if intro:
        before = [u for u in before if u.start >= sent[0] + intro.end()] or before
    persons = [u for u in before if res.by_key[u.key].type == "person"] or before
    # X said: "…" / X, stating, "…": the subject of the speech verb, the first actor of the clause
    if SPEECH.search(folded[persons[0].end : q_start]) or folded[:q_start].rstrip(" *").endswith(":"):
        return persons[0].key
    return persons[-1].key


DIALOGUE_LINE = re.compile(r"(?m)^[ \t]*[—–][ \t]*(?=\S)(.+)$")


def _dialogue(doc: Document, res: Resolution) -> list[Quote]:
    """Spanish dialogue: '—Quote —says X—. More quote.' Quote and narrator alternate between dashes."""
    text = doc.text
    out: list[Quote] = []
    for m in DIALOGUE_LINE.finditer(text):
        line_start = m.start(1)
        pieces = [(p.start(), p.end()) for p in re.finditer(r"[^—–]+", m.group(1))]
        quotes = [(line_start + a, line_start + b) for i, (a, b) in enumerate(pieces) if i % 2 == 0]
        narrators = [(line_start + a, line_start + b) for i, (a, b) in enumerate(pieces) if i % 2 == 1]
        speaker = None
        for ns, ne in narrators:
            units = [u for u in _units(res.refs, ns, ne) if res.by_key[u.key].type in SPEAKER_TYPES]
            if units:
                speaker = units[0].key
                break
        for qs, qe in quotes:
            seg = text[qs:qe]
            lead = len(seg) - len(seg.lstrip(" .,;"))
            qs2, qe2 = qs + lead, qs + len(seg.rstrip())
            if len(text[qs2:qe2].split()) >= 3:
                out.append(Quote(qs2, qe2, text[qs2:qe2], speaker, doc.sentence_at(qs2) or (qs2, qe2)))
    return out


def find_quotes(doc: Document, res: Resolution) -> list[Quote]:
    text, folded = doc.text, fold_text(doc.text)
    out: list[Quote] = _dialogue(doc, res)
    dialogue_lines = {doc.text.rfind("\n", 0, q.start) for q in out}
    for m in QUOTE.finditer(text):
        if m.group(5) is not None and text.rfind("\n", 0, m.start(5)) in dialogue_lines:
            continue  # already read as dialogue
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
        speaker = _speaker(doc, res, m.start(), m.end(), sent)
        if speaker is None and out and out[-1].speaker and doc.same_paragraph(out[-1].end, qs, unknown=True) \
                and not text[sent[0] : m.start()].strip(" *"):
            speaker = out[-1].speaker  # a second quote right after an attributed one continues it
        out.append(Quote(qs, qe, text[qs:qe], speaker, sent))
    out.sort(key=lambda q: q.start)
    return out
