"""Who answers a criticism opposes who made it: 'Lawmaker X accused the ministry of staging seizures. / Minister Y
dismissed the criticism', 'Informes de la Fundación Z señalan que … / El Gobierno niega esas acusaciones'.

The answer names what it answers ('the criticism', 'esas acusaciones') with a verb of denial; the criticism is the
nearest sentence before it (in its paragraph or the one before) whose subject side names an actor other than the
one answering. The critics are the actors named before that sentence's verb of saying or accusing: the one accused
(named after it) is whom the answerer speaks for, not whom the answerer opposes.

A lawyer's answer ('Quiroga's lawyer rejected the accusation') is the client's, tied elsewhere; a criticism with no
critic named before its verb ('The minister said Quiroga had received payments') gives no tie.
"""

from __future__ import annotations

import re

from nexos.extract.coref import Resolution
from nexos.extract.lexicon import fold_text
from nexos.extract.phrases import units
from nexos.model import Document

# 'the criticism', 'esas acusaciones', 'los señalamientos': what the answer names (events.ANSWERED adds 'the charges'
# and 'the claims', which a defendant answers to whoever brought them)
POINTING = (r"(?<![\w])(?:the|this|that|these|those|his|her|their|la|las|el|los|esa|esas|ese|esos|esta|estas|dicha|"
            r"dichas|sus?)\s+")
CRITICISM_NOUNS = (r"criticism|criticisms|accusation|accusations|allegation|allegations|critica|criticas|acusacion|"
                   r"acusaciones|senalamientos?|cuestionamientos?")
ANSWERED = re.compile(POINTING + r"(?:" + CRITICISM_NOUNS + r")(?![\w])")
# the verb that answers it
DENIAL = re.compile(r"(?<![\w])(?:dismiss(?:ed|es)?|reject(?:ed|s)?|den(?:y|ies|ied)|rebuff(?:ed|s)?|"
                    r"rechaz(?:a|o|an|aron|ó)|nieg(?:a|an)|nego|negaron|desminti(?:o|eron)|descart(?:a|o|aron))(?![\w])")
# the verb of the criticism: who stands before it made it
CRITICISM = re.compile(r"(?<![\w])(?:accus\w*|acus\w*|critici[sz]\w*|critic(?:o|a|an|aron)|denunci\w*|blam\w*|"
                       r"said|says|told|wrote|claim\w*|alleg\w*|charg\w*|dijo|dice|dicen|afirm\w*|asegur\w*|"
                       r"senal\w*|sostien\w*|sostuvo|escribi\w*|reproch\w*|tild\w*|llam(?:o|a) )")
# who may answer or criticise: people and the bodies that speak
SPEAKERS = {"person", "government_body", "political_party", "ngo", "state", "international_org", "armed_group",
            "criminal_group", "media"}
BACK = 3  # how many sentences back the criticism is looked for
LAWYER = re.compile(r"(?<![\w])(?:lawyer|attorney|counsel|defen[cs]e|abogad[oa]|defensa|defensor[a]?)(?![\w])")


def _speakers(res: Resolution, s: int, e: int) -> list[tuple[int, str]]:
    return [(u.start, u.key) for u in units(res.refs, s, e) if res.by_key[u.key].type in SPEAKERS]


def answered_ties(doc: Document, res: Resolution) -> list[tuple[str, str, str, tuple[int, int]]]:
    """('opposes', answerer, critic, sentence) for each answer to a criticism made in the sentences before."""
    sents = doc.sentences or [(0, len(doc.text))]
    folded = fold_text(doc.text)
    out: list[tuple[str, str, str, tuple[int, int]]] = []
    for i, (s, e) in enumerate(sents):
        what = ANSWERED.search(folded, s, e)
        if what is None:
            continue
        verb = DENIAL.search(folded, s, what.start())
        if verb is None or LAWYER.search(folded, s, verb.start()):
            continue
        answerers = [k for _at, k in _speakers(res, s, verb.start())]
        if not answerers:
            continue
        for j in range(i - 1, max(-1, i - 1 - BACK), -1):
            ps, pe = sents[j]
            if not (doc.same_paragraph(ps, s) or doc.same_paragraph(sents[j + 1][0], s)):
                break
            said = CRITICISM.search(folded, ps, pe)
            critics = [k for at, k in _speakers(res, ps, pe) if said and at < said.start() and k not in answerers]
            if critics:
                for a in dict.fromkeys(answerers):
                    for c in dict.fromkeys(critics):
                        out.append(("opposes", a, c, (s, e)))
                break
    return out
