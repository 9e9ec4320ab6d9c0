"""A post named without its body, right after a sentence about one body: the post is that body's.

'The U.S. Embassy in Tegucigalpa welcomed the handover. "We thank our partners," spokesperson Mark Hedlund
said', 'We asked the European External Action Service. A spokesperson, Henrik Aaltonen, replied in writing',
'La Defensoría pidió medidas urgentes. El vocero, Julián Restrepo, dijo …': a reader takes the spokesperson for the
embassy's, the service's and the ombudsman's. Only a post said bare (no "of the X", no "the police's", no other
body in the sentence) and only for someone named there for the first time; the body is the first the sentence
before names (its subject, not whom a 'según' opener cites).
"""

from __future__ import annotations

import re

from nexos.extract.coref import Resolution
from nexos.extract.lexicon import fold_text
from nexos.extract.phrases import units
from nexos.extract.roles import HOLDER_TYPES, first_named, sentence_subject
from nexos.model import Document

BODY_TYPES = HOLDER_TYPES - {"other"}
# (no "president": 'President Daniel Noboa' is a country's, whatever body the sentence before names)
LEAD = (r"director[a]?|executive director|directora ejecutiva|director ejecutivo|chair(?:man|woman|person)?|"
        r"head|chief|jef[ea]|coordinator|coordinador[a]?|commander|comandante|leader|lider|"
        r"secretary[- ]general|secretari[oa] general|manager|gerente|titular")
SPOKESPERSON = r"spokes(?:man|woman|person)|vocer[oa]|portavoz|press officer"
MEMBER = (rf"{SPOKESPERSON}|deputy director|subdirector[a]?|"
          r"official|funcionari[oa]|representative|representante|delegate|delegad[oa]")
LEAD_RX = re.compile(rf"(?:{LEAD})")
MODIFIERS = (r"(?:senior|top|press|regional|national|federal|state|special|district|public|acting|interim|deputy|"
             r"executive|general|main|adjunt[oa]|principal|nuev[oa]|new|especial|especializad[oa])")
# a prosecutor is the prosecution's: 'The Federal Public Ministry (MPF) charged 19 people. Federal prosecutor X said …'
PROSECUTOR = r"prosecutor|fiscal"
PROSECUTION = re.compile(r"fiscal|prosecut|ministerio publico|public ministry|attorney|procuradur")
RANK = (r"(?:(?:el|la)\s+)?(?:col\.?|gen\.?|maj\.?|capt\.?|lt\.?|sgt\.?|coronel|general|mayor|capitan|teniente|colonel|"
        r"major|captain|lieutenant|commander|comandante|comisionad[oa]|comisari[oa]|inspector[a]?|superintendent|"
        r"superintendente|intendente|admiral|almirante|dr\.?|dra\.?)\s+")
# 'spokesperson Mark Hedlund', 'A spokesperson, Henrik Aaltonen,', 'el vocero, coronel X': the post right before
# (a bare title only for a spokesperson: 'Commander X', 'Comandante Yesid' are ranks or noms de guerre)
BEFORE = re.compile(rf"(?:^|(?<=[\s\"“«—(]))(?:(?P<det>(?:a|an|the|el|la|un|una)\s+)?(?:{MODIFIERS}\s+){{0,2}}"
                    rf"(?P<role>{LEAD}|{MEMBER})\s*,\s*|(?:{MODIFIERS}\s+){{0,2}}(?P<bare>{SPOKESPERSON}|{PROSECUTOR})\s+)"
                    rf"(?:{RANK})?$")
# what may stand before the post: the sentence's start, a quote or a comma, a speech verb ('said spokesperson X',
# 'según el vocero, X'); never a noun that says whose post it is ('police spokeswoman X', 'a community leader, X')
OPEN_BEFORE = re.compile(r"(?:^|[,\"“”«»—(:;]|(?<![\w])(?:said|says|told|added|explained|replied|wrote|to|by|with|"
                         r"dijo|afirmo|explico|senalo|anadio|aseguro|respondio|indico|declaro|segun|por|con))\s*$")
# 'Mark Hedlund, a spokesperson, said': the post right after, and nothing saying whose it is
AFTER = re.compile(rf"\s*,\s+(?:a|an|the|el|la|un|una)\s+(?:{MODIFIERS}\s+){{0,2}}({LEAD}|{MEMBER})\s*"
                   r"(?:[,.;]|\s+(?:said|says|told|added|explained|replied|dijo|afirmo|explico|senalo|anadio|"
                   r"aseguro|respondio|indico|declaro)(?![\w]))")
OWNED_BEFORE = re.compile(r"(?:['’]s|\bof|\bde|\bdel|\bsu|\bits|\btheir|\bhis|\bher)\s+$")
# 'Spokesman X, of the state police', 'el vocero X, de la Policía': the post's body said after the name
OWNED_AFTER = re.compile(r"\s*,?\s*(?:of|from|for|at|with|de|del|por)\s")


def unowned_roles(doc: Document, res: Resolution) -> list[tuple[str, str, str, tuple[int, int]]]:
    """(leads or member_of, person, body, sentence) for each bare post whose body the sentence before names."""
    folded = fold_text(doc.text)
    sents = doc.sentences or [(0, len(doc.text))]
    first_seen = first_named(res)
    out: list[tuple[str, str, str, tuple[int, int]]] = []
    for i in range(1, len(sents)):
        sent = sents[i]
        found = units(res.refs, *sent)
        if any(res.by_key[u.key].type in BODY_TYPES | {"media", "other"} for u in found):
            continue  # a body named here: the sentence's own rules say whose post it is
        subject = sentence_subject(res, folded, sents[i - 1], BODY_TYPES)
        if subject is None:
            continue
        owner = subject.key
        for u in found:
            if res.by_key[u.key].type != "person" or first_seen.get(u.key) != u.start \
                    or OWNED_AFTER.match(folded, u.end, sent[1]):
                continue
            lead = folded[sent[0] : u.start]  # (sliced: '^' is the sentence's start)
            m = BEFORE.search(lead)
            if m is not None and (OWNED_BEFORE.search(lead[: m.start()]) or not OPEN_BEFORE.search(lead[: m.start()])):
                m = None  # "the police's spokesman", "su vocero", "police spokeswoman X": someone else's post
            if m is not None and m.group("bare") and re.fullmatch(PROSECUTOR, m.group("bare")) \
                    and not any(PROSECUTION.search(fold_text(n)) for n in (res.by_key[owner].name,
                                                                             *res.by_key[owner].aliases)):
                m = None  # a prosecutor after a sentence about a body that prosecutes no one
            role = (m.group("role") or m.group("bare")) if m is not None else None
            if role is None:
                after = AFTER.match(folded, u.end, sent[1])
                role = after.group(1) if after is not None else None
            if role is None:
                continue
            out.append(("leads" if LEAD_RX.fullmatch(role) else "member_of", u.key, owner, sent))
    return out

