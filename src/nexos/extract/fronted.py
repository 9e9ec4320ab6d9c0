"""Spanish sentences that open with the object as a clitic and name the doers after the verb.

'La dirigen dos personas: el Mocho … y la Mona Yuli', 'Lo encabeza un exmilitar, Raúl Benítez', 'La fundó en
2016 Emiliano Rosas': the band ("la", "lo") is the one the sentence before was about, and the people named after
the verb lead (found, fund) it. No cue stands between a subject and an object here, so the structural reader
cannot see the tie.
"""

from __future__ import annotations

import re

from nexos.extract.coref import Resolution
from nexos.extract.lexicon import fold_text
from nexos.extract.phrases import units
from nexos.model import Document

FRONTED = re.compile(r"\s*(?:la|lo|las|los)\s+(?:(?:ahora|hoy|todavia|aun|tambien)\s+)?"
                     r"(dirige|dirigen|dirigia|dirigian|dirigio|encabeza|encabezan|encabezaba|encabezo|lidera|lideran|"
                     r"lideraba|lidero|comanda|comandan|comandaba|fundo|fundaron|creo|crearon|controla|controlan|"
                     r"controlaba|financia|financian|financiaba|financio|maneja|manejan|manejaba)(?![\w])")
TYPES = {"dirig": "leads", "encabez": "leads", "lider": "leads", "comand": "leads", "fund": "leads", "cre": "leads",
         "control": "leads", "manej": "leads", "financi": "funds"}
GROUPS = {"criminal_group", "armed_group", "company", "ngo", "political_party"}
BACK = 2  # sentences back to look for the group the clitic stands for


def fronted_objects(doc: Document, res: Resolution) -> list[tuple[str, str, str, tuple[int, int]]]:
    if doc.language != "es":
        return []
    folded = fold_text(doc.text)
    sents = doc.sentences or []
    out: list[tuple[str, str, str, tuple[int, int]]] = []
    for i, sent in enumerate(sents):
        m = FRONTED.match(folded, sent[0], sent[1])
        if m is None:
            continue
        group = None
        for j in range(i - 1, max(-1, i - 1 - BACK), -1):
            found = [u for u in units(res.refs, *sents[j]) if res.by_key[u.key].type in GROUPS]
            if found:
                group = found[-1].key
                break
        if group is None:
            continue
        typ = next(t for stem, t in TYPES.items() if m.group(1).startswith(stem))
        for u in units(res.refs, m.end(), sent[1]):
            if res.by_key[u.key].type == "person" and u.key != group:
                out.append((typ, u.key, group, sent))
    return out
