"""Whose craft was seized: 'The Honduran Navy intercepts a speedboat carrying 1.3 tonnes of cocaine. The vessel is
registered to Palmas del Atlántico', 'la Guardia Costera interceptó una lancha … La embarcación estaba registrada a
nombre de la Naviera X'.

The force that seized or stopped a boat, a plane or a truck acts against the firm or the person the text says it
is registered to: the sentence that names the owner points back at the craft ('the vessel', 'la embarcación'),
and the force is the one named in that sentence or the one before with a verb of seizing.
"""

from __future__ import annotations

import re

from nexos.extract.coref import Resolution
from nexos.extract.lexicon import fold_text
from nexos.extract.phrases import units
from nexos.model import Document

CRAFT = (r"vessel|boat|speedboat|go-fast|ship|semi-submersible|narco-sub|aircraft|plane|light aircraft|truck|lorry|"
         r"container|embarcacion|lancha|nave|buque|barco|semisumergible|aeronave|avioneta|camion|contenedor|rastra")
# 'the vessel is registered to', 'la embarcación estaba registrada a nombre de'
REGISTERED = re.compile(
    rf"(?<![\w])(?:the|this|that|its|la|el|esta|este|dicha|dicho|su)\s+(?:{CRAFT})\s+(?:[\w-]+\s+){{0,2}}?"
    r"(?:is|was|had been|has been|were|esta|estaba|estaban|habia sido|fue|figura|figuraba|aparece|aparecia)\s+"
    r"(?:registered|owned|registrad[oa]s?|matriculad[oa]s?|inscrit[oa]s?|a nombre)\s*"
    r"(?:to|by|under|in the name of|a nombre de|por|de|a)?\s+(?:the\s+|la\s+|el\s+|una\s+|a\s+)?"
    r"(?:(?:company|firm|empresa|naviera|compania|sociedad)\s+)?$")
SEIZED = re.compile(r"(?<![\w])(?:intercept\w*|seiz\w*|stopp?\w*|board\w*|captur\w*|detain\w*|impound\w*|"
                    r"incaut\w*|decomis\w*|aprehend\w*|abord\w*|detuv\w*|inmoviliz\w*|retuv\w*)")
FORCES = {"government_body", "state", "international_org"}
OWNERS = {"company", "person", "criminal_group"}


def registered_owners(doc: Document, res: Resolution) -> list[tuple[str, str, str, tuple[int, int]]]:
    """(acts_against, force, owner, sentence) for a seized craft's registered owner."""
    folded = fold_text(doc.text)
    out: list[tuple[str, str, str, tuple[int, int]]] = []
    sents = doc.sentences or [(0, len(doc.text))]
    for i, (s, e) in enumerate(sents):
        here = units(res.refs, s, e)
        for u in here:
            craft_at = REGISTERED.search(folded, max(s, u.start - 120), u.start) \
                if res.by_key[u.key].type in OWNERS else None
            if craft_at is None:
                continue
            for ps, pe in ([sents[i - 1]] if i > 0 else []) + [(s, e)]:
                verb = SEIZED.search(folded, ps, craft_at.start() if (ps, pe) == (s, e) else pe)
                if verb is None:
                    continue
                # ('la DEA y la Guardia Costera interceptaron una lancha': every force named before the verb)
                forces = {f.key for f in units(res.refs, ps, verb.start()) if res.by_key[f.key].type in FORCES}
                out.extend(("acts_against", f, u.key, (s, e)) for f in sorted(forces))
                if forces:
                    break
    return out
