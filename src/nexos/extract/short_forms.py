"""Late joins inside one document: one actor, one entity.

The resolver reads names in order, so a short form met before the full name
("Osmán Valladares" in a headline, "Osmán Valladares Pineda" below), a name
typed as a place before it was known to be a person's, or a nickname given
after a description ('X, a former miner better known as "El Flaco Yoni"')
is left as an entity of its own. These passes join such forms once all
names are known. A form joins only when exactly one longer name holds it:
a surname two relatives share, or "el Cártel" beside two cartels, stays
apart. A person is never joined to a group or government named after them.
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from nexos.extract.lexicon import fold_text, name_word_types, place_names

if TYPE_CHECKING:
    from nexos.model import Entity

# 'X, a former miner better known as "El Y"' / 'X, un exsoldado conocido como "El Y"'
DESCRIBED_ALIAS = re.compile(
    r"^\s*,\s+(?:a|an|the|un|una|el|la)\s+(?:(?!\b(?:by|por|whose|cuy[oa]s?|of a|de una?)\b)[^.;:\"“”()]){1,80}?\s+(?:(?:better |also |widely |commonly )?known as|"
    r"(?:mejor |m[aá]s )?conocid[oa] como|apodad[oa]|nicknamed|alias)\s+[\"“'‘«]?(?:(?:el|la|the)\s+)?$", re.I)
# 'X. Lo llaman alias "El Y"' / 'X. Le dicen "El Y"': the nickname in the next sentence
NEXT_SENTENCE_ALIAS = re.compile(
    r"^\s*\.\s+(?:lo|la|le)\s+(?:llaman|apodan|dicen|conocen como)\s+(?:alias\s+)?[\"“'‘«]?(?:(?:el|la)\s+)?$", re.I)
PLACE_TYPES = {"location"}
ORG_LIKE = {"criminal_group", "armed_group", "political_party", "government_body", "international_org", "ngo",
            "company", "media"}
# first words of place names, never of a person's given name
PLACE_PREFIXES = {"san", "santa", "santo", "sao", "puerto", "port", "villa", "ciudad", "colonia", "barrio", "rio",
                  "lago", "isla", "cerro", "valle", "nueva", "nuevo", "new", "el", "la", "los", "las"}
PARTICLES = {"de", "del", "la", "las", "los", "el", "of", "the", "y", "and"}
# a longer place name that is another place: "Mexico City", "Ciudad de Panamá", "Colón Province"
OTHER_PLACE_WORDS = {"city", "ciudad", "province", "provincia", "department", "departamento", "state", "estado",
                     "county", "municipality", "municipio", "district", "distrito", "region"}


def absorb(res, gone: Entity, into: Entity) -> None:  # noqa: ANN001 - coref's Resolution
    """Move every mention and reference of ``gone`` onto ``into``."""
    into.mentions.extend(m for m in gone.mentions if m not in into.mentions)
    into.aliases.extend(a for a in [gone.name, *gone.aliases] if a not in into.aliases and a != into.name)
    if into.type == "other" and gone.type != "other":
        into.type = gone.type
    for r in res.refs:
        if r.key == gone.key:
            r.key = into.key
    res.entities.remove(gone)
    del res.by_key[gone.key]


def kept(res, ent: Entity) -> bool:  # noqa: ANN001 - coref's Resolution
    """Whether ``ent`` is still one of the document's entities (``absorb`` has not taken it).

    Found by identity: entity keys are unique, so no other entity equals it, and ``ent in res.entities``
    would compare every field of each entity listed before it to learn the same.
    """
    return any(e is ent for e in res.entities)


def _person_tokens(name: str) -> list[str]:
    return [fold_text(t) for t in name.replace(".", " ").split() if len(t) > 1]


def _few_name_words(name: str) -> bool:
    """At most two words of a name, particles aside: a nickname's length ('Ojo de Vidrio', 'Tío Chepe')."""
    return len([t for t in _person_tokens(name) if t not in PARTICLES]) <= 2


def described_aliases(res, text: str) -> None:  # noqa: ANN001
    """'Aldo Chután, a Barrio 18 leader known as "El Diablo Chiquito"': the nickname is the person's."""
    refs = sorted((r for r in res.refs if r.kind == "name"), key=lambda r: r.start)
    for i, r2 in enumerate(refs):
        for r1 in reversed(refs[max(0, i - 4) : i]):
            if r2.start - r1.end > 120 or r1.key == r2.key:
                break
            person, nick = res.by_key.get(r1.key), res.by_key.get(r2.key)
            if person is None or nick is None or not (
                    person.type == "person" or (person.type == "other" and nick.type == "person")):
                continue  # an untyped full name given a person's nickname is a person's
            gap = text[r1.end : r2.start]
            if DESCRIBED_ALIAS.match(gap) or NEXT_SENTENCE_ALIAS.match(gap):
                if not nick.kb_id and nick.type in ("person", "other", "unknown") and nick is not person:
                    absorb(res, nick, person)
                break


# 'Lo llaman "el Cuervo". Wilfredo Choque Mamani, de 47 años, …': a nickname given before the name it belongs to
CALLED_BEFORE = re.compile(r"(?:(?:lo|la|le)\s+(?:llaman|apodan|dicen|conocen como)|(?:they|people|everyone|locals)\s+"
                           r"(?:call|calls)\s+(?:him|her))\s+(?:alias\s+)?[\"“'‘«]?(?:(?:el|la|the|don|doña|dona)\s+)?$", re.I)
NICK_THEN_NAME = re.compile(r"^\s*[\"”'’»]?\s*(?:,\s*(?:o|or|y|and)\s+(?:simplemente\s+|simply\s+|just\s+|solo\s+)?"
                            r"[\"“«][^\"”»]{1,30}[\"”»]\s*)?\.\s*$")  # '"Don Chencho", o simplemente "el patrón".'


def nickname_before_name(res, text: str) -> None:  # noqa: ANN001
    refs = sorted((r for r in res.refs if r.kind == "name"), key=lambda r: r.start)
    for r1, r2 in zip(refs, refs[1:], strict=False):
        nick, person = res.by_key.get(r1.key), res.by_key.get(r2.key)
        if nick is None or person is None or nick is person or person.type != "person" or nick.kb_id \
                or nick.type not in ("person", "other", "unknown", "location"):
            continue
        if NICK_THEN_NAME.match(text[r1.end : r2.start]) and CALLED_BEFORE.search(text[max(0, r1.start - 40) : r1.start]):
            absorb(res, nick, person)


# 'His real name is Leonel Garza', 'X, whose legal name is Héctor Lozada', 'Su verdadero nombre es Juan Pérez',
# 'cuyo nombre real es …': the name after is the person the words before stood for (a nickname or an alias)
REAL_NAME = re.compile(r"(?<![\w])(?:(?:his|her|whose)\s+(?:real|legal|true|full|given|birth)\s+name\s*,?\s+"
                       r"(?:(?:according\s+to|under)\s+[^.;:\"“”]{1,50}?,?\s+)?(?:is|was)|"
                       r"(?:su|cuyo|cuya)\s+(?:verdadero\s+|autentico\s+)?nombre\s+(?:real\s+|verdadero\s+|legal\s+|"
                       r"de\s+pila\s+|completo\s+)?(?:es|era))\s+$")


def real_name_links(res, text: str) -> None:  # noqa: ANN001
    """The person named right after 'his real name is' / 'whose legal name is' is the one last named before it
    (within a paragraph or two) by a name that is not a full name of its own: one person, not two."""
    folded = fold_text(text)
    refs = sorted((r for r in res.refs if r.kind == "name"), key=lambda r: r.start)
    for i, r in enumerate(refs):
        person = res.by_key.get(r.key)
        if person is None or person.type != "person" or not REAL_NAME.search(folded, max(0, r.start - 90), r.start):
            continue
        # ('Guácimo, whose legal name is …': the name the relative hangs on, whatever a town's name made it)
        whose = [q for q in refs[:i] if re.fullmatch(r",\s*", folded[q.end : q.end + 2]) and folded.startswith(
            ("whose", "cuyo", "cuya"), q.end + 2) and res.by_key.get(q.key) is not None and not res.by_key[q.key].kb_id]
        before = whose[-1:] if whose and whose[-1].end > r.start - 60 else [
            q for q in refs[:i] if r.start - q.start < 1200 and q.key != r.key and res.by_key.get(q.key) is not None
            and res.by_key[q.key].type in ("person", "other", "unknown") and not res.by_key[q.key].kb_id]
        if before:
            nick = res.by_key[before[-1].key]
            if kept(res, nick) and kept(res, person) and _few_name_words(nick.name):
                absorb(res, nick, person)


# 'alias "el Profe," a former schoolteacher named Anselmo Tovar', 'alias "El Ingeniero," a Colombian identified by
# prosecutors as Wilmer Arboleda', 'alias Toro, un exsargento al que la Fiscalía identifica como Néstor Benegas': the
# name after the description is the nickname's bearer
NAMED_AFTER_NICK = re.compile(
    r"^\s*[\"”'’»]?\s*,\s*[\"”'’»]?\s*(?:(?:a|an|un|una)\s+[^.;:\"“”«»()]{1,60}?\s+)?"
    r"(?:named|llamad[oa]|(?:identified|identificad[oa])\s+(?:[^.;:,\"“”]{0,40}?\s)?(?:as|como)|"
    r"(?:whom|a\s+quien|al\s+que)\s+[^.;:,\"“”]{1,40}?\s+(?:identif(?:y|ies)\s+as|identifican?\s+como))\s+$", re.I)


def named_after_nickname(res, text: str) -> None:  # noqa: ANN001
    """A nickname, a description, then the full name it stands for: one person (the full name keeps its place)."""
    refs = sorted((r for r in res.refs if r.kind == "name"), key=lambda r: r.start)
    for i, r1 in enumerate(refs):
        nick = res.by_key.get(r1.key)
        if nick is None or nick.kb_id or nick.type not in ("person", "other", "unknown") \
                or len(_person_tokens(nick.name)) > 2 or not re.search(
                    r"(?:alias|known as|conocid[oa] como|apodad[oa]|nicknamed)\s+[\"“'‘«]?(?:(?:el|la|the)\s+)?$",
                    fold_text(text[max(0, r1.start - 30) : r1.start])):
            continue  # only a name given as a nickname ('the group's chief, Ana Ruiz, named X' is two people)
        for r2 in refs[i + 1 : i + 4]:  # (a body may stand between: 'al que la Fiscalía identifica como X')
            person = res.by_key.get(r2.key)
            if person is None or person is nick or person.type != "person" or len(_person_tokens(person.name)) < 2:
                continue
            if NAMED_AFTER_NICK.match(text[r1.end : r2.start]) and kept(res, nick) and kept(res, person):
                absorb(res, nick, person)
            break


# 'Everyone on the border calls him alias Cangrejo', 'police files referred to him only as "alias Tío Chepe"': the
# nickname after is the one the pronoun stands for
CALLS_PRONOUN = re.compile(r"(?<![\w])(?:calls?|called|know|knows|knew|referred\s+to|refers?\s+to|nicknamed|dubbed)\s+$")
NICK_AFTER_PRONOUN = re.compile(r"^\s+(?:only\s+|simply\s+|just\s+|mostly\s+)?(?:as\s+)?[\"“'‘«]?\s*(?:alias\s+)?"
                                r"[\"“'‘«]?\s*(?:(?:el|la|the)\s+)?$")
# 'His civil registration names him as Edilberto Palacios', 'Investigators believe he is Mario Cuéllar Rojas': the
# full name after is the one the pronoun's nickname stands for
NAMES_PRONOUN = re.compile(r"(?<![\w])(?:names?|named|identif(?:y|ies|ied)|lists?|listed|records?|recorded)\s+$")
PRONOUN_IS = re.compile(r"(?<![\w])(?:believe|believes|believed|say|says|said|think|thinks|suspect|suspects|"
                        r"suspected|confirmed|confirm|confirms)\s+(?:that\s+)?$")


# 'En la frontera todos lo llaman alias Cangrejo', 'le dicen el Tuerto': the man named last before it
CLITIC_CALLS = re.compile(r"(?<![\w])(?:lo|la|le)\s+(?:llaman|llamaban|apodan|apodaban|dicen|decian|conocen\s+como|"
                          r"conocian\s+como)\s+(?:solo\s+|simplemente\s+)?(?:alias\s+)?[\"“'‘«]?\s*(?:(?:el|la)\s+)?$")


def _clitic_called(res, text: str, folded: str, names: list) -> None:  # noqa: ANN001
    for i, n in enumerate(names):
        m = CLITIC_CALLS.search(folded, max(0, n.start - 50), n.start)
        nick = res.by_key.get(n.key)
        if m is None or nick is None or not _nickname_like(nick):
            continue
        opening = max(text.rfind(". ", 0, m.start()), text.rfind("\n", 0, m.start()))
        if re.search(r"(?<![\w])(?:a|al)\s", folded[opening + 1 : m.start()]):
            continue  # 'A su hermano lo llaman el Flaco': the clitic is someone the clause names, not the man before
        before = [r for r in names[:i] if m.start() - r.end < 300 and res.by_key.get(r.key) is not None
                  and r.key != n.key]
        if not before:
            continue
        holder = res.by_key[before[-1].key]
        if holder.type == "person" and len(_person_tokens(holder.name)) >= 2 and kept(res, nick):
            absorb(res, nick, holder)


def _nickname_like(ent: Entity) -> bool:
    return ent.type in ("person", "other", "unknown") and not ent.kb_id and _few_name_words(ent.name)


def pronoun_named_aliases(res, text: str) -> None:  # noqa: ANN001
    """A nickname or a full name the text gives through a pronoun: one person (the full name keeps its place)."""
    folded = fold_text(text)
    names = sorted((r for r in res.refs if r.kind == "name"), key=lambda r: r.start)
    starts = [r.start for r in names]
    for p in sorted((r for r in res.refs if r.kind == "pronoun"), key=lambda r: r.start):
        word = folded[p.start : p.end]
        if word not in ("him", "her", "he", "she"):
            continue
        at = bisect.bisect_left(starts, p.end)
        if at == len(names) or names[at].start - p.end > 40:
            continue
        after, holder = names[at], res.by_key.get(p.key)
        named = res.by_key.get(after.key)
        if holder is None or named is None or holder is named or holder.type != "person":
            continue
        gap, before = text[p.end : after.start], folded[max(0, p.start - 40) : p.start]
        if word in ("him", "her") and CALLS_PRONOUN.search(before) and NICK_AFTER_PRONOUN.match(gap) \
                and _nickname_like(named) and len(_person_tokens(holder.name)) >= 2:
            absorb(res, named, holder)  # 'calls him alias Cangrejo'
        elif named.type == "person" and len(_person_tokens(named.name)) >= 2 and _nickname_like(holder) \
                and not re.match(r"['’]s\b", text[after.end : after.end + 3]) and (
                    (word in ("him", "her") and NAMES_PRONOUN.search(before) and re.fullmatch(r"\s+as\s+", gap))
                    or (word in ("he", "she") and PRONOUN_IS.search(before) and re.fullmatch(r"\s+is\s+", gap))):
            absorb(res, holder, named)  # 'names him as Edilberto Palacios', 'believe he is Mario Cuéllar Rojas'
    _clitic_called(res, text, folded, names)  # (absorb moved the names' keys along)


_ARTICLE_NAME = re.compile(r"(?:el|la|the)\s+(.+)$")


def article_nicknames(res, text: str) -> None:  # noqa: ANN001
    """'El Cuervo no estaba' after 'Lo llaman "el Cuervo"': a nickname written with its article is the one person
    who goes by it, whatever its capital 'El' made the rules guess."""
    said: dict[str, list[Entity]] = {}
    for p in res.entities:
        if p.type == "person":
            for f in {fold_text(text[m.start : m.end]) for m in p.mentions}:
                said.setdefault(f, []).append(p)
    for ent in list(res.entities):
        m = _ARTICLE_NAME.match(fold_text(ent.name))
        if ent.kb_id or ent.type == "person" or m is None:
            continue
        holders = said.get(m.group(1), [])
        if len(holders) == 1 and ent in res.entities:
            absorb(res, ent, holders[0])


def acronym_place_forms(res) -> None:  # noqa: ANN001
    """'DIVINCRI Trujillo' beside 'DIVINCRI': a body's acronym with the city of its branch is that body."""
    by_form: dict[str, list[Entity]] = {}
    for e in res.entities:
        for form in (e.name, *e.aliases):
            if form.isupper() and 3 <= len(form) <= 10:
                by_form.setdefault(form, []).append(e)
    for ent in list(res.entities):
        words = ent.name.split()
        if ent.kb_id or len(words) < 2 or not words[0].isupper() or not kept(res, ent):
            continue
        holders = [h for h in by_form.get(words[0], []) if h is not ent and h in res.entities]
        if len(holders) == 1 and fold_text(" ".join(words[1:])) in place_names():
            absorb(res, ent, holders[0])


def late_person_forms(res) -> None:  # noqa: ANN001
    """A short form of a person's name, or a bare surname, that only one longer person name holds."""
    for ent in list(res.entities):
        if ent.kb_id or ent.type not in ("person", "other", "location") or not kept(res, ent):
            continue
        toks = _person_tokens(ent.name)
        if not toks or (ent.type == "location" and (len(toks) == 1 or toks[0] in PLACE_PREFIXES)):
            continue  # "San Lorenzo" is a town, not the start of "San Lorenzo Mártir"
        holders = []
        for p in res.entities:
            if p is ent or p.type != "person":
                continue
            ptoks = _person_tokens(p.name)
            if len(ptoks) <= len(toks) or len(ptoks) < 2:
                continue
            if (len(toks) == 1 and toks[0] in ptoks) or (
                    len(toks) >= 2 and (ptoks[: len(toks)] == toks or ptoks[-len(toks) :] == toks)):
                holders.append(p)
        if len(holders) == 1:
            absorb(res, ent, holders[0])


def _content(name: str) -> list[str]:
    return [t for t in fold_text(name).split() if t not in PARTICLES]


def _extends(short: list[str], long: list[str], place: bool) -> bool:
    """True when ``long`` is ``short`` with words after it (or, for an organisation, before it)."""
    if len(long) <= len(short):
        return False
    if long[: len(short)] == short:
        rest = long[len(short) :]
        return not (place and rest[0] in OTHER_PLACE_WORDS)
    return not place and len(short) >= 2 and long[-len(short) :] == short


def late_short_forms(res, home: str = "") -> None:  # noqa: ANN001
    """'Naviera Costa Azul' and 'Naviera Costa Azul S.A.S.', 'San Lorenzo' and 'San Lorenzo de las Palmas'.

    Only names of two words or more join here (a lone head word is the resolver's business), and
    only with a longer name of the same kind that no other entity's name also extends, or, for a place,
    with the town the document is datelined from (``home``, folded): in a story from San Lorenzo de las
    Palmas, "San Lorenzo" is that town, not the church of San Lorenzo Mártir.
    """
    for ent in list(res.entities):
        if ent.kb_id or not kept(res, ent):
            continue
        place = ent.type in PLACE_TYPES
        if not (place or ent.type in ORG_LIKE):
            continue
        short = _content(ent.name)
        if len(short) < 2:
            continue
        kinds = {ent.type, "other"}  # the longer name may not be typed yet ("San Lorenzo de las Palmas" in a dateline)
        holders = [o for o in res.entities if o is not ent and o.type in kinds
                   and any(_extends(short, _content(n), place) for n in [o.name, *o.aliases])]
        if len(holders) > 1 and place and home:
            holders = [o for o in holders if fold_text(o.name) == home]
        if len(holders) == 1:
            absorb(res, ent, holders[0])


def _company_core(name: str) -> list[str]:
    """'Agroexportadora Las Palmeras S.A.' → [agroexportadora, palmeras]: the content words before a legal form."""
    words = _content(name)
    legal = {w for w, t in name_word_types()[1].items() if t == "company"}
    while words and words[-1] in legal:
        words.pop()
    return words


# the generic words a firm's name may end with and drop in later mentions ("Bastion Shield International")
FIRM_TAILS = {"international", "internacional", "group", "grupo", "holdings", "holding", "global", "corporation",
              "corporacion", "company", "services", "servicios", "solutions", "partners", "consulting", "security",
              "seguridad", "capital", "enterprises", "industries", "trading", "logistics"}


def company_short_forms(res) -> None:  # noqa: ANN001
    """'Las Palmeras' after 'la empresa Agroexportadora Las Palmeras S.A.': the end of a firm's name, without its
    trade word and legal form, is that firm, whatever the rules guessed from its shape (a band's plural, a
    port's "Puerto"). Only a name the rules typed without confidence, never a listed actor or a known town,
    and only when one firm's name ends so; a place of one word stays a place.
    """
    firms = [(o, _company_core(o.name)) for o in res.entities if o.type == "company"]
    if not firms:
        return
    for ent in list(res.entities):
        if ent not in res.entities or ent.kb_id or ent.type == "company":
            continue
        short = _content(ent.name)
        whole = [o for o, core in firms if o in res.entities and len(short) >= 2 and core == short]
        if len(whole) == 1:
            absorb(res, ent, whole[0])  # "Frutícola Bahía Dorada" after "… Bahía Dorada S.A.": its name less its legal form
            continue
        if ent.confidence >= 0.7 or fold_text(ent.name) in place_names():
            continue
        if len(short) == 1 and ent.type in PLACE_TYPES:
            continue  # "Honduras's Aguán valley" is the valley, not "Ganadera El Aguán"
        holders = [o for o, core in firms if o in res.entities and short and len(core) > len(short)
                   and (core[-len(short) :] == short
                        or core[: len(short)] == short and set(core[len(short) :]) <= FIRM_TAILS)]
        if len(holders) == 1:
            absorb(res, ent, holders[0])


# A body's one head word written alone: "Police dismantle ring" in a headline above "the National Police",
# "la Fiscalía" before "la Fiscalía General del Estado" (coref joins such a word only after the full name)
BODY_HEADS = {"police", "policia", "army", "ejercito", "navy", "armada", "fiscalia", "prosecutors", "customs", "aduana",
              "aduanas", "coast guard", "guardia costera", "military", "gendarmerie", "gendarmeria", "carabineros"}


def lone_body_heads(res) -> None:  # noqa: ANN001
    """'Police' alone joins the one state body no list of ours holds whose longer name holds that word
    ('National Police' of a story's own country); beside two such bodies ('National Police', 'Municipal
    Police') it stays apart."""
    for ent in list(res.entities):
        if ent.type != "government_body" or fold_text(ent.name) not in BODY_HEADS or not kept(res, ent):
            continue
        head = fold_text(ent.name).split()
        holders = [o for o in res.entities if o is not ent and o.type == "government_body"
                   and any(_holds(head, fold_text(n).split()) for n in [o.name, *o.aliases])]
        if len(holders) == 1 and not holders[0].kb_id:  # a listed body keeps its listed names (and the reviewer's merge)
            absorb(res, ent, holders[0])


def _holds(head: list[str], words: list[str]) -> bool:
    n = len(head)
    return len(words) > n and any(words[i : i + n] == head for i in range(len(words) - n + 1))

