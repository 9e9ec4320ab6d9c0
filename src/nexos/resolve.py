"""Cross-document identity: one actor, one entity, whichever document names it.

Within-document resolution (surnames, acronyms, pronouns) happens in the
extract stage. Here each local entity is given a store id: its knowledge
base id when it has one, else an id derived from its folded name and type,
and, failing that, an existing entity that has the name as an alias.
Analyst merges are separate records (``Store.merge``) and can be undone.

A body named only by generic words ("la Fiscalía", "Policía Nacional", "the Army") is not looked up by
name: its id is keyed by the country the document is mostly about, so two reports on Colombia share
their "Fiscalía" and a report on Ecuador has its own (with no country to go by, it stays the document's).
"""

from __future__ import annotations

import hashlib

from nexos.extract.quote_unnamed import UNNAMED
from nexos.knowledge import fold
from nexos.model import ORGANISATIONS, Extraction
from nexos.model import types_compatible as compatible
from nexos.store import Store


def entity_id_for(name: str, type_: str, kb_id: str | None) -> str:
    key = f"kb:{kb_id}" if kb_id else f"name:{fold(name)}|{type_}"
    return "ent_" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]


# Words that make up the generic name of a state's body ("la Fiscalía", "Policía Nacional", "the Public Ministry",
# "Fiscalía General del Estado"): every country has one, so such a name alone never says which country's it is
GENERIC_BODY_WORDS = frozenset(
    "fiscalia fiscalias policia ejercito armada gobierno ministerio ministry congreso congress senado senate "
    "presidencia presidency army police navy government prosecutor's prosecutors prosecutor office oficina public "
    "publico publica defensoria procuraduria contraloria corte court supreme suprema tribunal national nacional "
    "general del de la el los las the of estado state republica republic federal fuerzas armadas armed forces "
    "military interior defensa defense defence justicia justice customs aduana aduanas pueblo attorney attorney's "
    "ombudsman ombudsman's guardia guard coast costera naval air aerea fuerza force national's".split())


def _generic_body(name: str, typ: str) -> bool:
    """'Fiscalía', 'the Army', 'Policía Nacional', 'Fiscalía General del Estado': a body named by words any state's
    body of that kind has."""
    words = fold(name).replace("’", "'").split()
    return typ == "government_body" and bool(words) and all(w in GENERIC_BODY_WORDS for w in words)


def _main_country(ex: Extraction) -> str | None:
    """The country the document is mostly about: the code its actors' countries name most (None on a tie)."""
    counts: dict[str, int] = {}
    for ent in ex.entities:
        for code in ent.countries:
            counts[code] = counts.get(code, 0) + max(1, len(ent.mentions))
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if not ranked or (len(ranked) > 1 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0]


def _alias_index(store: Store) -> dict[str, dict[str, str]]:
    """Folded name or alias → {type: entity id}, over the store's entities (first id per type wins)."""
    index: dict[str, dict[str, str]] = {}
    for row in store.entity_rows():
        for n in [row["name"], *(row["aliases"] or [])]:
            index.setdefault(fold(n), {}).setdefault(row["type"], row["id"])
    return index


class Resolver:
    """Resolves a batch of documents against the store, reading the store's names once.

    The alias index is built when the batch starts and grows with each resolved
    document, so a batch of N documents costs one read, not N.
    """

    def __init__(self, store: Store) -> None:
        self.index = _alias_index(store)

    def _lookup(self, name: str, typ: str) -> str | None:
        """The id for ``name`` with this type, else (organisations) the first with a compatible type."""
        by_type = self.index.get(name, {})
        found = by_type.get(typ)
        if found or typ not in ORGANISATIONS:
            return found
        return next((eid for t, eid in by_type.items() if compatible(t, typ)), None)

    def resolve(self, ex: Extraction) -> dict[str, str]:
        out: dict[str, str] = {}
        country: str | None = None
        for ent in ex.entities:
            if ent.subtype == UNNAMED:
                # 'one dredge operator' of one report is not the one of the next: an id of its own document
                out[ent.key] = entity_id_for(f"{ent.name} @{ex.document.id}", ent.type, None)
                continue
            if not ent.kb_id and _generic_body(ent.name, ent.type):
                # "la Fiscalía" of a story about Colombia is not the Fiscalía of one about Ecuador: the same only
                # where the documents are about the same country (and, with no country to go by, in one document)
                country = country or _main_country(ex) or f"doc:{ex.document.id}"
                out[ent.key] = entity_id_for(f"{ent.name} @{country}", ent.type, None)
                continue
            if ent.kb_id:
                out[ent.key] = entity_id_for(ent.name, ent.type, ent.kb_id)
            else:
                found = None
                for n in [ent.name, *ent.aliases]:
                    found = self._lookup(fold(n), ent.type)
                    if found:
                        break
                out[ent.key] = found or entity_id_for(ent.name, ent.type, None)
            for n in [ent.name, *ent.aliases]:
                self.index.setdefault(fold(n), {}).setdefault(ent.type, out[ent.key])
        return out


def resolve(ex: Extraction, store: Store) -> dict[str, str]:
    """Map the extraction's local entity keys to store entity ids (one document)."""
    return Resolver(store).resolve(ex)
