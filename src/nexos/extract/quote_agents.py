"""Quoted words whose owner the grammar names next to someone else: the agent of a passive, the owner of a
claim, whoever promised the thing in quotes.

Each reader works on folded text and returns the key of the actor who chose the words, or None:

- ``passive_agent``: 'X was called "a coward" by Y', 'X fue tildado de «traidor» por Y', 'X was described
  by Y as "…"' (Y, not X);
- ``claim_owner``: 'X rejected Y's claim that he was "a puppet"', 'X rechazó la afirmación de Y de que es
  «un títere»' (Y: the words are the claim's);
- ``promiser``: 'the "iron fist" Y promised', 'la «mano dura» que prometió Y' (Y: a thing in quotes that the
  relative clause after it gives as someone's promise or word).
"""

from __future__ import annotations

import re

from nexos.extract.coref import Resolution
from nexos.extract.speech import SPEAKER_TYPES, SPEECH, actor_units

# a passive naming verb right before the quote ('was called', 'has been branded', 'fue calificado de',
# 'fue tildado de', 'ha sido acusado de'); an adverb may come between ('was once called')
PASSIVE_LABELLED = re.compile(
    r"(?<![\w])(?:was|were|has\s+been|have\s+been|had\s+been|is|are|being|been|fue|fueron|ha\s+sido|han\s+sido|"
    r"habia\s+sido|habian\s+sido|es|son|sera|seran)\s+(?:[a-z]+(?:ly|mente)\s+|also\s+|tambien\s+|even\s+|incluso\s+)?"
    r"(?:called|labell?ed|branded|termed|described\s+as|portrayed\s+as|characteri[sz]ed\s+as|dismissed\s+as|"
    r"denounced\s+as|derided\s+as|painted\s+as|accused\s+of|"
    r"calificad[oa]s?\s+(?:de|como)|tildad[oa]s?\s+(?:de|como)|tachad[oa]s?\s+de|llamad[oa]s?|acusad[oa]s?\s+de|"
    r"descrit[oa]s?\s+como|definid[oa]s?\s+como|senalad[oa]s?\s+como|catalogad[oa]s?\s+(?:de|como)|"
    r"presentad[oa]s?\s+como)\s+(?:(?:a|an|the|un|una|el|la)\s+)?$")
# '"…" by Y' / '«…» por Y' (a few words may come between: '«…» durante el debate por Y')
BY_AFTER = re.compile(r"[\"”»’\s,]*(?:[a-z]+\s+){0,4}?(?:by|por)\s")
# what may stand between 'by'/'por' and the agent's name: an article and a title ('por la senadora')
# (not a verb nor a preposition: 'por negociar con Y', 'by siding with Y' give a reason)
AGENT_LEAD = re.compile(r"(?:(?!(?:con|with|de|del|a|al|en|para|for|of|to|against|contra|sin|without|haber|having|being)\s)"
                        r"(?![a-z]+(?:ar|er|ir|ing)\s+(?:con|with|a|al|el|la|los|las|un|una|de|del|en|que|se|lo|le|the|an|"
                        r"to|his|her|their|its|su|sus)\s)[a-z]+\s+){0,3}")


# the agent before the words: 'X has been described by Y as "…"', 'X fue acusado por Y de «…»'
PASSIVE_BY_BEFORE = re.compile(
    r"(?<![\w])(?:was|were|has\s+been|have\s+been|had\s+been|is|are|being|been|fue|fueron|ha\s+sido|han\s+sido|"
    r"habia\s+sido|habian\s+sido|es|son)\s+(?:[a-z]+(?:ly|mente)\s+|also\s+|tambien\s+)?"
    r"(?:called|labell?ed|branded|termed|described|portrayed|characteri[sz]ed|dismissed|denounced|derided|painted|"
    r"accused|calificad[oa]s?|tildad[oa]s?|tachad[oa]s?|llamad[oa]s?|acusad[oa]s?|descrit[oa]s?|definid[oa]s?|"
    r"senalad[oa]s?|catalogad[oa]s?|presentad[oa]s?)\s+(?:by|por)\s+([^,;:.\"“”«»]{2,80}?)\s+(?:as|of|como|de)\s+"
    r"(?:(?:a|an|the|un|una|el|la)\s+)?$")


def passive_agent(res: Resolution, folded: str, sent: tuple[int, int], q_start: int, q_end: int) -> str | None:
    """'X was called "a coward" by Y', 'X was described by Y as "…"': Y, the agent the passive names."""
    before = PASSIVE_BY_BEFORE.search(folded, max(sent[0], q_start - 140), q_start)
    if before:
        agents = [u for u in actor_units(res.refs, before.start(1), before.end(1), folded)
                  if res.by_key[u.key].type in SPEAKER_TYPES]
        return agents[0].key if agents else None
    if not PASSIVE_LABELLED.search(folded, max(sent[0], q_start - 60), q_start):
        return None
    by = BY_AFTER.match(folded, q_end, sent[1])
    if by is None:
        return None
    lead = AGENT_LEAD.match(folded, by.end(), sent[1])
    agents = [u for u in actor_units(res.refs, by.end(), sent[1], folded) if res.by_key[u.key].type in SPEAKER_TYPES]
    if not agents or agents[0].start > lead.end():
        return None  # ('fue acusado de «traición» por negociar con X': 'por' gives a reason, not an agent)
    return agents[0].key


# 'Y's claim that …', 'the claim by Y that …'; 'la afirmación de Y de que …', 'las acusaciones de Y, según las cuales …'
CLAIM_NOUN = (r"(?:claims?|assertions?|allegations?|accusations?|charges?|suggestions?|insistence|arguments?|remarks?|"
              r"characteri[sz]ations?|contention|statements?|warnings?|complaints?|insinuations?|"
              r"afirmacion(?:es)?|acusacion(?:es)?|denuncias?|declaracion(?:es)?|version|aseveracion(?:es)?|"
              r"insinuacion(?:es)?|tesis|argumentos?|advertencias?|quejas?|senalamientos?|dichos)")
CLAIM_EN = re.compile(r"['’]s?\s+(?:[a-z]+\s+)?" + CLAIM_NOUN + r"\s+that\s")
CLAIM_BY = re.compile(r"(?<![\w])(?:the|a|an|la|las|el|los|una|unas)\s+(?:[a-z]+\s+)?" + CLAIM_NOUN +
                      r"\s+(?:by|of|from|de|del)\s+([^,;:.\"“”«»]{2,80}?)\s*,?\s+(?:that|de\s+que|que|segun\s+(?:la|el|las|los)\s+cual(?:es)?)\s")


def claim_owner(res: Resolution, folded: str, sent: tuple[int, int], q_start: int) -> str | None:
    """'X rejected Y's claim that he was "a puppet"': Y, whose claim holds the words.

    The claim's clause runs on to the quote: no speech verb and no clause
    break between 'that'/'de que' and the words.
    """
    lo = max(sent[0], q_start - 200)
    found = None
    for m in CLAIM_EN.finditer(folded, lo, q_start):
        owners = [u for u in actor_units(res.refs, lo, m.start() + 1) if u.end == m.start()
                  and res.by_key[u.key].type in SPEAKER_TYPES]
        if owners:
            found = (m.end(), owners[-1].key)
    for m in CLAIM_BY.finditer(folded, lo, q_start):
        owners = [u for u in actor_units(res.refs, m.start(1), m.end(1), folded) if res.by_key[u.key].type in SPEAKER_TYPES]
        if owners and (found is None or m.end() > found[0]):
            found = (m.end(), owners[0].key)
    if found is None:
        return None
    between = folded[found[0] : q_start]
    if re.search(r"[;:\"“”«»]", between) or SPEECH.search(between) or len(between.split()) > 12:
        return None
    return found[1]


# after the quote: 'that Y promised', 'Y has promised', 'que prometió Y', 'de la que habló Y', 'que Y prometió'
PROMISE_EN = (r"(?:promised|promises|pledged|pledges|vowed|vows|announced|announces|proposed|proposes|demanded|demands|"
              r"championed|champions|touted|touts|trumpeted|trumpets|called\s+for|calls\s+for|advocated|advocates|"
              r"preached|preaches|talked\s+about|talks\s+about|spoke\s+of|speaks\s+of|warned\s+(?:of|about)|"
              r"warns\s+(?:of|about)|offered|offers|predicted|predicts|boasted\s+(?:of|about)|campaigned\s+on|"
              r"denounced|denounces)")
PROMISE_ES = (r"(?:prometio|prometia|promete|prometieron|anuncio|anuncia|anunciaron|propuso|propone|exigio|exige|pidio|"
              r"pide|reclamo|reclama|proclamo|proclama|pregono|pregona|predico|predica|ofrecio|ofrece|denuncio|"
              r"denuncia|invoco|invoca|vaticino|augura|auguro|hablo|habla|hablaba)")
PROMISED_EN = re.compile(r"[\"”»’]*\s+(?:that\s+|which\s+)?(?:(?:[a-z]+\s+){0,3}?)$")
RELATIVE_ES = re.compile(r"[\"”»’]*\s*(?:que|de\s+(?:la|el|las|los)\s+que|del\s+que|con\s+(?:la|el)\s+que)\s+")
VERB_AFTER_EN = re.compile(r"\s*(?:(?:has|had|have|once|repeatedly|now|so\s+often)\s+){0,2}" + PROMISE_EN + r"(?![\w])")
VERB_ES = re.compile(r"(?:(?:tanto|ha|han|habia|habian)\s+)?(?:" + PROMISE_ES + r"|(?:ha|han|habia)\s+(?:prometido|"
                     r"anunciado|propuesto|exigido|pedido|reclamado|proclamado|pregonado|ofrecido|denunciado|hablado))"
                     r"(?![\w])\s*")


def promiser(res: Resolution, folded: str, sent: tuple[int, int], q_end: int) -> str | None:
    """'The "iron fist" Y promised has yet to come': Y, whose promise (or word) the quoted thing is."""
    window = min(sent[1], q_end + 90)
    actors = [u for u in actor_units(res.refs, q_end, window, folded) if res.by_key[u.key].type in SPEAKER_TYPES]
    if not actors:
        return None
    first = actors[0]
    if PROMISED_EN.fullmatch(folded, q_end, first.start) and VERB_AFTER_EN.match(folded, first.end, window):
        return first.key  # 'the "iron fist" Y promised', 'the "total war" that Y has vowed'
    rel = RELATIVE_ES.match(folded, q_end, window)
    if rel is None:
        return None
    verb = VERB_ES.match(folded, rel.end(), window)
    if verb and AGENT_LEAD.fullmatch(folded, verb.end(), first.start):
        return first.key  # 'la «mano dura» que prometió el fiscal Y'
    lead = AGENT_LEAD.match(folded, rel.end(), window)
    if first.start <= lead.end() and VERB_ES.match(folded, first.end + 1, window) and folded[first.end : first.end + 1] == " ":
        return first.key  # 'la «mano dura» que Y prometió'
    return None
