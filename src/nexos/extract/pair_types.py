"""The type of a tie that no cue placed between its two actors, read from the clause around them.

Pairing (relations._fallback_pairs) ties actors that share a clause when no cue stands between
them; such ties used to be ``associated_with`` whatever the clause said. Most of them are not:
a police force and a person in a clause about an arrest is the force acting against the person,
a person and a gang in a clause that calls somebody its leader is leadership. This module names
the type from the two actors' kinds and the cue words anywhere in the clause, and keeps
``associated_with`` when the clause says nothing a reader could type the tie by.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from nexos.extract.lexicon import event_triggers, relation_cues

AUTHORITY = {"government_body", "state", "international_org"}
ARMED = {"criminal_group", "armed_group"}
TARGETS = {"person", "criminal_group", "armed_group", "company", "group"}
HOSTILE_EVENTS = {"arrest", "legal_action", "sanction", "military_action", "violence"}
VIOLENT_EVENTS = {"military_action", "violence"}  # what a gang can do to a person (it arrests and tries nobody)
# owning or running a firm: "its owner", "gerente general de", "registered to", "a nombre de"
OWNER = re.compile(r"(?<![\w])(?:owner|owners|owns|owned|co-?owner|manager|managing director|chief executive|ceo|"
                   r"legal representative|controls|controlled by|controla|controlada por|operated|operates|runs|ran|"
                   r"opera|operaba|maneja|manejaba|administra|administraba|"
                   r"(?:his|her|their|su|sus) (?:own |propia |propias )?(?:company|companies|firm|firms|business|empresa|"
                   r"empresas|firma|negocio|negocios)|"
                   r"founder|founded|registered (?:to|in the name of)|in the name of|shareholder|partner|"
                   r"dueno|duena|duenos|propietari[oa]s?|gerente|socio|socia|fundador|fundadora|fundo|"
                   r"representante legal|accionista|a nombre de)(?![\w])")

# legal process and pursuit that no relation cue names: "opened a case against", "vinculación a proceso de",
# "a reward for", "ficha de búsqueda", "is considered a fugitive"
PURSUIT = re.compile(r"(?<![\w])(?:(?:opened|filed|brought|built) (?:a |an )?(?:\w+ )?(?:case|investigation|complaint|charges?) "
                     r"against|case against|referred the case of|arrest warrants?|wanted (?:by|for|in)|fugitive|"
                     r"reward (?:of [^.]{0,30})?for|bounty|blamed|attributed (?:the \w+ )?to|under investigation|"
                     r"(?:abrio|abrieron|presento|presentaron|inicio|iniciaron) (?:una |un )?(?:\w+ )?(?:causa|investigacion|"
                     r"denuncia|proceso|carpeta|expediente) (?:\w+ )?(?:contra|en contra de)|vinculacion a proceso|vinculo a proceso|"
                     r"vinculado a proceso|ordenes? de (?:aprehension|captura|arresto)|ficha de busqueda|profug[oa]s?|"
                     r"recompensa|ofrecio (?:la misma suma|\w+ millones) por|atribuy[oe]r?o?n? (?:el \w+ )?a|"
                     r"lo investiga|la investiga|los investiga|investigad[oa]s? por)(?![\w])")
# a person who holds a seat or post in the body: "el vocero de la Armada", "wins a seat in Congress"
POST = re.compile(r"(?<![\w])(?:spokes(?:man|woman|person)|vocero|vocera|portavoz|deputy|diputad[oa]|senator|senador[a]?|"
                  r"congress(?:man|woman)|legislator|legisladora?|lawmaker|seat in|escano en|curul en|commissioner|"
                  r"comisionad[oa]|minister|ministr[oa]|secretary|secretari[oa]|director|directora|official|"
                  r"funcionari[oa]|officer|agente|inspector|commander|comandante|chief|jefe|jefa|head|"
                  r"general|brigadier|colonel|coronel|captain|capitan|lieutenant|teniente|sergeant|sargento|"
                  r"admiral|almirante|comisari[oa]|soldier|soldado|employee|empleado|empleada|agent|suboficial|"
                  r"oficial|sub-officer|non-commissioned officer|sargento|cabo|corporal|patrullero|patrolman)(?![\w])")

# a gang's head or its ranks named without a cue's preposition: "a Barrio 18 leader", "fronted by", "he founds X",
# "su lugarteniente", "the gang's right-hand man" (in the singular: "seven alleged leaders" are nobody named)
LEADER = re.compile(r"(?<![\w])(?:leader|lider|jefe|jefa|cabecilla|boss|kingpin|capo|ringleader|"
                    r"founder|fundador[a]?|founded|founds|co-?founded|sets up|set up|fronted by|headed by|"
                    r"fundo|fundaron|creo|al mando de|bajo el mando de|encabeza|encabezada por|encabezado por)(?![\w])")
# a preposition and an indefinite article: the role word after them is someone the clause does not name
UNNAMED_LEAD = r"(?<![\w])(?:de|a|con|por|para|from|to|with|by|for)\s+(?:un|una|a|an)\s+"
UNNAMED_LEADER = re.compile(UNNAMED_LEAD + r"(?:leader|lider|jefe|jefa|cabecilla|boss|commander|comandante)(?![\w])")
PLURAL_RANKS = re.compile(r"(?<![\w])(?:integrantes|miembros|members|militantes|militants|operatives|fighters|"
                          r"combatientes|sicarios|gunmen|hitmen|enforcers|operadores)(?![\w])")
RANKS = re.compile(r"(?<![\w])(?:lugarteniente|mano derecha|right-hand|right hand|second-in-command|segundo al mando|"
                   r"deputy|sicarios?|gunm[ae]n|hitm[ae]n|enforcers?|operador[a]?|operator|tesorer[oa]|treasurer|"
                   r"accountant|contador[a]?|financial operator|operadora financiera|brazo armado|armed wing|"
                   r"on (?:the [\w-]+'s |its |their )?behalf|on behalf of|en nombre de|por cuenta de|"
                   r"(?:his|her|their|su|sus) (?:former |old |antiguo |viejo )?(?:role|papel|puesto) (?:for|in|within|en|dentro de))(?![\w])")


# one person accusing another ('accused the mayor of', 'acusó al alcalde de'): between two people, opposition
ACCUSES = re.compile(r"(?<![\w])(?:accused|accuses|accusing|acus[oó]|acusaron|acusa|acusan|blamed|blames|"
                     r"culp[oó]|culpa)\s+(?:\w+\s+){0,4}?(?:of|de|for|por)(?![\w])")


@cache
def _cues() -> dict[str, re.Pattern[str]]:
    """One alternation per relation type over its active and passive cues (folded text)."""
    by_type: dict[str, list[str]] = {}
    for typ, _passive, pat in relation_cues():
        by_type.setdefault(typ, []).append(pat.pattern)
    by_type["harms"] = list(by_type.get("acts_against", []))
    for typ, pat in event_triggers():
        if typ in HOSTILE_EVENTS:
            by_type.setdefault("acts_against", []).append(pat.pattern)
        if typ in VIOLENT_EVENTS:
            by_type["harms"].append(pat.pattern)
    return {t: re.compile("|".join(f"(?:{p})" for p in pats)) for t, pats in by_type.items() if pats}


@lru_cache(maxsize=1024)  # each pair of actors in a clause asks of the same clause
def _says(folded_clause: str, typ: str) -> bool:
    pat = _cues().get(typ)
    return bool(pat and pat.search(folded_clause))


def pair_type(folded_clause: str, a: tuple[str, str], b: tuple[str, str], first: int = 0) -> tuple[str, str, str]:
    """(type, source key, target key) for actors ``a`` and ``b``, each (key, entity type).

    Only a cue somewhere in the clause changes the type; each kind of pair reads the cues that
    its kinds make plausible, and the actor that does the acting is the source. ``first`` is where
    the earlier of the two starts in the clause: two groups are only rivals by a cue from there on
    ("OFAC designated X, a network that launders for Y": the designation is OFAC's act on both).
    """
    (ka, ta), (kb, tb) = a, b
    kinds = {ta, tb}
    if ta in AUTHORITY and tb in TARGETS or tb in AUTHORITY and ta in TARGETS:
        auth, other = (ka, kb) if ta in AUTHORITY else (kb, ka)
        if _says(folded_clause, "acts_against") or PURSUIT.search(folded_clause):
            return "acts_against", auth, other
        if _says(folded_clause, "negotiates_with"):
            return "negotiates_with", auth, other
        if "person" in kinds and POST.search(folded_clause) and (ta if auth == ka else tb) != "state":
            return "member_of", other, auth  # (a colonel of Colombia's army belongs to the army, not to Colombia)
    elif kinds <= ARMED:
        theirs = folded_clause[first:]
        if _says(theirs, "opposes") or _says(theirs, "acts_against"):
            return "opposes", ka, kb
        if _says(folded_clause, "allied_with"):  # "the two organisations had worked together, with X … its"
            return "allied_with", ka, kb
    elif "person" in kinds and kinds & ARMED:
        person, group = (ka, kb) if ta == "person" else (kb, ka)
        named = UNNAMED_LEADER.sub(" ", folded_clause)  # 'órdenes de un cabecilla de X': someone else leads X
        if _says(named, "leads") or LEADER.search(named):
            return "leads", person, group
        singular = PLURAL_RANKS.sub(" ", folded_clause)  # "dos integrantes de la banda": nobody named in the clause
        if _says(singular, "member_of") or RANKS.search(singular):
            return "member_of", person, group
        if _says(folded_clause, "opposes"):
            return "opposes", person, group
        if _says(folded_clause, "harms"):
            return "acts_against", group, person
    elif kinds == {"person", "political_party"}:
        person, party = (ka, kb) if ta == "person" else (kb, ka)
        if _says(folded_clause, "opposes") or _says(folded_clause, "acts_against"):
            return "opposes", person, party
        return "member_of", person, party
    elif kinds == {"person"}:
        # two people in a clause that accuses, attacks or backs: the tie the clause names (the order is the text's)
        if _says(folded_clause, "opposes") or ACCUSES.search(folded_clause):
            return "opposes", ka, kb
        if _says(folded_clause, "supports"):
            return "supports", ka, kb
    elif kinds == {"person", "company"}:
        person, firm = (ka, kb) if ta == "person" else (kb, ka)
        if OWNER.search(folded_clause) or _says(folded_clause, "leads"):
            return "leads", person, firm
    return "associated_with", ka, kb
