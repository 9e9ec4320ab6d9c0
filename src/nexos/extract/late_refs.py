"""References resolved once names, pronouns and descriptions are: what a phrase stands for by where it is.

Plural phrases for the actors just named ("both", "los dos detenidos", "the gangs"), "aquí/allí/there" for the
place just named, a chronicle's "el pueblo" for the town it is datelined from, a gang's men ("los muchachos",
"his men"), a family named in the plural ("los Huanca"), and the dropped subject of a Spanish verb (a
zero-width reference at the verb). Called by ``coref.resolve_mentions`` last; adds references, never entities.
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from nexos.extract.coref import Ref, dateline_entity
from nexos.extract.entities import family_surname
from nexos.extract.lexicon import fold_text

if TYPE_CHECKING:
    from nexos.extract.coref import _Builder
    from nexos.model import Entity


def _home_place(b: _Builder) -> Entity | None:
    """The place the document is datelined from, when the text names it."""
    return dateline_entity(b.doc, b.res.entities, ("location", "other"))


# "el pueblo", "la comunidad", "the town": in a text datelined from a town, that town (unless another is named
# with it: "el pueblo de San Isidro", "the town Tibú")
HOME_DESCRIPTION = re.compile(r"(?<![\w])(?:el|la|del|al|este|esta|the|this)\s+(pueblo|poblado|caserio|comunidad|vereda|"
                              r"aldea|localidad|municipio|town|village|hamlet|municipality)(?![\w])"
                              r"(?!\s+(?:de|del|of)\s)(?!\s+[A-Z])")


def _called(folded: str, ent: Entity, word: str) -> bool:
    """The text calls the place by that word beside its name: "La Ceibita, el pueblo donde …", "el pueblo de X"."""
    from nexos.extract.place_refs import KIND_AFTER, KIND_BEFORE  # place_refs reads coref's Resolution

    for m in ent.mentions:
        for h in (KIND_BEFORE.search(folded[max(0, m.start - 40) : m.start]), KIND_AFTER.match(folded[m.end : m.end + 40])):
            if h and re.search(rf"(?<![\w]){word}(?![\w])", h.group()):
                return True
    return False


def home_descriptions(b: _Builder) -> None:
    """A chronicle's "el pueblo" is the town it is datelined from, unless the text has called another place named
    before it by that very word and not the home town ("Cúcuta, 20 de octubre … La Ceibita, el pueblo donde …":
    "la entrada del pueblo" is La Ceibita, the village the magazine in the city went to)."""
    home = _home_place(b)
    if home is None:
        return
    folded = fold_text(b.doc.text)
    taken = [(r.start, r.end) for r in b.res.refs]
    first = min(m.start for m in home.mentions)
    places = sorted((r for r in b.res.refs if r.kind == "name" and r.key != home.key
                     and b.res.by_key[r.key].type == "location"), key=lambda r: r.start)
    for m in HOME_DESCRIPTION.finditer(folded):
        if m.start() > first and not any(s < m.end() and m.start() < e for s, e in taken):
            word = m.group(1)
            town = None if _called(folded, home, word) else \
                next((r.key for r in reversed(places) if r.start < m.start()
                      and _called(folded, b.res.by_key[r.key], word)), None)
            b.add_mention(b.res.by_key[town] if town else home, m.start(), m.end(), "description")


# "Both are wanted in Colombia", "los dos grupos", "the gangs": one phrase that stands for several actors
# named just before it. Each gets a "plural" reference on the same span, which the phrase reader takes as a
# coordinated list ("Choneros and Lobos were listed. Noboa has made the fight against the gangs …").
PLURAL_NOUNS = {
    "person": r"men|women|brothers|sisters|leaders|bosses|suspects|detainees|defendants|hombres|mujeres|hermanos|"
              r"hermanas|lideres|jefes|cabecillas|sospechosos|detenidos|detenidas|capturados|acusados|procesados|"
              r"imputados|imputadas|vinculados|aprehendidos|arrestados|arrested|accused|indicted",
    "group": r"groups|gangs|cartels|factions|organi[sz]ations|militias|guerrillas|grupos|bandas|pandillas|carteles|"
             r"facciones|organizaciones|estructuras|guerrillas",
    "state": r"countries|nations|governments|paises|naciones|gobiernos",
}
PLURAL_KINDS = {"person": {"person"}, "group": {"criminal_group", "armed_group"}, "state": {"state"}}
NUMBER_WORDS = {"both": 2, "ambos": 2, "ambas": 2, "two": 2, "dos": 2, "three": 3, "tres": 3, "four": 4, "cuatro": 4,
                "five": 5, "cinco": 5, "six": 6, "seis": 6, "seven": 7, "siete": 7}
_NOUN_ALT = "|".join(PLURAL_NOUNS.values())
PLURAL_REF = re.compile(
    # "both men", "los dos grupos", "the three detainees", "ambas organizaciones"
    rf"(?<![\w])(?:(?:the|los|las)\s+)?(both|ambos|ambas|two|dos|three|tres|four|cuatro|five|cinco|six|seis|"
    rf"seven|siete)\s+(?:rival\s+|rivales\s+)?"
    rf"(?:{_NOUN_ALT})(?![\w])"
    # "Both are wanted", "Ambos fueron capturados", "both of them"
    r"|(?<![\w])(both|ambos|ambas)(?=\s+(?:of them|de ellos|are|were|have|had|face|faced|remain|deny|denied|"
    r"son|fueron|eran|estan|estaban|tienen|enfrentan|siguen|han|habian|negaron|niegan|se)(?![\w]))"
    # "the gangs", "las pandillas", "the rival cartels": every such group named just before
    rf"|(?<![\w])(?:the|los|las)\s+(?:rival\s+|armed\s+|criminal\s+)?({PLURAL_NOUNS['group']})(?:\s+(?:armados|criminales|rivales))?(?![\w])")


def plural_references(b: _Builder) -> None:
    folded = fold_text(b.doc.text)
    names = sorted((r for r in b.res.refs if r.kind == "name"), key=lambda r: r.start)
    taken = [(r.start, r.end) for r in b.res.refs]
    for m in PLURAL_REF.finditer(folded):
        if any(s < m.end() and m.start() < e for s, e in taken):
            continue
        phrase = m.group(0)
        kind = next((k for k, rx in PLURAL_NOUNS.items() if re.search(rf"(?<![\w])(?:{rx})(?![\w])", phrase)), None)
        number = NUMBER_WORDS.get(m.group(1) or m.group(2) or "")
        if m.group(3):
            kind, number = "group", None
        # this sentence and the one before, across a paragraph break too; "los seis imputados" reaches back to
        # the list of six named some sentences before
        lo = b.doc.sentence_start(m.start(), 6 if number and number >= 3 else 1)
        keys: list[str] = []
        for r in reversed(names):
            if not lo <= r.start < m.start():
                continue
            ent = b.res.by_key.get(r.key)
            if ent is None or r.key in keys:
                continue
            if kind is None:
                kind = next((k for k, typs in PLURAL_KINDS.items() if ent.type in typs), None)
                if kind is None:
                    break  # "Both are wanted": the last actor named is no person, group or state
            if ent.type in PLURAL_KINDS[kind]:
                keys.append(r.key)
        if number:
            keys = keys[:number] if len(keys) >= number else []
        if len(keys) < 2:
            continue
        for key in reversed(keys):
            b.add_mention(b.res.by_key[key], m.start(), m.end(), "plural")
        taken.append((m.start(), m.end()))


# "La Policía capturó a Ana Ríos y a Luis Mejía. … Los capturados fueron presentados ante un juez", "Police
# arrested X and Y. … The suspects appeared in court": a bare plural for people held stands for the people the
# last sentence telling an arrest or a charge named (eight sentences back at most), one or several.
HELD_PLURAL = re.compile(r"(?<![\w])(?:the|los|las)\s+(suspects|detainees|defendants|arrested|"
                         r"capturados|capturadas|detenidos|detenidas|aprehendidos|aprehendidas|arrestados|"
                         r"arrestadas|sospechosos|imputados|imputadas|procesados|procesadas)(?![\w])"
                         r"(?!\s+(?:de|del|en|of|in|from|by|por)\s)")
HELD_DEED = re.compile(r"(?<![\w])(?:arrest(?:ed|s)?|captur(?:ed|es)|detain(?:ed|s)?|charged|indicted|apprehended|"
                       r"captur(?:o|aron|ad[oa]s?)|arrest(?:o|aron|ad[oa]s?)|detuv(?:o|ieron)|detenid[oa]s?|"
                       r"aprehendi(?:o|eron)|aprehendid[oa]s?|imput(?:o|aron)|capturan|detienen|arrestan)(?![\w])")


def held_plurals(b: _Builder) -> None:
    folded = fold_text(b.doc.text)
    people = sorted((r for r in b.res.refs if r.kind in ("name", "description") and b.res.by_key.get(r.key)
                     is not None and b.res.by_key[r.key].type == "person"), key=lambda r: r.start)
    taken = [(r.start, r.end) for r in b.res.refs]
    for m in HELD_PLURAL.finditer(folded):
        if any(s < m.end() and m.start() < e for s, e in taken):
            continue
        for back in range(1, 9):
            lo, hi = b.doc.sentence_start(m.start(), back), b.doc.sentence_start(m.start(), back - 1)
            if hi == lo:
                break  # the first sentence reached
            deed = HELD_DEED.search(folded, lo, hi)
            if deed is None:
                continue
            # those named after the deed ('capturó a X y a Y'), else before it ('X and Y were arrested'): not
            # the officer who speaks of it before ('El coronel Z dijo que capturaron a X')
            keys = list(dict.fromkeys(r.key for r in people if deed.end() <= r.start < hi)) \
                or list(dict.fromkeys(r.key for r in people if lo <= r.start < deed.start()))
            if not keys:
                continue
            if len(keys) <= 6:
                for key in keys:
                    b.add_mention(b.res.by_key[key], m.start(), m.end(), "plural")
                taken.append((m.start(), m.end()))
            break


# "El Zapote es una comunidad de Michoacán. Aquí no manda el ayuntamiento sino Los Tecolotes": "aquí", "allí",
# "there" stand for the place the sentence before named (not an existential "there is").
LOCATIVE = re.compile(r"(?<![\w])(aqui|alli|alla|there)(?![\w])(?!\s+(?:is|are|was|were|has|have|had|will|would|"
                      r"may|might|must|can|could|should|seems?|seemed|appears?|appeared|remains?|remained|exists?|"
                      r"existed|used|came|comes|lies|lay)(?![\w]))")


def locative_references(b: _Builder) -> None:
    folded = fold_text(b.doc.text)
    places = sorted((r for r in b.res.refs if r.kind == "name" and b.res.by_key.get(r.key) is not None
                     and b.res.by_key[r.key].type == "location"), key=lambda r: r.start)
    starts = [r.start for r in places]
    home_place = _home_place(b)
    for m in LOCATIVE.finditer(folded):
        if m.group(1) == "there" and re.search(r"(?<![\w])(?:over|out|up|down|from|get|got|go|went|then)\s+$",
                                                 folded[max(0, m.start() - 6) : m.start()]):
            continue  # "over there", "from there", "went there" read well enough without a place
        lo = b.doc.sentence_start(m.start(), 1)
        j = bisect.bisect_left(starts, m.start()) - 1
        if j < 0 or places[j].start < lo:
            # "aquí" with no place just named: in a text datelined from a town, that town
            home = home_place if m.group(1) == "aqui" else None
            if home is not None and min(sp.start for sp in home.mentions) < m.start():
                b.add_mention(home, m.start(), m.end(), "pronoun")
            continue
        here = [r for r in places[max(0, j - 3) : j + 1] if r.start >= lo]
        subject = [r for r in here if r.start - (b.doc.sentence_at(r.start) or (r.start, 0))[0] < 12]
        if len({r.key for r in here}) == 1:  # one place named just before: no doubt which
            b.add_mention(b.res.by_key[places[j].key], m.start(), m.end(), "pronoun")
        elif len({r.key for r in subject}) == 1:  # "El Zapote es una comunidad de San Lucas. Aquí …": the subject
            b.add_mention(b.res.by_key[subject[0].key], m.start(), m.end(), "pronoun")


# "Los muchachos, según los vecinos, responden a Ramiro Saucedo", "his men fled": a gang's rank and file, said
# of the one gang the paragraph (or the two sentences before) named.
GROUP_MEMBERS = re.compile(r"(?<![\w])(?:the|his|their|its|los|sus|esos|estos|aquellos)\s+(?:men|gunmen|hitmen|fighters|"
                           r"muchachos|hombres|sicarios|pistoleros|gatilleros|halcones|matones)(?![\w])"
                           r"(?!\s+(?:of|de|del)\s)")
GANG_KINDS = {"criminal_group", "armed_group"}


def group_members(b: _Builder) -> None:
    folded = fold_text(b.doc.text)
    gangs = sorted((r for r in b.res.refs if r.kind != "zero" and b.res.by_key.get(r.key) is not None
                    and b.res.by_key[r.key].type in GANG_KINDS), key=lambda r: r.start)
    taken = [(r.start, r.end) for r in b.res.refs]
    for m in GROUP_MEMBERS.finditer(folded):
        if any(s < m.end() and m.start() < e for s, e in taken):
            continue
        para = b.doc.paragraph_at(m.start())
        lo = min(b.doc.sentence_start(m.start(), 2), para[0] if para else m.start())
        keys = {r.key for r in gangs if lo <= r.start < m.start()}
        if len(keys) == 1:
            b.add_mention(b.res.by_key[keys.pop()], m.start(), m.end(), "description")


# Spanish drops a subject the sentence before named: "El alcalde, Ómar Benítez, fue el siguiente objetivo.
# … Durante seis semanas despachó desde Cúcuta, protegido por la UNP." A sentence that opens (after a time or
# place phrase at most) with a third-person singular verb in the past takes the last sentence's subject, as a
# zero-width reference at the verb. Third-person plural is left alone: "mataron a X" is impersonal.
ZERO_OPENERS = {"durante", "en", "desde", "tras", "despues", "antes", "hace", "al", "a", "ese", "esa", "este", "esta",
                "aquel", "aquella", "ayer", "hoy", "luego", "entonces", "mas", "el", "la", "un", "una", "dias", "semanas",
                "meses", "anos", "horas", "dos", "tres", "cuatro", "cinco", "pocos", "pocas", "unos", "unas"}
ZERO_SKIP = ZERO_OPENERS | {"de", "del", "los", "las", "pasado", "pasada", "siguiente", "mismo", "misma", "tarde", "noche",
                            "manana", "madrugada", "dia", "semana", "mes", "ano", "seis", "siete", "ocho", "nueve", "diez",
                            "tambien", "ya", "no", "nunca", "se", "le", "les", "lo", "me", "nos", "despues", "luego",
                            "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
                            "setiembre", "octubre", "noviembre", "diciembre", "lunes", "martes", "miercoles", "jueves",
                            "viernes", "sabado", "domingo", "finales", "principios", "mediados", "fines", "inicios"}
ZERO_VERB = re.compile(r"(?:fue|era|estuvo|estaba|habia|ha|sigue|seguia|volvio|[a-zñ]{3,}(?:o|aba|ia))")
NOT_VERB = {"como", "solo", "todo", "cada", "otro", "poco", "mucho", "algo", "nada", "tanto", "medio", "dia", "tampoco",
            "pero", "sino", "cuando", "donde", "mientras", "aunque", "porque", "desde", "durante", "hacia", "contra",
            "segun", "sobre", "ambito", "ano", "barrio", "grupo", "cargo", "centro", "caso", "modo", "tiempo", "resto",
            "pueblo", "territorio", "municipio", "ejercito", "gobierno", "ministerio", "proyecto", "trabajo", "tambien",
            "luego", "ademas", "asimismo", "mismo", "primero", "segundo", "tercero", "entonces", "pronto", "apenas"}


def family_plurals(b: _Builder) -> None:
    """'la familia Apaza … los Apaza', 'the Cordón family … the Cordóns': the family named in the plural.

    A person of that surname named alone ("Apaza dijo") stays that person; only the plural article makes
    the family.
    """
    for ent in list(b.res.entities):
        surname = family_surname(ent.name) if ent.type in ("group", "criminal_group") else None
        if not surname:
            continue
        rx = re.compile(rf"(?<![\w])(?:[Ll]os|[Tt]he)\s+{re.escape(surname)}s?(?![\w])")
        for m in rx.finditer(b.doc.text):
            inside = [r for r in b.res.refs if r.start < m.end() and m.start() < r.end]
            if any(r.kind != "name" or b.res.by_key[r.key].type != "person" for r in inside):
                continue
            for r in inside:  # "el menor de los Huanca": the bare surname is the family's, not the last Huanca's
                b.res.refs.remove(r)
                person = b.res.by_key[r.key]
                person.mentions = [sp for sp in person.mentions if not (sp.start == r.start and sp.end == r.end)]
            b.add_mention(ent, m.start(), m.end(), "name")


def _dropped_subject_verb(text: str, folded: str, s: int, e: int) -> int | None:
    """Where the verb of a sentence with no subject of its own starts ("Durante seis semanas despachó …")."""
    words = list(re.finditer(r"[\w'’]+|[,;:]", text[s : min(e, s + 140)]))
    if not words or not text[s : s + 1].isupper():
        return None
    starts = [0]
    if fold_text(words[0].group()) in ZERO_OPENERS:
        comma = next((k for k, w in enumerate(words[:12]) if w.group() == ","), None)
        if comma is not None:
            starts.append(comma + 1)  # "En la puerta de su casa, encontró …": the opening phrase ends at its comma
    for i in starts:
        after_article = False
        while i < len(words):
            w = words[i].group()
            f = fold_text(w)
            if w in ("él", "Él") and not after_article:
                return s + words[i].start()  # "Durante dos años él fue la ley": the accent makes it the pronoun
            if w == "," or f.isdigit() or (f in ZERO_SKIP and (i == 0 or w[:1].islower())):
                after_article = f in ARTICLES or f in PREPOSITIONS
                i += 1
                continue
            if after_article:
                break  # "La funcionaria pidió", "En represalia, …": after an article or a preposition, a noun
            if i == 0 and SENTENCE_VERB.fullmatch(w):
                return s + words[i].start()  # "Prefirió publicar un comunicado": a verb opens the sentence
            if w[:1].islower() and ZERO_VERB.fullmatch(f) and f not in NOT_VERB:
                nxt = fold_text(words[i + 1].group()) if i + 1 < len(words) else ""
                if f in ("fue", "era", "estaba", "estuvo") and PARTICIPLE.fullmatch(nxt):
                    break  # "Dos días después fue expulsado": a passive's subject is whoever was acted on
                return s + words[i].start()
            break
    return None


ARTICLES = {"el", "la", "los", "las", "un", "una", "unos", "unas"}
# a capitalised first word that can only be a verb: a stressed preterite ('Prefirió') or an imperfect ('Callaba')
SENTENCE_VERB = re.compile(r"[A-ZÁÉÍÓÚÑ][a-záéíóúñ]{2,}(?:ó|aba|aban)")
PREPOSITIONS = {"en", "de", "del", "a", "al", "desde", "durante", "tras", "hace", "con", "por", "para", "sin", "sobre"}
PARTICIPLE = re.compile(r"[a-zñ]+(?:ado|ada|ados|adas|ido|ida|idos|idas|to|ta|tos|tas|cho|cha)")


ZERO_ANTECEDENT = {"person", "criminal_group", "armed_group", "government_body", "political_party", "ngo", "company"}
PREP_BEFORE = re.compile(r"(?<![\w])(?:de|del|a|al|en|por|con|para|segun|contra|sobre|entre|hacia|desde|que|y)\s+"
                         r"(?:el\s+|la\s+|los\s+|las\s+)?$")


def zero_subjects(b: _Builder) -> None:
    text, folded = b.doc.text, fold_text(b.doc.text)
    sents = b.doc.sentences or [(0, len(text))]
    refs = sorted(b.res.refs, key=lambda r: r.start)
    starts = [r.start for r in refs]
    subject: str | None = None  # the subject of the sentence before
    added: list[Ref] = []
    for s, e in sents:
        lo, hi = bisect.bisect_left(starts, s), bisect.bisect_left(starts, e)
        inside = [r for r in refs[lo:hi] if r.end <= e]
        para = b.doc.paragraph_at(s)
        if para is None or para[0] == s:
            subject = None  # a new paragraph: its subject is named again, as a rule
        verb = _dropped_subject_verb(text, folded, s, e)
        if verb is not None and subject and not any(r.start < verb or r.start <= verb < r.end for r in inside):
            added.append(Ref(verb, verb, subject, "zero"))
            continue  # the dropped subject goes on being the subject
        if not inside and len(re.findall(r"\w+", text[s:e])) <= 3:
            continue  # "Ni una.": a fragment with no verb leaves the subject as it was
        first = _opening_subject(b, folded, s, inside)
        subject = first.key if first is not None else None
    b.res.refs.extend(added)


def _opening_subject(b: _Builder, folded: str, s: int, inside: list[Ref]) -> Ref | None:
    """The first actor of the refs ``inside`` a sentence starting at ``s`` that can be its subject: one that may
    drop out of the next sentence, not after a preposition, within 80 characters of the start."""
    first = next((r for r in inside if b.res.by_key.get(r.key) is not None
                  and b.res.by_key[r.key].type in ZERO_ANTECEDENT
                  and not PREP_BEFORE.search(folded[max(s, r.start - 25) : r.start])), None)
    return first if first is not None and first.start - s < 80 else None


# what a person has, said with 'su/sus': 'su empresa Agroganadera …', 'su abogado', 'su campaña'
PERSON_POSSESSED_ES = re.compile(
    r"(?<![\w])(sus?)\s+(?:(?:propi[oa]s?|nuev[oa]s?|principal(?:es)?|antigu[oa]s?|actual(?:es)?|vieja?o?s?)\s+)?"
    # (things, not people: 'su mujer, X' and 'su abogado' bring in someone else, read where relatives are)
    r"(?:empresas?|compania|companias|firmas?|negocios?|haciendas?|fincas?|estancias?|ranchos?|casas?|viviendas?|"
    r"mansion|campana|candidatura|cuentas?|bienes|patrimonio|fortuna|despacho|oficina|camioneta|avion|avioneta|"
    r"declaraciones|detencion|captura|arresto|extradicion|juicio|condena|caso|cargo|mandato|gestion|alcaldia|"
    r"gobernacion)(?![\w])")
HONORIFIC_BEFORE = re.compile(r"(?<![\w])(dona|don|senora|senor|sra\.|sr\.)\s+$")
# 'Él insiste', 'según él': the accented pronoun (the article has none)
ACCENTED_HE = re.compile(r"(?<![\w])(?:Él|él)(?![\w])")


def spanish_pronouns(b: _Builder) -> None:
    """'Él insiste en que es ganadero. Y lo es: su empresa Agroganadera …': Spanish 'él' and a person's 'su'.

    'él' (with its accent; the article has none) and 'su/sus' before a word for what a person has (a firm, a
    relative, a lawyer, a campaign, an arrest) stand for the person who is the subject of the sentence so far,
    else of the sentence before, across a paragraph break too (a paragraph that opens 'Él …' goes on about
    the person the last one was about). Only a person: 'su empresa' after a gang is the gang's business and
    stays unresolved, and a woman's name never takes 'él'.
    """
    from nexos.extract.descriptions import gender  # (descriptions imports from this package's coref)

    text, folded = b.doc.text, fold_text(b.doc.text)
    sents = b.doc.sentences or [(0, len(text))]
    refs = sorted(b.res.refs, key=lambda r: r.start)
    starts = [r.start for r in refs]
    taken = [(r.start, r.end) for r in refs]
    previous: str | None = None  # the subject of the sentence before
    added: list[Ref] = []

    def sex_of(key: str) -> str | None:
        """From the given name, else from 'doña'/'la señora' before a mention ('doña Tuta' is a woman)."""
        ent = b.res.by_key[key]
        known = gender(ent.name)
        if known is None:
            for m in ent.mentions:
                title = HONORIFIC_BEFORE.search(folded, max(0, m.start - 12), m.start)
                if title:
                    return "f" if title.group(1) in ("dona", "senora", "sra.") else "m"
        return known

    def subject(s: int, e: int) -> Ref | None:
        lo, hi = bisect.bisect_left(starts, s), bisect.bisect_left(starts, e)
        return _opening_subject(b, folded, s, [r for r in refs[lo:hi] if r.kind != "zero"])

    for s, e in sents:
        pronouns = [(m.start(), m.end(), "m") for m in ACCENTED_HE.finditer(text, s, e)]
        pronouns += [(m.start(1), m.end(1), None) for m in PERSON_POSSESSED_ES.finditer(folded, s, e)]
        for ps, pe, sex in sorted(pronouns):
            if any(a < pe and ps < z for a, z in taken):
                continue
            here = subject(s, ps)
            key = here.key if here is not None and b.res.by_key[here.key].type == "person" else None
            if here is not None and key is None:
                continue  # the sentence's own subject is no person: its 'su' is that actor's, not someone's
            key = key or previous
            if key is None or b.res.by_key[key].type != "person" or sex and sex_of(key) not in (None, sex):
                continue
            added.append(Ref(ps, pe, key, "pronoun"))
        first = subject(s, e)
        said = next((r for r in added if s <= r.start < e), None)  # 'Él insiste …': the subject goes on
        if said is not None and (first is None or said.start < first.start) and said.start - s < 80:
            previous = said.key
        elif first is not None:
            previous = first.key
    for r in added:
        b.add_mention(b.res.by_key[r.key], r.start, r.end, "pronoun")


# what is done to someone ('la Policía lo detuvo', 'la Fiscalía la acusó'): the verbs after an object clitic that
# make it someone the clause acts on (shared with roles.clitic_ties, which types the tie)
COERCIVE_DEEDS = (r"detuvo|detuvieron|detenido|capturo|capturaron|capturado|arresto|arrestaron|arrestado|aprehendio|"
                  r"aprehendieron|acuso|acusa|acusan|acusaron|acusado|imputo|imputa|imputaron|procesa|proceso|procesaron|"
                  r"condeno|condenaron|sentencio|sanciono|sanciona|sancionaron|sancionado|extradito|extraditaron|"
                  r"extraditado|deporto|deportaron|expulso|expulsaron|investiga|investigan|investigo|investigaron|"
                  r"asesinaron|asesino|mataron|mato|secuestraron|secuestro|amenazo|amenazaron|amenaza|amenazan|ataco|"
                  r"atacaron|persigue|persiguen|persiguio|buscaba|buscaban|busca|buscan|destituyo|destituyeron|"
                  r"suspendio|suspendieron|allanaron|allano|interrogo|interrogaron")
# what is done to someone through an indirect object ('la jueza le dictó prisión preventiva', 'le imputaron cargos')
# a compound tense's auxiliary between the clitic and the participle ('lo había detenido', 'le han imputado')
AUX_ES = r"(?:(?:habia|habria|ha|han|habian|habrian)\s+)?"
INDIRECT_DEEDS = (r"imputo|imputaron|imputa|dicto|dictaron|incauto|incautaron|decomiso|decomisaron|congelo|congelaron|"
                  r"retiro|retiraron|revoco|revocaron|formulo|formularon|atribuye|atribuyen|atribuyo|atribuyeron")
CLITIC_OBJECT = re.compile(
    rf"(?<![\w])(?:(le)\s+{AUX_ES}(?:{INDIRECT_DEEDS})(?![\w])|"
    rf"(lo|la)\s+{AUX_ES}(?:{COERCIVE_DEEDS}|incluyo|incluyeron|incluido|"
    r"designo|designaron|vinculo|vincula|vinculan|vincularon|senala|senalan|senalo|senalaron|denuncio|denuncia|"
    r"denunciaron|apoyo|apoya|apoyan|apoyaron|respaldo|respalda|respaldan|financio|financia|financian|nombro|"
    r"nombraron)(?![\w]))")


def clitic_objects(b: _Builder) -> None:
    """'Rubén Lara … En marzo la Policía lo detuvo en Lima': 'lo' (a man) or 'la' (a woman) before a verb of
    what is done to someone is the person named last before it — in this sentence or the two before — who is
    not the clause's own subject right before the clitic."""
    from nexos.extract.descriptions import gender  # (descriptions imports from this package's coref)

    folded = fold_text(b.doc.text)
    refs = sorted((r for r in b.res.refs if r.kind != "zero"), key=lambda r: r.start)
    taken = [(r.start, r.end) for r in refs]
    for m in CLITIC_OBJECT.finditer(folded):
        g = 1 if m.group(1) else 2
        if any(a < m.end(g) and m.start(g) < z for a, z in taken):
            continue
        lo = b.doc.sentence_start(m.start(), 3)
        before = [r for r in refs if lo <= r.start and r.end <= m.start() and b.res.by_key.get(r.key) is not None]
        if not before:
            continue
        subject = before[-1]
        if not re.fullmatch(r"[\s,]*", folded[subject.end : m.start()]) and not re.search(
                r"(?<![\w])(?:que|quien|y|e)\s+$", folded[subject.end : m.start()]):
            subject = None  # no actor right before the clitic: a dropped or distant subject
        sex = {"lo": "m", "la": "f"}.get(m.group(g))
        people = [r for r in before if r is not subject and (subject is None or r.key != subject.key)
                  and b.res.by_key[r.key].type == "person"
                  and (sex is None or gender(b.res.by_key[r.key].name) in (None, sex))]
        if people:
            # (its own kind: the object of one verb, read by the clitic tie pass, never a unit to pair at random)
            b.add_mention(b.res.by_key[people[-1].key], m.start(g), m.end(g), "clitic")
            refs.append(Ref(m.start(g), m.end(g), people[-1].key, "clitic"))
            refs.sort(key=lambda r: r.start)
