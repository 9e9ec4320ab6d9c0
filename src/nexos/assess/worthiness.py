"""Check-worthiness: which factual claims a fact-checker should look at first (0–1).

A transparent score, not a model: factual, checkable content (numbers,
dates, named actors, ties, events) raises it; opinion and prescription
lower it; loaded language, missing citations and anonymous sourcing raise
it because they are what a checker must verify first.
"""

from __future__ import annotations

import re

from nexos.extract.lexicon import fold_text
from nexos.model import Claim

NUMBER = re.compile(r"\d")
KIND_WEIGHT = {"event": 0.3, "relation": 0.3, "quantitative": 0.35, "quote": 0.2, "causal": 0.2,
               "characterisation": 0.1, "prediction": 0.0, "prescription": -0.1}


def check_worthiness(c: Claim, language: str = "en") -> float:
    score = 0.15 + KIND_WEIGHT.get(c.kind, 0.1)
    if NUMBER.search(c.text):
        score += 0.1
    score += min(0.2, 0.05 * len(set(c.entities)))
    if not c.citations:
        score += 0.1
    if c.anonymous_source:
        score += 0.1
    if c.loaded_terms:
        score += 0.05
    if c.hedged:
        score += 0.05
    if re.search(r"(?<![\w])(?:i think|i believe|creo que|en mi opinion|we must|debemos)(?![\w])", fold_text(c.text)):
        score -= 0.15
    return round(max(0.0, min(1.0, score)), 3)
