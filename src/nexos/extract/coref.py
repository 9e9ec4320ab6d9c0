"""Within-document resolution: one actor, one entity.

Groups candidate mentions by knowledge-base id, then joins surnames to full
names ("Petro" → "Gustavo Petro"), acronyms to expansions ("ELN" ↔
"Ejército de Liberación Nacional", also "(ELN)" after a name), titles
("President Petro"), "X–Y axis" compounds, and resolves pronouns and
definite descriptions ("the guerrilla", "el grupo") when one antecedent
fits. Every resolved reference is kept as a ``Ref`` with its span.
"""

from __future__ import annotations

import bisect
import re
from contextvars import ContextVar
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import Any

from nexos.extract.descriptions import (
    GOVERNMENT_WORD,
    demonym_codes,
    own_government,
    person_descriptions,
    possessed_parts,
    state_bodies,
    titled_people,
    unnamed_titled_opening,
)
from nexos.extract.descriptions import gender as _gender
from nexos.extract.entities import (
    APPOSITION_END,
    CALLED_BY_ALL,
    LAND_AFTER,
    SOURCE_BEFORE_NAME,
    Candidate,
    _type_from_keywords,
    crime_context,
    names_next,
)
from nexos.extract.lexicon import (
    alternation,
    country_names,
    descriptor_heads,
    descriptor_type,
    first_names,
    fold_text,
    generic_group_heads,
    load,
    place_country,
    place_names,
)
from nexos.extract.lowercase import BODY_KIN, BODY_KIN_ES, MEMBER_AFTER, national_body_parts
from nexos.extract.short_forms import (
    PLACE_PREFIXES,
    absorb,
    acronym_place_forms,
    article_nicknames,
    company_short_forms,
    described_aliases,
    late_person_forms,
    late_short_forms,
    lone_body_heads,
    named_after_nickname,
    nickname_before_name,
    pronoun_named_aliases,
    real_name_links,
)
from nexos.knowledge import load_kb
from nexos.model import Document, Entity

EXPLETIVE_IT = re.compile(
    r"it\s+(?:is|was|has been|had been|will be|would be|seems|seemed|appears|appeared|remains|remained|became|"
    r"takes|took|may be|might be|could be)\s+(?:not\s+)?(?:clear|unclear|likely|unlikely|possible|impossible|true|"
    r"false|important|difficult|hard|easy|time|said|reported|believed|thought|expected|known|estimated|feared|"
    r"worth|too|no|a\s+matter|the\s+case|that|to|as|years|months|weeks|days|hours)\b|it\s+(?:rains|rained)")
GROUP_KINDS = {"criminal_group", "armed_group"}
ORG_TYPES = {"criminal_group", "armed_group", "political_party", "government_body", "international_org", "ngo",
             "company", "media"}
ACTOR_TYPES = {"person", "criminal_group", "armed_group", "political_party", "government_body", "state",
               "international_org", "ngo", "company", "media", "group", "other"}
COMPOUND = re.compile(
    r"(?<![\w])([A-ZÁÉÍÓÚÑ][\w]+)\s?[-–—]\s?([A-ZÁÉÍÓÚÑ][\w]+)(\s+(?:axis|alliance|tandem|duo|regime|government|bloc|"
    r"camp|coalition|pact))?(?![\w])"
)
COMPOUND_ES = re.compile(
    r"(?<![\w])(?:el |la )?(eje|alianza|dupla|binomio|tándem|tandem|r[ée]gimen|bloque|pacto)\s+([A-ZÁÉÍÓÚÑ][\w]+)\s?[-–—y]\s?([A-ZÁÉÍÓÚÑ][\w]+)"
)
GOVT_SUFFIX = re.compile(r"^(?:'s|’s)?\s+(administration|government|regime|cabinet)\b", re.I)
GOVT_PREFIX_ES = re.compile(r"(?:el\s+)?(gobierno|administraci[óo]n|r[ée]gimen)\s+(de\s+(?:(?:el|la)\s+)?(?:(?:presidente|presidenta|mandatari[oa])\s+)?)?$",
                            re.I)
HEAD_TITLE_BEFORE = re.compile(r"(?<![\w])(?:President|Presidente|Presidenta|presidente|presidenta|Prime Minister)\s+$")


@dataclass
class Ref:
    """A resolved reference: a name, a pronoun or a description pointing at an entity."""

    start: int
    end: int
    key: str
    kind: str = "name"  # name | pronoun | description | compound-part


@dataclass
class Resolution:
    entities: list[Entity] = field(default_factory=list)
    refs: list[Ref] = field(default_factory=list)
    by_key: dict[str, Entity] = field(default_factory=dict)
    compounds: dict[str, tuple[str, str]] = field(default_factory=dict)  # compound key -> member keys
    turns: list[tuple[int, int]] = field(default_factory=list)  # a transcript's speaker labels (turn_labels)
    heads: list[tuple[str, str, int]] = field(default_factory=list)  # (person, government it heads, where said)
    # where a 'he'/'she' stands for the subject of a title nobody was named with ('The governor of Chocó welcomed
    # the arrests. "…," he wrote'): no one named says or does what it does
    unnamed_subjects: set[int] = field(default_factory=set)


LANDFORM_WORDS = frozenset("rio river lago lake laguna lagoon cerro volcan volcano isla island sierra quebrada cano "
                           "cienaga bahia".split())


def _acronym(name: str) -> str:
    words = [w for w in re.split(r"[\s-]+", name) if w and fold_text(w) not in
             {"de", "del", "la", "las", "los", "el", "of", "the", "for", "y", "and", "e"}]
    return "".join(w[0] for w in words if w[0].isalpha()).upper()


class _Builder:
    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.res = Resolution()
        self.n = 0
        self.kb = load_kb()
        self.by_kb: dict[str, str] = {}
        self.by_name: dict[str, str] = {}
        self.codes: set[str] = set()  # countries the document names (from listed states)
        self.main_code: str | None = None  # the one it names most, when one leads

    def new(self, name: str, typ: str, kb_id: str | None = None, conf: float = 0.5, source: str = "rules") -> Entity:
        self.n += 1
        key = f"e{self.n}"
        ent = Entity(key=key, name=name, type=typ, kb_id=kb_id, confidence=conf, extractor=source)
        if kb_id:
            entry = self.kb.get(kb_id)
            if entry:
                ent.countries = list(entry.countries)
                ent.external_ids = dict(entry.external_ids or {})
                ent.aliases = []
        self.res.entities.append(ent)
        self.res.by_key[key] = ent
        return ent

    def add_mention(self, ent: Entity, start: int, end: int, kind: str = "name") -> None:
        text = self.doc.text[start:end]
        if not any(m.start == start and m.end == end for m in ent.mentions):
            ent.mentions.append(self.doc.span(start, end))
        if kind == "name" and text not in ent.aliases and text != ent.name:
            ent.aliases.append(text)
        self.res.refs.append(Ref(start, end, ent.key, kind))


def _content_tokens(name: str) -> list[str]:
    return [t for t in fold_text(name).split() if t not in {"de", "del", "la", "las", "los", "el", "of", "the", "y", "and"}]


def _person_tokens(name: str) -> list[str]:
    return [fold_text(t) for t in name.replace(".", " ").split() if len(t) > 1]


# what people call someone by, before the given name ('doña Tuta', 'don Teo'): part of how the text names them
HONORIFICS = frozenset({"don", "dona"})


def _honorific_alias(b: _Builder, ent: Entity, c: Candidate) -> None:
    """'Su madre, doña Tuta, …': the name with its honorific, as the text writes it, is an alias too."""
    if ent.type != "person" or not c.title or fold_text(c.title) not in HONORIFICS:
        return
    at = c.start - len(c.title) - 1
    written = b.doc.text[at : c.end] if at >= 0 else ""
    if fold_text(written) == f"{fold_text(c.title)} {fold_text(c.text)}" and written not in ent.aliases:
        ent.aliases.append(written)


SEAT_AFTER = re.compile(r"[ \t]+(?:in|en)[ \t]+[A-ZÁÉÍÓÚÑ][\w-]+(?:[ \t]+[A-ZÁÉÍÓÚÑ][\w-]+)?")
EMBASSY = re.compile(r"(?<![\w])(?:embassy|consulate|embajada|consulado)(?![\w])")
NATION_AFTER = re.compile(r"[ \t]+([a-záéíóúñ]+)(?![\w])")
OWNER_BEFORE = re.compile(r"([A-Z][\w.]*(?:[ \t]+[A-Z][\w.]*){0,2})['’]s[ \t]+$")


def _owner_alias(b: _Builder, ent: Entity, c: Candidate) -> None:
    """"Peru's National Police", 'el Gobierno boliviano', 'the U.S. Embassy in Lima': a body written with its country or
    its seat has that form as an alias too (the body itself stays one entity, whoever names it)."""
    if ent.type != "government_body":
        return
    text = b.doc.text
    forms: list[str] = []
    nation = NATION_AFTER.match(text, c.end)
    if nation and fold_text(nation.group(1)) in demonym_codes() and len(c.text.split()) == 1:
        forms.append(text[c.start : nation.end()])  # 'el Gobierno boliviano': a one-word body and the country it is
    seat = SEAT_AFTER.match(text, c.end)
    if seat and EMBASSY.search(fold_text(ent.name)):
        # 'the U.S. Embassy in Lima', 'la Embajada de Estados Unidos en Bogotá': a mission with the city it sits in
        forms.append(text[c.start : seat.end()])
    owner = OWNER_BEFORE.search(text, max(0, c.start - 40), c.start)
    if owner and fold_text(owner.group(1)) in country_names():
        forms.append(text[owner.start() : c.end])  # "Peru's National Police"
    for written in forms:
        if written not in ent.aliases:
            ent.aliases.append(written)


def _land_alias(b: _Builder, ent: Entity, c: Candidate) -> None:
    """'across the Beni lowlands', 'the Ene valley', 'Azuay province': the place with the word for its land, its river or
    its rank is an alias too."""
    land = LAND_AFTER.match(b.doc.text, c.end) if ent.type == "location" else None
    written = b.doc.text[c.start : land.end()] if land else ""
    if written and written not in ent.aliases:
        ent.aliases.append(written)


def resolve_mentions(doc: Document, cands: list[Candidate]) -> Resolution:
    _TEXT.set(doc.text)
    return _resolve_mentions(doc, cands)


def _resolve_mentions(doc: Document, cands: list[Candidate]) -> Resolution:
    from nexos.extract import late_refs  # its passes use this module's Ref: imported when first needed
    b = _Builder(doc)
    persons: list[Entity] = []
    # the countries the document names, itself or by a listed town ('Lima, 20 de agosto': Peru's police, not Colombia's)
    states = [b.kb.get(c.kb_id) for c in cands if c.kb_id and c.type in ("state", "location")]
    b.codes = {code for entry in states if entry is not None and len(entry.countries) == 1 for code in entry.countries}
    # (a town no list of ours holds, in one country only: 'MACHALA, 3 de junio' makes 'la Policía Nacional' Ecuador's)
    towns = [code for c in cands if c.type == "location" and not c.kb_id and (code := place_country(c.text))]
    b.codes |= set(towns)
    b.main_code = _main_code(states, towns)
    for c in cands:
        ent = _entity_for(b, c, persons)
        if ent is not None:
            b.add_mention(ent, c.start, c.end)
            _honorific_alias(b, ent, c)
            _land_alias(b, ent, c)
            _owner_alias(b, ent, c)
    _acronym_links(b)
    _parenthetical_links(b)
    _alias_links(b)
    _context_types(b)
    _publisher_type(b)
    described_aliases(b.res, doc.text)
    nickname_before_name(b.res, doc.text)
    named_after_nickname(b.res, doc.text)
    real_name_links(b.res, doc.text)
    article_nicknames(b.res, doc.text)
    acronym_place_forms(b.res)
    late_short_forms(b.res, dateline_town(doc))
    company_short_forms(b.res)
    lone_body_heads(b.res)
    late_person_forms(b.res)
    _dateline_place(b)
    _compounds(b)
    _national_bodies(b)
    _whole_governments(b)
    _early_heads(b)
    _government_of(b)
    _anaphora(b)
    pronoun_named_aliases(b.res, doc.text)
    _repeated_descriptions(b)
    _named_body_heads(b)
    late_refs.plural_references(b)
    late_refs.held_plurals(b)
    names = sorted((r for r in b.res.refs if r.kind == "name"), key=lambda r: r.start)
    state_bodies(b, names)
    possessed_parts(b)
    own_government(b, names)
    late_refs.locative_references(b)
    late_refs.home_descriptions(b)
    late_refs.group_members(b)
    late_refs.family_plurals(b)
    if b.doc.language == "es":
        late_refs.zero_subjects(b)
        late_refs.spanish_pronouns(b)
        late_refs.clitic_objects(b)
    _article_names(b.res, doc.text)
    _band_short_names(b)
    b.res.refs.sort(key=lambda r: (r.start, r.end))
    return b.res


BAND_NAME = re.compile(r"^(?:Los|Las)\s+(?:(?:del|de la|de los|de las|de)\s+)?(.+)$")


def _band_short_names(b: _Builder) -> None:
    """'Aquí no hay Estado, aquí hay Caño' … '«Los del Caño» es como llaman a la banda': the band's name
    without its 'Los del' is the band, wherever it comes first."""
    bands = {}
    for ent in b.res.entities:
        m = BAND_NAME.match(ent.name) if ent.type in ("criminal_group", "armed_group") and ent.mentions else None
        if m:
            bands[m.group(1)] = ent
    if not bands:
        return
    for ent in list(b.res.entities):
        into = bands.get(ent.name)
        if into is not None and into is not ent and not ent.kb_id and ent.mentions \
                and ent.type in ("person", "other", "location", "group"):
            absorb(b.res, ent, into)


ARTICLE_BEFORE = re.compile(r"(?:^|[^\w])(La|El|Las|Los)\s+$")


def _article_names(res: Resolution, text: str) -> None:
    """'A La Ceibita se llega…', 'según El Faro': a place or an outlet whose name the text writes with a
    capitalised article is called by it ('La Ceibita'); the bare word stays an alias."""
    for ent in res.entities:
        if ent.type not in ("location", "media") or ent.kb_id or not ent.mentions:
            continue
        for m in ent.mentions:
            art = ARTICLE_BEFORE.search(text, max(0, m.start - 5), m.start)
            if art is None or text[m.start : m.end] != ent.name:
                continue
            if art.group(1) in ("Los", "Las") and not ent.name.endswith("s"):
                continue
            full = f"{art.group(1)} {ent.name}"
            if ent.name not in ent.aliases:
                ent.aliases.append(ent.name)
            ent.name = full
            break


def _foreign_generic(b: _Builder, c: Candidate) -> bool:
    """A generic name the KB marks ambiguous, in a document that names other countries but not the entry's."""
    entry = b.kb.get(c.kb_id or "")
    if entry is None or not entry.countries or not b.codes:
        return False
    generic = {fold_text(a) for a in entry.ambiguous_aliases or []}
    # ('Liberal Party' in a Honduran timeline that mentions Colombia once: the country the text is about decides)
    # (only a party's or a generic body's name: 'Washington' stands for the United States in a Mexican story too)
    shared = entry.type == "political_party" or fold_text(c.text).split()[0] in GENERIC_BODY_HEADS
    return fold_text(c.text) in generic and (not set(entry.countries) & b.codes
                                             or (shared and b.main_code is not None and b.main_code not in entry.countries))


def _main_code(states: list, towns: list[str] | None = None) -> str | None:
    """The country the listed places and states of a text (and its towns of one country) name most, when one
    clearly leads."""
    counts: dict[str, int] = {}
    for entry in states:
        if entry is not None and len(entry.countries) == 1:
            counts[entry.countries[0]] = counts.get(entry.countries[0], 0) + 1
    for code in towns or []:
        counts[code] = counts.get(code, 0) + 1
    ranked = sorted(counts.values(), reverse=True)
    if not ranked or (len(ranked) > 1 and ranked[0] < 2 * ranked[1]):
        return None
    return max(counts, key=lambda k: counts[k])


HOSTILE_BEFORE = re.compile(r"(?<![\w])(?:arrest(?:s|ed)?|captur(?:e|es|ed)|detain(?:s|ed)?|kill(?:s|ed)?|extradit(?:e|es|ed)|"
                            r"sanction(?:s|ed)?|charg(?:e|es|ed)|indict(?:s|ed)?|dismantl(?:e|es|ed)|raid(?:s|ed)?|"
                            r"seiz(?:e|es|ed)|targets?|targeted|"
                            # 'la Fiscalía allanó sus oficinas y detuvo a su gerente': not the Fiscalía's manager
                            r"(?:detuvo|detuvieron|capturo|capturaron|arresto|arrestaron|aprehendio|aprehendieron|"
                            r"sanciono|sancionaron|acuso|acusaron|imputo|imputaron|extradito|extraditaron|asesino|"
                            r"asesinaron|mato|mataron|allano|allanaron)\s+a)\s+$")


def _last_other(b: _Builder, names: list[Ref], pos: int, typ: set[str], not_key: str, window: int) -> str | None:
    for r in reversed(names):
        ent = b.res.by_key.get(r.key)
        if r.start < pos and pos - r.start < window and ent and ent.type in typ and r.key != not_key:
            return r.key
    return None


KIN_BEFORE = re.compile(r"(?<![\w])(?:su|sus|his|her|their|[A-ZÁÉÍÓÚÑ][\w]+['’]s)\s+(?:(?:hijo|hija|esposa|esposo|mujer|marido|hermano|hermana|"
                        r"primo|prima|sobrino|sobrina|yerno|nuera|cunado|cuñado|son|daughter|wife|husband|brother|sister|"
                        r"cousin|nephew|niece|son-in-law|brother-in-law)(?:\s+(?:mayor|menor|eldest|youngest|elder|younger))?)"
                        r"\s*,\s*$", re.I)  # (set off by a comma: "Su mujer, Nilda …", not "his cousin Lucía")
_TEXT: ContextVar[str] = ContextVar("nexos_coref_text", default="")


def _surname_holder(holders: list[Entity]) -> Entity:
    """Whom a bare surname means among the people named so far who bear it: the latest, unless the first of them
    has been named more often than any other ("Wílmer Arévalo … Wílmer Arévalo Pinto … his cousin Jhon Fredy
    Arévalo … Arévalo": the story's man, not the cousin just introduced)."""
    first = holders[0]
    if len(holders) > 1 and all(len(first.mentions) > len(p.mentions) for p in holders[1:]):
        return first
    # "Su mujer, Nilda Ortiz de Benítez … Su hijo mayor, Hugo Benítez Ortiz … dijo Benítez": the relatives are
    # introduced as someone's; the bare surname is the man they are introduced through
    own = [p for p in holders if not (p.mentions and KIN_BEFORE.search(_TEXT.get()[max(0, p.mentions[0].start - 30)
                                                                               : p.mentions[0].start]))]
    return own[-1] if own and len(own) < len(holders) else holders[-1]


def _entity_for(b: _Builder, c: Candidate, persons: list[Entity]) -> Entity | None:
    if c.kb_id and _foreign_generic(b, c):
        # "la Policía Nacional" in a story about Paraguay is not Colombia's: keep the name, drop the link
        c = Candidate(c.start, c.end, c.text, c.type, "rules", 0.6)
    if c.kb_id:
        if c.kb_id in b.by_kb:
            return b.res.by_key[b.by_kb[c.kb_id]]
        if c.type == "person" and len(c.text.split()) == 1:
            # "Efraín Cepeda … Cepeda": a bare surname joins the person the document named, not a namesake in the KB
            surname = fold_text(c.text)
            holders = [p for p in persons if surname in _person_tokens(p.name)]
            if holders:
                return _surname_holder(holders)
        ent = b.new(c.name or c.text, c.type, c.kb_id, c.confidence, "kb")
        b.by_kb[c.kb_id] = ent.key
        if ent.type == "person":
            persons.append(ent)
        return ent
    name = c.name or c.text  # 'Wilmer' of 'Wilmer and Darwin Cortez Preciado' is named 'Wilmer Cortez Preciado'
    fname = fold_text(name)
    if fname in b.by_name:
        return b.res.by_key[b.by_name[fname]]
    if c.type in ("person", "other", "location", "unknown") and len(name.split()) == 1:
        # a surname alone: join the person whose name holds it; when several relatives share it ("Wílmer
        # Arévalo … his cousin Jhon Fredy Arévalo … Arévalo"), the one named first, whom the story is about
        holders = [p for p in persons if fname in _person_tokens(p.name) or fname in [fold_text(a) for a in p.aliases]]
        if holders:
            p = _surname_holder(holders)
            b.by_name[fname] = p.key
            return p
        # 'el río Cuyuní … on the Cuyuní', 'lago Agrio … en Agrio': a landform's name said without its kind word is
        # the landform, not a man no one else names
        waters = [e for e in b.res.entities if e.type == "location" and len(e.name.split()) == 2
                  and fold_text(e.name.split()[0]) in LANDFORM_WORDS
                  and fold_text(e.name.split()[1]) == fname] if c.type in ("person", "unknown") else []
        if len(waters) == 1:
            b.by_name[fname] = waters[0].key
            return waters[0]
    if c.type == "unknown":
        # "Según Migraciones" after "la Superintendencia Nacional de Migraciones": the remit a body's long name
        # ends with, said alone, is that body when only one body named so far ends so
        remit = [e for e in b.res.entities if e.type == "government_body" and any(
            len(n.split()) >= 3 and re.search(r"\s(?:de|del|of|for|para)\s", n) and _content_tokens(n)[-1:] == [fname]
            for n in [e.name, *e.aliases])]
        if len(remit) == 1 and len(fname) >= 5 and fname not in first_names() and fname not in place_names():
            b.by_name[fname] = remit[0].key
            return remit[0]
        return None  # a lone capitalised word that is no one's surname
    if c.type != "person" and len(name.split()) == 1 and name[:1].isupper():
        # "the Navy" after "the Colombian Navy": a head word of an organisation named just before (a word read as a
        # place is the place when the name ends with it: "en Tarapacá" after "la Fiscalía Regional de Tarapacá", "en
        # Cataño" after "Los Tiburones de Cataño"; "the Chancas" is still "Los Chancas del Mantaro")
        tail_ok = c.type != "location"
        for ent in reversed(b.res.entities):
            # "the Navy", "la Fiscalía", "el Frente": a generic head names the body of the same kind
            # named before it ("Ejército" alone is the army, not the "Ejército Gaitanista")
            own = _type_from_keywords(fname)
            armed = {"armed_group", "criminal_group"}
            if ent.type not in ("person", "location", "state") and (
                    own is None or own == ent.type or {own, ent.type} <= armed or fname in OFFICE_HEAD_WORDS) and any(
                    fname in _content_tokens(n)[:1] + (_content_tokens(n)[-1:] if tail_ok else [])
                    or fname in OFFICE_HEAD_WORDS and fname in _content_tokens(n)
                    for n in [ent.name, *ent.aliases] if len(n.split()) > 1):
                b.by_name[fname] = ent.key
                return ent
    if c.type in ("person", "other", "location", "unknown") and len(name.split()) >= 2:
        # "Osmán Valladares" after "Osmán Valladares Pineda", "Cruz Lanza" after "Abelardo Cruz Lanza"
        toks = _person_tokens(name)
        for p in reversed(persons if c.type != "location" or toks[0] not in PLACE_PREFIXES else []):
            ptoks = _person_tokens(p.name)
            if len(toks) >= 2 and len(ptoks) > len(toks) and (ptoks[: len(toks)] == toks or ptoks[-len(toks) :] == toks):
                b.by_name[fname] = p.key
                return p
    if c.type == "person" and len(name.split()) >= 2:
        toks = _person_tokens(name)
        for p in reversed(persons):
            ptoks = _person_tokens(p.name)
            if (len(ptoks) == 1 and ptoks[0] in toks) or (
                    2 <= len(ptoks) < len(toks) and (toks[: len(ptoks)] == ptoks or toks[-len(ptoks) :] == ptoks)):
                # an earlier bare surname gets its full name
                p.aliases.append(p.name)
                p.name = name
                b.by_name[fname] = p.key
                return p
    named_by = GROUP_NAMED_BY.match(name) if c.type in ("criminal_group", "armed_group") else None
    stem = fold_text(named_by.group(1)) if named_by else ""
    if stem in b.by_name and b.res.by_key[b.by_name[stem]].type in ("other", "unknown", "location", c.type):
        # "the Southern Hawks … the Southern Hawks gang": the group named before, now with the word saying what it is
        ent = b.res.by_key[b.by_name[stem]]
        ent.type = c.type
        ent.aliases.append(name)
        b.by_name[fname] = ent.key
        return ent
    ent = b.new(name, c.type, None, c.confidence, c.source)
    b.by_name[fname] = ent.key
    if c.alias:  # 'Efraín "El Chele" Mairena … El Chele': the nickname said alone is still him
        ent.aliases.append(c.alias)
        b.by_name.setdefault(fold_text(c.alias), ent.key)
    if named_by and len(stem.split()) >= 2 and stem.split()[0] not in first_names() \
            and not any(stem in fold_text(p.name) for p in persons):
        # "the Southern Hawks gang … the Southern Hawks": the name without its head word is the same group
        # (not so for a family's name, 'the Cárdenas clan', whose bare surname is a person's)
        ent.aliases.append(named_by.group(1))
        b.by_name.setdefault(stem, ent.key)
    if ent.type == "person":
        persons.append(ent)
    return ent


# a group named by the words before a lower-case word for what it is: 'Southern Hawks gang', 'Orellana network'
GROUP_NAMED_BY = re.compile(r"(?:[Tt]he\s+)?(.+?)\s+(?:gang|network|organization|organisation|ring|cartel|clan|cell|"
                            r"trafficking organization|crime family)$")


# a body's head noun, wherever its name puts it: "the Office" after "the U.S. Attorney's Office for the Southern
# District of Florida", "the Superintendency" after "the National Superintendency of Migration"
OFFICE_HEAD_WORDS = {"office", "oficina", "superintendency", "superintendencia", "secretariat", "ministry", "directorate",
                     "bureau", "agency", "commission", "prosecutor's office"}


def _acronym_links(b: _Builder) -> None:
    """Join an acronym to its expansion when both are unknown to the KB."""
    ents = b.res.entities
    for acr in list(ents):
        if acr.kb_id or not acr.name.isupper() or not 2 <= len(acr.name) <= 6:
            continue
        for full in ents:
            if full is acr or len(full.name.split()) < 2:
                continue
            if _acronym(full.name) == acr.name.replace(".", ""):
                _absorb(b, acr, full)
                break


ACRONYM_FORM = re.compile(r"^[A-ZÁÉÍÓÚÑ0-9][A-ZÁÉÍÓÚÑ0-9.&-]*[A-ZÁÉÍÓÚÑ0-9]$")


_OPEN_PAREN = re.compile(r"\s*\(")
# an acronym written as a word ("Semar", "Sedena", "Dirandro") and the bodies that go by one
WORD_ACRONYM = re.compile(r"^[A-ZÁÉÍÓÚÑ][a-záéíóúñ]{2,9}$")
BODY_TYPES = ("government_body", "international_org", "criminal_group", "armed_group", "political_party", "ngo")


def _parenthetical_links(b: _Builder) -> None:
    """'the Guatemalan National Civil Police (PNC)': the document defines the acronym, letters or not.

    The acronym joins the name it follows unless both are different knowledge-base actors, and
    never a person's or a place's name ("Petro (Colombia Humana)" is a party, not an alias).
    """
    text = b.doc.text
    refs = sorted((r for r in b.res.refs if r.kind == "name"), key=lambda r: r.start)
    for r1, r2 in zip(refs, refs[1:], strict=False):
        # an earlier link may have moved either name to another entity ('"El Relojero" … and to his men as "Don Tavo"')
        r1 = Ref(r1.start, r1.end, _key_at(b, r1.start, r1.end) or r1.key, r1.kind)
        r2 = Ref(r2.start, r2.end, _key_at(b, r2.start, r2.end) or r2.key, r2.kind)
        if r1.key == r2.key or r1.key not in b.res.by_key or r2.key not in b.res.by_key:
            continue
        if not _OPEN_PAREN.fullmatch(text[r1.end : r2.start]) or not text[r2.end : r2.end + 1] == ")":
            continue
        full, acr = b.res.by_key[r1.key], b.res.by_key[r2.key]
        if full.type == acr.type in ("government_body", "international_org") and len(text[r2.start : r2.end].split()) >= 2 \
                and not (full.kb_id and acr.kb_id) and not ACRONYM_FORM.match(text[r2.start : r2.end]):
            # "The Public Ministry (Ministerio Público)", "la Fiscalía General (Attorney General's Office)": the body's
            # name in the other language, given in brackets
            if acr.kb_id:
                _absorb(b, full, acr)
            else:
                _absorb(b, acr, full)
            continue
        if WORD_ACRONYM.match(text[r2.start : r2.end]) and full.type in BODY_TYPES \
                and acr.type in (*BODY_TYPES, "other", "unknown") and not acr.kb_id and len(full.name.split()) >= 2:
            _absorb(b, acr, full)  # "Mexico's Secretariat of the Navy (Semar)": an acronym written as a word
            continue
        if not ACRONYM_FORM.match(text[r2.start : r2.end]) or len(text[r2.start : r2.end]) > 10:
            continue
        listed = b.kb.get(acr.kb_id or "")
        if full.type in ("person", "location") or acr.type == "location" \
                or (full.kb_id and acr.kb_id and full.kb_id != acr.kb_id
                    and not (listed and listed.is_ambiguous(text[r2.start : r2.end]))):
            continue  # ('the Honduran National Police (PNH)': an acronym the list holds only as ambiguous is the text's)
        if full.kb_id and acr.kb_id and full.kb_id != acr.kb_id:
            acr.name, acr.aliases, acr.kb_id = text[r2.start : r2.end], [], None  # nothing of the listed one stays
        _absorb(b, acr, full)  # the list's sense of an ambiguous acronym yields to the document's definition


# 'the group he founded, known locally as', 'la organización que fundó, conocida como': a head, a relative clause of
# founding, the naming words (already cut from the window)
FOUNDED_GROUP = re.compile(r"(?<![\w])(?:the|a|an|el|la|una|un)\s+([a-z]+)\s+(?:(?:that|which|who|que)\s+)?(?:he|she|they|"
                           r"el|ella|ellos)?\s*(?:founded|created|set up|formed|built|fundo|creo|formo|armo|fundaron|"
                           r"crearon|formaron)\s*,?\s*$")


NAMING_TAIL = re.compile(r"(?:,\s*)?(?:known\s+(?:[\w-]+\s+){0,3}?as|conocid[oa]s?\s+(?:[\w-]+\s+){0,3}?como|called|"
                         r"llamad[oa]s?)\s+(?:(?:la|el|los|las|the)\s+)?$")


# a collective that names itself: what it is beyond a group, the text does not say
SELF_NAMED_GROUP = re.compile(r"(?i)(?<![\w])(?:un|a|el|the)\s+(?:grupo|group|colectivo|collective)\s+(?:que\s+se\s+hacen?\s+llamar|"
                              r"(?:that|which|who)\s+calls?\s+(?:itself|themselves)|calling\s+(?:itself|themselves))"
                              r"\s*[\"“'‘«]?\s*$")
DESCRIPTOR_STOP = {"of", "de", "del", "that", "which", "who", "que", "quien", "based", "con", "with", "in", "en",
                   "from", "para", "for", "by", "por", "and", "y"}
APPOSITION_START = re.compile(r"^\s*(?:\([^()]{1,20}\)\s*)?(?:,|\s+(?:is|was|es|era|fue))\s+"
                              r"(?:a|an|the|one of the|un|una|el|la|los|las|uno de los|una de las)\s+")


# what ``_mention_context_type`` reads in the words before a name
_SENTENCE_END = re.compile(r"[.!?;:]\s+|\n")
_NAMING_WORDS_AT_END = re.compile(
    r"(?i)\s+(?:known (?:[\w-]+ ){0,3}?as|called|dubbed|calling itself|conocid[oa]s? (?:[\w-]+ ){0,3}?como|"
    r"llamad[oa]s? |denominad[oa]s? |autodenominad[oa]s? |(?:that|which|who) calls? (?:itself|themselves)|"
    r"que se hacen? llamar)\s*[\"“'‘«]?\s*$")
_QUOTE_AT_END = re.compile(r"\s*[\"“«]?\s*$")
_OPEN_QUOTE_AT_END = re.compile(r"[\"“«]\s*$")
_ARTICLE_AT_END = re.compile(r"(?i)(?:\s(?:the|los|las|el|la)|,)?\s*$")
_WORDS = re.compile(r"[\w'’-]+")


def _mention_context_type(text: str, folded: str, start: int, end: int, tight: bool = False) -> str | None:
    """'the anti-gang police directorate, DIPAMPCO' / 'X, an MS-13 clique': the description types X.

    ``tight``: only a description written right before the name, with no comma ("la estructura Jaime
    Martínez"), which outweighs a given name.
    """
    window = text[max(0, start - 60) : start]
    # "…sin conocimiento de la empresa.\n\nLos Escorpiones": a description never reaches back past a sentence end
    window = _SENTENCE_END.split(window)[-1]
    if not tight and SELF_NAMED_GROUP.search(window):
        return "group"  # 'un grupo que se hace llamar Guardianes de la Cañada', 'a group calling itself X'
    founded = None if tight else FOUNDED_GROUP.search(NAMING_TAIL.sub("", fold_text(window)))
    if founded and founded.group(1) in generic_group_heads() and crime_context(text):
        # 'the group he founded, known locally as La Hermandad del Río', 'la red que creó, conocida como X': an
        # organisation someone set up, in a story about crime
        return "criminal_group"
    # "the gang known as Baz Pye Fè", "la banda conocida como Los X": the description reaches past the naming words
    window = _NAMING_WORDS_AT_END.sub(" ", window)
    if tight:
        before = _QUOTE_AT_END.sub("", window)
        quoted = bool(_OPEN_QUOTE_AT_END.search(window))
        words = _WORDS.findall(before)[-6:] if before != window and before[-1:].isalpha() else []
        typ = descriptor_type([fold_text(w) for w in words[-3:]]) if words and words[-1][:1].islower() else None
        if any(descriptor_type([fold_text(w)]) == "person" for w in words[:-1]):
            return None  # "el jefe de la banda Juan Pérez": the name may be the chief's
        if quoted and typ != "other":
            return None  # only an operation's name is typed through its quotes ('el megaoperativo "Halcón Dorado"')
        return typ if typ != "person" else None
    before = _ARTICLE_AT_END.sub("", window)  # "la banda Los Halcones"
    if before != window or not window:
        words = _WORDS.findall(before)[-3:]
        if words and words[-1][:1].islower():
            typ = descriptor_type([fold_text(w) for w in words])
            if typ:
                return typ
    m = APPOSITION_START.match(text[end : end + 40])
    if m and SOURCE_BEFORE_NAME.search(window):
        return None  # 'According to Prada, the structure answered to…': the comma closes the source
    if m:
        seen: list[str] = []
        tokens = re.compile(r"[\w'’-]+|[,;.:()]").finditer(folded, end + m.end(), end + m.end() + 80)
        toks = list(tokens)[:6]
        for i, tok in enumerate(toks):
            w = tok.group()
            if w in DESCRIPTOR_STOP or not w[0].isalnum():
                break
            seen.append(w)
            typ = descriptor_type(seen)
            if typ and typ != "person":
                # "X, a Dutch police liaison officer": a body word may only qualify the noun that heads the phrase
                more = toks[i + 1 : i + 3]
                more = more[: next((j for j, t in enumerate(more) if t.group() in DESCRIPTOR_STOP
                                    or t.group() in APPOSITION_END or not t.group()[0].isalnum()), len(more))]
                for j in range(len(more)):
                    if descriptor_type(seen + [t.group() for t in more[: j + 1]]) == "person":
                        typ, tok = "person", more[j]
                        break
            if typ:
                if SPEECH_AFTER.match(folded, tok.end()):
                    return None  # '… in Texas, the country's Interior Ministry said': the attribution's subject
                if typ == "person" and _names_after_phrase(text, tok.end()):
                    return None  # '… to San Pedro Sula, a spokesman for the prosecutors, Yuri Mora, told': his post
                return None if names_next(text, tok.end()) else typ  # "X, la banda Los Halcones"
    return None


def _names_after_phrase(text: str, pos: int) -> bool:
    """Whether the phrase going on at ``pos`` ends at a comma that a capitalised name follows: the description
    before that name is the name's ('a spokesman for the prosecutors' office, Yuri Mora, told')."""
    m = re.match(r"[^,.;:!?\n]{0,70},", text[pos : pos + 72])
    return m is not None and names_next(text, pos + m.end())


# a group's name written as a modifier of people ("former FARC mid-level commanders", "ELN fighters")
NAME_AS_MODIFIER = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,2}?(?:commanders|members|fighters|leaders|dissidents|"
                              r"operatives|gunmen|militants|guerrillas|rebels|bosses|cadres|soldiers|hitmen|"
                              r"associates|affiliates|veterans|deserters|recruits)(?![\w])")


# ... when they are an object or former members ('by former FARC commanders', 'with ELN fighters'): as the subject
# ('Baz Lakou Nwa fighters storm the sub-station … the gang's stronghold') the band is what the text is about
MODIFIED_BEFORE = re.compile(r"(?<![\w])(?:(?:by|of|from|with|among|against|to|for)\s+(?:(?:the|a|an|some|several|"
                             r"two|three|four|many|dozens of|other|its|their)\s+)*(?:former\s+|ex-)?|former\s+|ex-)$")


def _names_whose_men(text: str, r: Ref) -> bool:
    """Whether the name at ``r`` only says whose men some people are or were, as an object or their past ('founded by
    former FARC commanders', 'clashed with ELN fighters'), not a band the text goes on about."""
    return NAME_AS_MODIFIER.match(text, r.end) is not None \
        and MODIFIED_BEFORE.search(fold_text(text[max(0, r.start - 40) : r.start])) is not None


# the speech verb of an attribution after a description ('…, the ministry said', '…, informó la cartera')
SPEECH_AFTER = re.compile(r"\s+(?:said|says|told|announced|reported|stated|added|dijo|informo|senalo|anuncio|indico|"
                          r"preciso|afirmo|agrego|explico|aseguro|confirmo)(?![\w])")


def dateline_town(doc: Document) -> str:
    """The folded name of the town the document is datelined from ('San Lorenzo de las Palmas, Sucre'), or ''.

    A leading article is dropped ('El Zapotal de Arriba' is the place the text names 'Zapotal de Arriba').
    """
    town = fold_text(str(doc.meta.get("dateline_place") or "").split(",")[0].strip())
    return re.sub(r"^(?:el|la|los|las|the)\s+", "", town)


def dateline_entity(doc: Document, entities: list[Entity], types: tuple[str, ...] = ("location",)) -> Entity | None:
    """The entity of one of ``types`` that names the town the document is datelined from, or None."""
    town = dateline_town(doc)
    if not town:
        return None
    return next((e for e in entities if e.type in types and any(
        re.sub(r"^(?:el|la|los|las|the)\s+", "", fold_text(n)) == town for n in [e.name, *e.aliases])), None)


def _dateline_place(b: _Builder) -> None:
    """The place a document is datelined from is a place, whatever its name looks like ('Santa Elena del Valle')."""
    place = dateline_town(b.doc)
    if not place:
        return
    for ent in b.res.entities:
        if not ent.kb_id and ent.type in ("other", "unknown", "person") and fold_text(ent.name) == place:
            ent.type, ent.confidence = "location", max(ent.confidence, 0.7)


def _publisher_type(b: _Builder) -> None:
    """The outlet that publishes the document ("Verifica Norte | Published March 3 | By …") is an organisation,
    never a person or a gang, whatever its name looks like: a medium, unless its name says what else it is."""
    publisher = fold_text(b.doc.publisher or "")
    if not publisher:
        return
    bare = re.sub(r"^(?:the|el|la|los|las)\s+", "", publisher)  # "THE LANTERN DESK" names "Lantern Desk" too
    wire = re.search(rf"\(\s*{re.escape(publisher)}\s*\)\s*\.?\s*[-—–]", fold_text(b.doc.text))
    # ('REDLINE ANDES' heads the page and the story says 'seen by RedLine': the outlet's name cut short)
    words = bare.split()
    short = {" ".join(words[:k]) for k in range(1, len(words))} if len(words) >= 2 and len(words[0]) >= 4 else set()
    for ent in b.res.entities:
        if wire and not ent.kb_id and fold_text(ent.name) == publisher and ent.type == "government_body":
            ent.type = "media"  # 'Puerto Sereno, 12 de octubre (Agencia Costa).-': the wire that sends it
            continue
        # (a short form that is a place stays one: 'Miami' of 'Miami Herald')
        cut = fold_text(ent.name) in short and fold_text(ent.name) not in place_names() \
            and fold_text(ent.name) not in country_names()
        if not ent.kb_id and (fold_text(ent.name) in (publisher, bare) or cut) \
                and ent.type in ("person", "criminal_group", "armed_group", "location"):
            described = re.search(rf"(?<![\w]){re.escape(publisher)}\s*(?:\([^()]{{1,12}}\))?\s*,\s*(?:an?|una?)\s+"
                                  r"(?:[\w-]+\s+){0,4}?(?:organi[sz]ation|organizacion|non-?profit|ngo|ong|think tank|"
                                  r"institute|instituto|foundation|fundacion|observatorio|observatory|centro|center|centre)",
                                  fold_text(b.doc.text))
            ent.type = _type_from_keywords(publisher) or ("ngo" if described else "media")


def _context_types(b: _Builder) -> None:
    """Type the organisations no list holds by how the text describes them (most mentions win)."""
    text, folded = b.doc.text, fold_text(b.doc.text)
    votes: dict[str, list[str]] = {}
    for r in b.res.refs:
        ent = b.res.by_key.get(r.key)
        if r.kind != "name" or ent is None or ent.kb_id:
            continue
        if ent.type == "person" and ent.confidence <= 0.7:
            typ = _mention_context_type(text, folded, r.start, r.end, tight=True)  # "la estructura Jaime Martínez"
            if typ:
                votes.setdefault(r.key, []).append(typ)
                continue
        if ent.type not in ("other", "unknown") and ent.confidence >= 0.7:
            continue  # a name the rules typed with confidence keeps its type
        typ = _mention_context_type(text, folded, r.start, r.end)
        if typ:
            votes.setdefault(r.key, []).append(typ)
    for key, typs in votes.items():
        best = max(dict.fromkeys(typs), key=typs.count)  # a tie goes to the first description, whatever the hash seed
        ent = b.res.by_key[key]
        if best != ent.type:
            ent.type = best
            ent.confidence = max(ent.confidence, 0.6)


# ('Rodrigo Salcido, 34, known as "El Tigrillo"', 'Jorge Ruiz, de 34 años, alias el Flaco': an age between the two)
_AGE_BEFORE_ALIAS = r"(?:(?:de\s+)?\d{1,3}(?:\s+a[ñn]os)?(?:\s+de\s+edad)?\s*,\s*)?"
ALIAS_BETWEEN = re.compile(r"^\s*(?:[\"”'’»]\s*)?[,(]?\s*(?:[\"”'’»]\s*)?" + _AGE_BEFORE_ALIAS + r"(?:alias|\(a\)|a\.k\.a\.?|a/k/a|aka|vulgo|(?:better |also |widely |commonly )?known as|"
                           r"(?:mejor |mas )?conocid[oa] como|apodad[oa]|nicknamed|dubbed|(?:o|or) (?:simplemente|simply|just|solo)|(?:who|que) (?:goes|go|went) by|"
                           r"(?:who|que) (?:se hace|se hacia|se hacen) llamar|(?:who|que) (?:calls|called) (?:himself|herself|itself)|"
                           + CALLED_BY_ALL + ")"
                           r"\s+[\"“'‘«]?(?:(?:el|la|the|don|dona|doña|o|a)\s+)?$", re.I)
# 'Teodoro Huanca, alias "el Tío", un exchofer de 58 años al que los pobladores llaman también "Don Teo"'
CALLED_AFTER_APPOSITION = re.compile(r"^[\"”'’»]?\s*,\s*[^.;:\"“”«»]{0,90}?\s(?:" + CALLED_BY_ALL + r")"
                                     r"\s+[\"“'‘«]?(?:(?:el|la|the|don|dona|doña)\s+)?$", re.I)
# '"El Relojero" (the Watchmaker) for his punctuality, and to his own men simply as "Don Tavo"': a second name
SECOND_ALIAS = re.compile(r"^[\"”'’»]?[^.;:]{0,160}?\s(?:and|y)\s+(?:to|by|among|para|entre|a)\s+[^.;:\"“”«»]{0,40}?"
                          r"\s(?:simply\s+|just\s+|simplemente\s+|solo\s+)?(?:as|como)\s+[\"“'‘«]?"
                          r"(?:(?:el|la|the|don|dona|doña)\s+)?$", re.I)
GLOSS = re.compile(r"^\s*\(\s*[\"“'‘«]$")
BARE_NICKNAME = re.compile(r"^\s*,\s*[\"“]$")  # 'José Gonzalo Sánchez, "Gonzalito", his deputy': a nickname  # 'Baz Pye Fè ("Iron Foot Base")': a quoted gloss in brackets


def _alias_links(b: _Builder) -> None:
    """'José Ignacio Lemus, alias "Chepe"': the alias names the same person (or group: 'la red conocida como X')."""
    refs = sorted((r for r in b.res.refs if r.kind == "name"), key=lambda r: r.start)
    for r1, r2 in zip(refs, refs[1:], strict=False):
        if r1.key == r2.key or r1.key not in b.res.by_key or r2.key not in b.res.by_key:
            continue
        gap = b.doc.text[r1.end : r2.start]
        gloss = GLOSS.match(gap) is not None
        nick = BARE_NICKNAME.match(gap) is not None and b.res.by_key[r1.key].type == "person" \
            and re.match(r"[\"”]\s*[,)]", b.doc.text[r2.end : r2.end + 3]) is not None
        called = b.res.by_key[r1.key].type == "person" and (CALLED_AFTER_APPOSITION.match(gap) is not None
                                                              or SECOND_ALIAS.match(gap) is not None)
        if (gloss or nick or called or ALIAS_BETWEEN.match(gap)) and (b.res.by_key[r1.key].type == "person" or gloss
                                         or b.res.by_key[r2.key].type == b.res.by_key[r1.key].type):
            gone, into = b.res.by_key[r2.key], b.res.by_key[r1.key]
            if not gone.kb_id:
                _absorb(b, gone, into)


PRONOUN_OPENS = re.compile(r"[\s\"“«*]*(?:He|She|They|Él|Ella|Ellos|Ellas)\s")
# one-word heads a headline or a first mention uses for a body the text names in full later
GENERIC_BODY_HEADS = {"fiscalia", "policia", "ejercito", "armada", "procuraduria", "defensoria", "contraloria",
                      "gendarmeria", "carabineros", "prosecutors", "police", "army", "navy", "marina"}


def _early_heads(b: _Builder) -> None:
    """'la Fiscalía imputa a seis guardias' in a headline, 'La Fiscalía Regional de Santa Brígida imputó' below:
    a bare head word is the one body of that head the document names in full, wherever the full name comes."""
    for ent in list(b.res.entities):
        head = fold_text(ent.name)
        if ent.kb_id or ent.type != "government_body" or head not in GENERIC_BODY_HEADS:
            continue
        fuller = [o for o in b.res.entities if o is not ent and o.type == "government_body" and o.mentions
                  and any(_content_tokens(n)[:1] == [head] and len(n.split()) > 1 for n in [o.name, *o.aliases])]
        if len({o.key for o in fuller}) == 1:
            _absorb(b, ent, fuller[0])


@cache
def _country_words() -> dict[str, frozenset[str]]:
    """Country code → the folded words that name it: its demonyms and the knowledge base's names for the state."""
    words: dict[str, set[str]] = {}
    for code, forms in load("demonyms").items():
        words.setdefault(code, set()).update(fold_text(f) for f in forms)
    for entry in load_kb():
        if entry.type == "state":
            for code in entry.countries:
                words.setdefault(code, set()).update(fold_text(n) for n in (entry.name, *entry.aliases))
    return {code: frozenset(ws) for code, ws in words.items()}


def _national_bodies(b: _Builder) -> None:
    """'Haitian police' after 'the Haitian National Police', 'Venezuelan army' beside the 'Venezuelan Armed Forces':
    a force named by its nationality is the one body of that country and kind the document names in full."""
    for ent in list(b.res.entities):
        parts = national_body_parts(ent.name) if ent.type == "government_body" and not ent.kb_id else None
        if parts is None:
            continue
        code, kind = parts
        country = _country_words().get(code, frozenset())
        words = BODY_KIN[kind]

        def fits(o: Entity, country: frozenset[str] = country, words: tuple[str, ...] = words) -> bool:
            forms = [fold_text(n) for n in (o.name, *o.aliases)]
            return any(re.search(rf"(?<![\w])(?:{'|'.join(map(re.escape, country))})(?![\w])", f)
                       and any(re.search(rf"(?<![\w]){re.escape(w)}(?![\w])", f) for w in words) for f in forms)
        homes = [o for o in b.res.entities if o is not ent and o.type == "government_body" and o.mentions and fits(o)]
        if len({o.key for o in homes}) == 1:
            _absorb(b, ent, homes[0])


LEVEL_GOVERNMENT = re.compile(r"(?:gobierno\s+(?:nacional|federal|central)|ejecutivo(?:\s+nacional)?|"
                              r"(?:federal|national|central)\s+government)$")


def _whole_governments(b: _Builder) -> None:
    """'el Gobierno nacional', 'the federal government', 'el Ejecutivo', and 'el Gobierno' named before it, are the one
    country's government the document names ('el Gobierno … el Gobierno peruano … el Ejecutivo'); with none named,
    one called only 'el Gobierno', or one actor however the text calls it."""
    bodies = [e for e in b.res.entities if e.type == "government_body" and e.mentions]
    level = [e for e in bodies if not e.kb_id and LEVEL_GOVERNMENT.fullmatch(fold_text(e.name))]
    bare = [e for e in bodies if not e.kb_id and fold_text(e.name) in WHOLE_GOVERNMENT_HEADS]
    # (called a government in the text: 'Washington' or 'Casa de Nariño' alone is a city's or a palace's name)
    countries = [o for o in bodies if ((o.kb_id or "").startswith("gov_")
                                       or (parts := national_body_parts(o.name)) is not None and parts[1] == "government")
                 and any(GOVERNMENT_WORD.search(fold_text(b.doc.text[m.start : m.end])) for m in o.mentions)]
    into: Entity | None = None
    if len(countries) == 1:
        into, gone = countries[0], level + bare
    elif not countries and level:
        into, gone = (bare[0] if len(bare) == 1 else level[0] if not bare else None), level
    if into is None:
        return
    for ent in gone:
        if ent is not into:
            _absorb(b, ent, into)


def _absorb(b: _Builder, gone: Entity, into: Entity) -> None:
    absorb(b.res, gone, into)


def _key_at(b: _Builder, start: int, end: int) -> str | None:
    for r in b.res.refs:
        if r.start >= start and r.end <= end:
            return r.key
    return None


def _compounds(b: _Builder) -> None:
    """'the Maduro-Petro axis' is an alliance of two actors named in one phrase."""
    text = b.doc.text
    found: dict[tuple[str, str], Entity] = {}
    for m in COMPOUND.finditer(text):
        k1, k2 = _key_at(b, m.start(1), m.end(1)), _key_at(b, m.start(2), m.end(2))
        if not (k1 and k2) or k1 == k2:
            continue
        if b.res.by_key[k1].type != "person" or b.res.by_key[k2].type != "person":
            continue
        _compound_entity(b, found, k1, k2, m.start(), m.end())
    for m in COMPOUND_ES.finditer(text):
        k1, k2 = _key_at(b, m.start(2), m.end(2)), _key_at(b, m.start(3), m.end(3))
        if k1 and k2 and k1 != k2:
            _compound_entity(b, found, k1, k2, m.start(1), m.end())


def _compound_entity(b: _Builder, found: dict[tuple[str, str], Entity], k1: str, k2: str, s: int, e: int) -> None:
    pair = (k1, k2) if k1 < k2 else (k2, k1)
    ent = found.get(pair)
    if ent is None:
        ent = b.new(b.doc.text[s:e].strip(), "group", None, 0.6, "compound")
        found[pair] = ent
        b.res.compounds[ent.key] = (k1, k2)
    # drop a rule candidate that covered the same span as one name
    b.add_mention(ent, s, e, "name")


def _government_of(b: _Builder) -> None:
    """'the Petro administration' / 'el gobierno de Petro' is a government body, not the person."""
    text = b.doc.text
    made: dict[str, Entity] = {}
    for r in list(b.res.refs):
        ent = b.res.by_key.get(r.key)
        if ent is None or ent.type != "person" or r.kind != "name":
            continue
        m = GOVT_SUFFIX.match(text[r.end : r.end + 30])
        if r.start > 0 and text[r.start - 1] in "-–—":
            continue  # "the Maduro-Petro regime" is the compound's, not Petro's
        if m and text[r.end : r.end + 1] in " '’":
            span_end = r.end + m.end()
            gov = made.get(ent.key)
            label = f"{ent.name.split()[-1]} {m.group(1).lower()}"
            if gov is None:
                gov = made[ent.key] = b.new(label, "government_body", None, 0.6, "rules")
            title = HEAD_TITLE_BEFORE.search(text, max(0, r.start - 20), r.start)  # "President Gustavo Petro's government"
            b.add_mention(gov, title.start() if title else r.start, span_end)
            b.res.heads.append((ent.key, gov.key, r.start))
            continue
        pre = GOVT_PREFIX_ES.search(text, max(0, r.start - 30), r.start)
        if pre and pre.group(2) and fold_text(pre.group(1)) == "gobierno" \
                and not any(o.start <= r.start < o.end and o.key != r.key for o in b.res.refs):
            # "el gobierno de Gustavo Petro": the listed government when the knowledge base names it so ("gobierno de
            # Petro"), or one of its own
            gov = made.get(ent.key)
            if gov is None:
                label = f"gobierno de {ent.name.split()[-1]}"
                listed = [e for e in b.kb.lookup(label) if e.type == "government_body"]
                known = next((o for o in b.res.entities if listed and o.kb_id == listed[0].id), None)
                gov = made[ent.key] = known or (b.new(listed[0].name, "government_body", listed[0].id, 0.8, "kb")
                                                if len(listed) == 1 else b.new(label, "government_body", None, 0.6, "rules"))
            b.add_mention(gov, pre.start(1), r.end)
            b.res.heads.append((ent.key, gov.key, r.start))
    _headed_governments(b)


HEADED = re.compile(r"(?:the\s+)?([A-ZÁÉÍÓÚÑ][\w'’-]+)(?:'s|’s)?\s+(?:administration|government|cabinet|regime)$"
                    r"|(?:el\s+)?(?:[Gg]obierno|[Aa]dministraci[óo]n|[Rr][ée]gimen)\s+(?:de\s+|del\s+presidente\s+)?"
                    r"([A-ZÁÉÍÓÚÑ][\w'’-]+)$")


def _headed_governments(b: _Builder) -> None:
    """'the Trump administration', 'el gobierno de Petro' (a listed body's alias): the person named heads it.

    The person gets a mention on their name inside the body's, so the tie keeps its place in the text.
    """
    text = b.doc.text
    persons = {e.key: e for e in b.res.entities if e.type == "person"}
    for r in list(b.res.refs):
        ent = b.res.by_key.get(r.key)
        if ent is None or ent.type != "government_body" or r.kind != "name" or not ent.kb_id:
            continue
        m = HEADED.fullmatch(text[r.start : r.end])
        if m is None:
            continue
        word = m.group(1) or m.group(2)
        w_start = r.start + (m.start(1) if m.group(1) else m.start(2))
        folded = fold_text(word)
        person = next((p for p in persons.values() if fold_text(p.name).split()[-1:] == [folded]), None)
        if person is None:
            listed = [e for e in b.kb.lookup(word) if e.type == "person"]
            if len(listed) != 1:
                continue
            person = next((p for p in persons.values() if p.kb_id == listed[0].id), None) \
                or b.new(listed[0].name, "person", listed[0].id, 0.8, "kb")
            persons[person.key] = person
        b.add_mention(person, w_start, w_start + len(word), "compound-part")
        b.res.heads.append((person.key, ent.key, r.start))


# The head of a timeline entry: "- 14 May 2016: ", "• The following year: ", "Marzo de 2021 — "
BULLET_HEAD = re.compile(r"(?:^|\n)[ \t]*(?:[-•*–][ \t]*)?"
                         r"(?=[^\n]{0,40}?(?:\d{4}|following|later|next|previous|siguiente|despu[eé]s|m[aá]s tarde))"
                         r"[^\n!?]{2,40}?(?::|\s[—–])[ \t]*$", re.I)


# the same head at the start of its line, with what follows it up to a pronoun of the entry's first sentence
BULLET_OPEN = re.compile(r"[ \t]*(?:[-•*–][ \t]*)?"
                         r"(?=[^\n]{0,40}?(?:\d{4}|following|later|next|previous|siguiente|despu[eé]s|m[aá]s tarde))"
                         r"[^\n!?]{2,40}?(?::|\s[—–])[ \t]*", re.I)
ENTRY_LEAD = 60  # how far into an entry's first sentence a pronoun still stands for the timeline's subject


AFTER_QUOTE = re.compile(r"[\"”»’][ \t]*$")  # '"…," he later told us': the pronoun right after the words


def _subject_pronoun_in(b: _Builder, folded: str, s: int, e: int, gender: str | None) -> str | None:
    """The person a subject pronoun ('he', 'she') of the sentence at ``[s, e)`` was resolved to, when it agrees."""
    for r in b.res.refs:
        if s <= r.start < e and r.kind == "pronoun" and folded[r.start : r.end] in ("he", "she"):
            ent = b.res.by_key.get(r.key)
            if ent is not None and ent.type == "person" and gender in (None, "m" if folded[r.start : r.end] == "he" else "f"):
                return r.key
    return None


def _entry_lead(b: _Builder, names: list[Ref], pos: int) -> bool:
    """A pronoun a few words into a timeline entry, with no person named between its head and the pronoun:
    "- The following year: As mayor, he appoints his brother", "- Feb. 14, 2022: Washington requests his arrest"
    (not "- March 2017: Testifying in another case, X says he paid …")."""
    text = b.doc.text
    line = text.rfind("\n", 0, pos) + 1
    head = BULLET_OPEN.match(text, line)
    if head is None or head.end() > pos or pos - head.end() > ENTRY_LEAD or re.search(r"[.;!?]", text[head.end() : pos]):
        return False
    return not any(head.end() <= r.start < pos and b.res.by_key.get(r.key) is not None
                   and b.res.by_key[r.key].type == "person" for r in names)


FOOTNOTE_END = re.compile(r"(?<=[.!?\"”»])\s*(?:\[\d{1,3}\]|[¹²³⁴⁵⁶⁷⁸⁹⁰]+)+$")


# (a lawmaker's party and state may follow the name: 'REP. OKAFOR (D-Ill.): …', 'Sen. Ruiz (PAN):')
PARTY = r"(?:[ \t]*\([^()\n:]{1,24}\))?"
# 'KWAME ELLIS-BARROW: It's a federation…': a transcript's turn opens with its speaker's name and a colon
TURN_LABEL = re.compile(r"(?m)^[ \t>]*(?:\*\*|__)?([^\W\d_][\w .'’-]{0,40}?)" + PARTY + r"[ \t]*(?:\*\*|__)?[ \t]*:"
                        r"(?:\*\*|__)?[ \t]+(?=\S)")


def turn_labels(text: str) -> list[tuple[int, int]]:
    """The spans of a transcript's speaker labels: two labels or more, each opening two turns or more.

    The speaker of a turn says 'I'; a 'he' or a 'she' in it is someone else,
    so a label is no antecedent for them.
    """
    found = [(m.start(1), m.end(1), fold_text(m.group(1)).strip()) for m in TURN_LABEL.finditer(text)
             if len(m.group(1).split()) <= 4]
    uses: dict[str, int] = {}
    for _s, _e, label in found:
        uses[label] = uses.get(label, 0) + 1
    turns = {label for label, n in uses.items() if n >= 2}
    return [(s, e) for s, e, label in found if label in turns] if len(turns) >= 2 else []


@lru_cache(maxsize=4)
def _description_patterns(lang: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """(type, pattern) of each kind of definite description ``_anaphora`` reads, in the cue file's order: built once
    per language, not for every document."""
    # "del grupo", "al grupo": the article fused with its preposition is still the article
    det = r"the|this" if lang == "en" else r"el|la|los|las|del|al|este|esta|ese|esa|dicho|dicha|aquel|aquella"
    nation = alternation(demonym_codes())
    out = []
    for typ, by_lang in load("cues")["anaphora"]["descriptions"].items():
        phrases = sorted({fold_text(p).split(" ", 1)[-1] for p in by_lang.get(lang, [])}, key=len, reverse=True)
        if not phrases or typ == "person":
            continue
        # "esta red", "dicha organización", "this network": a demonstrative as well as the article;
        # "the Colombian group", "la banda ecuatoriana": a nationality says which group is meant
        alts = alternation(phrases)  # (sorted longest first above)
        out.append((typ, re.compile(rf"(?<![\w])((?:{det})\s+(?:({nation})\s+)?({alts}))(?![\w])" if lang == "en" else
                                    rf"(?<![\w])((?:{det})\s+({alts})(?:\s+({nation}))?)(?![\w])")))
    return tuple(out)


def _anaphora(b: _Builder) -> None:
    """Resolve pronouns and definite descriptions to the one antecedent that fits."""
    text, folded = b.doc.text, fold_text(b.doc.text)
    lang = b.doc.language if b.doc.language in ("en", "es") else "en"
    cues = load("cues")["anaphora"]
    labels = b.res.turns = turn_labels(text)
    names = sorted((r for r in b.res.refs if r.kind == "name" and not any(s <= r.start < e for s, e in labels)),
                   key=lambda r: r.start)
    sents = b.doc.sentences or [(0, len(text))]

    # people named inside someone's quoted words are not who "she added" is ('"Ti Sonnen is no ideologue," said
    # Rose-Flore Doréus. "When you take away his road," she added')
    quoted = [(m.start(), m.end()) for m in QUOTED_SPAN.finditer(text)]
    qstarts = [q[0] for q in quoted]

    def in_quote(at: int) -> bool:
        i = bisect.bisect_right(qstarts, at) - 1
        return i >= 0 and quoted[i][0] < at < quoted[i][1]

    titled_list: list[list[Any]] = []

    def titled() -> list[Any]:
        if not titled_list:
            titled_list.append(titled_people(b, names, folded))
        return titled_list[0]

    def subject_before(pos: int, typ: set[str], gender: str | None = None, nominative: bool = False) -> str | None:
        """The first fitting name of the sentence holding pos (before pos), else of the sentences before.

        ``gender`` ('m'/'f') skips people whose given name says otherwise ("his" is not Xiomara Castro).
        """
        idx = next((i for i, (s, e) in enumerate(sents) if s <= pos < e), None)
        if idx is None:
            return None
        for j in range(idx, max(-1, idx - 3), -1):
            s, e = sents[j]
            if nominative and "person" in typ and j >= idx - 1 and unnamed_titled_opening(b, names, titled(), folded, s, pos) \
                    and (j < idx or not any(s <= r.start < pos and b.res.by_key.get(r.key) is not None
                                            and b.res.by_key[r.key].type == "person" for r in names)):
                # 'The governor of Chocó welcomed the arrests. "…," he wrote': the governor nobody named, not the
                # last person named before him
                b.res.unnamed_subjects.add(pos)
                return None
            if j < idx and nominative and "person" in typ and AFTER_QUOTE.search(text, max(0, pos - 6), pos):
                # 'X opens a case. Two weeks later he is transferred. "…," he later told us': a sentence that names
                # no one and goes on with a subject pronoun passes its person on
                chain = _subject_pronoun_in(b, folded, s, e, gender)
                if chain and not any(s <= r.start < e and b.res.by_key.get(r.key) is not None
                                     and b.res.by_key[r.key].type == "person" for r in names):
                    return chain
            if j < idx and PRONOUN_OPENS.match(text, s, e):
                if nominative and "person" in typ and j == idx - 1:
                    # 'X did not retract the post. "…" He offered no evidence. Two days later, he added …': a
                    # sentence right before that opens with a subject pronoun passes its person on
                    chain = _subject_pronoun_in(b, folded, s, e, gender)
                    if chain and not any(s <= r.start < e and b.res.by_key.get(r.key) is not None
                                         and b.res.by_key[r.key].type == "person" for r in names):
                        return chain
                continue  # 'She said two of his associates, including his nephew X, …': X is no subject there
            limit = pos if j == idx else e
            for r in names:
                ent = b.res.by_key.get(r.key)
                if s <= r.start < limit and ent and ent.type in typ:
                    if gender and ent.type == "person" and _gender(ent.name) not in (None, gender):
                        continue
                    if "person" in typ and not in_quote(pos) and in_quote(r.start):
                        continue
                    if j < idx - 1 and "person" in typ:
                        # two sentences back or more: the person the whole text is about outranks a passer-by
                        # ("Feb. 14, 2022: Washington requests his arrest" in a timeline of one man's career)
                        return protagonist(pos, gender, r.key) or r.key
                    return r.key
        return protagonist(pos, gender, None) if "person" in typ and not nominative else None

    # a transcript's speakers are 'I' and 'you' to each other: none is the protagonist its 'he' stands for
    speakers = {r.key for r in b.res.refs if any(s <= r.start < e for s, e in labels)}
    counts: dict[str, int] = {}
    for r in names:
        if b.res.by_key.get(r.key) and b.res.by_key[r.key].type == "person" and r.key not in speakers:
            counts[r.key] = counts.get(r.key, 0) + 1

    def protagonist(pos: int, gender: str | None, rival: str | None) -> str | None:
        """The most named person, when named at least three times and twice as often as the rival."""
        if not counts:
            return None
        key = max(counts, key=lambda k: counts[k])
        if counts[key] < 3 or (rival is not None and (key == rival or counts[key] < 2 * counts.get(rival, 0))):
            return None
        ent = b.res.by_key[key]
        if gender and _gender(ent.name) not in (None, gender):
            return None
        first = min(m.start for m in ent.mentions)
        return key if first < pos else None

    def last_before(pos: int, typ: set[str], window: int = 600) -> str | None:
        modifier = None
        for r in reversed(names):
            if r.start < pos and pos - r.start < window and b.res.by_key.get(r.key) \
                    and b.res.by_key[r.key].type in typ:
                if typ & ORG_TYPES and _names_whose_men(text, r):
                    # "founded by former FARC commanders … the group": a name that only says whose men they
                    # were is not what the text goes on about, unless nothing else is there
                    modifier = modifier or r.key
                    continue
                return r.key
        return modifier

    def only_named(pos: int, typ: str) -> str | None:
        """The one entity of that type named before pos, when there is just one."""
        keys = {r.key for r in names if r.start < pos and b.res.by_key.get(r.key) and b.res.by_key[r.key].type == typ}
        return keys.pop() if len(keys) == 1 else None

    pron = cues["person_singular"][lang]
    rx = re.compile(r"(?<![\w])(" + "|".join(re.escape(p) for p in pron) + r")(?![\w])")
    for m in rx.finditer(folded):
        if CLIENT_AFTER.match(folded, m.end()):
            # "His lawyer, X, said his client …", "su abogada dijo que su defendido …": the one the lawyer
            # speaks for, never the lawyer, who is the sentence's subject
            key = _client_of(b, names, m.start())
            if key:
                b.add_mention(b.res.by_key[key], m.start(), m.end(), "pronoun")
            continue
        if lang == "es" and m.group(1) in ("el",):
            continue  # Spanish "él" folds to the article; too ambiguous
        if lang == "en" or m.group(1) in ("ella",):
            word = m.group(1)
            gender = "m" if word in ("he", "him", "his", "himself") else "f" if word in ("she", "her", "herself", "ella") else None
            key = None
            if BULLET_HEAD.search(text[max(0, m.start() - 60) : m.start()]) or _entry_lead(b, names, m.start()):
                # "- November 2013: He is elected mayor", "- The following year: As mayor, he appoints …", "- Feb. 14,
                # 2022: Washington requests his arrest": a timeline's entries are about the one it follows
                key = protagonist(m.start(), gender, None)
            key = key or subject_before(m.start(), {"person"}, gender, word in ("he", "she", "ella"))
            if key:
                b.add_mention(b.res.by_key[key], m.start(), m.end(), "pronoun")
    org_words = cues.get("organisation", {}).get(lang, [])
    if org_words:
        rx = re.compile(r"(?<![\w])(" + "|".join(re.escape(p) for p in org_words) + r")(?![\w])")
        for m in rx.finditer(folded):
            if m.group(1) == "it" and EXPLETIVE_IT.match(folded, m.start()):
                continue  # "it is unclear whether…", "it was reported that…": no antecedent
            # "The Frente X signed a pact with the Clan Y. It received …": a pronoun opening its sentence goes on
            # with the last sentence's subject, not with the group named last
            if text[m.start()].isupper() and unnamed_opening(b.doc, b.res.refs, m.start()):
                # "The peace office defended the decision. Its director, X, said …": the body the sentence before
                # is about has no name here, so 'Its' is no named actor's
                continue
            key = _opening_subject(b, names, m.start()) if text[m.start()].isupper() else None
            key = key or last_before(m.start(), ORG_TYPES, 500)
            if key and HOSTILE_BEFORE.search(folded[max(0, m.start() - 40) : m.start()]):
                # "Los Cortacabezas fall apart after the police arrest its leader": whoever arrests is not the owner
                key = _last_other(b, names, m.start(), ORG_TYPES, key, 500)
            if key:
                b.add_mention(b.res.by_key[key], m.start(), m.end(), "pronoun")
    plural = cues["plural"][lang]
    rx = re.compile(r"(?<![\w])(" + "|".join(re.escape(p) for p in plural) + r")(?![\w])")
    for m in rx.finditer(folded):
        key = last_before(m.start(), {"group"}, 400) or _plural_group(b, names, m.start())
        if key:
            b.add_mention(b.res.by_key[key], m.start(), m.end(), "pronoun")
    legacy = {fold_text(p).split(" ", 1)[1] for p in cues["descriptions"]["person"].get(lang, [])}
    person_descriptions(b, names, legacy)
    described = _described_heads(b, names)
    nations = demonym_codes()
    found: dict[tuple[int, int], list[str]] = {}
    told: set[tuple[int, str]] = set()
    for typ, rx in _description_patterns(lang):
        for m in rx.finditer(folded):
            desc, adj = (m.group(3), m.group(2)) if lang == "en" else (m.group(2), m.group(3))
            if adj:
                if names_next(text, m.end()):
                    continue  # "the Venezuelan gang Tren de Aragua": the description introduces the name after it
                key = _of_nation(b, names, nations[adj], m.start(), typ)
                if key and not any(r.start < m.end() and m.start() < r.end for r in names):
                    found.setdefault((m.start(), m.end()), []).append(key)
                    told.add((m.start(), key))
                    b.add_mention(b.res.by_key[key], m.start(), m.end(), "description")
                continue
            # a footnote marker after the stop ('… the same referral.[4] The company said') still opens a sentence
            prev_char = FOOTNOTE_END.sub("", text[: m.start()].rstrip(" \t"))[-1:]
            if text[m.start() : m.start() + 1].isupper() and prev_char not in ("", ".", "\n", "!", "?", "—", "\"", "”", "»"):
                continue  # "The Group of Seven" mid-sentence is a name, not an anaphor
            head = desc.split()[0 if lang == "es" else -1]  # "la organización criminal", "the armed group"
            kin = FORCE_KIN.get(desc)
            if kin is not None:
                # "the coast guard's head of operations", "la policía": the last force of that kind named before,
                # never some other body
                key = _force_named(b, names, kin, m.start())
                if key and not any(r.start < m.end() and m.start() < r.end for r in names) \
                        and not MEMBER_AFTER.match(folded, m.end()):
                    found.setdefault((m.start(), m.end()), []).append(key)
                    told.add((m.start(), key))
                    b.add_mention(b.res.by_key[key], m.start(), m.end(), "description")
                continue
            if head in FRONT_HEADS:
                if m.group(1).startswith("al ") or OF_AFTER.match(folded, m.end()) or names_next(text, m.end()):
                    continue  # "al frente de la red" (at its head), "el frente de guerra", "el frente X": no reference
                key = _named_for(b, names, head, m.start(), typ)
                if key and not any(r.start < m.end() and m.start() < r.end for r in names):
                    found.setdefault((m.start(), m.end()), []).append(key)
                    told.add((m.start(), key))
                    b.add_mention(b.res.by_key[key], m.start(), m.end(), "description")
                continue  # only a group whose own name says so ('Frente Ramiro Salas … el frente')
            # "X, una red de narcotráfico … Y, un grupo armado … esta red": X, not the nearer Y; "la célula
            # delictiva conocida como Los Tejones … del CJNG … la célula": the one described with the word
            key = _named_for(b, names, head, m.start(), typ) or _described_as(b, names, described, head, m.start(), typ)
            if typ == "ngo" and head in SHARED_HEADS and (key is None or _gang_named_since(b, names, key, m.start())):
                # "the group" is an NGO's only where the text called it a group ('the human-rights group X'), named
                # it in this sentence or the last, and named no gang or armed group after it
                continue
            if key:
                told.add((m.start(), key))  # its name or a description beside it used the word
            elif head in WHOLE_GOVERNMENT_HEADS:
                continue  # "the government" is no customs service or ministry named before: only a government named so
            key = key or _previous_subject(b, names, m.start(), typ) or last_before(m.start(), {typ}, 800)
            if key is None and typ in GROUP_KINDS and head in GANG_WORDS:
                # "la banda" long after the one gang the text names: a chronicle's group, however far back
                # (not "the organization", which an NGO or a body may be as well)
                key = only_named(m.start(), typ)
            of = re.match(r"\s+(?:de|del|of)\s+(?:la\s+|el\s+|the\s+)?(?=[A-ZÁÉÍÓÚÑ])", text[m.end() : m.end() + 12])
            if of and head in COMMITTEE_HEADS and not any(r.start == m.end() + of.end() for r in b.res.refs):
                continue  # "la comisión de Hacienda de la Junta": a body of its own, named by a word that is no one
            if key and _said_in_clause(b, key, m.start()):
                continue  # "La guerrilla acusó a esa facción": the subject again is no object of its own verb
            if key and _of_another_place(b, names, folded, m.end(), key):
                continue  # "El gobierno del estado de Michoacán" is that state's, not the body named before
            if key and _of_another_actor(b, names, folded, m.end(), key, head):
                continue  # "El gobierno de Gustavo Petro", "la administración de la SAE": not the body named before
            if key and not any(r.start < m.end() and m.start() < r.end for r in names):
                found.setdefault((m.start(), m.end()), []).append(key)
                b.add_mention(b.res.by_key[key], m.start(), m.end(), "description")
    # "la estructura" is listed for armed and criminal groups alike: when each type found its own, the one
    # whose name or description used the word ('X, una estructura del Tren de Aragua … la estructura' is X)
    for (start, end), keys in found.items():
        losers = {k for k in keys if (start, k) not in told}
        if len(losers) == len(set(keys)):
            continue
        b.res.refs[:] = [r for r in b.res.refs if not (r.start == start and r.end == end and r.key in losers
                                                      and r.kind == "description")]
        for k in losers:
            ent = b.res.by_key[k]
            ent.mentions[:] = [x for x in ent.mentions if not (x.start == start and x.end == end)]


def _gang_named_since(b: _Builder, names: list[Ref], key: str, pos: int) -> bool:
    """Whether ``key`` was last named before the sentence before pos, or a gang or an armed group since."""
    last = max((r.start for r in names if r.key == key and r.start < pos), default=-1)
    return last < b.doc.sentence_start(pos, 1) or any(
        last < r.start < pos and (ent := b.res.by_key.get(r.key)) is not None and ent.type in GROUP_KINDS for r in names)


# words only a gang or an armed group is called: one such group named anywhere before is the one meant
GANG_WORDS = {"banda", "pandilla", "clica", "gang", "cartel", "clique", "mafia", "guerrilla", "guerrillas", "militia",
              "rebels", "rebeldes", "insurgents", "insurgentes"}


# "el frente", "la columna" refer to an armed group only alone: "al frente de" heads something, "el frente de
# guerra", "la columna de humo" are no group
FRONT_HEADS = {"frente", "columna"}
OF_AFTER = re.compile(r"\s+(?:de|del)(?![\w])")
CLIENT_AFTER = re.compile(r"\s+(?:clients?|cliente|clientes|clienta|defendid[oa]s?|representad[oa]s?)(?![\w])")
LAWYER = r"(?:lawyers?|attorneys?|counsel|defense attorney|defence lawyer|abogad[oa]s?|defensor(?:a|es)?|defensa)"
LAWYER_OF = re.compile(rf"(?<![\w]){LAWYER}\s+(?:de|del|for|of)\s+(?:(?:el|la|the)\s+)?$")
OWNERS_LAWYER = re.compile(rf"^(?:'s|’s)\s+(?:[\w-]+\s+)?{LAWYER}(?![\w])")
OWN_LAWYER = re.compile(rf"(?<![\w])(?:his|her|their|su|sus)\s+(?:[\w-]+\s+)?{LAWYER}(?![\w])")


def _client_of(b: _Builder, names: list[Ref], pos: int) -> str | None:
    """Whom a lawyer named in this sentence or the two before acts for: 'X's lawyer', 'el abogado de X', or
    the person 'his lawyer' stands for ('Lemus denies it. His lawyer, Y, said his client …' → Lemus)."""
    folded = fold_text(b.doc.text)
    lo = b.doc.sentence_start(pos, 2)
    found: list[tuple[int, str]] = []
    for r in names:
        ent = b.res.by_key.get(r.key)
        if not lo <= r.start < pos or ent is None or ent.type != "person":
            continue
        if LAWYER_OF.search(folded, max(0, r.start - 40), r.start) or OWNERS_LAWYER.match(folded[r.end : r.end + 40]):
            found.append((r.start, r.key))
    for m in OWN_LAWYER.finditer(folded, lo, pos):
        owner = next((r.key for r in b.res.refs if r.start == m.start() and r.kind == "pronoun"), None)
        if owner is None:  # 'Su abogada, …' not read yet: the person the sentence so far, else the last, is about
            here, before = b.doc.sentence_start(m.start()), b.doc.sentence_start(m.start(), 1)
            people = [r for r in names if before <= r.start < m.start() and b.res.by_key[r.key].type == "person"]
            own = [r for r in people if r.start >= here] or people
            owner = own[0].key if own else None
        if owner is not None and b.res.by_key[owner].type == "person":
            found.append((m.start(), owner))
    return max(found)[1] if found else None


COMMITTEE_HEADS = {"comision", "comite", "commission", "committee", "subcommittee", "subcomision"}
OF_PLACE = re.compile(r"\s+(?:de|del|of)\s+(?:(?:la|el|the)\s+)?(?:(?:estado|state|provincia|province|departamento|"
                      r"department|municipio|municipality|region|ciudad|city)\s+(?:de|of)\s+)?")


def _of_another_place(b: _Builder, names: list[Ref], folded: str, end: int, key: str) -> bool:
    """'the government of X' / 'el gobierno del estado de X': a place right after the description that
    the body's own name does not hold."""
    m = OF_PLACE.match(folded, end)
    if m is None:
        return False
    place = next((r for r in names if r.start == m.end() and b.res.by_key.get(r.key) is not None
                  and b.res.by_key[r.key].type in ("location", "state")), None)
    if place is None:
        return False
    ent = b.res.by_key[key]
    return fold_text(folded[place.start : place.end]) not in " ".join(fold_text(n) for n in [ent.name, *ent.aliases])


OF_NAME = re.compile(r"\s+(?:de|del|of)\s+(?:(?:la|el|los|las|the)\s+)?")


def _of_another_actor(b: _Builder, names: list[Ref], folded: str, end: int, key: str, head: str) -> bool:
    """'la administración de la Oficina de Bienes', 'el gobierno de Gustavo Petro': what another actor named
    right after the description has, not the one found before. Any actor but a person or a place (places are
    ``_of_another_place``'s); after a person, a government word whose body found has none in its name (an army)."""
    m = OF_NAME.match(folded, end)
    after = next((r for r in names if m is not None and r.start == m.end() and r.key in b.res.by_key), None)
    if after is None or after.key == key:
        return False
    ent, other = b.res.by_key[key], b.res.by_key[after.key]
    if other.type not in ("person", "location", "state"):
        return True
    return other.type == "person" and head in GOVERNMENT_HEADS and not any(
        GOVERNMENT_HEADS & set(fold_text(n).split()) for n in [ent.name, *ent.aliases])


# "the government", "el gobierno": a whole government, never one of its agencies; "the administration" and "the
# regime" as well, though a story may mean a department by them
WHOLE_GOVERNMENT_HEADS = frozenset({"government", "gobierno"})
SHARED_HEADS = frozenset({"group", "organization", "organisation", "network", "grupo", "organizacion", "red"})
GOVERNMENT_HEADS = WHOLE_GOVERNMENT_HEADS | {"administration", "administracion", "regime", "regimen"}


CLAUSE_TURN = re.compile(r"[;:—–]|,\s*(?:and|but|while|y|pero|mientras)\s|\s(?:que|who|which|that)\s", re.I)


def _said_in_clause(b: _Builder, key: str, pos: int) -> bool:
    """Whether ``key`` is the subject of the clause that holds ``pos``: its sentence's first actor, with no
    clause between ('La guerrilla acusó a esa facción'; not 'El mandatario, que habló con el ELN, acusó a
    esa guerrilla')."""
    sent = b.doc.sentence_at(pos) or (max(0, pos - 200), pos)
    first = min((r for r in b.res.refs if sent[0] <= r.start and r.end <= pos
                 and b.res.by_key.get(r.key) and b.res.by_key[r.key].type not in ("location", "state")),
                key=lambda r: (r.start, -r.end), default=None)
    return first is not None and first.key == key and first.kind in ("name", "description") \
        and not CLAUSE_TURN.search(b.doc.text[first.end : pos])


# "the National Police's anti-narcotics directorate, known by its acronym DIRAN … the anti-narcotics
# directorate": a description written beside an organisation's name, repeated later, refers to it again.
DESCRIBED_BEFORE = re.compile(
    r"(?<![\w])(?:the|el|la|los|las|a|an|un|una)\s+((?:[\w'’-]+\s+){0,3}[\w'’-]+)\s*"
    r"(?:(?:,\s*)?(?:known (?:by its [\w\s]{1,30}?|(?:[a-z]+\s+){0,2}as)|"
    r"conocid[oa] (?:por (?:su|sus) [\w\s]{1,30}?|(?:[a-z]+\s+){0,3}como)|"
    r"(?:called|llamad[oa]))\s+)?[,(]?\s*(?:[\"“«']\s*)?(?:(?:los|las|the)\s+)?$")
DESCRIBED_AFTER = re.compile(r"^\s*(?:\([^()]{1,20}\)\s*)?,\s+(?:a|an|the|un|una|el|la)\s+((?:[\w'’-]+\s+){0,3}[\w'’-]+)")
DESCRIPTION_EDGE = {"de", "del", "of", "the", "la", "el", "y", "and", "known", "conocido", "conocida", "its", "su"}


def _repeated_descriptions(b: _Builder) -> None:
    text, folded = b.doc.text, fold_text(b.doc.text)
    heads = {h for h, typ in descriptor_heads().items() if typ not in ("person", "location") and " " not in h}
    names = [r for r in b.res.refs if r.kind == "name"]
    phrases: dict[str, str] = {}
    for r in names:
        ent = b.res.by_key.get(r.key)
        if ent is None or ent.type in ("person", "location", "state"):
            continue
        found: list[str] = []
        m = DESCRIBED_BEFORE.search(folded[max(0, r.start - 80) : r.start])
        if m:
            found.append(m.group(1))
        m = DESCRIBED_AFTER.match(folded[r.end : r.end + 80])
        if m:
            found.append(m.group(1))
        for words in (f.split() for f in found):
            for i, w in enumerate(words):
                if w not in heads:
                    continue
                for lo in range(0, i + 1):
                    for hi in range(i + 1, len(words) + 1):
                        sub = words[lo:hi]
                        if len(sub) >= 2 and sub[0] not in DESCRIPTION_EDGE and sub[-1] not in DESCRIPTION_EDGE:
                            phrases.setdefault(" ".join(sub), r.key)
    taken = [(r.start, r.end) for r in b.res.refs]
    for phrase, key in phrases.items():
        rx = re.compile(r"(?<![\w])(?:the|this|el|la|esta|este|dicha|dicho)\s+" + re.escape(phrase) + r"(?![\w])")
        first = min(m.start for m in b.res.by_key[key].mentions)
        for m in rx.finditer(folded, first):
            if not any(s < m.end() and m.start() < e for s, e in taken) and not text[m.start()].isupper():
                b.add_mention(b.res.by_key[key], m.start(), m.end(), "description")
                taken.append((m.start(), m.end()))


# a state body's head noun that stands for it again only where the body's own name or alias holds the word: "the
# National Border Service (SENAFRONT) … the service's spokesman", "la Unidad de Información Financiera … la unidad"
NAMED_BODY_HEADS = ("service", "office", "unit", "directorate", "bureau", "commission", "department", "secretariat",
                    "institute", "authority", "court", "tribunal", "command", "force", "servicio", "oficina", "unidad",
                    "direccion", "comision", "secretaria", "instituto", "autoridad", "corte", "tribunal",
                    "superintendencia", "procuraduria", "defensoria", "contraloria", "comando")
NAMED_BODY_HEAD = re.compile(r"(?<![\w])(?:the|this|el|la|esta|este|dicha|dicho)\s+(" + "|".join(NAMED_BODY_HEADS) + r")(?![\w])")
NEW_BODY_AFTER = re.compile(r"\s+(?:of|for|de|del|para|on|sobre)(?![\w])")


def _named_body_heads(b: _Builder) -> None:
    """'the service', 'la unidad': the last state body named before whose name or alias holds that word."""
    text, folded = b.doc.text, fold_text(b.doc.text)
    names = sorted((r for r in b.res.refs if r.kind == "name"), key=lambda r: r.start)
    taken = [(r.start, r.end) for r in b.res.refs]
    for m in NAMED_BODY_HEAD.finditer(folded):
        if any(s < m.end() and m.start() < e for s, e in taken) or NEW_BODY_AFTER.match(folded, m.end()):
            continue  # named already, or 'the office of the prosecutor', 'la unidad de X': another body described
        if text[m.start(1)].isupper():
            continue  # "the Service", "la Unidad": a name's word, not an anaphor
        head = m.group(1)
        key = None
        for r in reversed(names):
            if r.start >= m.start():
                continue
            if m.start() - r.start > 3000:
                break
            ent = b.res.by_key.get(r.key)
            if ent is not None and ent.type in ("government_body", "international_org") \
                    and any(head in fold_text(n).split() for n in (ent.name, *ent.aliases)):
                key = r.key
                break
        if key is not None:
            b.add_mention(b.res.by_key[key], m.start(), m.end(), "description")
            taken.append((m.start(), m.end()))


QUOTED_SPAN = re.compile(r"“[^”\n]{1,600}”|\"[^\"\n]{1,600}\"|«[^»\n]{1,600}»")


def _of_nation(b: _Builder, names: list[Ref], code: str, pos: int, typ: str) -> str | None:
    """'el grupo colombiano' → the last group from that country; failing one, the last whose country
    nobody knows, provided no group is known to be from that country.

    "Los Chacales … recibe cargamentos del Clan del Golfo … la banda ecuatoriana … del grupo colombiano":
    the Clan is Colombian (KB), so the Ecuadorian band is Los Chacales, whose country is not written. A
    group's first country in the KB is where it comes from; later ones are where it reached.
    """
    kinds = GROUP_KINDS if typ in GROUP_KINDS else {typ}
    near = [r for r in names if r.start < pos and pos - r.start <= 1500 and r.key in b.res.by_key
            and b.res.by_key[r.key].type in kinds]
    for test in (lambda c: c[:1] == [code], lambda c: code in c, lambda c: not c):
        fit = [r for r in near if test(b.res.by_key[r.key].countries)]
        if fit:
            key = fit[-1].key
            return key if b.res.by_key[key].type == typ else None
    return None


# a force's common noun → the words a body's name holds when it is that force ('the police' → 'Police Service')
FORCE_KIN = {**{k: kin for k, kin in BODY_KIN.items() if k not in ("border police", "border guard", "intelligence service",
                                                                  "customs", "marines", "military", "government")},
             "customs service": BODY_KIN["customs"],
             **{es: BODY_KIN[en] for es, en in BODY_KIN_ES.items() if en in ("police", "army", "navy", "coast guard",
                                                                         "armed forces", "national guard")}}


@lru_cache(maxsize=32)
def _kin_pattern(kin: tuple[str, ...]) -> re.Pattern[str]:
    """The words of one force's kin as whole words, built once (a story says 'la policía' many times)."""
    return re.compile(rf"(?<![\w])(?:{'|'.join(map(re.escape, kin))})(?![\w])")


def _force_named(b: _Builder, names: list[Ref], kin: tuple[str, ...], pos: int) -> str | None:
    """The state body before ``pos`` (within a few pages) whose name or alias holds one of ``kin``: the one named
    most often, the first of two named as often ('la Policía Nacional … la Policía Federal de Bélgica … según la
    policía' is the story's own police, named first)."""
    rx = _kin_pattern(kin)
    seen: dict[str, tuple[int, int]] = {}
    for r in names:
        ent = b.res.by_key.get(r.key)
        if r.start < pos and pos - r.start < 6000 and ent and ent.type == "government_body" \
                and any(rx.search(fold_text(n)) for n in (ent.name, *ent.aliases)):
            count, first = seen.get(r.key, (0, -r.start))
            seen[r.key] = (count + 1, first)
    return max(seen, key=lambda k: seen[k]) if seen else None


def _named_for(b: _Builder, names: list[Ref], head: str, pos: int, typ: str) -> str | None:
    """'the ministry' → the last body of that type whose name says ministry ('Justice Ministry').

    A nearer body of the same type whose name does not hold the word
    ('Primer Comando') is less likely the one meant; "La red Huanca" in a title is still "la red"
    pages later.
    """
    for r in reversed(names):
        ent = b.res.by_key.get(r.key)
        if r.start < pos and pos - r.start < 6000 and ent and ent.type == typ \
                and head in fold_text(ent.name).split():
            return r.key
    return None


SOURCE_INTRO = re.compile(r"(?:segun|de acuerdo con|according to|para|en opinion de)\s[^,.]{1,80},\s*")


def _opening_subject(b: _Builder, names: list[Ref], pos: int) -> str | None:
    """The organisation that is the last sentence's subject, when the pronoun at ``pos`` opens its sentence
    ('The Frente X signed a pact with the Clan Y. It received money from …' → the Frente X)."""
    text = b.doc.text
    here, before = b.doc.sentence_start(pos), b.doc.sentence_start(pos, 1)
    if before == here or text[here:pos].strip(" \t\n\"“«'‘"):
        return None
    intro = SOURCE_INTRO.match(fold_text(text[before:here]))
    start = before + (intro.end() if intro else 0)
    first = next((r for r in names if start <= r.start < here and (ent := b.res.by_key.get(r.key)) is not None
                  and ent.type not in ("location", "state")
                  # "The faction was founded by former FARC commanders. Its commander …": no subject, only whose
                  # men the founders were
                  and not _names_whose_men(text, r)), None)
    if first is None or b.res.by_key[first.key].type not in ORG_TYPES | {"other"}:
        # ("The purge board, formally the Comisión Especial X, … Its chairwoman": a body no list types is still
        # the one the last sentence opened with, not some force named further back)
        return None
    return first.key


# a sentence opening with a description of a body or a group and no name: "The peace office defended …", "In
# Brussels, the federal prosecutor's office confirmed …", "The cell's violence was outsourced."
UNNAMED_OPENING = re.compile(r"(?:(?:in|at|on|after|since|en|tras|desde)\s[^,.]{1,40},\s*)?"
                             r"((?:the|el|la|los|las)\s+(?:[a-z][\w'’-]*\s+){0,3}?"
                             r"(?:office|board|commission|committee|ministry|department|agency|service|unit|cell|"
                             r"network|ring|council|court|tribunal|bureau|directorate|force|brigade|command|"
                             r"secretariat|authority|institute|group|gang|clan|faction|organi[sz]ation|"
                             r"oficina|junta|comision|comite|ministerio|departamento|agencia|servicio|unidad|celula|"
                             r"consejo|corte|direccion|fuerza|brigada|comando|secretaria|autoridad|instituto|grupo|"
                             r"banda|faccion|organizacion)"
                             r"(?:['’]s)?)(?![\w-])")
# a name right after the description: "The office of the High Commissioner …", "La oficina del Alto Comisionado …"
# ("The purge board, formally the Comisión Especial …": its formal name after a comma)
NAMED_AFTER = re.compile(r"\s*(?:\([^()]{1,20}\)\s*)?(?:,\s*)?(?:(?:of|de|del|for|para|formally|officially|formalmente|"
                         r"oficialmente)(?![\w]))?\s*(?:the\s+|el\s+|la\s+)?")


def unnamed_opening(doc: Document, refs: list[Ref], pos: int) -> bool:
    """The sentence before the one that opens at ``pos`` opens with a description of a body or group ('The peace
    office', 'In Brussels, the federal prosecutor's office') that no reference names."""
    text = doc.text
    here, before = doc.sentence_start(pos), doc.sentence_start(pos, 1)
    if before == here or text[here:pos].strip(" \t\n\"“«'‘"):
        return False
    lead = len(text[before:here]) - len(text[before:here].lstrip(" \t\n\"“«'‘"))
    opening = UNNAMED_OPENING.match(fold_text(text[before + lead : here]))
    if opening is None:
        return False
    start, end = before + lead + opening.start(1), before + lead + opening.end(1)
    named_after = NAMED_AFTER.match(text, end)  # (it matches everywhere: every part of it is optional)
    after = named_after.end() if named_after else end
    return not any(start <= r.start < end or r.start == after for r in refs)


# a list's intro or one of its items: 'Los detenidos son:', '- Daiana Frutos, alias …', '2. Juan Ruiz, …'
LIST_LINE = re.compile(r"\s*(?:[-–•*]|\d{1,2}[.)])\s|[^\n.;]{0,80}:\s*$", re.M)


def _previous_subject(b: _Builder, names: list[Ref], pos: int, typ: str) -> str | None:
    """'The Frente 33 attacked the Frente 10. The armed group …': with none of the type named earlier in
    this sentence and several in the last, the last sentence's subject (its first such name)."""
    here, before = b.doc.sentence_start(pos), b.doc.sentence_start(pos, 1)
    if before == here:
        return None  # the first sentence: no sentence before it
    if any(here <= r.start < pos and b.res.by_key[r.key].type == typ for r in names):
        return None
    previous, listed = before, False
    for back in range(2, 6):
        # ('… la banda, conocida como Los del Espejo, respondía a un operador del PCC. Los detenidos son: - X, jefe de
        # la organización': over a list's intro and items that name none of the type, to the last sentence that does)
        line = LIST_LINE.match(b.doc.text, before)
        if any(before <= r.start < here and b.res.by_key[r.key].type == typ for r in names) \
                or b.doc.sentence_start(pos, back) == before or not line:
            break
        listed = listed or line.group(0).rstrip().endswith(":")
        before, here = b.doc.sentence_start(pos, back), before
    if not listed:
        before = previous  # (a timeline's dated lines are no list of one story's people)
    fit = [r for r in names if before <= r.start < pos and b.res.by_key[r.key].type == typ]
    if len({r.key for r in fit}) < 2:
        return None
    intro = SOURCE_INTRO.match(fold_text(b.doc.text), before)
    return next((r.key for r in fit if r.start >= (intro.end() if intro else 0)), None)


# the last word of a clause whose object the name is, not of a description beside it
OBJECT_OF = {"a", "al", "para", "con", "contra", "por", "hacia", "desde", "to", "for", "with", "against", "by", "from",
             "on", "into", "toward", "towards"}


OF_WORDS = {"de", "del", "of"}
APPOSED = re.compile(r"\s*(?:\([^()]{1,20}\)\s*)?,\s*")


def _described_heads(b: _Builder, names: list[Ref]) -> dict[str, set[str]]:
    """The words of the descriptions written beside each organisation's name ('X, una red de narcotráfico')."""
    folded = fold_text(b.doc.text)
    out: dict[str, set[str]] = {}
    for r in names:
        ent = b.res.by_key.get(r.key)
        if ent is None or ent.type in ("person", "location", "state"):
            continue
        lo = max(0, r.start - 80)
        before = DESCRIBED_BEFORE.search(folded[lo : r.start])
        if before and before.group(1).split()[-1] in OBJECT_OF:
            before = None  # 'la banda presta servicios a Los Rojos': no description of the Rojos
        elif before and before.group(1).split()[-1] in OF_WORDS and any(
                APPOSED.fullmatch(folded, n.end, lo + before.start()) for n in names if n.end <= lo + before.start()):
            before = None  # 'X, una estructura del Barrio 18': the structure is X (a part of the Barrio 18)
        for m in (before, DESCRIBED_AFTER.match(folded[r.end : r.end + 80])):
            if m:
                out.setdefault(r.key, set()).update(m.group(1).split())
    return out


def _described_as(b: _Builder, names: list[Ref], described: dict[str, set[str]], head: str, pos: int,
                  typ: str) -> str | None:
    """'esta red' → the last organisation of that type described with that word ('X, una red de …'); further
    back than a few paragraphs only when the document describes one organisation so."""
    fit = [r for r in names if r.start < pos and head in described.get(r.key, ())
           and (ent := b.res.by_key.get(r.key)) is not None and ent.type == typ]
    if fit and pos - fit[-1].start < 1500 or len({r.key for r in fit}) == 1:
        return fit[-1].key
    return None


def _plural_group(b: _Builder, names: list[Ref], pos: int) -> str | None:
    """'Los Choneros and their rivals': a group with a plural name is 'they'."""
    for r in reversed(names):
        ent = b.res.by_key.get(r.key)
        if r.start >= pos or pos - r.start > 300 or ent is None:
            continue
        if ent.type in ("criminal_group", "armed_group", "group") and re.match(r"(?:los|las|the)\s|.*s$",
                                                                                fold_text(ent.name)):
            return r.key
        if ent.type == "person":
            return None  # a person in between: "they" is more likely someone else
    return None
