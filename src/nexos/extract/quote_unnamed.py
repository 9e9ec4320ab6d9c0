"""Speakers the text describes but does not name: 'a former port official said', 'dijo una vendedora de tortillas'.

A quote whose speaker is an indefinite description ('one dredge operator
said', 'Un comerciante que prefirió no dar su nombre me explicó') or a bare
plural of people ('Vecinos de la colonia X, consultados por…, dijeron') is
that description's words, not nobody's and not the last person named. The
description becomes an actor of its own, named by its words as written (the
article dropped; the article kept as an alias), a person or, in the plural,
a group. It is marked ``UNNAMED`` so that cross-document resolution never
takes two residents of two reports for one actor.

A person the text names only by initials or a stand-in name it says is
not theirs ('a 15-year-old boy who asked to be identified only as J.', 'una
joven a quien llamaremos M.') is an unnamed actor too, named by that stand-in
(the description its alias), found before any quote is read so that '"…," he
told researchers' in the next sentence points back at it.

Only a description whose head is a noun for people counts: a trade or a
role ('vendedora', 'manager', 'pilot'); a text ('a statement said'), a body
('a ministry said'), a span of time ('a year later') or a 'source' (which is
sourcing, not an actor) does not.
"""

from __future__ import annotations

import bisect
import re
from functools import cache

from nexos.extract.coref import Ref, Resolution
from nexos.extract.lexicon import fold_text, load, people_nouns
from nexos.extract.quote_people import person_nouns
from nexos.model import Document, Entity

UNNAMED = "unnamed"  # the subtype of an actor the text describes and never names

SINGULAR_NOT_A = r"one|another|un|una|uno|otro|otra"
PLURAL = r"two|three|four|five|several|some|dos|tres|cuatro|cinco|varios|varias|unos|unas|algunos|algunas"
# the description: a determiner, up to five words, and one 'of/de …' of up to five more (names included)
DESCRIPTION = re.compile(
    # (English 'a' only before a word in lower case: Spanish 'a' is a preposition, 'relató a ACN Ramiro X')
    rf"(?<![\w])(?P<det>[Aa]n?(?=\s+[a-z]|(?:\s+[A-Z][\w.'’-]*){{1,2}}\s+[a-z])|(?i:{SINGULAR_NOT_A}|{PLURAL}))\s+(?P<np>(?:(?!(?:who|whom|that|which|que|quien|quienes|me|nos|le|les|se|"
    r"and|y|e|or|o)\s)[\w'’-]+\s+){0,4}?[\w'’-]+(?:\s+(?:of|de|del|from|in|at|en)\s+(?:(?:the|la|el|los|las)\s+)?"
    r"(?:[\w'’-]+\s+){0,3}?[\w'’-]+)?)(?=\s*(?:[,;:.]|$|\s(?:who|whom|que|quien|quienes|asked|pidio|prefirio|"
    r"me|nos|le|les|told|said|says|dijo|dice|explico|conto|aseguro|afirmo|interviewed|consultad[oa]s?|"
    r"entrevistad[oa]s?|"
    # 'A shopkeeper across the street was less impressed: "…"', 'Un tendero de enfrente no estaba tan convencido:'
    r"was|were|seemed|sounded|no|estaba|estaban|parecia|parecian|"
    # '…, dijo una madre de tres hijos frente a la escuela': where or when the words were said ends the description
    r"frente|junto|afuera|fuera|outside|mientras|while|durante|during|desde|tras|after|antes|despues)(?![\w])))")
# a bare plural opening a clause: 'Vecinos de la colonia X', 'Residents of the port'
BARE_PLURAL = re.compile(r"(?P<np>(?P<head>[\w'’-]+)(?:\s+(?:of|de|del|from)\s+(?:(?:the|la|el|los|las)\s+)?"
                         r"(?:[\w'’-]+\s+){0,4}?[\w'’-]+)?)(?=\s*(?:[,;:.]|\s(?:who|que|quienes|told|said|say|dijeron|"
                         r"dicen|aseguran|afirmaron|consultad[oa]s|entrevistad[oa]s|interviewed|contacted)(?![\w])))")
# nouns that are neither people nor a text or a body, yet open a clause with an article ('a year later')
NOT_PEOPLE = frozenset("source sources fuente fuentes number numero part parte series serie year years week weeks month "
                       "months day days decade time times moment lot version copy ano anos mes meses semana semanas dia "
                       "dias vez veces momento rato version copia".split())


@cache
def _things() -> frozenset[str]:
    """Folded nouns for a text or a body: 'a statement said' and 'a ministry said' bring in no person."""
    cues = load("cues")
    words = [w for spec in cues["speaker_bodies"].values() for w in spec["en"] + spec["es"]]
    words += cues["speaker_documents"]["en"] + cues["speaker_documents"]["es"]
    return frozenset(fold_text(w).split()[-1] for w in words)


def _is_people(words: list[str]) -> bool:
    """Whether the description's own words (before any 'of/de') hold a noun for a person."""
    folded = [fold_text(w) for w in words]
    if not folded or folded[-1] in NOT_PEOPLE:
        return False
    head = folded[-1]
    if head in person_nouns() or head in people_nouns() or head in ("people", "person", "persona", "personas"):
        return True  # ('operator' names a firm in a list of bodies, but a person first)
    # any other noun the speech verb makes a speaker ('one boat pilot said'), unless it names a text or a body
    return head not in _things() and len(head) > 3 and head.isalpha() and words[-1].islower()


# words for one person the speaker lists leave out because '"…," said the cousin' must not go to the last
# person named: kin, neighbours and trades
ONE_OF_US = frozenset("seller trader merchant cousin neighbour neighbor relative grandmother grandfather brother sister "
                      "son daughter uncle aunt friend colleague mechanic cook waiter waitress primo prima vecino vecina "
                      "pariente abuela abuelo hermano hermana hijo hija tio tia amigo amiga colega mecanico taxista "
                      "mototaxista chofer cocinera cocinero mesera mesero".split())


OPENING_ONE = re.compile(r"(?:an?|one|una?)\s+((?:[\w'’-]+\s+){0,3})([\w'’-]+)(?![\w'’-])", re.I)


def opening_person(text: str, start: int, end: int) -> int | None:
    """Where a description of one unnamed person opening ``text[start:end]`` ends, at its first word that is a
    noun for people ('a fish seller' of 'a fish seller shrugged when asked', 'una vendedora' of 'una vendedora de
    pescado se encogió'), or None when its first words hold no such noun."""
    m = OPENING_ONE.match(text, start, end)
    if m is None:
        return None
    for w in re.finditer(r"[\w'’-]+", m.group()):
        if w.start() == 0:
            continue  # the article
        folded = fold_text(w.group())
        if w.group()[:1].isupper():
            return None  # a name
        if folded in person_nouns() or folded in people_nouns() or folded in ONE_OF_US:
            return m.start() + w.end()
    return None


def _own_words(np: str) -> list[str]:
    return re.split(r"\s+(?:of|de|del|from|in|at|en)\s+", np, maxsplit=1)[0].split()


# what follows Spanish 'a' when it is the preposition of an addressee ('dijo a este diario', 'contó a esta revista')
SPANISH_AFTER_A = re.compile(r"\s+(?:este|esta|estos|estas|ese|esa|esos|esas|aquel|aquella|el|la|los|las|un|una|unos|unas|"
                             r"su|sus|mi|mis|nuestro|nuestra|nuestros|nuestras|otro|otra|otros|otras|medios|periodistas|"
                             r"reporteros|cronistas)(?![\w])", re.I)


def description(text: str, start: int, end: int, lang: str = "") -> re.Match[str] | None:
    """The first description of unnamed people in ``text[start:end]`` ('one dredge operator'), or None.

    Spanish 'a' is a preposition, never an article: 'dijo a este diario',
    'contó a periodistas' name who heard the words, not who said them.
    """
    pos = start
    while (m := DESCRIPTION.search(text, pos, end)) is not None:
        if m.group("det").lower() == "a" and (lang == "es" or SPANISH_AFTER_A.match(text, m.end("det"))):
            pos = m.end("det")  # ('dijo a este periodista una madre': the description may start inside this match)
            continue
        own = _own_words(m.group("np"))
        if fold_text(m.group("det")) in ("un", "unos") and own and fold_text(own[-1]) in OFFICER_NOT_FORCE:
            return m  # 'un policía' is an officer; 'la policía' the force
        return m if _is_people(own) else None
    return None


OFFICER_NOT_FORCE = frozenset("policia policias guardia guardias".split())


def unnamed_speaker(doc: Document, res: Resolution, start: int, end: int) -> str | None:
    """The actor for the first description of unnamed people in ``doc.text[start:end]``, made if need be."""
    m = description(doc.text, start, end, doc.language)
    if m is None:
        return None
    plural = bool(re.fullmatch(PLURAL, m.group("det"), re.I)) or fold_text(_own_words(m.group("np"))[-1]) in people_nouns()
    key = _actor(doc, res, m.start(), m.end(), m.start("np"), "group" if plural else "person")
    hidden = ANONYMITY.match(doc.text, m.end())
    if hidden and doc.text[m.start() : hidden.end()] not in res.by_key[key].aliases:
        res.by_key[key].aliases.append(doc.text[m.start() : hidden.end()])  # 'A guard who asked not to be named'
    return key


# the clause that says why the description stands for a name: 'who asked not to be named', 'que pidió el anonimato'
# 'Uno de ellos, de no más de quince años, contó…', 'One of them said': one of the people the sentence before
# brought in, unnamed
ONE_OF_THEM = re.compile(r"[\s*]*((?:[Uu]no|[Uu]na|[Oo]ne)\s+(?:de\s+(?:ellos|ellas)|of\s+them|"
                         # ('One of those accounts', 'una de esas cuentas'; not 'one of those days')
                         r"(?:de\s+(?:estos|estas|esos|esas)|of\s+(?:those|these))"
                         r"(?:\s+(?!(?:days?|times?|nights?|years?|weeks?|d[ií]as|veces|noches|años|semanas)(?![\w]))[a-záéíóúñ]+)?))"
                         r"(?![\w])")


def one_of_them(doc: Document, res: Resolution, start: int) -> str | None:
    """The unnamed person 'Uno de ellos' / 'One of them' opening the clause at ``start`` stands for."""
    m = ONE_OF_THEM.match(doc.text, start)
    return _actor(doc, res, m.start(1), m.end(1), m.start(1), "person") if m else None


ANONYMITY = re.compile(
    r"\s*,?\s*(?:who|que|quien|quienes)\s+(?:asked|requested|spoke|pidi[oó]|pidieron|prefiri[oó]|prefirieron|solicit[oó]|"
    r"habl[oó]|hablaron)\s+(?:not\s+to\s+be\s+(?:named|identified)|(?:on|under)\s+(?:the\s+)?condition\s+of\s+anonymity|"
    r"anonymity|no\s+ser\s+(?:identificad[oa]s?|nombrad[oa]s?)|(?:bajo\s+(?:la\s+)?condici[oó]n\s+de\s+)?anonimato|"
    r"(?:el|con\s+la\s+condici[oó]n\s+de)\s+anonimato|reservar\s+su\s+nombre)(?![\w])")


# 'Her lawyer said she "…"', 'Su abogado, consultado por este diario, dijo: «…»', 'his public defender': someone of
# someone's, unnamed; a possessive, up to two words, then the noun (one pattern for each count of words before it)
POSSESSED = [re.compile(r"(?P<det>his|her|their|su|sus)\s+(?P<np>(?:[a-z'’-]+\s+){" + str(n)
                        + r"}(?P<head>[a-z'’-]+))(?=\s*,|\s)") for n in (0, 1, 2)]


def possessed_speaker(doc: Document, res: Resolution, start: int, end: int) -> str | None:
    """The unnamed person a possessive description opening ``folded[start:end]`` brings in ('Her lawyer'), made
    if need be, when its last word is a noun for a person (the shortest description that ends in one); the
    possessive stays in its alias."""
    folded = fold_text(doc.text)
    m = next((n for n in (rx.match(folded, start, end) for rx in POSSESSED)
              if n is not None and n.group("head") in person_nouns()), None)
    if m is None:
        return None
    return _actor(doc, res, m.start(), m.end(), m.start("np"), "person")


def owned_speaker(doc: Document, res: Resolution, start: int, end: int, name_start: int) -> str:
    """"Piñate's lawyer said", '«…», dijo el abogado de Gómez': someone of a named person's, unnamed, made if need be
    (named by the words as written, 'abogado de Gómez', with its article in the alias)."""
    words = fold_text(doc.text[name_start:end]).split()
    noun = words[-1] if re.search(r"['’]s?\s", doc.text[name_start:end]) else words[0]
    return _actor(doc, res, start, end, name_start, "group" if noun.endswith("s") and len(noun) > 4 else "person")


def bare_plural(text: str, start: int, end: int) -> re.Match[str] | None:
    """'Vecinos de la colonia X' opening a clause at ``start``: a plural of people with no article, or None."""
    m = BARE_PLURAL.match(text, start, end)
    return m if m is not None and fold_text(m.group("head")) in people_nouns() else None


def bare_plural_speaker(doc: Document, res: Resolution, start: int, end: int) -> str | None:
    """'Vecinos de la colonia X, consultados por…, dijeron': the people a bare plural at ``start`` describes."""
    m = bare_plural(doc.text, start, end)
    return _actor(doc, res, m.start(), m.end(), m.start(), "group") if m else None


def _actor(doc: Document, res: Resolution, start: int, end: int, name_start: int, typ: str) -> str:
    """The unnamed actor described at ``[start, end)``, one per description (the same words say the same one)."""
    name = doc.text[name_start:end]
    for ent in res.entities:
        if ent.subtype == UNNAMED and fold_text(ent.name) == fold_text(name):
            if not any(r.start == start and r.key == ent.key for r in res.refs):
                _mention(doc, res, ent, start, end)
            return ent.key
    key = f"u{sum(1 for e in res.entities if e.subtype == UNNAMED) + 1}"
    ent = Entity(key=key, name=name, type=typ, subtype=UNNAMED, confidence=0.5, extractor="rules.quotes")
    if name_start > start:
        ent.aliases.append(doc.text[start:end])
    res.entities.append(ent)
    res.by_key[key] = ent
    _mention(doc, res, ent, start, end)
    return key


def _mention(doc: Document, res: Resolution, ent: Entity, start: int, end: int) -> None:
    ent.mentions.append(doc.span(start, end))
    at = bisect.bisect_left([r.start for r in res.refs], start)
    res.refs.insert(at, Ref(start, end, ent.key, "description"))


# the stand-in: initials ('J.', 'M. R.') or one given name, and never a name that goes on ('as Juan Pérez')
STAND_IN = r"(?P<name>[A-ZÁÉÍÓÚÑ]\.(?:[ \t]?[A-ZÁÉÍÓÚÑ]\.)*|[A-ZÁÉÍÓÚÑ][a-záéíóúñ]{2,}(?![\w])(?![ \t]+[A-ZÁÉÍÓÚÑ]))"
IDENTIFIED_AS = re.compile(
    r"(?<![\w])(?P<det>[Aa]n?|[Oo]ne|[Uu]n|[Uu]na)\s+(?P<desc>(?:(?!who\s|que\s|quien\s|a\s+quien\s)[\w'’-]+\s+){0,4}?"
    r"[\w'’-]+)\s*,?\s+(?:(?:who|que|quien)\s+(?:asked|wished|wanted|agreed|requested|prefers|preferred|pidio|pidió|"
    r"prefirio|prefirió|solicito|solicitó|acepto|aceptó)\s+(?:to\s+be\s+|ser\s+)?)?"
    r"(?:(?:identified|named|referred\s+to|called|identificad[oa]|nombrad[oa]|llamad[oa])\s+"
    r"(?:(?:here|only|simply|in\s+this\s+report|aqu[ií]|s[oó]lo|solamente|[uú]nicamente|en\s+este\s+(?:informe|texto|reportaje))"
    r"\s+)*(?:as|by\s+(?:the\s+)?initials?|como|con\s+(?:las\s+)?iniciales)|a\s+quien\s+(?:aqu[ií]\s+)?"
    r"(?:llamaremos|llamamos|identificaremos\s+como|nombraremos))\s+" + STAND_IN)
# 'identified only as J.': a stand-in, not the person's name (a bare 'identified as Juan' is an identification)
STAND_IN_CUE = re.compile(r"(?<![\w])(?:only|here|simply|in\s+this\s+report|aqu[ií]|s[oó]lo|solamente|[uú]nicamente|"
                          r"en\s+este|initials?|iniciales|llamaremos|llamamos|identificaremos|nombraremos|asked|wished|"
                          r"requested|pidi[oó]|prefiri[oó]|solicit[oó])(?![\w])")


def stand_ins(doc: Document, res: Resolution) -> None:
    """Make an unnamed actor for each person the text names only by a stand-in ('identified only as J.')."""
    for m in IDENTIFIED_AS.finditer(doc.text):
        name = m.group("name")
        if not STAND_IN_CUE.search(doc.text, m.end("desc"), m.start("name")) or not _is_people(m.group("desc").split()) \
                and not (len(name) <= 6 and "." in name):
            continue
        inside = [r for r in res.refs if r.start < m.end() and m.start() < r.end and r.key in res.by_key]
        if any((r.start, r.end) != m.span("name") for r in inside):
            continue  # a real name inside ('a man identified as J. by Ana Ruiz') is read as it is
        if inside:  # the stand-in read as a name of its own ('J.'): the person the description is
            ent = res.by_key[inside[0].key]
            ent.type, ent.subtype = "person", UNNAMED
        else:
            ent = res.by_key[_actor(doc, res, m.start(), m.end(), m.start("name"), "person")]
        if m.group("desc") not in ent.aliases:
            ent.aliases.append(m.group("desc"))
