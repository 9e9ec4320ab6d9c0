"""Places a sentence points at instead of naming: the story's setting and the place of a kind named before.

"Aquí no manda el ayuntamiento sino Los Halcones", "here, the Serpientes call the shots", "the gang charges
every shop in the town", "dentro del penal", "inside the prison", "en la provincia": a criminal or armed group
in such a sentence is active in the place the word stands for. That place is

- for a kind word ("el penal", "the prison", "la provincia", "the town"), the nearest place named before it
  whose name or the words around its name say it is of that kind ("la cárcel de X", "X prison", "el municipio
  de X", "X, un caserío de …", "la provincia de X"); a town word with no such place is the story's setting;
- for "aquí", "acá", "here", the story's setting: the local place the text names most (at least twice).

A kind word that introduces a name ("el municipio de San Telmo", "the town of Ybor") is that name's, not a
reference; one inside a name ("Defensoría del Pueblo") is no reference either.
"""

from __future__ import annotations

import re
from collections import Counter

from nexos.extract.coref import Resolution
from nexos.extract.lexicon import fold_text
from nexos.model import Document

GROUP_TYPES = {"criminal_group", "armed_group"}

# the kinds of place a word can point at, each with the words (folded) that name it
KINDS = {
    "prison": r"prison|jail|penitentiary|detention (?:center|centre)|penal|carcel|prision|reclusorio|"
              r"centro penitenciario|centro de (?:privacion|rehabilitacion|readaptacion|detencion)",
    "town": r"town|village|hamlet|city|municipality|community|pueblo|ciudad|municipio|comunidad|caserio|"
            r"corregimiento|vereda|localidad|aldea|poblado|canton",
    "province": r"province|department|provincia|departamento",
    "valley": r"valley|valle",
    "river": r"river|rio",
    "area": r"area|zone|region|zona|region|comarca",
}
KIND_RX = {k: re.compile(rf"(?<![\w])(?:{v})(?![\w])") for k, v in KINDS.items()}
_ANY_KIND = "|".join(KINDS.values())
# "en el pueblo", "inside the prison", "this town", "dentro del penal", "esta provincia"
POINTER = re.compile(rf"(?<![\w])(?:the|this|that|our|el|la|este|esta|ese|esa|aquel|aquella|del|al|nuestro|nuestra)\s+"
                     rf"({_ANY_KIND})(?![\w])")
HERE = re.compile(r"(?<![\w])(?:aqui|aca|here)(?![\w])(?!\s+(?:is|are|was|'s|’s)\b)")
# what follows a kind word that introduces a name rather than pointing back: "the town of X", "el penal de X"
NAMING_AFTER = re.compile(r"\s+(?:of|de|del|de la|called|named|llamad[oa]|conocid[oa] como)?\s*[\"“«]?[A-ZÁÉÍÓÚÑ]")
# the words before a place's name that give its kind: "el municipio de X", "the prison of X", "la cárcel X"
KIND_BEFORE = re.compile(rf"(?<!this )(?<!that )(?<!este )(?<!esta )(?<!ese )(?<!esa )(?<![\w])(?:{_ANY_KIND})\s+(?:(?:of|de|del|de la|regional de)\s+)?(?:the\s+|el\s+|la\s+)?$")
# and after it: "X prison", "X, un caserío de", "X, a town in"
KIND_AFTER = re.compile(rf"^\s*(?:regional\s+)?(?:{_ANY_KIND})(?![\w])|"
                        rf"^\s*,\s*(?:a|an|the|un|una|el|la)\s+(?:[\w-]+\s+){{0,2}}?(?:{_ANY_KIND})(?![\w])")


# "Puerto Alcira, el pueblo donde las persianas bajan a las seis", "En Playa Tortuga, un caserío de pescadores",
# "Villa Rosa, the town where …": a place the text itself calls a town, right after its name
TOWN_CALLED = re.compile(r"\s*,\s*(?:el|la|the|a|an|un|una)\s+(?:(?:pequen[oa]|viej[oa]|small|little|old)\s+)?"
                         r"(?:pueblo|pueblito|town|village|hamlet|ciudad|city|aldea|caserio|comunidad|community|municipio|"
                         r"municipality|corregimiento|vereda|poblado|barrio|neighbou?rhood)(?![\w])")
# "Texto: X, enviada especial a Puerto Alcira": where the reporter was sent
ENVOY_BEFORE = re.compile(r"(?<![\w])(?:enviad[oa]s?(?:\s+especial(?:es)?)?\s+a|reporting from|special correspondent in)"
                          r"\s+$")


def called_town(res: Resolution, folded: str) -> str | None:
    """The one place the text calls a town or sent its reporter to: the town a chronicle is about."""
    called = {r.key for r in res.refs if r.kind == "name" and res.by_key[r.key].type == "location"
              and (TOWN_CALLED.match(folded, r.end) or ENVOY_BEFORE.search(folded[max(0, r.start - 30) : r.start]))}
    return next(iter(called)) if len(called) == 1 else None


def _kinds_of(text: str, folded: str, res: Resolution, key: str) -> set[str]:
    """The kinds of place its name and the words around its mentions say a place is."""
    out: set[str] = set()
    ent = res.by_key[key]
    name = fold_text(ent.name)
    for k, rx in KIND_RX.items():
        if rx.search(name):
            out.add(k)
    for m in ent.mentions:
        hits = [h.group() for h in (KIND_BEFORE.search(folded[max(0, m.start - 40) : m.start]),
                                    KIND_AFTER.match(folded[m.end : m.end + 40])) if h]
        for k, rx in KIND_RX.items():
            if any(rx.search(h) for h in hits):
                out.add(k)
    return out


def setting_place(doc: Document, res: Resolution) -> str | None:
    """The local place the text names most, at least twice: where the story is set."""
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    for r in res.refs:
        if r.kind == "name" and res.by_key[r.key].type == "location":
            counts[r.key] += 1
            first.setdefault(r.key, r.start)
    if not counts:
        return None
    key = max(counts, key=lambda k: (counts[k], -first[k]))
    return key if counts[key] >= 2 else None


def pointed_by_sentence(doc: Document, res: Resolution) -> dict[tuple[int, int], list[str]]:
    """Each sentence that points at a place it does not name → the places pointed at, in order."""
    text, folded = doc.text, fold_text(doc.text)
    names = sorted((r for r in res.refs if r.kind == "name"), key=lambda r: r.start)
    places = [r for r in names if res.by_key[r.key].type == "location"]
    kinds = {k: _kinds_of(text, folded, res, k) for k in {r.key for r in places}}
    setting = setting_place(doc, res)
    out: dict[tuple[int, int], list[str]] = {}
    for sent in doc.sentences or [(0, len(text))]:
        s, e = sent
        pointed: list[str] = []
        for m in POINTER.finditer(folded, s, e):
            if any(r.start < m.end() and m.start() < r.end for r in names):
                continue  # "la Defensoría del Pueblo": a word of a name
            if NAMING_AFTER.match(text, m.end()):
                continue  # "el municipio de San Telmo": the kind word introduces the name after it
            word = m.group(1)
            kind = next(k for k, rx in KIND_RX.items() if rx.fullmatch(word))
            key = next((r.key for r in reversed(places) if r.start < m.start() and kind in kinds[r.key]), None)
            if key is None and kind in ("town", "area"):
                key = setting
            if key:
                pointed.append(key)
        if setting and HERE.search(folded, s, e):
            pointed.append(setting)
        named_here = {r.key for r in places if s <= r.start < e}
        # the sentence that names the place itself needs no pointing
        found = [p for p in dict.fromkeys(pointed) if p not in named_here]
        if found:
            out[sent] = found
    return out


def pointed_places(doc: Document, res: Resolution) -> list[tuple[str, str, tuple[int, int]]]:
    """(group, place, sentence) for each group in a sentence that points at a place it does not name."""
    out: list[tuple[str, str, tuple[int, int]]] = []
    for sent, pointed in pointed_by_sentence(doc, res).items():
        s, e = sent
        groups = [r for r in res.refs if s <= r.start < e and res.by_key[r.key].type in GROUP_TYPES]
        for p in pointed:
            for g in dict.fromkeys(r.key for r in groups):
                out.append((g, p, sent))
    return out


# what a group does to a place it holds: "controla", "cobra la cuota", "es su territorio", "charges a fee"
HOLDS = re.compile(r"(?<![\w])(?:territor\w*|control\w*|cobr\w+|charg\w+|fees?|cuotas?|vacunas?|peajes?|tolls?|extor\w+|"
                   r"mand(?:a|aba|an|aban)|duenos|owners|operates?|operating|operated|opera|operan|operaba|operaban|presen\w+|domin\w+|turf|plazas?|"
                   r"calls the shots|runs|ran|rules?d?)(?![\w])")


def previous_places(doc: Document, res: Resolution) -> list[tuple[str, str, tuple[int, int]]]:
    """(group, place, sentence) for a group in a sentence naming no place, after a sentence of the same paragraph
    that names a place and no group: "Lo que pasó en San Telmo fue una masacre. Eso lo hicieron Los Garzones.",
    "The market square in Villa Rica already has owners. Two boys collect the fee for the Garzones gang."
    """
    sents = doc.sentences or []
    folded = fold_text(doc.text)
    out: list[tuple[str, str, tuple[int, int]]] = []
    for i in range(1, len(sents)):
        s, e = sents[i]
        ps, pe = sents[i - 1]
        if doc.paragraph_at(s) != doc.paragraph_at(ps):
            continue
        here = [r for r in res.refs if s <= r.start < e]
        if any(res.by_key[r.key].type in ("location", "state") for r in here):
            continue
        groups = list(dict.fromkeys(r.key for r in here if res.by_key[r.key].type in GROUP_TYPES))
        if not groups or not HOLDS.search(folded, s, e):
            continue
        before = [r for r in res.refs if ps <= r.start < pe]
        if any(res.by_key[r.key].type in GROUP_TYPES for r in before):
            continue
        named = [r for r in before if r.kind == "name"]
        # a town or a region; failing one, the country ("Los homicidios en El Salvador cayeron … La MS-13 perdió
        # el control de barrios enteros")
        places = list(dict.fromkeys(r.key for r in named if res.by_key[r.key].type == "location")) \
            or list(dict.fromkeys(r.key for r in named if res.by_key[r.key].type == "state"))
        if not places or len(places) > 2:
            continue
        for g in groups:
            for p in places:
                out.append((g, p, (s, e)))
    return out


# the words of a group's kind an apposition or a prefix uses: "a Honduran trafficking family", "una banda ecuatoriana"
GROUP_HEAD = r"(?:gang|cartel|clan|family|network|group|clique|mafia|faction|militia|guerrilla|organi[sz]ation|" \
             r"banda|pandilla|clica|familia|red|grupo|faccion|guerrilla|organizacion|estructura|clan|cartel)"
# "the Venezuelan side of the border", "on the Honduran side", "del lado venezolano"
SIDE = re.compile(r"(?<![\w])(?:the\s+(\w+)\s+side|lado\s+(\w+))(?![\w])")


def _states_by_code(res: Resolution) -> dict[str, str]:
    named = {r.key for r in res.refs if r.kind == "name"}
    out: dict[str, str] = {}
    for ent in res.entities:
        if ent.type == "state" and ent.key in named and len(ent.countries) == 1:
            out.setdefault(ent.countries[0], ent.key)
    return out


def nation_places(doc: Document, res: Resolution) -> list[tuple[str, str, tuple[int, int]]]:
    """(group, country, sentence) for a group a nationality word places: 'X, a Honduran trafficking family',
    'X, una banda ecuatoriana', 'the Venezuelan side of the border', 'del lado venezolano', when the text names
    that country."""
    from nexos.extract.descriptions import demonym_codes

    nations = demonym_codes()
    states = _states_by_code(res)
    if not states:
        return []
    text, folded = doc.text, fold_text(doc.text)
    out: list[tuple[str, str, tuple[int, int]]] = []
    for sent in doc.sentences or [(0, len(text))]:
        s, e = sent
        groups = [r for r in res.refs if s <= r.start < e and res.by_key[r.key].type in GROUP_TYPES]
        if not groups:
            continue
        for m in SIDE.finditer(folded, s, e):
            code = nations.get(m.group(1) or m.group(2) or "")
            if code in states:
                out.extend((g, states[code], sent) for g in dict.fromkeys(r.key for r in groups))
        for g in groups:
            if g.kind != "name":
                continue
            after = re.match(rf"\s*,\s*(?:a|an|un|una|the|el|la)\s+((?:[\w-]+\s+){{0,3}}?{GROUP_HEAD}(?:\s+[\w-]+){{0,2}})",
                             folded[g.end : min(e, g.end + 80)])
            before = re.search(rf"(?:the|a|an|el|la|un|una)\s+((?:[\w-]+\s+){{0,2}}{GROUP_HEAD}(?:\s+[\w-]+)?)\s+$",
                               folded[max(s, g.start - 50) : g.start])
            for hit in (after, before):
                if hit is None:
                    continue
                for w in hit.group(1).split():
                    if nations.get(w) in states:
                        out.append((g.key, states[nations[w]], sent))
    return out


# What a person (or his crew) does to a place that makes him active there: he runs, controls, oversees or taxes
# something there ("controlaba plantaciones en la colonia de X", "supervised warehouses and airstrips in the
# municipality of X", "X's men charge a toll at the Y crossing", "cobra la cuota en el mercado de X").
RUNS = re.compile(r"(?<![\w])(?:controls|controlled|controlling|runs|ran|running|supervis(?:es|ed|ing)|manag(?:es|ed|ing)|"
                  r"oversees|oversaw|overseeing|coordinat(?:es|ed|ing)|charg(?:es|ed|ing|e)|collect(?:s|ed|ing)?|"
                  r"extort(?:s|ed|ing)?|tax(?:es|ed|ing)|controla|controlaba|controlaban|controlan|controlo|maneja|"
                  r"manejaba|manejaban|manejan|supervisa|supervisaba|supervisaban|administra|administraba|"
                  r"administraban|coordina|coordinaba|coordinaban|cobra|cobraba|cobraban|cobran|extorsiona|extorsionaba|"
                  r"extorsionaban|extorsionan|directs|directed|directing|dirige|dirigia|dirigian|"
                  r"settles|settled|settling|settle|arrived|arrives|arriving|relocated|relocates|moved|moves|"
                  r"(?:is|was|has been|had been)\s+(?:living|hiding|sheltering|based)|lives|lived|hides|hid|"
                  r"se\s+instalo|se\s+instala|se\s+establecio|se\s+radico|se\s+mudo|se\s+refugio|se\s+esconde|se\s+escondia|"
                  r"llego|vive|vivia|reside|residia)(?![\w])")
# between the person and the verb: a crew ("'s men"), an apposition (", alias "X", 38,"), a relative word, an adverb
RUNNERS = {"person", "government_body", "international_org", "political_party"}
RUN_SUBJECT_GAP = re.compile(r"(?:['’]s\s+(?:men|people|gunmen|crew|fighters|enforcers)\s+|\s*,\s*[^,;:()]{1,40},\s*|"
                             r"[\"”'’»]?\s*,?\s*(?:who|que|quien)\s+|\s*(?<![\w])(?:also|still|allegedly|reportedly|now|ya|aun|tambien|"
                             r"presuntamente|supuestamente)\s+|\s+)+")
# between the verb and the place: what he runs, then a preposition (and the place's kind: "the municipality of")
RUN_OBJECT_GAP = re.compile(r"[^;:()\[\]]{0,70}?(?<![\w])(?:in|at|on|inside|en|dentro de|from|desde|a)\s+(?:the\s+|el\s+|la\s+|los\s+|las\s+)?"
                            r"(?:[\w-]+\s+){0,2}?(?:(?:of|de|del)\s+(?:the\s+|la\s+|el\s+|los\s+|las\s+)?)?")


def run_places(doc: Document, res: Resolution) -> list[tuple[str, str, tuple[int, int]]]:
    """(person, place, sentence) for a person who runs, controls or taxes something in a place the sentence names:
    'X, alias "Y", que controlaba plantaciones en la colonia de Z', "X's men charge a toll at the Z crossing"."""
    folded = fold_text(doc.text)
    refs = sorted((r for r in res.refs if r.kind != "clitic"), key=lambda r: r.start)
    out: list[tuple[str, str, tuple[int, int]]] = []
    for i, r in enumerate(refs):
        if res.by_key[r.key].type not in RUNNERS or r.kind not in ("name", "pronoun", "description"):
            continue
        sent = doc.sentence_at(r.start)
        if sent is None:
            continue
        nxt = [x for x in refs[i + 1 :] if x.start < sent[1] and x.key != r.key]
        for m in RUNS.finditer(folded, r.end, min(sent[1], r.end + 70)):
            if any(x.start < m.start() for x in nxt) or not RUN_SUBJECT_GAP.fullmatch(folded, r.end, m.start()):
                break  # another actor stands between them, or the verb is not his
            after = [x for x in nxt if x.start >= m.end() and res.by_key[x.key].type not in ("state",)]
            if after and res.by_key[after[0].key].type == "location" \
                    and RUN_OBJECT_GAP.fullmatch(folded, m.end(), after[0].start):
                out.append((r.key, after[0].key, sent))
            break
    return out


# a person's trade and where he plies it, in apposition: "X, estibador en el puerto de Algeciras", "X, trabajador
# portuario del terminal del Callao", "X, a transport contractor from Santa Cruz", "an accountant from Salta named X";
# and the place that knows him by his alias: "X, known across Santa Cruz as 'El Camba'"
PLACE_KIND = (r"(?:port|town|city|village|terminal|puerto|ciudad|pueblo|municipio|barrio|neighbourhood|"
              r"neighborhood|region|state|province|department|estado|provincia|departamento)")
WORKS_AT = re.compile(r"[\"”'’»]?\s*(?:,\s*(?:de\s+)?\d{1,3}(?:\s+(?:anos|years old))?\s*)?(?:\(\d{1,3}\)\s*)?,\s+"
                      # (an English trade takes its article: 'X, targeted warehouses in Y' is a clause, no trade)
                      r"(?:a|an|the)\s+(?:[a-z-]+\s+){1,3}?(?:from|in|at)\s+(?:the\s+)?"
                      rf"(?:{PLACE_KIND}\s+(?:of\s+)?(?:the\s+)?)?$"
                      # ('empresario textil de Gamarra', 'estudió topografía en Morelia': with no kind of place, a bare
                      # 'de' or 'en' says whose trade or what he did there, not where he plies it)
                      r"|[\"”'’»]?\s*(?:,\s*(?:de\s+)?\d{1,3}(?:\s+(?:anos|years old))?\s*)?(?:\(\d{1,3}\)\s*)?,\s+"
                      rf"(?:(?:a|an|the|un|una|el|la)\s+)?(?:[a-z-]+\s+){{1,3}}?(?:of|de|del|en)\s+(?:the\s+|el\s+|la\s+)?"
                      rf"{PLACE_KIND}\s+(?:of\s+|de\s+|del\s+)?(?:the\s+|el\s+|la\s+)?$"
                      r"|[\"”'’»]?\s*(?:,\s*(?:de\s+)?\d{1,3}(?:\s+(?:anos|years old))?\s*)?,?\s*(?:known|conocid[oa])\s+(?:in|across|throughout|on|en|por\s+todo|por\s+toda)\s+"
                      r"(?:the\s+|el\s+|la\s+)?(?:(?:[a-z-]+\s+){0,2}(?:of|de|del)\s+(?:the\s+|el\s+|la\s+)?)?$")


def work_places(doc: Document, res: Resolution) -> list[tuple[str, str, tuple[int, int]]]:
    """(person, place, sentence) for a person whose trade is set beside his name with where he plies it: 'X,
    estibador en el puerto de Algeciras', 'X, a transport contractor from Santa Cruz', 'X, known across Y as Z'."""
    folded = fold_text(doc.text)
    refs = sorted((r for r in res.refs if r.kind != "clitic"), key=lambda r: r.start)
    out: list[tuple[str, str, tuple[int, int]]] = []
    for r, nxt in zip(refs, refs[1:], strict=False):
        if res.by_key[r.key].type != "person" or r.kind != "name" or res.by_key[nxt.key].type != "location":
            continue
        sent = doc.sentence_at(r.start)
        if sent is None or nxt.start >= sent[1]:
            continue
        if WORKS_AT.fullmatch(folded, r.end, nxt.start):
            out.append((r.key, nxt.key, sent))
    return out


# "X, a Guayaquil-based company": the place a firm or a group is based in
BASED = re.compile(r"-based(?![\w-])")
# "X, a Culiacán freight company", "a Miami gun dealer, X": a firm's trade written after its town
TRADE_AFTER = re.compile(r"\s+(?:[a-z][a-z-]*\s+){0,2}(?:company|firm|importer|exporter|dealer|dealership|trader|"
                         r"trading house|broker|brokerage|shipping agent|shipping line|shipper|exchange house|"
                         r"currency exchange|exchange|bank|store|shop|wholesaler|distributor|packer|packing house)"
                         r"(?![\w-])")
# (the apposition ends with the trade: "X, a Culiacán freight company, and its owner", not "X, a Miami company
# through which the network wired …", whose town is only where the story's deed passed)
TRADE_CLOSES = re.compile(r"\s*(?:[,;.)]|$|\s(?:and|y)\s|\s(?:owned|run|controlled|founded|managed|registered|operated|"
                          r"that|which|whose)\s)")


def _trade_closes(text: str, end: int) -> bool:
    trade = TRADE_AFTER.match(text, end)
    return trade is not None and TRADE_CLOSES.match(text, trade.end()) is not None


TRADE_ARTICLE = re.compile(r"(?<![\w])(?:a|an|A|An)\s+$")
BASED_BEFORE = re.compile(r"\s*,\s*(?:a|an|the)\s+")
# "X, a money-laundering network based in Y", "X, which is based in the Y department", "X, una red con sede en Y",
# "X, con concesión en el cantón Y"
BASED_IN = re.compile(r"\s*,\s*(?:(?:(?:a|an|the|una|un|la|el)\s+(?:[\w-]+\s+){0,4}?|(?:which|that|who|que)\s+(?:is|was|are|were)\s+|"
                      r"(?:que\s+)?(?:tiene|tenia)\s+su\s+)(?:once\s+|now\s+)?(?:based|headquartered|con sede|sede|con base|base|"
                      # ("X, a company registered in the port town of Y", "X, una empresa registrada en Y")
                      r"registered|incorporated|registrad[oa]|inscrit[oa]|constituid[oa])|"
                      # "X, con concesión en el cantón Y", "X, with mining operations in Y": a concession or a presence there
                      r"(?:con|with)\s+(?:an?\s+|una?\s+)?(?:(?:mining|gold|strong|large|fuerte|amplia|minera)\s+)?"
                      r"(?:concesion|concesiones|concession|concessions|presencia|presence|operaciones|operations))"
                      r"\s+(?:in|on|en)\s+(?:the\s+|el\s+|la\s+)?(?:(?:[\w-]+\s+){0,3}?(?:of|de|del)\s+(?:the\s+|el\s+|la\s+)?|"
                      r"(?:canton|municipio|departamento|provincia|estado|distrito)\s+)?")


# a Spanish firm's trade and its town set beside its name: "X, una acopiadora de Puerto Maldonado", "X, una empresa
# de transporte de Cúcuta", "X, una casa de cambios en Maicao"
FIRM_OF = re.compile(r"\s*,\s*(?:una|un)\s+(?:pequena\s+|gran\s+)?(?:empresa|firma|compania|sociedad|acopiadora|"
                     r"comercializadora|exportadora|importadora|distribuidora|transportadora|naviera|constructora|agencia|"
                     r"casa de cambios?|financiera|inmobiliaria|empacadora|agroexportadora|minera|ganadera|aerolinea|"
                     r"concesionaria|tienda|ferreteria|armeria|farmacia|hacienda|finca|aserradero|joyeria)"
                     r"(?:\s+(?!de\s|del\s|en\s)[a-z]+){0,2}(?:\s+de\s+[a-z]+){0,2}\s+(?:de|del|en)\s+"
                     r"(?:la\s+ciudad\s+de\s+|el\s+puerto\s+de\s+|el\s+municipio\s+de\s+|la\s+provincia\s+de\s+|"
                     r"el\s+departamento\s+de\s+)?")


def based_places(doc: Document, res: Resolution) -> list[tuple[str, str, tuple[int, int]]]:
    """(actor, place, sentence) for 'X, a PLACE-based company' and 'X, a network based in PLACE'."""
    text, folded = doc.text, fold_text(doc.text)
    refs = sorted((r for r in res.refs if r.kind != "clitic"), key=lambda r: r.start)
    out: list[tuple[str, str, tuple[int, int]]] = []
    for before, p in zip(refs, refs[1:], strict=False):
        if res.by_key[p.key].type not in ("location", "state") or before.kind != "name" \
                or res.by_key[before.key].type in ("location", "state"):
            continue
        sent = doc.sentence_at(p.start)
        if sent is None or before.start < sent[0]:
            continue
        if (BASED.match(text, p.end) and BASED_BEFORE.fullmatch(text, before.end, p.start)) \
                or BASED_IN.fullmatch(folded, before.end, p.start) \
                or (res.by_key[before.key].type != "person" and FIRM_OF.fullmatch(folded, before.end, p.start)) \
                or (res.by_key[before.key].type != "person" and BASED_BEFORE.fullmatch(text, before.end, p.start)
                    and _trade_closes(text, p.end)):
            out.append((before.key, p.key, sent))
    for p, after in zip(refs, refs[1:], strict=False):
        # "a Guadalajara importer, Suministros Atemajac": the trade with its town before the firm's name
        if res.by_key[p.key].type != "location" or after.kind != "name" \
                or res.by_key[after.key].type in ("location", "state", "person"):
            continue
        sent = doc.sentence_at(p.start)
        if sent is None or after.start >= sent[1] or not TRADE_ARTICLE.search(text, max(sent[0], p.start - 4), p.start):
            continue
        trade = TRADE_AFTER.match(text, p.end)
        if trade and re.fullmatch(r"\s*,\s*", text[trade.end() : after.start]):
            out.append((after.key, p.key, sent))
    return out
