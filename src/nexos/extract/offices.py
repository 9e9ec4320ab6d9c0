"""Office holders: who serves which state, government, ministry, town or institution, by title.

"President Gustavo Petro" (leads the state the document names), "el canciller venezolano, Yván Gil"
(a member of Venezuela's government), "Defence Minister X" (leads the ministry the document names), "El
alcalde, X" in a chronicle about a town or datelined from one (leads that town), "la fiscal X" (a member of the one
Fiscalía the document names). Each function returns (type, source key, target key, sentence) tuples for
the relation collector; the state or body must be named in the document for a tie to be drawn.
"""

from __future__ import annotations

import re
from functools import cache

from nexos.extract.coref import Resolution, dateline_entity
from nexos.extract.lexicon import fold_text, load
from nexos.extract.place_refs import called_town
from nexos.model import Document

# Office holders: "President Gustavo Petro", "el canciller venezolano, Yván Gil", "Diosdado Cabello, ministro
# del Interior", "Finance Minister Fernando Haddad". The title says whose state the person serves; the state
# (or its government) must be named somewhere in the document for the tie to be drawn.
HEAD_TITLES = (r"president|presidente|presidenta|mandatari[oa]|head of state|jef[ea] de estado|prime minister|"
               r"primer ministro|primera ministra")
CABINET_TITLES = (r"minister|ministr[oa]|canciller|foreign secretary|secretary of state|secretari[oa] de estado|"
                  r"secretary|secretari[oa]|attorney general|fiscal general|vice[- ]?president|vicepresident[ea]|"
                  r"ambassador|embajador[a]?")
_HOLDER_MODS = (r"(?:(?:the|el|la|former|ex|ex-|then|then-|current|sitting|outgoing|incoming|new|actual|saliente|"
                r"entrante|nuev[oa]|entonces|interim|interin[oa])\s+)*")
_OF = r"(?:\s+(?:of|de|del|for|para)\s+(?:the\s+|la\s+|el\s+|los\s+)?([a-z][a-z.]*(?:\s+[a-z][a-z.]*){0,2}?))?"
OFFICE_BEFORE = re.compile(rf"(?:^|[\s(—–,;:-])(?:([a-z][a-z.]*(?:\s+[a-z]+)?)(?:'s|’s)\s+)?{_HOLDER_MODS}"
                           rf"(?:([a-z][a-z.]*)\s+)?(?:([a-z]+)\s+)?({HEAD_TITLES}|{CABINET_TITLES})(?:\s+([a-z]+))?"
                           rf"{_OF}\s*,?\s*$")
OFFICE_AFTER = re.compile(rf"^\s*,\s+{_HOLDER_MODS}(?:([a-z][a-z.]*)\s+)?(?:([a-z]+)\s+)?"
                          rf"({HEAD_TITLES}|{CABINET_TITLES})(?:\s+([a-z]+))?{_OF}\s*(?=[,.;)]|$)")
CABINET_MINISTER = re.compile(r"minister|ministr[oa]|canciller")
GENERIC_GOVERNMENT = re.compile(r"^(?:government|gobierno|governo|administration|administracion|regime|regimen)(?:\s|$)|"
                                r"\s(?:government|administration|regime)$")
MINISTRY = re.compile(r"ministry|ministerio|department|departamento|secretaria|secretariat|ministere")
NOT_PORTFOLIO = {"republic", "republica", "nation", "nacion", "country", "pais", "state", "estado", "government",
                 "gobierno", "acting", "then", "general", "senior", "top", "chief", "deputy", "that", "which", "when",
                 "said", "says", "dijo", "segun", "with", "con", "and", "por", "para", "from", "desde", "whose",
                 "cuyo", "cuya"}


@cache
def _demonyms() -> dict[str, str]:
    return {form: code for code, forms in load("demonyms").items() for form in forms}


def office_holders(doc: Document, res: Resolution) -> list[tuple[str, str, str, tuple[int, int]]]:
    """A person under a head-of-state or cabinet title leads, or belongs to, the state or its government."""
    demonyms, folded = _demonyms(), fold_text(doc.text)
    by_code: dict[str, list[str]] = {}
    state_names: dict[str, str] = {}
    for ent in res.entities:
        if ent.type in ("state", "government_body"):
            for code in ent.countries:
                by_code.setdefault(code, []).append(ent.key)
        if ent.type == "state" and len(ent.countries) == 1:
            for name in [ent.name, *ent.aliases]:
                state_names[fold_text(name)] = ent.countries[0]
    stateless = [e.key for e in res.entities if e.type == "government_body" and not e.countries]
    home_state = _home_state(res)
    town = dateline_entity(doc, res.entities, ("location", "state"))
    datelined = town.countries[0] if town is not None and len(town.countries) == 1 else None
    out: list[tuple[str, str, str, tuple[int, int]]] = []
    seen: set[tuple[str, str]] = set()
    unplaced: dict[str, tuple[int, int]] = {}  # heads of state whose country the text never says
    for ref in res.refs:
        ent = res.by_key[ref.key]
        if ref.kind != "name" or ent.type != "person":
            continue
        sent = doc.sentence_at(ref.start) or (ref.start, ref.end)
        possessor: str | None
        title: str
        m = OFFICE_BEFORE.search(folded[max(sent[0], ref.start - 80) : ref.start])
        if m:
            possessor, words, title, of = m.group(1), [m.group(2), m.group(3), m.group(5)], m.group(4), m.group(6)
            said = (max(sent[0], ref.start - 80) + m.start(4), ref.start)  # the title and what follows it
        else:
            m = OFFICE_AFTER.match(folded[ref.end : sent[1]])
            if not m:
                continue
            possessor, words, title, of = None, [m.group(1), m.group(2), m.group(4)], m.group(3), m.group(5)
            said = (ref.end, ref.end + m.end())
        head = re.fullmatch(HEAD_TITLES, title) is not None
        codes = {demonyms[w] for w in words if w in demonyms}
        for named in (possessor, of):
            if named and named in state_names:
                codes.add(state_names[named])
        if of and not codes and head and of not in NOT_PORTFOLIO:
            continue  # "president of the Senate": an office of some body, not of the state
        portfolio = None
        if not head:  # "Defence Minister X", "ministro de Defensa": the ministry, when the document names it
            portfolio = of if of and of not in state_names else next(
                (w for w in words if w and w not in demonyms and w not in NOT_PORTFOLIO), None)
        if not codes and len(ent.countries) == 1:
            codes = {ent.countries[0]}
        if not codes and head and home_state:
            codes = {home_state}  # "el presidente Hernán Ocampo" in a story about one country
        keys = by_code.get(next(iter(codes)), []) if len(codes) == 1 else []
        if not codes and home_state and home_state == datelined and not possessor and CABINET_MINISTER.fullmatch(title):
            # "Interior Minister Lorena Quiroga" in a wire datelined from a town of the one country it is about: a
            # minister of that country's government, when the text names it (an ambassador or a secretary may serve
            # any state or body, and a story named after one country may quote another's ministers)
            keys = [k for k in by_code.get(home_state, []) if res.by_key[k].type == "government_body"
                    and GENERIC_GOVERNMENT.search(fold_text(res.by_key[k].name))]
        target = _office_target(res, keys + stateless, head, portfolio)
        if target is None and not head and not codes and not possessor:
            # "La ministra del Interior, Gabriela Andrade" in a column that names its country's government bare ("el
            # Gobierno anuncia otro estado de excepción"): a minister of that government, the one the text names
            # ('El ministro del Interior de España, X': a country named with the title is the minister's)
            bare = [g for g in stateless if BARE_GOVERNMENT.fullmatch(fold_text(res.by_key[g].name))]
            foreign = any(said[0] <= r.start < said[1] and res.by_key[r.key].type == "state" for r in res.refs)
            target = bare[0] if len(bare) == 1 and not foreign else None
        if head and codes and not of:
            # the head of state leads its government too, when the text names it bare ("el Gobierno")
            for gov in stateless:
                if BARE_GOVERNMENT.fullmatch(fold_text(res.by_key[gov].name)) and (ref.key, gov) not in seen:
                    seen.add((ref.key, gov))
                    out.append(("leads", ref.key, gov, sent))
        elif head and not of:
            unplaced.setdefault(ref.key, sent)
        if target is None or (ref.key, target) in seen:
            continue
        seen.add((ref.key, target))
        typ = "leads" if head or (portfolio and res.by_key[target].type == "government_body"
                                  and MINISTRY.search(fold_text(res.by_key[target].name))) else "member_of"
        out.append((typ, ref.key, target, sent))
    if len(unplaced) == 1 and not any(t == "leads" and g in stateless for t, _p, g, _s in out):
        # "el presidente Rolando Fiallos … Empiezo por el Gobierno": the one head of state of a story that never
        # names his country leads the government it names bare
        (person, sent), = unplaced.items()
        for gov in stateless:
            if BARE_GOVERNMENT.fullmatch(fold_text(res.by_key[gov].name)):
                out.append(("leads", person, gov, sent))
    return out


BARE_GOVERNMENT = re.compile(r"(?:the |el )?(?:government|gobierno|governo|administration|administracion)")


def _home_state(res: Resolution) -> str | None:
    """The country a text is about: the one whose states, places and bodies it names at least twice as often as
    any other's (Guayaquil, Quito and Ecuador against the United States named twice)."""
    tally: dict[str, int] = {}
    for e in res.entities:
        if e.type in ("state", "location", "government_body") and len(e.countries) == 1:
            tally[e.countries[0]] = tally.get(e.countries[0], 0) + len(e.mentions)
    counts = sorted(((n, code) for code, n in tally.items()), reverse=True)
    if counts and (len(counts) == 1 or counts[0][0] >= 2 * counts[1][0]):
        return counts[0][1]
    return None


def _office_target(res: Resolution, keys: list[str], head: bool, portfolio: str | None) -> str | None:
    states = [k for k in keys if res.by_key[k].type == "state" and res.by_key[k].countries]
    govs = [k for k in keys if res.by_key[k].type == "government_body" and res.by_key[k].countries
            and GENERIC_GOVERNMENT.search(fold_text(res.by_key[k].name))]
    if portfolio and len(portfolio) > 3:
        stem = fold_text(portfolio)[:5]
        for k in keys:
            name = fold_text(res.by_key[k].name)
            if res.by_key[k].type == "government_body" and MINISTRY.search(name) and stem in name:
                return k
    first = (states or govs) if head else (govs or states)
    return first[0] if first else None


# "El alcalde, Édgar Muñetón" in a chronicle about "Puerto Alcira, el pueblo donde …" or datelined "San Lorenzo de
# las Palmas (Sucre)": the office of the town the document is about, when the text names no other place for it.
LOCAL_TITLE = re.compile(r"(?<![\w])(?:el|la|the)\s+(alcalde|alcaldesa|mayor|personero|personera|concejal|concejala|"
                         r"councillor|inspector de policia|corregidor|corregidora)(?:\s+municipal)?\s*,?\s*$")


# "Mayor Ana Ruiz" (English, capitalised, no article); "Silverio Maldonado, el último alcalde que …"
BARE_MAYOR = re.compile(r"(?<![\w])Mayor\s+$")
LOCAL_TITLE_AFTER = re.compile(r"^\s*,\s*(?:el|la|the|a|un|una)\s+(?:(?:ultimo|ultima|last|former|then|ex|entonces|"
                               r"actual|current|nuevo|nueva|new)\s+)?(alcalde|alcaldesa|mayor)(?![\w])(?!\s+(?:de|del|of)\s)")
# "en el municipio de San Lucas", "the municipality of Tibú": the one municipality a text names as such
MUNICIPALITY_BEFORE = re.compile(r"(?<![\w])(?:municipio|municipality|municipalidad|cantón|canton|distrito|district)"
                                 r"\s+(?:de|of)\s+$")
# "El alcalde, X, del partido Morena": his party, not his town
PARTY_AFTER = re.compile(r"\s*,?\s*(?:de|del|of)\s+(?:la\s+|el\s+|the\s+)?(?:partido|movimiento|coalicion|alianza|"
                         r"party|movement|coalition)(?![\w])")


def _home_town(doc: Document, res: Resolution, folded: str) -> str | None:
    """The municipality a local office belongs to when none is written beside it.

    The one place the text calls a town ("Puerto Alcira, el pueblo donde …", "En Playa Tortuga, un caserío de
    pescadores", or where its reporter was sent), else the one it calls a municipality ("en el municipio de
    San Lucas"), else the town the document is datelined from: a chronicle's masthead may be written from the
    city of the paper, but its story is the town it is about.
    """
    called = called_town(res, folded)
    if called:
        return called
    named = {r.key for r in res.refs if r.kind == "name" and res.by_key[r.key].type == "location"
             and MUNICIPALITY_BEFORE.search(folded[max(0, r.start - 24) : r.start])}
    if len(named) == 1:
        return next(iter(named))
    town = dateline_entity(doc, res.entities)
    return town.key if town else None


# an army, a guard, a navy or a police force, by its name
SECURITY_FORCE = re.compile(r"(?<![\w])(?:ejercito|army|guardia|guard|policia|police|carabineros|gendarmeria|marina|"
                            r"armada|navy|marines|infanteria|brigada|brigade|batallon|battalion|fuerza publica|"
                            r"fuerzas? armadas?|armed forces|military|militar|sedena|defensa)(?![\w])")
# it is there: it arrives, patrols, sets up a checkpoint, or is spoken of with the town ('entró al pueblo')
PRESENT_HERE = re.compile(r"(?<![\w])(?:llego|llegaron|llega|llegan|entro|entraron|instalo|instalaron|desplego|"
                          r"desplegaron|patrull\w*|reten|retenes|puesto de control|convoy|arrived|arrives|deployed|"
                          r"patrol\w*|checkpoint|(?:al|el|del) pueblo|into town|the town|the village)(?![\w])")


def home_town_presence(doc: Document, res: Resolution) -> list[tuple[str, str, tuple[int, int]]]:
    """(actor, town, sentence): who a chronicle shows at work in the town it is about, though the sentence does not
    name the town. Only where the text calls one place a town or sent its reporter there ('Puerto Alcira, el pueblo
    donde …'): the gangs and armed groups it names ('Los Caimanes cobran la cuota cada viernes'), and the army, guard
    or police it shows arriving, patrolling or setting up a checkpoint ('Hace un mes llegó la Guardia Nacional', 'el
    Ejército instaló un puesto de control a la entrada del pueblo'). Measured on the read sets: such a force was tied
    to that town by the gold (or allowed) eleven times in fourteen; a group untied to it about half the time, and the
    read chronicles' mean tie F1 went from 0.649 to 0.658 with the groups (the other read documents' 0.691 to
    0.690, where a wire's 'X, un pueblo de …' is one place among several)."""
    folded = fold_text(doc.text)
    town = called_town(res, folded)
    if town is None:
        return []
    out: list[tuple[str, str, tuple[int, int]]] = []
    seen: set[str] = set()
    for ref in res.refs:
        ent = res.by_key[ref.key]
        if ref.key in seen:
            continue
        sent = doc.sentence_at(ref.start) or (ref.start, ref.end)
        if ent.type in ("criminal_group", "armed_group") or (
                ent.type == "government_body" and SECURITY_FORCE.search(fold_text(ent.name))
                and PRESENT_HERE.search(re.sub(r"defensoria del pueblo", "", folded[sent[0] : sent[1]]))):
            seen.add(ref.key)
            out.append((ref.key, town, sent))
    return out


def local_offices(doc: Document, res: Resolution) -> list[tuple[str, str, str, tuple[int, int]]]:
    folded = fold_text(doc.text)
    town = _home_town(doc, res, folded)
    if town is None:
        return []
    out: list[tuple[str, str, str, tuple[int, int]]] = []
    for ref in res.refs:
        if ref.kind != "name" or res.by_key[ref.key].type != "person":
            continue
        sent = doc.sentence_at(ref.start) or (ref.start, ref.end)
        after = folded[ref.end : ref.end + 40]
        m = LOCAL_TITLE.search(folded[max(sent[0], ref.start - 40) : ref.start])
        if m and (not re.match(r"\s*,?\s*(?:de|del|of)\s", after) or PARTY_AFTER.match(after)):
            typ = "leads" if m.group(1) in ("alcalde", "alcaldesa", "mayor") else "member_of"
            out.append((typ, ref.key, town, sent))
        elif BARE_MAYOR.search(doc.text[max(sent[0], ref.start - 8) : ref.start]) \
                or LOCAL_TITLE_AFTER.match(folded[ref.end : ref.end + 60]):
            out.append(("leads", ref.key, town, sent))
    return out


POLICE_BODY = re.compile(r"policia|police|carabineros|constabulary")
# "la fiscal Mariela Ospina", "La defensora regional …, Liliana Barrios": a title that names its institution.
INSTITUTION_OF_TITLE = [
    (re.compile(r"fiscal(?:es)?(?: general| delegad[oa]| especializad[oa]| seccional)?"), re.compile(r"fiscalia")),
    (re.compile(r"defensor[a]?(?: del pueblo| regional| delegad[oa])?"), re.compile(r"defensoria")),
    (re.compile(r"procurador[a]?(?: general| regional| delegad[oa])?"), re.compile(r"procuraduria")),
    (re.compile(r"contralor[a]?(?: general)?"), re.compile(r"contraloria")),
    (re.compile(r"registrador[a]?(?: nacional)?"), re.compile(r"registraduria")),
    (re.compile(r"personer[oa](?: municipal)?"), re.compile(r"personeria")),
    # "U.S. Attorney X" heads, "Assistant U.S. Attorneys X and Y" belong to, the U.S. Attorney's Office named
    (re.compile(r"(?:assistant |acting |first assistant )?(?:u\.s\.|united states) attorneys?"),
     re.compile(r"(?:u\.s\.|united states) attorney\W{0,2}s? office")),
    (re.compile(r"(?:federal |assistant |chief )?prosecutors?"), re.compile(r"prosecutor|attorney general|fiscalia")),
    (re.compile(r"ombudsman|ombudswoman"), re.compile(r"ombudsman|defensoria")),
    # "el comandante policial de la Zona 8, X", "police chief X", "el comisario X": the one police force named
    (re.compile(r"(?:comandante|jefe|jefa|director[a]?|general|coronel|mayor|capitan|teniente|agente|oficial|vocero|"
                r"vocera|portavoz)(?:es)? (?:policial|de (?:la )?policia)|comisari[oa]|subcomisari[oa]|"
                r"police (?:chief|commander|colonel|general|major|captain|lieutenant|inspector|officer|spokes(?:man|woman|person))|"
                # "Acting Police Commissioner X", "the Commissioner of Police, X": the police service's head
                r"(?:acting |deputy |assistant )?(?:police commissioner|commissioner of police)|"
                # "Senior Superintendent X", "RCMP Inspector X": a police rank (not an army sergeant's)
                r"(?<!army )(?<!navy )(?<!military )(?:senior |assistant |deputy |chief |detective )?"
                r"(?:superintendent|inspector|sergeant|constable|corporal)"),
     POLICE_BODY),
    # "el almirante X", "army general X", "el general del Ejército X": the one navy or army named
    (re.compile(r"(?:vice|contra)?almirante|(?:vice-|rear )?admiral|navy (?:commander|captain|spokes(?:man|woman|person))"),
     re.compile(r"armada|navy|marina")),
    (re.compile(r"(?:general|coronel|comandante|capitan|teniente|vocero|portavoz) del ejercito|"
                r"army (?:general|colonel|commander|chief|captain|spokes(?:man|woman|person))"),
     re.compile(r"ejercito|(?<![\w])army")),
    # "U.S. District Judge X", "la jueza X": the one court named
    (re.compile(r"(?:district |federal |presiding |circuit )?judge|juez[a]?|magistrad[oa]"),
     re.compile(r"court|corte|tribunal|juzgado")),
    # "el diputado X", "congresista X", "Congressman X": the one legislature named; "el senador X": the one senate
    (re.compile(r"diputad[oa]|congresista|legislador[a]?|parlamentari[oa]|asambleista|congress(?:man|woman)|"
                r"assemblyman|assemblywoman"),
     re.compile(r"congreso|asamblea nacional|asamblea legislativa|camara de diputados|parlamento|congress|"
                r"house of representatives|national assembly|legislative assembly")),
    (re.compile(r"senador[a]?|senator"), re.compile(r"senado|senate")),
]
_TITLE_GAP = r"(?:\s+(?!de\s+(?:la|el)\s+[a-z]+\s*,)[\w]+){0,5}\s*,?\s*"
# each title as read before its holder's name ('la fiscal X') and after it ('X, the prosecutor'), and its body's pattern
_TITLE_CUES = [(re.compile(rf"(?<![\w])({title_rx.pattern}){_TITLE_GAP}$"),
                re.compile(rf"^\s*,\s+(?:el|la|the|a|an|un|una)?\s*({title_rx.pattern})(?![\w])"), body_rx)
               for title_rx, body_rx in INSTITUTION_OF_TITLE]


def institution_titles(doc: Document, res: Resolution) -> list[tuple[str, str, str, tuple[int, int]]]:
    """A person titled 'fiscal', 'defensora', 'prosecutor' belongs to the one such body the document names."""
    folded = fold_text(doc.text)
    bodies = [(e.key, fold_text(e.name)) for e in res.entities if e.type == "government_body"]
    if not bodies:
        return []
    out: list[tuple[str, str, str, tuple[int, int]]] = []
    seen: set[str] = set()
    titled: dict[int, tuple[str, str]] = {}  # end of a titled name -> (type, body): 'Attorneys X and Y' titles Y too
    for ref in sorted(res.refs, key=lambda r: r.start):
        if ref.kind != "name" or res.by_key[ref.key].type != "person" or ref.key in seen:
            continue
        sent = doc.sentence_at(ref.start) or (ref.start, ref.end)
        before = folded[max(sent[0], ref.start - 70) : ref.start]
        listed = next((t for end, t in titled.items() if sent[0] <= end <= ref.start
                       and re.fullmatch(r"\s*(?:and|y|e)\s+", folded[end : ref.start])), None)
        if listed is not None:
            out.append((listed[0], ref.key, listed[1], sent))
            seen.add(ref.key)
            continue
        after = folded[ref.end : min(sent[1], ref.end + 40)]
        for title_before, title_after, body_rx in _TITLE_CUES:
            m = title_before.search(before) or title_after.match(after)
            if m is None:
                continue
            gap = before[m.end(1) :] if m.string is before else ""
            if gap.strip() and not gap.rstrip().endswith(","):
                break  # "la defensora regional para el Magdalena Medio": the title's own words, not its holder
            matches = [k for k, name in bodies if body_rx.search(name)]
            if len(matches) > 1 and body_rx is POLICE_BODY:
                # several police services: the one named in this sentence or the one before, when only one is
                # ("The TTPS arrests five men … Senior Superintendent X says", with Aruba's police named elsewhere;
                # "la Policía de Ecuador y la de Colombia cooperan. El comisario X habló" says not which)
                lo = doc.sentence_start(ref.start, 1)
                near = {r.key for r in res.refs if lo <= r.start < ref.start and r.key in matches}
                matches = sorted(near) if len(near) == 1 else matches
            if len(matches) == 1:
                head = "general" in m.group(1) and "general" in fold_text(res.by_key[matches[0]].name) \
                    or re.fullmatch(r"(?:u\.s\.|united states) attorney", m.group(1)) is not None
                out.append(("leads" if head else "member_of", ref.key, matches[0], sent))
                seen.add(ref.key)
                if m.string is before:
                    titled[ref.end] = out[-1][0], matches[0]
            break
    return out


@cache
def _place_office_titles() -> tuple[re.Pattern[str], frozenset[str]]:
    """The place offices of cues.yaml as one pattern, and the ones whose holder leads the place."""
    data = load("cues")["place_offices"]
    words = sorted({fold_text(w) for ws in data.values() for w in ws}, key=len, reverse=True)
    return re.compile("|".join(re.escape(w) for w in words)), frozenset(fold_text(w) for w in data["leads"])


_PLACE_MODS = r"(?:(?:el|la|the|a|an|un|una|entonces|then|former|ex|actual|current|nuev[oa]|new)\s+)*"
_PLACE_KIND = (r"(?:(?:the\s+|la\s+|el\s+)?(?:iglesia|parroquia|church|parish|municipio|municipality|town|city|ciudad|"
               r"pueblo|comunidad|community|village|localidad|barrio|colonia|vereda|corregimiento|departamento|"
               r"department|provincia|province|estado|state|distrito|district|canton|region|parroquia rural)\s+"
               # (the place's own article, which its name may leave out: "la provincia de El Oro")
               r"(?:de|del|of)\s+(?:el\s+|la\s+|los\s+|las\s+)?)?")


# a candidate for a place's office runs there: "X, candidate for mayor of San Fermín", "X, candidata a la alcaldía de Y"
CANDIDATE_AFTER = re.compile(rf"\s*,\s+{_PLACE_MODS}(?:(?:\w+\s+)?candidate|candidat[oa]|precandidat[oa]|aspirante)\s+"
                             r"(?:for|to|a|al|a la)\s+(?:the\s+)?(?:mayor|mayoralty|governor|governorship|alcalde|alcaldesa|"
                             r"alcaldia|gobernador|gobernadora|gobernacion|prefecto|prefectura)\s+(?:de|del|of)\s+"
                             rf"(?:la\s+|el\s+|the\s+)?{_PLACE_KIND}$")


def place_offices(doc: Document, res: Resolution) -> list[tuple[str, str, str, tuple[int, int]]]:
    """'Arnulfo Reyes, entonces tesorero municipal de San Bartolo' / 'el alcalde de San Lucas, Juan Pérez'.

    An office named with the place it is held in ties its holder to that place: the one who heads it
    (a mayor, a governor, a parish priest) leads it, the others (a treasurer, a councillor) serve it.
    """
    folded = fold_text(doc.text)
    titles, heads = _place_office_titles()
    after_rx = re.compile(rf"\s*,\s+{_PLACE_MODS}({titles.pattern})(?:\s+municipal)?\s+(?:de|del|of|for)\s+"
                          rf"(?:la\s+|el\s+|the\s+)?{_PLACE_KIND}$")
    before_rx = re.compile(rf"(?<![\w]){_PLACE_MODS}({titles.pattern})(?:\s+municipal)?\s+(?:de|del|of|for)\s+"
                           rf"(?:la\s+|el\s+|the\s+)?{_PLACE_KIND}$")
    names = sorted((r for r in res.refs if r.kind == "name"), key=lambda r: r.start)
    out: list[tuple[str, str, str, tuple[int, int]]] = []
    for prev, ref in zip(names, names[1:], strict=False):
        kinds = (res.by_key[prev.key].type, res.by_key[ref.key].type)
        sent = doc.sentence_at(ref.start) or (prev.start, ref.end)
        if kinds == ("person", "location") and sent[0] <= prev.start:
            m = after_rx.match(folded, prev.end, ref.start)  # "X, tesorero municipal de San Bartolo"
            if m:
                out.append(("leads" if m.group(1) in heads else "member_of", prev.key, ref.key, sent))
            elif CANDIDATE_AFTER.match(folded, prev.end, ref.start):
                out.append(("operates_in", prev.key, ref.key, sent))
        elif kinds == ("location", "person") and sent[0] <= prev.start \
                and re.fullmatch(r"\s*,\s*", folded[prev.end : ref.start]):
            m = before_rx.search(folded, max(sent[0], prev.start - 60), prev.start)  # "el alcalde de San Lucas, X"
            if m and m.end() == prev.start:
                out.append(("leads" if m.group(1) in heads else "member_of", ref.key, prev.key, sent))
    return out


# a legislator's seat for a district or a region: "X, an independent member of the Chamber of Deputies for the Y
# region", "X es diputada local en el Congreso del Estado por el distrito de Y"
SEAT_FOR = re.compile(r"\s*(?:,\s*|\s+(?:es|era|fue|is|was)\s+)[^,;.()\[\]]{0,60}?(?<![\w])(?:deputy|deputies|diputad[oa]s?|"
                      r"senator|senador[a]?|representative|congress(?:wo)?man|legislator|legislador[a]?|asambleista|"
                      r"member)(?![\w])[^,;.()\[\]]{0,60}?\s(?:for|por)\s+(?:the\s+|el\s+|la\s+)?"
                      r"(?:(?:district|region|department|province|state|distrito|region|departamento|provincia|estado|"
                      r"circunscripcion)\s+(?:of\s+|de\s+|del\s+)?)?(?:el\s+|la\s+)?")


def seat_places(doc: Document, res: Resolution) -> list[tuple[str, str, str, tuple[int, int]]]:
    """'X, a member of the Chamber of Deputies for the Y region': the legislator is active in the place he sits for."""
    folded = fold_text(doc.text)
    names = sorted((r for r in res.refs if r.kind == "name"), key=lambda r: r.start)
    out: list[tuple[str, str, str, tuple[int, int]]] = []
    for i, ref in enumerate(names):
        if res.by_key[ref.key].type != "person":
            continue
        sent = doc.sentence_at(ref.start)
        if sent is None:
            continue
        place = next((r for r in names[i + 1 :] if r.start < min(sent[1], ref.end + 160)
                      and res.by_key[r.key].type == "location"), None)
        if place is not None and SEAT_FOR.fullmatch(folded, ref.end, place.start):
            out.append(("operates_in", ref.key, place.key, sent))
    return out
