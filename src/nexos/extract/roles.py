"""Ties that a phrase's shape names: roles, appositions, "the alliance between", "under X".

"X, the prosecutor from the Attorney General's Office" (member of), "DIRAN chief X"
(leads), "el Frente 33, una estructura de las disidencias" (part of), "la guerra entre
A y B" (opposes), "Under Marcola, the PCC grew" (leads). Each function returns
(type, source key, target key, sentence) tuples for the relation collector.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from typing import TypeGuard

from nexos.extract.coref import HOSTILE_BEFORE, Ref, Resolution, unnamed_opening
from nexos.extract.late_refs import AUX_ES, COERCIVE_DEEDS, INDIRECT_DEEDS
from nexos.extract.lexicon import descriptor_type, fold_text
from nexos.extract.phrases import SETTING_TYPES, Unit, groups, units
from nexos.model import Document

LEAD_ROLES = (r"leader|head|chief|commander|director|manager|gerente|ceo|chief executive|president|founder|boss|coordinator|ringleader|lider|jefe|jefa|"
              r"dirigente|lideresa|titular|administradora?|administrator|chairman|chairwoman|chairperson|"
              r"comandante|directora?|presidente|presidenta|fundadora?|cabecilla|coordinadora?|maximo lider|mayor|alcalde|"
              r"alcaldesa|governor|gobernadora?|prefect|prefecto|owner|co-owner|majority owner|dueno|duena|propietari[oa]")
MEMBER_ROLES = (r"personera?|personero|concejala?|councillor|member|prosecutor|official|spokes(?:man|woman|person)|minister|senator|officer|agent|lawyer|militant|"
                r"fighter|deputy|secretary|representative|operative|miembro|integrante|fiscal|funcionari[oa]|vocer[oa]|"
                r"ministr[oa]|senador[a]?|militante|abogad[oa]|secretari[oa]|representante|agente|delegad[oa]|delegate|"
                r"lieutenant|lugarteniente|right-hand man|mano derecha|second-in-command|segundo al mando|financier|"
                r"financier[oa]|treasurer|tesorer[oa]|enforcer|hitman|sicario|emissary|emisari[oa]|operator|operador[a]?|"
                r"accountant|contador[a]?|figurehead|testaferro|associate|socio|socia|collaborator|colaborador[a]?|"
                r"encargad[oa]|responsable|person in charge|candidate|candidat[oa]|precandidat[oa]|nominee|aspirante|"
                # the staff of a research centre or a newsroom who speak for it
                r"researcher|analyst|investigador[a]?|analista|fellow|economist|economista|professor|profesor[a]?|"
                r"criminologist|sociologist|anthropologist|political scientist|historian|lecturer|scholar|academic|"
                r"criminolog[oa]|sociolog[oa]|antropolog[oa]|politolog[oa]|historiador[a]?|academic[oa]|docente|"
                r"catedratic[oa]|"
                r"editor[a]?|reporter|reporter[oa]|correspondent|corresponsal|journalist|periodista|columnist|columnista|"
                # a station's voices and a firm's staff: "X, locutor de Radio Y", "X, a driver for the company Y"
                r"locutor[a]?|presentador[a]?|conductor[a]?|camarograf[oa]|fotograf[oa]|broadcaster|presenter|anchor|"
                r"host|photographer|cameraman|camerawoman|employee|emplead[oa]|trabajador[a]?|staffer|driver|chofer|"
                # a caucus or the ranks: "X, de la bancada del Partido Y", "X, from the ranks of the Y"
                r"bancada|caucus|filas|ranks")
ROLE = rf"(?:{LEAD_ROLES}|{MEMBER_ROLES})"
ORG_TYPES = {"criminal_group", "armed_group", "political_party", "government_body", "international_org", "ngo",
             "company", "media", "state", "other"}
PART_NOUNS = (r"structure|estructura|faction|faccion|cell|celula|clique|clica|wing|ala|brazo|branch|rama|front|frente|"
              r"bloc|bloque|column|columna|unit|unidad|affiliate|filial|splinter group|offshoot|escision|division|"
              r"member|miembro|subsidiary|arm")
PART_OF = re.compile(rf"^\s*,\s+(?:a|an|one|the|una?|el|la)\s+(?:[\w-]+\s+){{0,2}}?(?:{PART_NOUNS})s?\s+"
                     r"(?:of|de|del|de la|de las|de los|within|dentro de)\s+(?:the\s+|el\s+|la\s+|las\s+|los\s+)?$")
PART_BEFORE = re.compile(rf"(?<![\w])(?:the|its|their|el|la|su|sus)\s+(?:{PART_NOUNS})\s+$")
STRONGHOLD = re.compile(r"^(?:\s+[a-z]+)?\s*,\s+(?:the\s+|a\s+|an\s+|el\s+|la\s+|los\s+|las\s+|un\s+|una\s+)?"
                        r"(?:main\s+|traditional\s+|historic\s+|key\s+|principal(?:es)?\s+)?"
                        r"(?:strongholds?|bastions?|fiefdoms?|heartlands?|bastion|bastiones|feudos?|fortin|fortines|"
                        r"enclaves?)\s+(?:of|de|del)\s+(?:the\s+|el\s+|la\s+|los\s+|las\s+)?$")
HYPHEN_TIE = re.compile(r"^-(led|backed|funded|financed|run|controlled|allied|sponsored|aligned)\s+(?:[\w-]+\s+){0,2}?$")
HYPHEN_TYPES = {"led": "leads", "run": "leads", "backed": "supports", "sponsored": "supports", "funded": "funds",
                "financed": "funds", "controlled": "controls", "allied": "allied_with", "aligned": "allied_with"}
# "X, the European Union's police agency", "X, the cartel's armed wing": X is a body of the possessor
OWN_BODY_AFTER = re.compile(r"(?:'s|’s)\s+(?:[\w-]+\s+){0,2}?(?:agency|agencies|arm|wing|unit|body|office|branch|"
                            r"force|faction|cell|front|division|department|bureau|directorate|service|subsidiary|"
                            r"affiliate|offshoot)(?![\w])")
ARMED_KINDS = {"armed_group", "criminal_group"}
PART_WORD = re.compile(r"(?<![\w])(?:front|fronts|bloc|column|cell|faction|wing|brigade|company|frente|bloque|columna|"
                       r"celula|faccion|clica|clique)(?![\w])")
PART_NAME = re.compile(r"(?:frente|bloque|columna|compania|estructura|faccion|front|bloc|column|cell|celula|clica)\s")
# ("the Tenth Front of the EMC", "the 33rd Front of the dissidents": an English unit's name ends with what it is)
PART_NAME_END = re.compile(r"(?<=\s)(?:front|bloc|column|cell|faction|brigade)$")
PART_LINK = re.compile(r"\s+(?:of|de|del|de la|de las|de los)\s+(?:the\s+|el\s+|la\s+|las\s+|los\s+)?")
BODY_KIND = (r"(?:station|daily|newspaper|paper|weekly|magazine|outlet|channel|broadcaster|website|network|"
             r"diario|periodico|semanario|revista|emisora|radio|canal|cadena|portal|medio|noticiero|radioemisora)")
AFTER_PERSON = re.compile(rf"^[\s\"”'’»]*(?:,\s+(?:de\s+)?\d{{1,3}}(?:\s+(?:anos|years old))?)?,\s+(?:the |a |an |el |la |un |una )?(?:[\w-]+\s+){{0,3}}?({ROLE})s?(?:\s+[a-z]+)?\s+"
                          r"(?:of|from|at|for|in|with|de|del|de la|de los|en)\s+(?:the\s+|el\s+|la\s+|los\s+|las\s+)?"
                          # 'a reporter for the Port-au-Prince station Radyo X', 'columnista del diario Y': the kind
                          # of body (and where it is) said before its name
                          rf"(?:(?:[\w-]+\s+){{0,2}}?{BODY_KIND}\s+(?:(?:el|la|los|las|the)\s+)?)?$"
                          r"|^\s*,?\s+(?:of|from|de|del)\s+(?:the\s+|el\s+|la\s+)?$")
# a journalist's outlet in a relative clause: "X, who had reported on smuggling routes for Radio Y",
# "X, que escribía sobre el narcotráfico para el diario Y"
WROTE_FOR = re.compile(rf"^[\s\"”'’»]*,\s+(?:who|que|quien)\s+(?:had\s+|has\s+|habia\s+|ha\s+)?(?:long\s+)?"
                       r"(?:reported|wrote|worked|reports|writes|works|covered|covers|escribia|escribe|trabajaba|trabaja|"
                       r"informaba|reportaba|cubria|colaboraba)(?![\w])[^,.;]{0,70}?\s(?:for|para)\s+"
                       rf"(?:the\s+|el\s+|la\s+)?(?:(?:[\w-]+\s+){{0,2}}?{BODY_KIND}\s+)?$")
BEFORE_PERSON = re.compile(rf"(?:'s|’s)?\s+(?:[\w-]+\s+){{0,2}}?({ROLE})s?\s*,?\s*$")
ROLE_OF_BEFORE = re.compile(rf"({ROLE})(?:\s+[a-z]+)?\s+(?:of|de|del|de la)\s+(?:the\s+|el\s+|la\s+)?$")
PLACE_LEADERS = re.compile(r"^(?:mayor|alcalde|alcaldesa|governor|gobernador|gobernadora|president|presidente|presidenta|"
                           r"personer[oa]|concejal|councillor|prefect|prefecto|intendente)$")
POSSESSIVE = re.compile(r"^(?:'s|’s)\s+$")
# a place's own office holder named after it: "Pedro Juan Caballero's mayor, Nilda Riquelme", "Peru's president, X"
# and the same office as a title before the name: "Arauca Governor Hermes Barragán", "Tibú Mayor Nelly Roa"
PLACE_HOLDER_GAP = re.compile(r"(?:'s|’s)\s+(?:(?:new|former|current|then|acting|interim)\s+)?"
                              r"(?:mayor|governor|president|prefect)\s*,\s*")
PLACE_TITLE_GAP = re.compile(r"\s+(?:Governor|Mayor|Prefect)\s+")  # checked on the text: a title, capitalised
# "El director de la DIJIN, general Hernando Vásquez": a rank between the office and the name
RANK_GAP = re.compile(r"\s*,?\s*(?:el\s+|la\s+)?(?:general|coronel|colonel|mayor|major|capitan|captain|teniente|lieutenant|"
                      r"comisario|almirante|admiral|brigadier|sargento|sergeant|commander|comandante)\s+")
OWN_LEAD_ROLE = re.compile(rf"(?<![\w])(?:{LEAD_ROLES})(?![\w])")
APPOSED_HOLDER = re.compile(r"^\s*,\s+(?:the\s+)?$")
HOLDERS_ROLE = re.compile(rf"^(?:'s|’s)\s+(?:[\w-]+\s+){{0,2}}?({ROLE})(?![\w])")


def _role_type(role: str | None) -> str:
    if not role:
        return "member_of"  # "Dania Euceda of DIPAMPCO"
    return "leads" if re.fullmatch(LEAD_ROLES, role) else "member_of"


def role_relations(doc: Document, res: Resolution) -> list[tuple[str, str, str, tuple[int, int]]]:
    """'X, the prosecutor from the Attorney General's Office' / 'DIRAN chief X' / 'Uribe's Centro Democrático'."""
    text, folded = doc.text, fold_text(doc.text)
    out: list[tuple[str, str, str, tuple[int, int]]] = []
    for sent in doc.sentences or [(0, len(text))]:
        found = units(res.refs, *sent)
        for i, u in enumerate(found):
            nxt0 = found[i + 1] if i + 1 < len(found) else None
            if nxt0 and res.by_key[u.key].type in ORG_TYPES and res.by_key[nxt0.key].type in ORG_TYPES \
                    and PART_OF.match(folded[u.end : nxt0.start]):
                out.append(("member_of", u.key, nxt0.key, sent))  # "el Frente 33, una estructura de las disidencias"
            elif nxt0 and res.by_key[nxt0.key].type in ORG_TYPES and res.by_key[u.key].type != "state" \
                    and (PART_BEFORE.search(folded[max(sent[0], u.start - 30) : u.start])
                         or PART_NAME.match(folded, u.start) or PART_NAME_END.search(folded, u.start, u.end)) \
                    and PART_LINK.fullmatch(folded[u.end : nxt0.start]):
                out.append(("member_of", u.key, nxt0.key, sent))  # "la estructura Jaime Martínez de las disidencias"
            if nxt0 and res.by_key[u.key].type in SETTING_TYPES and res.by_key[nxt0.key].type in ORG_TYPES \
                    and STRONGHOLD.match(folded[u.end : nxt0.start]):
                # "the Alemão and Penha complexes, strongholds of the CV": the group holds the places before
                k = i
                while k >= 0 and res.by_key[found[k].key].type in SETTING_TYPES \
                        and (k == i or re.fullmatch(r"[\s,]*(?:and|y|e|,)?\s*", folded[found[k].end : found[k + 1].start])):
                    out.append(("controls", nxt0.key, found[k].key, sent))
                    k -= 1
            if nxt0 and res.by_key[u.key].type in ARMED_KINDS and res.by_key[nxt0.key].type in ARMED_KINDS \
                    and POSSESSIVE.match(folded[u.end : nxt0.start]) and PART_WORD.search(folded, nxt0.start, nxt0.end):
                out.append(("member_of", nxt0.key, u.key, sent))  # "the FARC's 10th Front", "el ELN's Frente de Guerra"
            if nxt0 and res.by_key[u.key].type in ORG_TYPES - {"state"} and res.by_key[nxt0.key].type in ORG_TYPES \
                    and APPOSED_HOLDER.match(folded[u.end : nxt0.start]) and OWN_BODY_AFTER.match(folded, nxt0.end):
                out.append(("member_of", u.key, nxt0.key, sent))  # "Europol, the European Union's police agency"
            hyph = HYPHEN_TIE.match(folded[u.end : nxt0.start]) if nxt0 else None
            if hyph and nxt0 and res.by_key[nxt0.key].type in ORG_TYPES:
                out.append((HYPHEN_TYPES[hyph.group(1)], u.key, nxt0.key, sent))  # "the Kenya-led mission"
            if res.by_key[u.key].type != "person":
                continue
            if i > 0 and found[i - 1].key == u.key and re.fullmatch(r"[\s\"”'’»,]*", folded[found[i - 1].end : u.start]):
                continue  # 'alias "Gavilán", el comandante de …': read with the mention before it
            # 'X, alias "Nevado", señalado cabecilla de la organización': read past the person's own alias
            j, end = i + 1, u.end
            while j < len(found) and found[j].key == u.key:
                end, j = found[j].end, j + 1
            nxt = found[j] if j < len(found) else None
            prev = found[i - 1] if i > 0 else None
            if nxt and res.by_key[nxt.key].type in SETTING_TYPES and j + 1 < len(found) \
                    and res.by_key[found[j + 1].key].type in ORG_TYPES - {"state"} \
                    and AFTER_PERSON.match(folded[end : found[j + 1].start]):
                nxt = found[j + 1]  # 'a reporter for the Port-au-Prince station Radyo X': the place says where the station is
            if nxt and res.by_key[nxt.key].type == "media" and WROTE_FOR.match(folded[end : nxt.start]):
                out.append(("member_of", u.key, nxt.key, sent))  # 'X, who had reported on smuggling for Radio Y'
            elif nxt and res.by_key[nxt.key].type in ORG_TYPES:
                m = AFTER_PERSON.match(folded[end : nxt.start])
                if m and (m.group(1) or res.by_key[nxt.key].type != "state"):
                    # 'alias "Gavilán", el comandante de la estructura': the role word is the description the
                    # person was read through, so the bare 'de' after it takes that role
                    own = None if m.group(1) else OWN_LEAD_ROLE.search(folded, u.end, end)
                    out.append((_role_type(own.group() if own else m.group(1)), u.key, nxt.key, sent))
                elif POSSESSIVE.match(folded[u.end : nxt.start]) and res.by_key[nxt.key].type in (
                        "political_party", "armed_group", "criminal_group"):
                    out.append(("leads", u.key, nxt.key, sent))
                elif APPOSED_HOLDER.match(folded[u.end : nxt.start]) and res.by_key[nxt.key].type != "state":
                    m = HOLDERS_ROLE.match(folded[nxt.end : sent[1]])  # "X, the foundation's executive director"
                    if m:
                        out.append((_role_type(m.group(1)), u.key, nxt.key, sent))
            ptype = res.by_key[prev.key].type if prev else None
            if prev and ptype in ORG_TYPES and ptype != "state":
                gap = folded[prev.end : u.start]
                m = BEFORE_PERSON.fullmatch(gap) if len(gap) < 40 else None
                if m:
                    out.append((_role_type(m.group(1)), u.key, prev.key, sent))
                elif (len(gap) < 6 or RANK_GAP.fullmatch(gap)) and prev.start > sent[0]:
                    # 'La coordinadora del Comité X (COFAPRE), Lucía …': the role is said before the name, not its acronym
                    k = i - 1
                    while k > 0 and found[k - 1].key == prev.key and re.fullmatch(r"[\s(]*", folded[found[k - 1].end : found[k].start]):
                        k -= 1
                    m2 = ROLE_OF_BEFORE.search(folded[max(sent[0], found[k].start - 30) : found[k].start])
                    if m2:
                        out.append((_role_type(m2.group(1)), u.key, prev.key, sent))
                    elif len(gap) < 6 and k > 0 and res.by_key[found[k - 1].key].type in ORG_TYPES - {"state"} \
                            and RANK_GAP.fullmatch(folded[found[k - 1].end : found[k].start]):
                        # 'el director de la DIRANDRO, general PNP X': a rank and the corps it is held in, between
                        # the post and the name; the post is the body named before the rank (the rank set off by the
                        # comma is not read as a membership: test_rank_before_body)
                        m2 = ROLE_OF_BEFORE.search(folded[max(sent[0], found[k - 1].start - 30) : found[k - 1].start])
                        if m2:
                            out.append((_role_type(m2.group(1)), u.key, found[k - 1].key, sent))
            elif prev and ptype in ("location", "state") and (PLACE_HOLDER_GAP.fullmatch(folded[prev.end : u.start])
                                                              or PLACE_TITLE_GAP.fullmatch(text[prev.end : u.start])):
                out.append(("leads", u.key, prev.key, sent))  # "Pedro Juan Caballero's mayor, Nilda Riquelme"
            elif prev and ptype in ("location", "state") and len(folded[prev.end : u.start]) < 6:
                # "El alcalde de San Jacinto, Ómar Benítez": the office holder of a place
                m3 = ROLE_OF_BEFORE.search(folded[max(sent[0], prev.start - 30) : prev.start])
                if m3 and PLACE_LEADERS.match(m3.group(1)):
                    out.append(("leads" if not m3.group(1).startswith(("personer", "concejal", "council")) else "member_of",
                                u.key, prev.key, sent))
    return out


BETWEEN = re.compile(
    r"(?<![\w])(?:(alliance|alliances|pact|partnership|coordination|cooperation|ties|links|relationship|relations|"
    r"contacts|dealings|talks|negotiations|dialogue|ceasefire|truce|rivalry|war|dispute|fighting|clashes|"
    r"alianza|alianzas|pacto|coordinacion|cooperacion|vinculos|nexos|lazos|relacion|relaciones|contactos|"
    r"dialogos|negociaciones|conversaciones|cese al fuego|tregua|rivalidad|guerra|disputa|enfrentamientos|"
    r"combates|enfrentamiento|combate|balacera|tiroteo|choque|choques|clash|shootout|gunfight|battle|fight|"
    r"confrontacion|confrontaciones|confrontation|confrontations|conflict|conflicto|pugna|pugnas|feud|turf war|"
    r"hostilities|hostilidades)"
    r"\s+(?:\w+\s+){0,2}?(?:between|among|entre))\s+(?:the\s+|el\s+|la\s+|los\s+|las\s+)?"
    # "un enfrentamiento entre los hombres de Chino Wilber y los Apaza": a leader's men are his side
    r"(?:(?:men|gunmen|fighters|forces|troops|members|hombres|sicarios|pistoleros|combatientes|tropas|fuerzas|"
    r"integrantes)\s+(?:of|de|del)\s+(?:the\s+|el\s+|la\s+|los\s+|las\s+)?)?$")
BETWEEN_TYPE = [
    (re.compile(r"alliance|pact|partnership|coordination|cooperation|alianza|pacto|coordinacion|cooperacion"),
     "allied_with"),
    (re.compile(r"talks|negotiation|dialogue|ceasefire|truce|dialogo|negociacion|conversacion|cese|tregua"),
     "negotiates_with"),
    (re.compile(r"rivalry|war|dispute|fighting|clash|rivalidad|guerra|disputa|enfrentamiento|combate|balacera|"
                r"tiroteo|choque|shootout|gunfight|battle|fight|confront|conflict|pugna|feud|hostilit"), "opposes"),
]


def between_relations(doc: Document, res: Resolution) -> list[tuple[str, str, str, tuple[int, int]]]:
    """'the alliance between X and Y' / 'la guerra entre X y Y': a tie among a coordinated pair."""
    text, folded = doc.text, fold_text(doc.text)
    out: list[tuple[str, str, str, tuple[int, int]]] = []
    for sent in doc.sentences or [(0, len(text))]:
        for g in groups(text, units(res.refs, *sent)):
            if len(g) < 2:
                continue
            m = BETWEEN.search(folded[max(sent[0], g[0].start - 60) : g[0].start])
            if not m:
                continue
            noun = m.group(1)
            typ = next((t for rx, t in BETWEEN_TYPE if rx.search(noun)), "associated_with")
            members = [u for u in g if res.by_key[u.key].type not in SETTING_TYPES or typ == "negotiates_with"]
            out.extend(_among(typ, members, sent))
    return out


def _among(typ: str, members: list[Unit], sent: tuple[int, int]) -> list[tuple[str, str, str, tuple[int, int]]]:
    """A tie between every two members of a list; opposition runs both ways."""
    out = []
    for i, a in enumerate(members):
        for b in members[i + 1 :]:
            out.append((typ, a.key, b.key, sent))
            if typ == "opposes":
                out.append((typ, b.key, a.key, sent))
    return out


UNDER = re.compile(r"^\s*(?:under|bajo(?:\s+el\s+mando\s+de|\s+la\s+direccion\s+de|\s+el\s+liderazgo\s+de)?)\s+", re.I)


def under_leader(doc: Document, res: Resolution) -> list[tuple[str, str, str, tuple[int, int]]]:
    """'Under Marcola, the PCC grew…' / 'Bajo el mando de X, el frente…': X leads the clause's subject."""
    text = doc.text
    out: list[tuple[str, str, str, tuple[int, int]]] = []
    for sent in doc.sentences or [(0, len(text))]:
        m = UNDER.match(fold_text(text[sent[0] : sent[1]]))
        if not m:
            continue
        comma = text.find(",", sent[0] + m.end(), sent[1])
        if comma < 0:
            continue
        found = units(res.refs, *sent)
        leaders = [u for u in found if sent[0] + m.end() <= u.start < comma and res.by_key[u.key].type == "person"]
        after = [u for u in found if u.start > comma]
        if leaders and after and res.by_key[after[0].key].type in ORG_TYPES - {"state"}:
            out.append(("leads", leaders[0].key, after[0].key, sent))
    return out


RECIPROCAL = [
    ("allied_with", re.compile(
        # (a timeline's present too: "- March 2024: Ferrer and Salinas sign an agreement", "Ferrer y Salinas firman …")
        r"(?:signed|sign|sealed|seal|struck|strike|reached|reach) (?:a |an |the )?(?:new |joint |bilateral |security |cooperation )?"
        r"(?:protocol|agreement|accord|pact|memorandum|deal|alliance|truce)|agreed to|joined forces|formed an alliance|"
        r"(?:coordinate|coordinated|cooperate|cooperated|collaborate|collaborated|work together|worked together|"
        r"launched a joint|carried out a joint|conducted a joint)|"
        r"(?:firmaron|firman|sellaron|sellan) (?:un |el |una )?(?:nuevo |)(?:protocolo|acuerdo|convenio|pacto|memorando|alianza)|acordaron|pactaron|"
        r"se aliaron|unieron fuerzas|coordinan|coordinaron|cooperan|cooperaron|trabajan juntos|trabajaron juntos|"
        r"realizaron (?:un |una )?(?:operativo|operacion) conjunt[oa]|lanzaron (?:un |una )?(?:operativo|operacion) conjunt[oa]")),
    ("opposes", re.compile(
        r"clashed|clash|fought|fight each other|are at war|were at war|went to war|compete|competed|are competing|"
        r"dispute|disputed|are feuding|feuded|se enfrentaron|se enfrentan|se disputan|disputan|combaten|combatieron|"
        r"libran una guerra|estan en guerra|rivalizan|pelean|pelearon|"
        # the quarrel as a noun: "A y B mantienen allí una disputa territorial", "A and B are locked in a turf war"
        r"(?:mantienen|mantenian|sostienen|sostenian|libran|libraban|protagonizan|protagonizaban|wage|waged|are waging|"
        r"were waging|are locked in|were locked in|are engaged in|were engaged in|remain locked in) (?:\w+ ){0,2}?"
        r"(?:disputa|guerra|pugna|enfrentamientos?|confrontacion|war|feud|dispute|rivalry|conflict)")),
    ("negotiates_with", re.compile(
        r"met|held talks|negotiated|are negotiating|have been negotiating|have negotiated|"
        # "A and B hold exploratory contacts", "A y B sostienen diálogos exploratorios"
        r"(?:hold|held|holding|opened|open|resumed|resume) (?:\w+ ){0,2}?(?:talks|contacts|negotiations|dialogue)|"
        r"(?:sostienen|sostuvieron|mantienen|mantuvieron|iniciaron|inician|abrieron|reanudaron|reanudan) (?:\w+ ){0,2}?"
        r"(?:dialogos|contactos|conversaciones|negociaciones|acercamientos)|"
        r"se reunieron|negociaron|negocian|dialogaron|dialogan|conversaron|han negociado|han estado negociando")),
]
# (a relative clause of the list is still the list's: "Los Choneros y Los Lobos, que se disputan las cárceles")
JOINT_GAP = re.compile(r"^[\s,]*(?:(?:que|which|who)\s+)?(?:(?:have|has|had|reportedly|allegedly|also|then|later|jointly|both|"
                       r"han|habian|habrian|presuntamente|tambien|luego|ambos|ambas|ya)\s+){0,3}$")
# ('La Gendarmería y la Prefectura, bajo la dirección del Juzgado Federal, concretaron …': a phrase set off by
# commas and opened by a preposition, between the list and its verb)
JOINT_ASIDE = re.compile(r"\s*,\s*(?:bajo|under|con|with|tras|after|junto\s+a|en\s+coordinacion\s+con|in\s+coordination\s+with|"
                         r"por\s+orden\s+de|on\s+orders\s+from|a\s+pedido\s+de|at\s+the\s+request\s+of)\s")
GOVERNED = re.compile(r"(?<![\w])(?:from|of|in|at|with|by|for|to|between|among|de|del|desde|en|con|por|para|entre|a)\s+"
                      r"(?:the\s+|el\s+|la\s+|los\s+|las\s+)?$")
# "Según la Fundación X, A y B se enfrentaron", "According to the Observatory, A and B clashed": the source that
# opens the sentence reads as the list's first member; the list that is the subject starts after it
SOURCE_LEAD = re.compile(r"(?<![\w])(?:according to|per|citing|segun|de acuerdo con|conforme a|para)\s+"
                         r"(?:the\s+|el\s+|la\s+|los\s+|las\s+)?$")
# what forces do together: "the police and the navy seized …", "la Policía y la Armada interceptaron …"
FORCES_ACT = re.compile(r"(?<![\w])(?:arrested|captured|detained|seized|intercepted|raided|dismantled|rescued|"
                        r"carried out|conducted|launched|deployed|capturaron|capturan|detuvieron|detienen|arrestaron|"
                        r"concretaron|efectuaron|llevaron a cabo|practicaron|"
                        r"incautaron|incautan|decomisaron|interceptaron|interceptan|interceptaran|allanaron|desarticularon|"
                        r"desmantelaron|rescataron|ejecutaron|realizaron|desplegaron|lanzaron)(?![\w])")
# what forces do to someone, in the passive, and its agent's preposition ("allanada meses después por la")
ACTED_BY = re.compile(r"(?<![\w])(?:arrested|captured|detained|seized|intercepted|raided|dismantled|searched|"
                      r"capturad[oa]s?|detenid[oa]s?|arrestad[oa]s?|incautad[oa]s?|decomisad[oa]s?|interceptad[oa]s?|"
                      r"allanad[oa]s?|desarticulad[oa]s?|desmantelad[oa]s?|intervenid[oa]s?|aprehendid[oa]s?)"
                      r"(?:\s+[a-z]+){0,3}?\s+(?:by|por)\s+(?:the\s+|el\s+|la\s+|los\s+|las\s+)?$")


def _after_aside(folded: str, start: int, stop: int) -> str | None:
    """The 90 characters after the comma that closes an aside (``JOINT_ASIDE``) opening at ``start``, when a verb
    of what forces do comes right after that comma; None when no comma within 200 characters does."""
    opening = folded.index(",", start, stop) - start  # the comma that opens the aside
    for m in re.finditer(",", folded[start : min(stop, start + 200)]):
        if m.start() == opening:
            continue
        after = folded[start + m.end() : min(stop, start + m.end() + 90)]
        act = FORCES_ACT.search(after)
        if act and JOINT_GAP.match(after[: act.start()]):
            return after
    return None


# "Delegates of the government and the ELN hold talks": the sides meet through their delegates
DELEGATES_OF = re.compile(r"(?<![\w])(?:delegates|delegations|representatives|negotiators|envoys|delegados|delegaciones|"
                          r"representantes|negociadores|emisarios)\s+(?:of|from|de|del)\s+(?:the\s+|el\s+|la\s+|los\s+|las\s+)?$")
# "Police from A, B and C arrested …": the forces of the listed countries acted together
FORCES_OF = re.compile(r"(?<![\w])(?:police|forces|troops|agents|officers|soldiers|investigators|prosecutors|policias|"
                       r"fuerzas|agentes|efectivos|tropas|militares|investigadores|fiscales)\s+(?:from|of|de|del)\s+"
                       r"(?:the\s+|los\s+|las\s+)?$")
JOINT_TYPES = {"person", "criminal_group", "armed_group", "political_party", "government_body", "state",
               "international_org", "ngo", "company", "other"}


def joint_subjects(doc: Document, res: Resolution) -> list[tuple[str, str, str, tuple[int, int]]]:
    """'The PNC and DIPAMPCO signed a protocol' / 'el ELN y las disidencias se enfrentan': a tie among a list.

    Members of a list are never tied for being listed; they are when the list is the subject of
    a verb that needs two sides (sign, clash, negotiate), written right after it.
    """
    text, folded = doc.text, fold_text(doc.text)
    out: list[tuple[str, str, str, tuple[int, int]]] = []
    for sent in doc.sentences or [(0, len(text))]:
        for g in groups(text, units(res.refs, *sent), brackets=True):
            if len(g) > 2 and SOURCE_LEAD.search(folded[max(sent[0], g[0].start - 25) : g[0].start]) \
                    and re.match(r"\s*(?:\([^()]{2,15}\)\s*)?,", text[g[0].end : g[1].start]):
                g = g[1:]  # "Según la Fundación X, A y B se enfrentaron": the source is not one of the sides
            if any(res.by_key[u.key].confidence < 0.5 for u in g):
                continue  # "Delegates of Colombia, Peru and Chile met": a list we cannot read whole
            members = [u for u in g if res.by_key[u.key].type in JOINT_TYPES]
            lead = folded[max(sent[0], g[0].start - 25) : g[0].start]
            forces_of = FORCES_OF.search(lead)
            if len(members) >= 2 and ACTED_BY.search(folded[max(sent[0], g[0].start - 60) : g[0].start]) \
                    and all(res.by_key[u.key].type in SUB_BODY_TYPES for u in members):
                # "fue allanada por la SENAD y el Ministerio Público", "raided by the police and the army": the
                # forces that did it together
                out.extend(_among("allied_with", members, sent))
                continue
            if len(members) < 2 or len(members) > 5 or GOVERNED.search(lead) \
                    and not (len(members) == 2 and DELEGATES_OF.search(lead)) and not forces_of:
                continue  # "Delegates from A, B and C met": the list is not the subject (two sides' delegates are)
            after = folded[g[-1].end : min(sent[1], g[-1].end + 90)]
            if JOINT_ASIDE.match(folded, g[-1].end, sent[1]):  # the words after the aside come after the list
                after = _after_aside(folded, g[-1].end, sent[1]) or after
            for typ, rx in RECIPROCAL:
                m = rx.search(after)
                if m and JOINT_GAP.match(after[: m.start()]):
                    if typ != "negotiates_with" and any(res.by_key[u.key].type == "location" for u in members):
                        break
                    out.extend(_among(typ, members, sent))
                    break
            else:
                m = FORCES_ACT.search(after)
                if m and JOINT_GAP.match(after[: m.start()]) and all(
                        res.by_key[u.key].type in SUB_BODY_TYPES or forces_of and res.by_key[u.key].type == "state"
                        for u in members):
                    # "la Policía y la Armada interceptaron …", "Police from Paraguay, Brazil and Argentina arrested …"
                    out.extend(_among("allied_with", members, sent))
    return out


# "agentes de la Policía Nacional y efectivos del Ejército ejecutaron la Operación X": two forces in one operation
FORCE_MEN = (r"(?:agentes|efectivos|miembros|elementos|militares|soldados|policias|uniformados|infantes|marinos|"
             r"fiscales|funcionarios|officers|agents|troops|soldiers|personnel|members|police officers|marines|"
             r"prosecutors|officials)")
FORCE_JOIN = re.compile(rf"^\s*(?:,\s*)?(?:y|e|and|junto con|together with|alongside|con apoyo de|with)\s+"
                        rf"(?:(?:unos|unas|cerca de|mas de|some|about|more than|\d[\d.,]*)\s+)*{FORCE_MEN}\s+"
                        rf"(?:de|del|de la|de los|of|from|of the|from the)\s+(?:la\s+|el\s+|los\s+|las\s+|the\s+)?$")
JOINT_ACTION = re.compile(r"^[^.;]{0,40}?(?:ejecutaron|realizaron|llevaron a cabo|lanzaron|desplegaron|desarrollaron|"
                          r"allanaron|intervinieron|destruyeron|capturaron|detuvieron|incautaron|decomisaron|catearon|"
                          r"carried out|conducted|launched|raided|staged|mounted|arrested|seized|destroyed|detained|"
                          r"searched)(?![\w])")
FORCE_TYPES = {"government_body", "international_org", "state"}
# "en un operativo conjunto de la Policía Nacional y el Ejército", "in a joint operation by the police and the
# navy": the two bodies named as the joint action's doers
JOINT_OF = re.compile(r"(?<![\w])(?:(?:operativos?|operacion|operaciones|accion|acciones|intervencion|patrullajes?|"
                      r"allanamientos?|ofensiva|mision) conjunt[oa]s? (?:de|del|entre)|"
                      r"joint (?:\w+ )?(?:operations?|raids?|patrols?|missions?|offensives?|task force) "
                      r"(?:by|of|between))\s+(?:la\s+|el\s+|los\s+|las\s+|the\s+)?$")
JOINT_AND = re.compile(r"^\s*(?:\([^()]{2,15}\)\s*)?(?:,\s*)?(?:y|e|and)\s+(?:del?\s+)?(?:la\s+|el\s+|los\s+|las\s+|the\s+)?$")


def joint_forces(doc: Document, res: Resolution) -> list[tuple[str, str, str, tuple[int, int]]]:
    """'agentes de la Policía y efectivos del Ejército ejecutaron la operación', 'un operativo conjunto de la
    Policía y el Ejército': the two forces acted together."""
    text, folded = doc.text, fold_text(doc.text)
    out: list[tuple[str, str, str, tuple[int, int]]] = []
    for sent in doc.sentences or [(0, len(text))]:
        found = [u for u in units(res.refs, *sent) if res.by_key[u.key].type in FORCE_TYPES]
        for a, b in zip(found, found[1:], strict=False):
            if a.key != b.key and FORCE_JOIN.match(folded[a.end : b.start]) \
                    and JOINT_ACTION.match(folded[b.end : sent[1]]):
                out.append(("allied_with", a.key, b.key, sent))
            elif a.key != b.key and JOINT_AND.match(folded[a.end : b.start]) \
                    and JOINT_OF.search(folded[max(sent[0], a.start - 60) : a.start]):
                out.append(("allied_with", a.key, b.key, sent))
    return out


# "La Fiscalía, en coordinación con la DIRANDRO y con apoyo de la Guardia Nacional, …", "DEA agents, working with
# Colombian police, arrested …": the bodies named before the cue acted with those named after it
COORDINATED = re.compile(r"(?<![\w])(?:en coordinacion con|coordinad[oa]s? con|con (?:el )?apoyo de|con la colaboracion de|"
                         r"en colaboracion con|en cooperacion con|en conjunto con|en trabajo conjunto con|trabajo conjunto con|"
                         r"junto (?:a|con)|(?:operacion|operativo) conjunt[oa] con|in coordination with|coordinated with|"
                         r"with (?:the )?(?:support|help|assistance) (?:of|from)|together with|alongside|working with|"
                         r"in cooperation with|in collaboration with|joint operation with)(?![\w])")


def coordinated_forces(doc: Document, res: Resolution) -> list[tuple[str, str, str, tuple[int, int]]]:
    """'La Fiscalía Especializada (FECOR), en coordinación con la Dirección Antidrogas …', 'DEA agents, working with
    Colombian police, arrested the defendant': each state body named before the cue acted with each one named after
    it in the sentence (not those listed together on one side). Measured on the read sets: such pairs that no other
    reading tied were a gold (or allowed) tie 22 times in 36."""
    text, folded = doc.text, fold_text(doc.text)
    out: list[tuple[str, str, str, tuple[int, int]]] = []
    for sent in doc.sentences or [(0, len(text))]:
        cue = COORDINATED.search(folded, *sent)
        if cue is None:
            continue
        found = [u for u in units(res.refs, *sent) if res.by_key[u.key].type in FORCE_TYPES - {"state"}]
        before = [u for u in found if u.end <= cue.start()]
        after = [u for u in found if u.start >= cue.end()]
        for a in dict.fromkeys(u.key for u in before):
            for b in dict.fromkeys(u.key for u in after):
                if a != b:
                    out.append(("allied_with", a, b, sent))
    return out


# 'la División de Investigación Criminal (DIVIC) de la Policía Nacional', 'the Special Unit of the Attorney
# General's Office': a body named as part of another
SUB_BODY_GAP = re.compile(r"^[\s)]*(?:\([^()]{2,15}\)\s*)?,?\s*(?:de|del|of)\s+(?:la\s+|el\s+|los\s+|las\s+|the\s+)?$")
SUB_BODY_TYPES = {"government_body", "international_org"}


def sub_bodies(doc: Document, res: Resolution) -> list[tuple[str, str, str, tuple[int, int]]]:
    """'la Fiscalía Especial contra el Crimen Organizado (FECO) del Ministerio Público': the first body is part of
    the second (a place or a country after 'de' is where the body works, not a body it belongs to, unless the body's
    bracketed short form comes first: 'la Policía Nacional Civil (PNC) de Guatemala' is Guatemala's)."""
    text, folded = doc.text, fold_text(doc.text)
    out: list[tuple[str, str, str, tuple[int, int]]] = []
    for sent in doc.sentences or [(0, len(text))]:
        found = units(res.refs, *sent)
        for a, b in zip(found, found[1:], strict=False):
            if a.key != b.key and res.by_key[a.key].type in SUB_BODY_TYPES | {"ngo"} \
                    and res.by_key[b.key].type in SUB_BODY_TYPES and SUB_BODY_GAP.match(folded[a.end : b.start]):
                out.append(("member_of", a.key, b.key, sent))
            elif a.key != b.key and res.by_key[a.key].type in SUB_BODY_TYPES \
                    and res.by_key[b.key].type in SUB_BODY_TYPES and OWNING_GAP.fullmatch(text, a.end, b.start):
                # "the Treasury's Office of Foreign Assets Control", "the Justice Department's Joint Task Force
                # Vulcan": the second body is the first's
                out.append(("member_of", b.key, a.key, sent))
            elif a.key != b.key and res.by_key[a.key].type == "government_body" and res.by_key[b.key].type == "state" \
                    and COUNTRY_AFTER_SHORT_FORM.fullmatch(text, a.end, b.start):
                # "la Policía Nacional Civil (PNC) de Guatemala", "the Drug Enforcement Administration (DEA) of the
                # United States": a body whose short form is given before its country is that state's (read sets:
                # a gold tie 6 times in 9, once no tie; unbracketed, 'el Departamento del Tesoro de Estados Unidos',
                # once in 17, so that stays a name and a setting)
                out.append(("member_of", a.key, b.key, sent))
    return out


COUNTRY_AFTER_SHORT_FORM = re.compile(r"\s*(?:\([^()]{2,15}\)|\))\s*(?:de|of)\s+(?:los\s+|las\s+|la\s+|el\s+|the\s+)?")
OWNING_GAP = re.compile(r"(?:'s|’s|'|’)\s+")


# a group named as part of another in apposition: "Los Cuervos, una facción escindida de Los Choneros", "the
# Comuneros del Sarare, a splinter of Segunda Marquetalia", "Los Chapitos, the Sinaloa Cartel faction"
GROUP_PARTS = (r"faction|factions|cell|wing|splinter|splinter group|offshoot|branch|subgroup|sub-group|franchise|clique|"
               r"faccion|facciones|celula|brazo|escision|rama|subestructura|estructura|clica|franquicia")
PART_OF_GAP = re.compile(rf"^\s*(?:\([^()]{{1,20}}\)\s*)?,\s*(?:the|a|an|one|la|una|el|un)\s+(?:[\w-]+\s+)?"
                         rf"(?:{GROUP_PARTS})\s+(?:[\w-]+\s+){{0,2}}?(?:of|de|del|within|dentro de)\s+"
                         rf"(?:the\s+|la\s+|el\s+|los\s+|las\s+)?$")
PART_BEFORE_NAME_GAP = re.compile(r"^\s*(?:\([^()]{1,20}\)\s*)?,\s*(?:the|a|an)\s+$")
PART_AFTER_NAME = re.compile(rf"(?:'s|’s)?\s+(?:[a-z-]+\s+)?(?:{GROUP_PARTS})(?![\w-])")
NOT_A_GROUP = {"person", "location", "state", "policy", "media", "company"}
# "the Barrio 18 gang's Sureños faction", "the Sinaloa Cartel's Chapitos wing": the whole, its possessive, the part
POSSESSOR_GAP = re.compile(r"(?:\s+(?:gang|cartel|group|clan|organization|organisation|network|guerrilla|militia))?"
                           r"(?:'s|’s)\s+")


def group_parts(doc: Document, res: Resolution) -> list[tuple[str, str, str, tuple[int, int]]]:
    """'Los Cuervos, una facción escindida de Los Choneros', 'X, a splinter of Y', 'X, the Y faction': the first
    group belongs to the second (a person, a place or a firm is no part of a group)."""
    text, folded = doc.text, fold_text(doc.text)
    out: list[tuple[str, str, str, tuple[int, int]]] = []
    for sent, a, b in _group_neighbours(doc, res):
        gap = folded[a.end : b.start]
        part = PART_BEFORE_NAME_GAP.match(gap) and PART_AFTER_NAME.match(folded, b.end)
        if part and re.match(r"\s*,\s*[A-Z]", text[part.end() : part.end() + 6]):
            continue  # "(Sinaloa cartel, Los Chapitos, the Mayos faction, CJNG …)": a list, not an apposition
        if PART_OF_GAP.match(gap) or part:
            out.append(("member_of", a.key, b.key, sent))
        elif POSSESSOR_GAP.fullmatch(gap) and PART_AFTER_NAME.match(folded, b.end) and not folded.startswith("'s", b.end):
            out.append(("member_of", b.key, a.key, sent))  # "the Barrio 18 gang's Sureños faction": b is a's part
    return out


# the parts of a group counted before it and then named: "las dos facciones del Barrio 18, los Sureños y los
# Revolucionarios", "the Sinaloa Cartel's two factions, Los Chapitos and La Mayiza"
PARTS = r"(?:factions|facciones|wings|alas|cells|celulas|branches|ramas|fronts|frentes|blocs|bloques|splinters)"
COUNTED = r"(?:(?:two|three|four|both|main|rival|dos|tres|cuatro|principales|rivales)\s+)?"
PARTS_OF_BEFORE = re.compile(rf"(?<![\w])(?:(?:the|its|their|las|los|sus)\s+)?{COUNTED}{PARTS}\s+"
                             r"(?:of|de|del)\s+(?:the\s+|el\s+|la\s+|los\s+|las\s+)?$")
PARTS_AFTER_OWNER = re.compile(rf"(?:\s+(?:gang|cartel|group|clan|network))?(?:'s|’s)\s+{COUNTED}{PARTS}")
PARTS_NAMED_GAP = re.compile(r"\s*,\s*(?:the\s+|el\s+|la\s+|los\s+|las\s+)?$")
PARTS_LIST_GAP = re.compile(r"\s*(?:,\s*|,?\s+(?:and|y|e)\s+)(?:the\s+|el\s+|la\s+|los\s+|las\s+)?$")
GROUP_KINDS = {"criminal_group", "armed_group"}


def listed_parts(doc: Document, res: Resolution) -> list[tuple[str, str, str, tuple[int, int]]]:
    """'las dos facciones del Barrio 18, los Sureños y los Revolucionarios', "the cartel's two factions, A and B":
    each group named after the counted parts belongs to the whole."""
    folded = fold_text(doc.text)
    out: list[tuple[str, str, str, tuple[int, int]]] = []
    for sent in doc.sentences or [(0, len(doc.text))]:
        found = units(res.refs, *sent)
        for i, w in enumerate(found):
            if res.by_key[w.key].type not in GROUP_KINDS:
                continue
            if PARTS_OF_BEFORE.search(folded, max(sent[0], w.start - 60), w.start):
                start = w.end
            else:
                owner = PARTS_AFTER_OWNER.match(folded, w.end)
                if owner is None:
                    continue
                start = owner.end()
            prev, gap = start, PARTS_NAMED_GAP
            for u in found[i + 1 :]:
                if u.start < start:
                    continue
                if u.key == w.key or res.by_key[u.key].type not in GROUP_KINDS or not gap.fullmatch(folded, prev, u.start):
                    break
                out.append(("member_of", u.key, w.key, sent))
                prev, gap = u.end, PARTS_LIST_GAP
    return out


def _group_neighbours(doc: Document, res: Resolution) -> Iterator[tuple[tuple[int, int], Unit, Unit]]:
    """(sentence, a, b) for each two actors named one after the other in a sentence, neither of them a person,
    place, firm or outlet (the candidates for 'a, a part of b')."""
    for sent in doc.sentences or [(0, len(doc.text))]:
        found = units(res.refs, *sent)
        for a, b in zip(found, found[1:], strict=False):
            if a.key != b.key and res.by_key[a.key].type not in NOT_A_GROUP and res.by_key[b.key].type not in NOT_A_GROUP:
                yield sent, a, b


RELATIVE_AFTER = re.compile(r"\s*(?:\([^()]{1,20}\)\s*)?,?\s*(?:that|which|que)\s")


def part_relatives(doc: Document, res: Resolution) -> dict[tuple[tuple[int, int], str, str], str]:
    """'the Comuneros del Sarare, a splinter of Segunda Marquetalia that … now operates in Arauca': the places of
    the relative clause after 'a part of Y' are the part's, not Y's. (sentence, Y, place) → the part."""
    folded = fold_text(doc.text)
    out: dict[tuple[tuple[int, int], str, str], str] = {}
    for sent, a, b in _group_neighbours(doc, res):
        rel = RELATIVE_AFTER.match(folded, b.end) if PART_OF_GAP.match(folded[a.end : b.start]) else None
        if rel is None:
            continue
        for r in res.refs:
            if rel.end() <= r.start < sent[1] and res.by_key[r.key].type in SETTING_TYPES:
                out.setdefault((sent, b.key, r.key), a.key)
    return out


# a person's aide: 'Jean-Baptiste, Dorsainvil's second-in-command', 'El Chino, mano derecha de alias Otoniel'
AIDES = (r"second-in-command|second in command|right-hand man|right hand man|right-hand woman|lieutenant|deputy|"
         r"bodyguard|partner|business partner|associate|front man|frontman|figurehead|enforcer|aide|confidant|protege|"
         r"mano derecha|brazo derecho|lugarteniente|segundo al mando|segundo|escolta|socio|socia|testaferro|"
         r"hombre de confianza|mujer de confianza|operador|operadora|enlace|mensajero|guardaespaldas|sucesor|sucesora|"
         r"successor|heir|heredero")
AIDE_OF_AFTER = re.compile(rf"^\s*,\s*(?:(?:described|identified|named|known|senalad[oa]|identificad[oa]|descrit[oa])"
                           rf"\s[^,;.]{{0,40}}?\s(?:as|como)\s+)?(?:(?:the|el|la|a|an|un|una)\s+)?(?:[\w-]+\s+)?"
                           rf"(?:{AIDES})\s+(?:de|del|of)\s+(?:alias\s+)?$")
AIDE_BEFORE_POSSESSIVE = re.compile(r"^\s*,\s*(?:(?:described|identified|named|known)\s[^,;.]{0,40}?\sas\s+)?$")
AIDE_POSSESSED = re.compile(rf"(?:'s|’s)\s+(?:[\w-]+\s+)?(?:{AIDES})(?![\w-])")


# the aides that stand in for their boss in his group: a second-in-command is in the ranks of what the boss leads (a
# partner, a lawyer or a front man need not be)
DEPUTIES = re.compile(r"second-in-command|second in command|right-hand|right hand|lieutenant|deputy|number two|"
                      r"mano derecha|brazo derecho|lugarteniente|segundo al mando|numero dos|segundo")
_DEPUTY_WORDS = (r"(?:mano derecha|brazo derecho|lugarteniente|segundo al mando|numero dos|right hand|right-hand man|"
                 r"second-in-command|number two|deputy|lieutenant)")
# "La mano derecha de Tatu era Marcelo", "el lugarteniente de Otoniel, alias Gonzalito": the aide named after his boss
DEPUTY_OF_BEFORE = re.compile(rf"{_DEPUTY_WORDS}\s+(?:de|del|of|to)\s+(?:alias\s+)?$")
DEPUTY_OF_GAP = re.compile(r"^\s*(?:,\s*|\s+(?:es|era|fue|is|was|has been|ha sido)\s+)(?:(?:alias|el|la|the)\s+)?$")
# "His second-in-command is a younger man known as alias Sombra", "Su mano derecha es Wanderson Pires"
DEPUTY_OWNED = re.compile(rf"(?<![\w])(?:his|her|their|su)\s+(?:(?:top|trusted|closest|main|principal)\s+)?"
                          rf"{_DEPUTY_WORDS}\s+(?:is|was|es|era|fue)\s+[^.;]{{0,60}}$")


def deputy_pairs(doc: Document, res: Resolution) -> list[tuple[str, str, tuple[int, int]]]:
    """(aide, boss, sentence) of every second-in-command, right hand or lieutenant the text names with his boss:
    'X, Dorsainvil's second-in-command', 'X, mano derecha de alias Otoniel', 'La mano derecha de Tatu era X', 'His
    second-in-command is … X' (the boss the pronoun stands for)."""
    text, folded = doc.text, fold_text(doc.text)
    out: list[tuple[str, str, tuple[int, int]]] = []
    people = [r for r in res.refs if res.by_key[r.key].type == "person"]
    for _typ, aide, boss_key, sent, cue in _aides(doc, res):
        if DEPUTIES.search(cue):
            out.append((aide, boss_key, sent))
    for sent in doc.sentences or [(0, len(text))]:
        found = [u for u in units(res.refs, *sent) if res.by_key[u.key].type == "person"]
        for a, b in zip(found, found[1:], strict=False):
            if a.key != b.key and DEPUTY_OF_BEFORE.search(folded[max(sent[0], a.start - 40) : a.start]) \
                    and DEPUTY_OF_GAP.match(folded[a.end : b.start]):
                out.append((b.key, a.key, sent))
        for u in found:
            owned = DEPUTY_OWNED.search(folded[sent[0] : u.start])
            if owned is None:
                continue
            at = sent[0] + owned.start()
            boss = next((r for r in people if r.start == at and r.kind != "name"), None)
            if boss is not None and boss.key != u.key:
                out.append((u.key, boss.key, sent))
            break
    return out


def person_aides(doc: Document, res: Resolution) -> list[tuple[str, str, str, tuple[int, int]]]:
    """A person named as another's aide: his man (see ``_aides``)."""
    return [(typ, a, b, sent) for typ, a, b, sent, _cue in _aides(doc, res)]


def _aides(doc: Document, res: Resolution) -> list[tuple[str, str, str, tuple[int, int], str]]:
    """'Fritznel Jean-Baptiste, described by the police as Dorsainvil's second-in-command', 'El Chino, mano derecha
    de alias Otoniel': the first person is the second's man (associated_with; no body is named to be member of),
    with the words that say so."""
    text, folded = doc.text, fold_text(doc.text)
    out: list[tuple[str, str, str, tuple[int, int], str]] = []
    for sent in doc.sentences or [(0, len(text))]:
        found = units(res.refs, *sent)
        for a, b in zip(found, found[1:], strict=False):
            if a.key == b.key or res.by_key[a.key].type != "person" or res.by_key[b.key].type != "person":
                continue
            gap = folded[a.end : b.start]
            if m := AIDE_OF_AFTER.match(gap):
                out.append(("associated_with", a.key, b.key, sent, m.group()))
            elif AIDE_BEFORE_POSSESSIVE.match(gap) and (m := AIDE_POSSESSED.match(folded, b.end)):
                out.append(("associated_with", a.key, b.key, sent, m.group()))
    return out


CLITIC_TIE_VERBS = [
    (re.compile(rf"(?:{COERCIVE_DEEDS}|{INDIRECT_DEEDS})(?![\w])"), "acts_against"),
    # 'la OFAC lo incluyó en su lista de sancionados': put on a list of the sanctioned or the wanted
    (re.compile(r"(?:incluyo|incluyeron|incluido)\s+[^.;]{0,40}?(?:lista|listado|registro)(?![\w])"), "acts_against"),
    (re.compile(r"(?:apoyo|apoya|apoyan|apoyaron|respaldo|respalda|respaldan)(?![\w])"), "supports"),
    (re.compile(r"(?:financio|financia|financian)(?![\w])"), "funds"),
]
CLITIC_AUX = re.compile(AUX_ES)


def clitic_ties(doc: Document, res: Resolution) -> list[tuple[str, str, str, tuple[int, int]]]:
    """'la Policía Nacional lo detuvo en Lima', 'la OFAC lo incluyó en su lista de sancionados': the actor right
    before an object clitic does the verb's deed to the one the clitic stands for (coref reads the clitic)."""
    if doc.language != "es":
        return []
    folded = fold_text(doc.text)
    out: list[tuple[str, str, str, tuple[int, int]]] = []
    clitics = [r for r in res.refs if r.kind == "clitic"]
    for c in clitics:
        sent = doc.sentence_at(c.start) or (c.start, c.end)
        before = [u for u in units(res.refs, sent[0], c.start) if u.key != c.key]
        if not before or not re.fullmatch(r"[\s,)]*", folded[before[-1].end : c.start]):
            continue
        verb_at = re.match(r"\s+", folded[c.end :])
        at = c.end + (verb_at.end() if verb_at else 0)
        at = CLITIC_AUX.match(folded, at).end()
        for rx, typ in CLITIC_TIE_VERBS:
            if rx.match(folded, at):
                doers = [before[-1]]
                # 'agentes de la SENAD y de la Policía Nacional lo capturaron': every actor of the coordinated subject
                for prev in reversed(before[:-1]):
                    if not CLITIC_DOERS_GAP.fullmatch(folded, prev.end, doers[-1].start):
                        break
                    doers.append(prev)
                out.extend((typ, d.key, c.key, sent) for d in doers if d.key != c.key
                           and res.by_key[d.key].type == res.by_key[before[-1].key].type)
                break
    return out


# what joins two actors of one subject: '(SENAD) y de la', ', la', ' y el'
CLITIC_DOERS_GAP = re.compile(r"[\s)]*(?:\([^()]{1,20}\)\s*)?(?:,\s*(?:y\s+|e\s+)?|\s+(?:y|e)\s+)(?:(?:de|a)\s+)?"
                              r"(?:(?:la|el|los|las|del)\s+)?")


# "a quien la Fiscalía señaló como el lugarteniente del Zarco" / "identified as the FARC's chief of finances"
AS_ROLE = re.compile(rf"(?<![\w])(?:as|como)\s+(?:the\s+|el\s+|la\s+|its\s+|their\s+|su\s+|a\s+|an\s+|un\s+|una\s+)?"
                     rf"(?:[\w-]+\s+){{0,2}}?({ROLE})(?:\s+[a-z]+){{0,4}}?\s+(?:of|de|del|de la|de los|de las|for|para)\s+"
                     rf"(?:the\s+|el\s+|la\s+|los\s+|las\s+)?$")
# "identify its leader as X" / "su jefe, alias X" / "their commander, X"
POSSESSED_ROLE = re.compile(rf"(?<![\w])(?:its|their|su|sus)\s+(?:[\w-]+\s+){{0,2}}?({ROLE})s?"
                            # 'Su líder regional, conocido como alias «el Gocho»', 'Su jefe en esta zona, un hombre al
                            # que llaman el Mono': where the post is held, and a name said to be what he is called
                            rf"(?:\s+(?:regional|local|zonal|militar|politico|financier[oa]|en\s+(?:esta|esa|la)\s+zona|"
                            rf"in\s+the\s+(?:area|region|city|town)))?\s*"
                            rf"(?:,\s*|\s+(?:as|como|is|was|es|era|fue)\s+|\s+)"
                            rf"(?:(?:(?:un|una|a|an)\s+(?:hombre|mujer|man|woman)\s+)?(?:(?:conocid[oa]|known|identificad[oa]|"
                            rf"identified)\s+(?:[a-z]+\s+){{0,2}}?(?:como|as)\s+|al\s+que\s+(?:llaman|apodan|le\s+dicen)\s+))?"
                            rf"(?:alias\s+)?[\"“«]?(?:el\s+|la\s+|the\s+)?"
                            rf"(?:(?:col|gen|maj|capt|lt|sgt|cmdr|adm|cnel|gral|coronel|general|mayor|capitan|teniente|"
                            rf"comandante|colonel|major|captain|lieutenant|commander|"
                            # a police rank: "Su director, el comisionado X"
                            rf"comisionad[oa]|subcomisionad[oa]|comisari[oa]|subcomisari[oa]|inspector[a]?|"
                            rf"superintendent|superintendente|intendente|almirante|vicealmirante|contralmirante|admiral|"
                            rf"brigadier|sargento|sergeant|"
                            # "Su jefa de bancada, la diputada X": the post the person holds, before the name
                            rf"diputad[oa]|senador[a]?|senator|congresista|concejal[a]?|councillor)\.?\s+)?$")
SOURCE_OPENER = re.compile(r"\s*(?:segun|de acuerdo con|according to|per)\s[^,]{1,80},")
HOLDER_TYPES = {"criminal_group", "armed_group", "political_party", "government_body", "international_org", "ngo",
                "company", "other"}


FAMILY = re.compile(r"(?<![\w])(?:hijo|hija|esposa|esposo|mujer|marido|hermano|hermana|sobrino|sobrina|padre|madre|"
                    r"son|daughter|wife|husband|brother|sister|nephew|niece|father|mother)(?![\w])")


# words for a body of several kinds: "the group's coordinator" is an NGO's as well as a gang's
GENERIC_OWNERS = {w: {"criminal_group", "armed_group", "ngo", "political_party", "other"}
                  for w in ("group", "collective", "movement", "network")} | \
                 {w: HOLDER_TYPES - {"company"} for w in ("organization", "organisation")} | \
                 {w: {"ngo", "other"} for w in ("institute", "center", "centre", "observatory", "association")}
DESCRIBED_OWNER = re.compile(rf"(?<![\w])the\s+([a-z-]+)['’]s\s+(?:[\w-]+\s+){{0,2}}?({ROLE})s?\s*,\s*$")


def identified_roles(doc: Document, res: Resolution) -> list[tuple[str, str, str, tuple[int, int]]]:
    """A person named in a role of a group: 'X … as the lieutenant of Y', 'its leader as X'."""
    text, folded = doc.text, fold_text(doc.text)
    out: list[tuple[str, str, str, tuple[int, int]]] = []
    prior: list[tuple[int, str]] = []  # (end, key) of organisations named so far, for "its"/"su"
    subjects: list[tuple[int, str]] = []  # (end, key) of each sentence's first organisation
    for sent in doc.sentences or [(0, len(text))]:
        found = units(res.refs, *sent)
        for i, u in enumerate(found):
            typ_u = res.by_key[u.key].type
            window = folded[max(sent[0], u.start - 90) : u.start]
            m = AS_ROLE.search(window)
            if m and typ_u in HOLDER_TYPES | {"person"}:
                holder = next((p for p in reversed(found[:i]) if res.by_key[p.key].type == "person"
                               and p.end <= u.start - len(window) + m.start()), None)
                if holder is not None and holder.key != u.key:
                    rel = "associated_with" if typ_u == "person" else _role_type(m.group(1))
                    out.append((rel, holder.key, u.key, sent))
            m2 = POSSESSED_ROLE.search(window) if typ_u == "person" else None
            if m2 and (re.fullmatch(r"lawyer|abogad[oa]", m2.group(1)) and not m2.group().startswith("its")
                       or FAMILY.search(m2.group())):
                # "Su abogado, X": a client's lawyer; "Su hijo mayor, X": an elder son, not a mayor
                m2 = None
            if m2:
                at = u.start - len(window) + m2.start()
                # "its": an organisation earlier in this sentence, else the first (the subject) of the last
                # sentence that named one: "The VHLS, an MS-13 clique, … Police identify its leader as X"
                here = [k for end, k in prior if sent[0] <= end <= at]
                if here and HOSTILE_BEFORE.search(folded[max(sent[0], at - 40) : at]):
                    here = here[:-1]  # "the gang falls apart after the police arrest its leader": not the police's
                # (not past a sentence about a person: 'La Policía detuvo a X. Rangel administraba una red. Su
                # lugarteniente, Y' is no officer of the police)
                owner = here[-1] if here else (subjects[-1][1] if subjects and at - subjects[-1][0] < 400
                                               and not _person_led_since(doc, res, subjects[-1][0], at) else None)
                if not here and unnamed_opening(doc, res.refs, at):
                    owner = None  # "The peace office defended the decision. Its director, X": a body with no name
                if owner:
                    out.append((_role_type(m2.group(1)), u.key, owner, sent))
            m3 = DESCRIBED_OWNER.search(window) if typ_u == "person" and m2 is None else None
            if m3:
                # "The company's majority owner, Ramón Peguero": the last organisation of the kind the noun says
                kind = descriptor_type([m3.group(1)])
                kinds = {kind} if kind else GENERIC_OWNERS.get(m3.group(1), set())
                # "the group's coordinator, X": a word any such body is called by, so only one named close by
                reach = 1500 if kind else 400
                owner = next((k for end, k in reversed(prior) if res.by_key[k].type in kinds
                              and u.start - end < reach), None)
                if owner:
                    out.append((_role_type(m3.group(2)), u.key, owner, sent))
            if typ_u in HOLDER_TYPES:
                prior.append((u.end, u.key))
        first = sentence_subject(res, folded, sent, HOLDER_TYPES)
        if first is not None:
            subjects.append((first.end, first.key))
    return out


def sentence_subject(res: Resolution, folded: str, sent: tuple[int, int], types: set[str]) -> Unit | None:
    """The first actor of ``types`` the sentence names past a 'según X,' opener ("Según la Policía, la banda cobra …":
    the clause's subject, not who reports it); the opener's own when it names no other ('Según la Red X, una
    organización que …, 160 fusiles entraron por puertos' is about the Red X)."""
    found = [u for u in units(res.refs, *sent) if res.by_key[u.key].type in types]
    opener = SOURCE_OPENER.match(folded, sent[0], sent[1])
    return next((u for u in found if opener is None or u.start >= opener.end()), found[0] if found else None)


def first_named(res: Resolution) -> dict[str, int]:
    """Where each entity's name is first written."""
    first: dict[str, int] = {}
    for r in res.refs:
        if r.kind == "name":
            first[r.key] = min(first.get(r.key, r.start), r.start)
    return first


def _person_led_since(doc: Document, res: Resolution, start: int, end: int) -> bool:
    """Whether a sentence after ``start`` and before the one holding ``end`` is about a person (its first actor is
    one)."""
    here = doc.sentence_start(end)
    for s, e in doc.sentences or []:
        if start < s < here:
            first = next((u for u in units(res.refs, s, e) if res.by_key[u.key].type not in ("location", "state")),
                         None)
            if first is not None and res.by_key[first.key].type == "person":
                return True
    return False


# "El primero fue su lugarteniente, Raúl Benítez" / "Mónica Ledezma, alias 'La Güera', su pareja sentimental":
# a person presented as someone's lieutenant, partner or kin is tied to the person the paragraph is about.
KIN_ROLES = (r"lieutenant|lugarteniente|right-hand man|mano derecha|deputy|second-in-command|segundo al mando|"
             r"numero dos|number two|partner|pareja|esposa|esposo|wife|husband|companera|companero|"
             r"brother|sister|son|daughter|hermano|hermana|hijo|hija|nephew|niece|sobrino|sobrina|"
             r"bodyguard|escolta|jefe de sicarios|chief enforcer|protege|protegido|protegida|mentor|"
             r"mother|father|madre|padre|cousin|primo|prima|uncle|aunt|tio|tia|"
             # in-laws, grandchildren, stepchildren and partners ('his brother-in-law, Óscar Pineda', 'su cuñado, X')
             r"brother-in-law|sister-in-law|son-in-law|daughter-in-law|father-in-law|mother-in-law|cunado|cunada|"
             r"yerno|nuera|suegro|suegra|grandson|granddaughter|nieto|nieta|stepson|stepdaughter|hijastro|hijastra|"
             r"girlfriend|boyfriend|novia|novio|fiance|fiancee|prometido|prometida")
POSSESSED_BEFORE = re.compile(rf"(?<![\w])(?:his|her|su)\s+(?:[\w-]+\s+)?(?:{KIN_ROLES}|mujer|marido)"
                              rf"(?:\s+(?:mayor|menor|primogenito|eldest|youngest|elder|younger))?\s*,\s*(?:alias\s+)?"
                              r"(?:(?:dona|don|senora|senor|mrs\.?|mr\.?|ms\.?)\s+)?$")  # 'Su madre, doña Tuta'

POSSESSED_AFTER = re.compile(rf"^\s*(?:,\s*(?:alias\s+)?[\"“][^\"”]{{1,30}}[\"”])?\s*,\s*(?:his|her|su)\s+"
                             rf"(?:[\w-]+\s+)?(?:{KIN_ROLES})(?![\w])")


# "La mano derecha de Tatu era Marcelo Nunes" / "Marcelo Nunes, la mano derecha de Tatu"
KIN_OF = re.compile(rf"(?<![\w])(?:the |el |la |a |an |un |una )?(?:{KIN_ROLES}) (?:of|de|del) $")
KIN_IS = re.compile(r"^\s*(?:was|is|had been|era|es|fue|sigue siendo)\s+(?:alias\s+)?[\"“]?$")
KIN_APPOSED = re.compile(r"^\s*,\s*$")


def kin_of(doc: Document, res: Resolution) -> list[tuple[str, str, str, tuple[int, int]]]:
    """A person named as another's right hand, partner or lieutenant, in either order."""
    folded = fold_text(doc.text)
    out: list[tuple[str, str, str, tuple[int, int]]] = []
    for sent in doc.sentences or [(0, len(doc.text))]:
        found = [u for u in units(res.refs, *sent) if res.by_key[u.key].type == "person"]
        for i, u in enumerate(found):
            if not KIN_OF.search(folded[max(sent[0], u.start - 50) : u.start]):
                continue
            nxt = found[i + 1] if i + 1 < len(found) else None
            prev = found[i - 1] if i > 0 else None
            if nxt and nxt.key != u.key and (KIN_IS.match(folded[u.end : nxt.start])
                                             or KIN_APPOSED.match(folded[u.end : nxt.start])):
                out.append(("associated_with", nxt.key, u.key, sent))  # "la mano derecha de Tatu era X", "la esposa de Teodoro, Felicitas"
            if prev and prev.key != u.key:
                gap = folded[prev.end : u.start]
                m = KIN_OF.search(gap)
                if m and KIN_APPOSED.match(gap[: m.start()]):
                    out.append(("associated_with", prev.key, u.key, sent))  # "X, la mano derecha de Tatu"
    return out


def possessed_kin(doc: Document, res: Resolution) -> list[tuple[str, str, str, tuple[int, int]]]:
    """A person named as 'his/her/su' lieutenant, partner or kin: tied to the paragraph's first person."""
    folded = fold_text(doc.text)
    out: list[tuple[str, str, str, tuple[int, int]]] = []
    persons = sorted((r for r in res.refs if res.by_key.get(r.key) and res.by_key[r.key].type == "person"),
                     key=lambda r: r.start)
    def possessed(ref) -> bool:  # noqa: ANN001
        sent = doc.sentence_at(ref.start) or (ref.start, ref.end)
        return bool(POSSESSED_BEFORE.search(folded[max(sent[0], ref.start - 60) : ref.start])
                    or POSSESSED_AFTER.match(folded[ref.end : min(sent[1], ref.end + 90)]))

    introduced = [r for r in persons if r.kind == "name" and possessed(r)]
    kin = {r.key for r in introduced}
    named = Counter(r.key for r in persons if r.kind == "name")
    ranked = named.most_common(2)
    # the person a profile is about: named at least three times, half as often again as anyone else
    lead = ranked[0][0] if ranked and ranked[0][1] >= 3 and (len(ranked) < 2 or ranked[0][1] >= 1.5 * ranked[1][1]) \
        else None
    for ref in introduced:
        sent = doc.sentence_at(ref.start) or (ref.start, ref.end)
        para = next(((s, e) for s, e in doc.paragraphs if s <= ref.start < e), (sent[0], sent[1]))
        # "Su mujer, Nilda … Su hijo mayor, Hugo": a relative just introduced is not whose the next one is
        owner = next((r for r in persons if para[0] <= r.start < ref.start and r.key != ref.key
                      and r.key not in kin), None)
        if owner is None and lead is not None and lead != ref.key:
            owner = next(r for r in persons if r.key == lead)
        if owner is None:
            # "Su mujer, Nilda …" opening a paragraph: whom its "su" was read as
            mine = POSSESSIVE_WORD.search(folded, max(sent[0], ref.start - 60), ref.start)
            owner = next((r for r in persons if mine and r.kind != "name" and r.start == mine.start()
                          and r.key != ref.key), None)
        if owner is None and sent[0] <= para[0] + 1 and para in doc.paragraphs:
            # "Su hermano, Remigio …" opening a paragraph, its 'su' read as no one: the person the paragraph
            # before is about (its first person, kin aside)
            k = doc.paragraphs.index(para)
            before = doc.paragraphs[k - 1] if k > 0 else None
            owner = next((r for r in persons if before and before[0] <= r.start < before[1] and r.kind == "name"
                          and r.key != ref.key and r.key not in kin), None)
        if owner is not None:
            out.append(("associated_with", ref.key, owner.key, sent))
    return out


POSSESSIVE_WORD = re.compile(r"(?<![\w])(?:his|her|su)(?![\w])")


# "la Fiscalía, a través de la Dirección contra el Narcotráfico, y la Policía, con apoyo de la Armada, …"
# (after a bracketed short form too: "El Ministerio Público (MP), a través de la Fiscalía X", read as a name or not)
THROUGH = re.compile(r"^(?:\s*\([^()]{1,12}\))?[\s)]*,?\s*(?:a traves de|por medio de|por conducto de|through|via)\s+(?:the\s+|el\s+|la\s+|los\s+|las\s+|su\s+|its\s+)?$")
# the gap from a body's part to the next body of a list: "…Fiscalía contra la Extorsión, y la Policía"
ASIDE_AND = re.compile(r"[^,;.]{0,60}?,\s*(?:y|e|and)\s+(?:the\s+|el\s+|la\s+|los\s+|las\s+)?")
WITH_SUPPORT = re.compile(r"(?<![\w])(?:con (?:el )?apoyo (?:de|del)|con (?:la )?ayuda (?:de|del)|con (?:la )?colaboracion (?:de|del)|"
                          r"with (?:the )?(?:support|help|backing|assistance) (?:of|from)|supported by|backed by|aided by)\s+"
                          r"(?:the\s+|el\s+|la\s+|los\s+|las\s+)?$")


def channel_relations(doc: Document, res: Resolution) -> list[tuple[str, str, str, tuple[int, int]]]:
    """'A, a través de B' (B is part of A) and 'A …, con apoyo de C' (C supports A); 'A, a través de B, y C, por
    medio de D, ejecutaron …': A and C acted together."""
    folded = fold_text(doc.text)
    out: list[tuple[str, str, str, tuple[int, int]]] = []
    for sent in doc.sentences or [(0, len(doc.text))]:
        found = [u for u in units(res.refs, *sent) if res.by_key[u.key].type in ORG_TYPES]
        heads: list[tuple[Unit, int]] = []  # the bodies that act through a part, and where the part ends
        for i, u in enumerate(found[1:], 1):
            prev = found[i - 1]
            if heads and u.key != heads[-1][0].key and ASIDE_AND.fullmatch(folded, heads[-1][1], u.start) \
                    and FORCES_ACT.search(folded, u.end, sent[1]):
                # "El MP, a través de la Fiscalía X, y la PNC (, por medio de la DEIC,) ejecutaron …"
                out.append(("allied_with", heads[-1][0].key, u.key, sent))
            if THROUGH.match(folded[prev.end : u.start]) and res.by_key[prev.key].type != "state":
                out.append(("member_of", u.key, prev.key, sent))
                heads.append((prev, u.end))
            elif WITH_SUPPORT.search(folded[max(sent[0], u.start - 40) : u.start]):
                helped = found[0]
                if helped.key != u.key and helped.start < u.start:
                    out.append(("supports", u.key, helped.key, sent))
    return out


# "La Armada … interceptó una lancha. … Fueron detenidos X, Y y Z": the people a passive arrest names,
# with no agent of their own, were arrested by whoever the story last said arrested or intercepted.
AGENT_TRIGGER = re.compile(r"(?<![\w])(?:arrested|captured|detained|intercepted|seized|raided|dismantled|"
                           r"capturo|capturaron|detuvo|detuvieron|intercepto|interceptaron|incauto|incautaron|"
                           r"desarticulo|desarticularon|allano|allanaron|aprehendio|aprehendieron)(?![\w])")
AGENTLESS_ARREST = re.compile(r"(?<![\w])(?:(?:was|were) (?:also )?(?:arrested|detained|captured)(?! by)|"
                              r"(?:fue|fueron) (?:tambien )?(?:detenid[oa]s?|capturad[oa]s?|aprehendid[oa]s?)(?! por)|"
                              r"among (?:those )?(?:the )?(?:arrested|detained|detainees)|"
                              r"entre (?:los|las) (?:detenid[oa]s|capturad[oa]s|aprehendid[oa]s))(?![\w])")
AGENT_TYPES = {"government_body", "state", "armed_group", "international_org"}


def agentless_arrests(doc: Document, res: Resolution) -> list[tuple[str, str, str, tuple[int, int]]]:
    folded = fold_text(doc.text)
    out: list[tuple[str, str, str, tuple[int, int]]] = []
    agents: list[str] = []
    since = 99
    for sent in doc.sentences or [(0, len(doc.text))]:
        found = units(res.refs, *sent)
        trig = AGENT_TRIGGER.search(folded, sent[0], sent[1])
        if trig:
            before = [u.key for u in found if u.end <= trig.start() and res.by_key[u.key].type in AGENT_TYPES]
            # "Ecuador's National Police arrested …": the state whose own force is named arrests no one besides it
            forces = {c for k in before if res.by_key[k].type == "government_body" for c in res.by_key[k].countries}
            owners = {u.key for u, v in zip(found, found[1:], strict=False) if res.by_key[v.key].type == "government_body"
                      and v.end <= trig.start() and OWNING_GAP.fullmatch(doc.text, u.end, v.start)}
            before = [k for k in before if res.by_key[k].type != "state"
                      or not (set(res.by_key[k].countries) & forces or k in owners)]
            if before:
                agents, since = list(dict.fromkeys(before)), 0
        if AGENTLESS_ARREST.search(folded, sent[0], sent[1]) and agents and since <= 5:
            for u in found:
                if res.by_key[u.key].type == "person" and u.key not in agents:
                    out.extend(("acts_against", a, u.key, sent) for a in agents)
        since += 1
    return out


# "Leadership passed to X", "Desde entonces manda su sobrino, X", "X took over", "X asumió el mando": someone
# takes the lead of a group the sentence does not name again. The group is the one the story is about at that
# point: the last group (or, for a command, the last force) named in this sentence or the two before.
SUCCESSION_BEFORE = re.compile(
    r"(?<![\w])(?:(?:the )?(?:leadership|command|control)(?: of the (?:group|gang|cartel|organi[sz]ation|faction|network))?"
    r" (?:then |later |eventually )?(?:passed|fell|went) to(?: his \w+,?)?"
    r"|(?:el mando|la jefatura|el liderazgo|la direccion|las riendas)(?: de (?:la|el) (?:banda|organizacion|grupo|"
    r"estructura|faccion|red))? (?:paso|pasaron|quedo|quedaron) (?:a manos de|en manos de|a)(?: su \w+,?)?"
    r"|(?:desde entonces |ahora |hoy |entonces )?(?:los |las )?(?:manda|mandan|mandaba|dirige|comanda)(?: su \w+| el \w+| la \w+)?,?)"
    r"\s*(?:alias\s+)?[\"“]?(?:el |la )?$")
SUCCESSION_AFTER = re.compile(
    r"^[\"”]?\s*(?:,[^,;.]{1,60},\s*)?(?:then |later |quickly |eventually |luego |despues |entonces )?"
    r"(?:took over(?=\s*(?:[,.;]|$|(?:as|in|after|from|when|following|at|the (?:group|gang|cartel|organi[sz]ation|"
    r"faction|network|leadership|command))(?![\w])))|took command|took control(?! of)"
    r"|assumed (?:the )?(?:leadership|command)|took the helm"
    r"|(?:asumio|asume|tomo|toma|heredo) (?:el mando|la jefatura|el liderazgo|el control|las riendas)(?! de)"
    r"|quedo al (?:frente|mando)(?! de))")
TOPIC_TYPES = {"criminal_group", "armed_group"}
FORCE_TYPES = {"government_body"}


def succession(doc: Document, res: Resolution) -> list[tuple[str, str, str, tuple[int, int]]]:
    """A person who takes the lead of the group the story is about, unnamed in the sentence itself."""
    folded = fold_text(doc.text)
    sents = doc.sentences or [(0, len(doc.text))]
    out: list[tuple[str, str, str, tuple[int, int]]] = []
    for i, sent in enumerate(sents):
        found = units(res.refs, *sent)
        for u in found:
            if res.by_key[u.key].type != "person":
                continue
            before = SUCCESSION_BEFORE.search(folded[max(sent[0], u.start - 70) : u.start])
            after = None if before else SUCCESSION_AFTER.match(folded[u.end : min(sent[1], u.end + 90)])
            if not (before or after):
                continue
            if any(res.by_key[v.key].type in TOPIC_TYPES for v in found if v.start > u.end):
                continue  # the group is named after the person: the cue reader ties them
            commands = before is not None and re.search(r"(?<![\w])(?:manda|mandan|mandaba|dirige|comanda)", before.group())
            kinds = TOPIC_TYPES | (FORCE_TYPES if commands else set())
            lo = sents[max(0, i - 2)][0]
            near = [r.key for r in res.refs if lo <= r.start < u.start and r.key != u.key
                    and res.by_key.get(r.key) is not None and res.by_key[r.key].type in kinds]
            if near:
                # of the groups named just before, the one the document is about (most mentioned), else the last
                topic = max(dict.fromkeys(reversed(near)), key=lambda k: len(res.by_key[k].mentions))
                out.append(("leads", u.key, topic, sent))
    return out


# "Su reelección fue bendecida por magistrados que su partido, Nuevas Ideas, había colocado" / "his party, Libre":
# the party named in apposition is the party of the person the possessive stands for.
POSSESSED_PARTY = re.compile(r"(?<![\w])(?:his|her|su)\s+(?:own\s+|propio\s+)?(?:party|partido|movement|movimiento|"
                             r"coalition|coalicion)\s*,\s*(?:el\s+|la\s+|the\s+)?$")


NAME_POSSESSED_PARTY = re.compile(r"['’]s?\s+(?:own\s+)?(?:party|movement|coalition)\s*,\s*(?:the\s+)?$")


def _person_before(doc: Document, res: Resolution, sents: list[tuple[int, int]], i: int, at: int) -> Ref | None:
    """Whom a possessive at ``at`` (in sentence ``i``) stands for: the last person named before it, in its
    paragraph or the sentence before."""
    lo = min(sents[max(0, i - 1)][0], doc.text.rfind("\n\n", 0, at) + 1)
    return next((r for r in reversed(res.refs) if lo <= r.start < at and res.by_key.get(r.key) is not None
                 and res.by_key[r.key].type == "person"), None)


def possessed_party(doc: Document, res: Resolution) -> list[tuple[str, str, str, tuple[int, int]]]:
    folded = fold_text(doc.text)
    sents = doc.sentences or [(0, len(doc.text))]
    out: list[tuple[str, str, str, tuple[int, int]]] = []
    for i, sent in enumerate(sents):
        for u in units(res.refs, *sent):
            if res.by_key[u.key].type != "political_party":
                continue
            window = folded[max(sent[0], u.start - 40) : u.start]
            named = NAME_POSSESSED_PARTY.search(window)
            if named:
                # "against Ibarra's party, the Movimiento Renovación Ciudadana": the possessor is its member
                at = u.start - len(window) + named.start()
                owner = next((r for r in res.refs if r.end == at and res.by_key.get(r.key) is not None
                              and res.by_key[r.key].type == "person"), None)
                if owner is not None:
                    out.append(("member_of", owner.key, u.key, sent))
                continue
            m = POSSESSED_PARTY.search(window)
            if m is None:
                continue
            at = u.start - (len(folded[max(sent[0], u.start - 40) : u.start]) - m.start())
            owner = _person_before(doc, res, sents, i, at)
            if owner is not None:
                out.append(("member_of", owner.key, u.key, sent))
    return out


# "on his channel Alerta Cono Sur", "su empresa, Transportes Ruiz", "his own outfit, the PGF": what the person the
# possessive stands for runs (an outlet, a firm, a band of his own) or belongs to (his gang, su banda)
POSSESSED_OUTFIT = re.compile(
    r"(?<![\w])(?:his|her|su)\s+(own\s+|propi[oa]\s+)?(?:[a-z]+\s+){0,1}?"
    r"(?:(channel|page|account|program|programme|show|outlet|newspaper|website|podcast|canal|pagina|cuenta|programa|"
    r"medio|periodico|portal|company|firm|business|empresa|firma|negocio|compania)|"
    r"(gang|group|outfit|band|faction|organization|organisation|cartel|banda|grupo|faccion|organizacion|clan))"
    r"\s*,?\s*(?:(?:el|la|los|las|the)\s+)?$")
OUTFIT_TYPES = {"media": 2, "company": 2, "other": 0, "criminal_group": 3, "armed_group": 3}


def possessed_outfits(doc: Document, res: Resolution) -> list[tuple[str, str, str, tuple[int, int]]]:
    folded = fold_text(doc.text)
    sents = doc.sentences or [(0, len(doc.text))]
    out: list[tuple[str, str, str, tuple[int, int]]] = []
    for i, sent in enumerate(sents):
        for u in units(res.refs, *sent):
            typ = res.by_key[u.key].type
            if typ not in OUTFIT_TYPES:
                continue
            window = folded[max(sent[0], u.start - 45) : u.start]
            m = POSSESSED_OUTFIT.search(window)
            if m is None or (OUTFIT_TYPES[typ] and not m.group(OUTFIT_TYPES[typ])) \
                    or typ == "other" and not (m.group(2) or m.group(3)):
                continue  # (an outlet's word for an outlet or a firm, a band's for a band)
            at = u.start - len(window) + m.start()
            pron = next((r for r in res.refs if r.start == at and r.kind == "pronoun"), None)
            owner = pron if pron is not None and res.by_key.get(pron.key) is not None \
                else _person_before(doc, res, sents, i, at)
            if owner is None or res.by_key[owner.key].type != "person" or owner.key == u.key:
                continue
            own = m.group(1) or m.group(2)
            out.append(("leads" if own else "member_of", owner.key, u.key, sent))
    return out


# "Rep. Carla Vandermeer (R-Texas)", "Sen. Ana Ruiz (D-N.M.)": a US lawmaker's party and state in brackets
PARTY_TAG = re.compile(r"\s*[(,]\s*(R|D|I)-[A-Z][A-Za-z.]{1,14}(?:\s[A-Z][a-z]+)?\s*\)?")
PARTY_BY_TAG = {"R": "republican_party", "D": "democratic_party"}


def party_tags(doc: Document, res: Resolution) -> list[tuple[str, str, str, tuple[int, int]]]:
    """A US lawmaker tagged '(R-Texas)' or '(D-N.M.)' belongs to that party, when the text names the party."""
    parties = {e.kb_id: e.key for e in res.entities if e.kb_id in PARTY_BY_TAG.values() and e.mentions}
    if not parties:
        return []
    out: list[tuple[str, str, str, tuple[int, int]]] = []
    for r in res.refs:
        if r.kind != "name" or res.by_key.get(r.key) is None or res.by_key[r.key].type != "person":
            continue
        m = PARTY_TAG.match(doc.text, r.end)
        party = parties.get(PARTY_BY_TAG.get(m.group(1), "")) if m else None
        if party:
            out.append(("member_of", r.key, party, doc.sentence_at(r.start) or (r.start, r.end)))
    return out



# a rank or a seat written before the body it is held in and the holder's name: "el general PNP Óscar Meléndez",
# "el suboficial de segunda PNP Edwin Salazar", "el regidor del PAN Octavio Mijangos", "the sergeant of the ELN X";
# after a comma ("el director de la DIRANDRO, general PNP X") the rank is read with the post before it, not here
RANK_BEFORE_BODY = re.compile(r"(?<![\w])(?:el|la|al|del|a la|the|a|an|un|una)\s+(?:(?:former|retired|ex|exdiputad[oa]|"
                              r"then)\s+)?(?:general|coronel|teniente|capitan|sargento|cabo|suboficial|"
                              r"comisario|comisaria|inspector|inspectora|agente|oficial|regidor|regidora|diputado|"
                              r"diputada|senador|senadora|concejal|concejala|asambleista|militante|fiscal|colonel|"
                              r"lieutenant|captain|sergeant|corporal|officer|agent|lawmaker|deputy|senator|"
                              r"councillor|councilman|councilwoman|assemblyman|assemblywoman|militant)"
                              r"(?:\s+(?:de segunda|de primera|de tercera|\(r\)|en retiro|retirado|retirada))?"
                              r"\s+(?:(?:del|de la|de los|de|of the|of)\s+)?$")
RANK_BODIES = {"government_body", "political_party", "armed_group", "criminal_group"}


def ranked_in_body(doc: Document, res: Resolution) -> list[tuple[str, str, str, tuple[int, int]]]:
    """'el general PNP Óscar Meléndez Rivas', 'el regidor del PAN Octavio Mijangos', 'the sergeant of the FARC
    Wilson Mora': the person named right after a rank and the body it is held in belongs to that body."""
    text, folded = doc.text, fold_text(doc.text)
    names = sorted((r for r in res.refs if r.kind == "name" and r.key in res.by_key), key=lambda r: r.start)
    out: list[tuple[str, str, str, tuple[int, int]]] = []
    for body, person in zip(names, names[1:], strict=False):
        if res.by_key[person.key].type != "person" or res.by_key[body.key].type not in RANK_BODIES:
            continue
        if not re.fullmatch(r" ", text[body.end : person.start]):
            continue
        if RANK_BEFORE_BODY.search(folded, max(0, body.start - 50), body.start):
            out.append(("member_of", person.key, body.key, doc.sentence_at(person.start) or (person.start, person.end)))
    return out


# A trial or a hearing: the prosecutors act against the defendant, the defence lawyers stand by them.
COURTROOM = re.compile(r"(?<![\w])(?:jury|jurors|trial|courtroom|hearing|juicio|jurado|audiencia|tribunal|sala de audiencias)"
                       r"(?![\w])")
DEFENDANT_CUE = re.compile(r"(?:pleaded (?:not )?guilty|has pleaded|is charged|was charged|faces|was extradited|"
                           r"se declaro (?:no )?culpable|se declaro inocente|esta acusad[oa]|fue acusad[oa]|enfrenta|"
                           r"fue extraditad[oa])(?![\w])")
# what follows a defendant's name: ", faces …", ", 56, has pleaded not guilty", " who was extradited …"
DEFENDANT_AFTER = re.compile(r"(?:[ ,]*|\s*(?:,\s*\d{1,3}\s*,)?\s*(?:who |que )?(?:has |ha )?)(?:" + DEFENDANT_CUE.pattern + ")")
DEFENDANT_BEFORE = re.compile(r"(?<![\w])(?:defendant|the accused|el acusado|la acusada|el procesado|la procesada|"
                              r"el imputado|la imputada)\s*,?\s*$")
PROSECUTOR_BEFORE = re.compile(r"(?<![\w])(?:prosecutors?|assistant u\.?s\.? attorney|fiscal(?:es)?|fiscala)"
                               r"(?:\s+[a-z]+){0,2}\s*,?\s*$")
DEFENCE_BEFORE = re.compile(r"(?<![\w])(?:defen[cs]e (?:attorney|lawyer|counsel)|(?:his|her|their) (?:attorney|lawyer)|"
                            r"abogad[oa] defensor[a]?|abogad[oa] de la defensa|su abogad[oa]|(?:la|el) defensor[a]?)"
                            r"(?:\s+[a-z]+){0,1}\s*,?\s*$")


def courtroom_sides(doc: Document, res: Resolution) -> list[tuple[str, str, str, tuple[int, int]]]:
    """'Assistant U.S. Attorney Priya Raman', 'A second defense lawyer, Beatriz Arce', in the report of a trial
    of the man who 'has pleaded not guilty': the prosecutor acts against him, the lawyer supports him."""
    folded = fold_text(doc.text)
    if not COURTROOM.search(folded):
        return []
    people = [r for r in res.refs if r.kind == "name" and res.by_key.get(r.key) is not None
              and res.by_key[r.key].type == "person"]
    votes: Counter[str] = Counter()
    for r in people:
        if DEFENDANT_AFTER.match(folded[r.end : r.end + 60]) \
                or DEFENDANT_BEFORE.search(folded[max(0, r.start - 30) : r.start]):
            votes[r.key] += 1
    if not votes:
        return []
    defendant = votes.most_common(1)[0][0]
    out: list[tuple[str, str, str, tuple[int, int]]] = []
    seen: set[str] = set()
    for r in people:
        if r.key in seen or r.key == defendant:
            continue
        window = folded[max(0, r.start - 45) : r.start]
        sent = doc.sentence_at(r.start) or (r.start, r.end)
        if PROSECUTOR_BEFORE.search(window):
            out.append(("acts_against", r.key, defendant, sent))
            seen.add(r.key)
        elif DEFENCE_BEFORE.search(window):
            out.append(("supports", r.key, defendant, sent))
            seen.add(r.key)
    return out


# A lawyer and the client: "Lemus denies it. His lawyer, Gerardo Ibarra, said …", "Castaño's lawyer, Beatriz
# Oviedo", "el abogado del alcalde, Fernando Salas", "La defensa de Arboleda, a cargo del abogado Nelson Jaramillo".
LAWYER_WORD = (r"(?:(?:defen[sc]e\s+)?(?:lawyers?|attorneys?)|counsel|abogad[oa]s?(?:\s+defensor(?:a|es)?)?|"
               r"defensor(?:a|es)?(?:\s+publico|\s+publica)?)")
LAWYER_PLACE = r"(?:\s+in\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})?"  # "His lawyer in New York, Michael Brennan"
OWN_LAWYER_BEFORE = re.compile(rf"(?<![\w])(his|her|their|su|sus)\s+(?:[\w-]+\s+)?{LAWYER_WORD}{LAWYER_PLACE}\s*,?\s*$",
                               re.I)
NAMED_LAWYER_BEFORE = re.compile(rf"^(?:'s|’s)\s+(?:[\w-]+\s+)?{LAWYER_WORD}{LAWYER_PLACE}\s*,?\s*$", re.I)
LAWYER_OF_BEFORE = re.compile(rf"(?<![\w]){LAWYER_WORD}\s+(?:de|del|for|of)\s+(?:(?:la|el|the)\s+)?$", re.I)
DEFENCE_OF_BEFORE = re.compile(r"(?<![\w])(?:la\s+)?defensa\s+(?:de|del)\s+(?:(?:la|el)\s+)?$")
IN_CHARGE_GAP = re.compile(r"^\s*,\s*a\s+cargo\s+del?\s+(?:la\s+)?(?:abogad[oa]|defensor[a]?|letrad[oa])\s+$")
LAWYER_APPOSED = re.compile(rf"^\s*,\s*(?:the\s+|el\s+|la\s+|su\s+)?{LAWYER_WORD}\s+(?:de|del|for|of)\s+(?:(?:la|el|the)\s+)?$",
                            re.I)
# "el abogado del alcalde, Fernando Salas": the client named by a title the text used for someone it named before
TITLED_CLIENT = (r"(?:alcalde|alcaldesa|exalcalde|exalcaldesa|gobernador|gobernadora|exgobernador|senador|senadora|"
                 r"diputado|diputada|ministro|ministra|exministro|empresario|empresaria|comerciante|general|coronel|"
                 r"detenido|detenida|acusado|acusada|imputado|imputada|procesado|procesada|capo|narcotraficante|"
                 r"mayor|governor|senator|minister|businessman|businesswoman|defendant|accused|colonel|general|"
                 r"trafficker|kingpin)")
TITLED_LAWYER_BEFORE = re.compile(rf"(?<![\w])(?:el|la|los|las|the)\s+{LAWYER_WORD}\s+(?:de|del|for|of)\s+"
                                  rf"(?:(?:la|el|the)\s+)?(?:[\w-]+\s+)?({TITLED_CLIENT})\s*,\s*$", re.I)
CUSTODY_CLIENTS = frozenset("detenido detenida acusado acusada imputado imputada procesado procesada defendant "
                            "accused".split())
CLIENT_WORD = re.compile(r"(?<![\w])(?:his|her|their|su|sus|mi)\s+(?:clients?|cliente|clientes|clienta|defendid[oa]s?|"
                         r"patrocinad[oa]s?|representad[oa]s?)(?![\w])")


def lawyer_ties(doc: Document, res: Resolution) -> list[tuple[str, str, str, tuple[int, int]]]:
    """A lawyer named for a client supports the client (the lawyer first).

    The client is the possessor ("Castaño's lawyer, X"), the one after "of/de" ("el abogado del alcalde, X", "La
    defensa de Y, a cargo del abogado X", "X, abogado de Y"), or, after "his/su lawyer", whom the possessive was
    read as, else the person "his client"/"su cliente" in the same sentence was read as, else the first person of
    the sentence so far or of one of the two sentences before.
    """
    text, folded = doc.text, fold_text(doc.text)
    out: list[tuple[str, str, str, tuple[int, int]]] = []
    people = sorted((r for r in res.refs if res.by_key.get(r.key) and res.by_key[r.key].type == "person"),
                    key=lambda r: r.start)

    def person(u: Unit | None) -> TypeGuard[Unit]:
        return u is not None and res.by_key[u.key].type == "person"

    sents = doc.sentences or [(0, len(text))]
    for si, sent in enumerate(sents):
        found = units(res.refs, *sent)
        for i, u in enumerate(found):
            if not person(u):
                continue
            prev = found[i - 1] if i > 0 else None
            nxt = found[i + 1] if i + 1 < len(found) else None
            window = folded[max(sent[0], u.start - 80) : u.start]
            client: str | None = None
            if person(prev) and prev.key != u.key and NAMED_LAWYER_BEFORE.match(folded[prev.end : u.start]):
                client = prev.key  # "Castaño's lawyer, Beatriz Oviedo"
            elif person(prev) and prev.key != u.key and LAWYER_OF_BEFORE.search(
                    folded[max(sent[0], prev.start - 40) : prev.start]) and re.fullmatch(r"\s*,\s*", folded[prev.end : u.start]):
                client = prev.key  # "el abogado del alcalde, Fernando Salas"
            elif person(prev) and prev.key != u.key and DEFENCE_OF_BEFORE.search(
                    folded[max(sent[0], prev.start - 30) : prev.start]) and IN_CHARGE_GAP.match(folded[prev.end : u.start]):
                client = prev.key  # "La defensa de Arboleda, a cargo del abogado Nelson Jaramillo"
            elif person(nxt) and nxt.key != u.key and LAWYER_APPOSED.match(folded[u.end : nxt.start]):
                client = nxt.key  # "Nelson Jaramillo, abogado de Arboleda"
            else:
                m = OWN_LAWYER_BEFORE.search(window) or TITLED_LAWYER_BEFORE.search(window)
                if m is None:
                    continue
                at = u.start - len(window) + m.start()
                if prev is not None and prev.start > at:
                    continue  # someone else named between the lawyer word and the name
                client = next((r.key for r in people if r.start == at and r.key != u.key), None)
                if client is None and m.re is TITLED_LAWYER_BEFORE:
                    # "el abogado del alcalde": the last person the text gave that title ('el alcalde X', 'X, alcalde de')
                    title = re.compile(rf"(?<![\w]){m.group(1)}(?![\w])")
                    client = next((r.key for r in reversed(people) if r.start < at and r.kind == "name" and r.key != u.key
                                   and (title.search(folded, max(0, r.start - 70), r.start)
                                        or title.match(folded, r.end + 2) or title.match(folded, r.end + 6))), None)
                if client is None and m.re is TITLED_LAWYER_BEFORE and m.group(1) in CUSTODY_CLIENTS:
                    # "El abogado del detenido, Sergio Pac": the one held or accused is the person the story is
                    # about so far, the one it has referred to most
                    counts: dict[str, int] = {}
                    for r in people:
                        if r.start < at and r.key != u.key:
                            counts[r.key] = counts.get(r.key, 0) + 1
                    client = max(counts, key=lambda k: counts[k]) if counts else None
                if client is None:
                    hint = CLIENT_WORD.search(folded, u.end, sent[1])
                    client = next((r.key for r in people if hint and r.start == hint.start() and r.key != u.key), None)
                if client is None:
                    for j in range(si, max(-1, si - 3), -1):
                        s, e = sents[j]
                        limit = at if j == si else e
                        first = next((r for r in people if s <= r.start < limit and r.key != u.key), None)
                        if first is not None:
                            client = first.key
                            break
            if client is not None and client != u.key:
                out.append(("supports", u.key, client, sent))
    return out


# A lead that describes someone before naming him: "Police arrested a Venezuelan man they describe as the head of
# a Tren de Aragua cell. Yorman Piñate, 29, was detained …", "The army captured a regional leader of Los Lobos. The
# man, identified only by his alias "Cobra", …", "Prosecutors charged the mayor of San Jerónimo … The Public
# Ministry accuses Osman Castellón …": the role is the person's whom the next sentence names first.
DESCRIBED_ROLE = re.compile(rf"(?<![\w])({ROLE})\s+(?:of|de|del|de la|de los|de las)\s+"
                            r"(?:(?:the|a|an|el|la|los|las|un|una)\s+)?$")
UNNAMED_HOLDER = re.compile(r"(?<![\w])(?:a|an|un|una|the|el|la)\s+(?:[\w-]+\s+){0,5}?(?:man|woman|person|suspect|"
                            r"hombre|mujer|sujeto|individuo|presunto|alleged|reputed|suspected|regional|local|top|"
                            r"senior|former|ex|mayor|alcalde|alcaldesa|leader|head|chief|commander|boss|member|lider|"
                            r"jefe|jefa|cabecilla|integrante|miembro)(?![\w])")
RANK_WORDS = (r"col|gen|maj|capt|lt|sgt|cmdr|gral|cnel|coronel|general|mayor|capitan|teniente|colonel|major|captain|"
              r"lieutenant|sergeant|sargento|comisario|inspector|officer|oficial|judge|juez|jueza|senator|senador[a]?")
OWN_ROLE_AFTER = re.compile(rf"^[\s\"”»]*,\s+(?:the |a |an |el |la |un |una )?(?:[\w-]+\s+){{0,3}}?(?:{ROLE})(?![\w])")


def described_then_named(doc: Document, res: Resolution) -> list[tuple[str, str, str, tuple[int, int]]]:
    """A role said of someone still unnamed ('a regional leader of X'), then the first person the next sentence
    of the paragraph names for the first time, within its opening words: that person holds the role."""
    folded = fold_text(doc.text)
    sents = doc.sentences or [(0, len(doc.text))]
    first_seen = first_named(res)
    out: list[tuple[str, str, str, tuple[int, int]]] = []
    for i, sent in enumerate(sents[:-1]):
        found = units(res.refs, *sent)
        if any(res.by_key[u.key].type == "person" for u in found):
            continue  # someone is named here: the role may be theirs
        nxt = sents[i + 1]
        para = next(((s, e) for s, e in doc.paragraphs if s <= sent[0] < e), None)
        if para is None or not para[0] <= nxt[0] < para[1]:
            continue
        for u in found:
            typ_u = res.by_key[u.key].type
            m = DESCRIBED_ROLE.search(folded, max(sent[0], u.start - 40), u.start)
            if m is None or m.end() != u.start or not UNNAMED_HOLDER.search(folded, max(sent[0], m.start() - 60),
                                                                           m.end()):
                continue
            role = m.group(1)
            if typ_u in ("location", "state"):
                if not PLACE_LEADERS.match(role):
                    continue
                typ = "leads"
            elif typ_u in ORG_TYPES:
                typ = _role_type(role)
            else:
                continue
            person = next((p for p in units(res.refs, *nxt) if res.by_key[p.key].type == "person"), None)
            if person is None or person.start - nxt[0] > 60 or first_seen.get(person.key, -1) < nxt[0] \
                    or OWN_ROLE_AFTER.match(folded[person.end : nxt[1]]) \
                    or re.search(rf"(?<![\w])(?:{ROLE}|{RANK_WORDS})(?![\w])", folded[nxt[0] : person.start]):
                continue  # 'Spokesman X, of the state police', 'X, the police chief': someone with a post of his own
            out.append((typ, person.key, u.key, nxt))
            break
    return out
