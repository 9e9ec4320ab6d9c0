"""Actors a text names in lower case: instruments it treats as one thing ("el estado de excepción").

Capitalisation finds most names (``entities.py``); these are the ones written like common nouns
that the gold annotators still count as actors. Each finder returns ``(start, end, type)`` spans
over the original text; ``entities.py`` turns them into candidates.
"""

from __future__ import annotations

import re

from nexos.extract.lexicon import fold_text, policy_heads, policy_phrases

# a definite article or a possessive: "el estado de excepción" is one, "un estado de excepción" the idea
DEFINITE = re.compile(r"(?<![\w])(?:el|la|del|al|su|sus|nuestro|nuestra|the|its|his|her|their|our|this|that|este|"
                      r"esta|ese|esa|dicho|dicha)\s+(?:(?!(?:a|an|un|una|any|cualquier)\s)[\w'’-]+\s+)?$")
QUOTED = re.compile(r"[\"“«]([a-záéíóúñ][\w'’-]*(?:\s+[\w'’-]+){1,6})[\"”»]")


def policies(text: str, folded: str, sent: tuple[int, int]) -> list[tuple[int, int, str]]:
    """Lower-case instruments of one sentence: listed phrases after 'the'/'el', quoted named instruments.

    ``folded`` is ``fold_text(text)``, which keeps every offset.
    """
    s0, e0 = sent
    out = []
    for m in policy_phrases().finditer(folded, s0, e0):
        # ("el estado de conmoción interior" and "la conmoción interior" are one instrument, named the short way)
        lead = re.sub(r"(?:estado de|state of)\s+$", "", folded[max(0, m.start() - 40) : m.start()])
        if text[m.start()].islower() and DEFINITE.search(lead):
            out.append((m.start(), m.end(), "policy"))
    for m in QUOTED.finditer(text, s0, e0):
        words = m.group(1).split()
        if fold_text(words[0]) in policy_heads() and re.search(r"\s(?:de|del|of|for|para|on|against|contra)\s",
                                                                m.group(1)):
            out.append((m.start(1), m.end(1), "policy"))  # 'el llamado "plan de choque contra la extorsión"'
    return out
