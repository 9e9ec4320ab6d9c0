"""People a release lists after 'Charged in the indictment are:' or 'Entre los detenidos se encuentran:'.

Prosecutors' and police press releases name the accused in a bulleted list under a line that says what
happened to them. Each listed person is acted against by the authority the release speaks for, and is a
member of the group the release is about (its leader when the item calls them its head: "the alleged
leader of the organization", "presunto jefe de plaza"). The list carries no verb of its own, so no cue
between two names can find these ties.
"""

from __future__ import annotations

import re
from collections import Counter

from nexos.extract.coref import Resolution
from nexos.extract.lexicon import fold_text
from nexos.extract.phrases import units
from nexos.model import Document

# the line that opens the list: it ends in a colon and says the people below were charged, held or named
INTRO = re.compile(r"(?<![\w])(?:charged|indicted|arrested|detained|captured|extradited|sentenced|convicted|"
                   r"defendants|accused|sanctioned|designated|detenid[oa]s|capturad[oa]s|aprehendid[oa]s|"
                   r"imputad[oa]s|vinculad[oa]s|procesad[oa]s|acusad[oa]s|sancionad[oa]s|extraditad[oa]s|"
                   r"condenad[oa]s|sentenciad[oa]s)(?![\w])[^\n]{0,80}:\s*$")
ITEM = re.compile(r"[ \t]*(?:[-•*–—·▪]|\d{1,2}[.)])[ \t]+")
HEAD = re.compile(r"(?<![\w])(?:leader|head|boss|chief|ringleader|kingpin|lider|jefe|jefa|cabecilla)(?![\w])")
GROUPS = {"criminal_group", "armed_group"}
AUTHORITIES = {"government_body", "state"}


def listed_accused(doc: Document, res: Resolution) -> list[tuple[str, str, str, tuple[int, int]]]:
    text, folded = doc.text, fold_text(doc.text)
    out: list[tuple[str, str, str, tuple[int, int]]] = []
    counts = Counter(r.key for r in res.refs)
    for intro in _intro_lines(folded):
        before = units(res.refs, 0, intro)
        group = _most_named(before, counts, res, GROUPS)
        authority = _most_named(before, counts, res, AUTHORITIES - {"state"}) \
            or _most_named(before, counts, res, {"state"})
        for start, end in _items(text, intro):
            lead_end = text.find(",", start, end)
            people = [u for u in units(res.refs, start, lead_end if lead_end > 0 else end)
                      if res.by_key[u.key].type == "person"]
            sent = doc.sentence_at(start) or (start, end)
            for p in dict.fromkeys(u.key for u in people):
                if authority:
                    out.append(("acts_against", authority, p, sent))
                if group:
                    out.append(("leads" if HEAD.search(folded, start, end) else "member_of", p, group, sent))
    return out


def _intro_lines(folded: str) -> list[int]:
    """Where each list-opening line ends."""
    found = []
    for m in re.finditer(r"[^\n]+", folded):
        if INTRO.search(m.group()):
            found.append(m.end())
    return found


def _items(text: str, intro_end: int) -> list[tuple[int, int]]:
    """The bulleted lines right after an opening line (blank lines between them allowed)."""
    items: list[tuple[int, int]] = []
    offset = intro_end
    for line in text[intro_end:].split("\n"):
        here, offset = offset, offset + len(line) + 1
        if not line.strip():
            continue  # the blank line after the opener, or between items
        bullet = ITEM.match(line)
        if not bullet:
            break
        items.append((here + bullet.end(), here + len(line.rstrip())))
    return items


def _most_named(found: list, counts: Counter, res: Resolution, types: set[str]) -> str | None:
    keys = [u.key for u in found if res.by_key[u.key].type in types]
    if not keys:
        return None
    return max(dict.fromkeys(keys), key=lambda k: counts[k])
