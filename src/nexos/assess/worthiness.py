"""Check-worthiness: which claims a fact-checker should look at first (0–1).

A transparent score, not a model. Factual, checkable content (numbers,
dates, named actors, ties, events, superlatives) raises it; opinion,
prescription and forecasts lower it, since nothing can be checked yet;
missing citations, anonymous sourcing and loaded wording raise it because
they are what a checker must verify first. Footnote lines, bare URLs and
bylines are not claims about the world and score near zero. English and
Spanish cues alike; the score never depends on which side a claim favours.
"""

from __future__ import annotations

import re

from nexos.extract.lexicon import fold_text
from nexos.model import Claim

NUMBER = re.compile(r"\d")
KIND_WEIGHT = {"event": 0.3, "relation": 0.3, "quantitative": 0.35, "quote": 0.2, "causal": 0.2,
               "characterisation": 0.1, "prediction": 0.0, "prescription": -0.1}
OPINION = re.compile(
    r"(?<![\w])(?:i think|i believe|in my (?:view|opinion)|it seems to me|we must|we should|let us|"
    r"creo que|pienso que|considero que|en mi opinion|a mi juicio|a mi parecer|debemos|hay que|ojala)(?![\w])"
)
# Words that turn a sentence into a checkable statistic or ranking.
MEASURE = re.compile(
    r"(?<![\w])(?:percent|per cent|por ciento|million|millones|billion|tonnes?|tons?|toneladas|kilos?|"
    r"kilograms?|kilogramos|dollars|dolares|pesos|largest|biggest|highest|lowest|record|mayor|menor|"
    r"doubled|tripled|duplico|triplico)(?![\w])"
)
NOT_A_STATEMENT = re.compile(
    r"^\s*(?:\[\d+\]|\(\d+\)|[¹²³⁴⁵⁶⁷⁸⁹⁰]+\s|\d+\.\s+\S+.*https?://)|^\s*<?https?://\S+>?\s*$|"
    r"^\s*(?:by|por|texto|text|photo|foto|fotos|credits?)\s*:?\s+[A-ZÁÉÍÓÚÑ][^.]{0,60}$",
)
BYLINE_SEPARATOR = re.compile(r"\s[·|]\s")


def check_worthiness(c: Claim, language: str = "en") -> float:
    """A 0–1 priority for fact-checking one claim (higher = check sooner)."""
    text = c.text or ""
    if NOT_A_STATEMENT.search(text) or (len(BYLINE_SEPARATOR.findall(text)) >= 2 and not re.search(r"[.!?]\s*$", text)):
        return 0.05
    folded = fold_text(text)
    score = 0.15 + KIND_WEIGHT.get(c.kind, 0.1)
    if NUMBER.search(text):
        score += 0.1
    if MEASURE.search(folded):
        score += 0.05
    score += min(0.2, 0.05 * len(set(c.entities)))
    if not c.citations:
        score += 0.1
    if c.anonymous_source:
        score += 0.1
    if c.loaded_terms:
        score += 0.05
    if c.hedged:
        score += 0.05
    if c.negated:
        score += 0.05  # a denial or a verdict is itself a claim someone will want checked
    if OPINION.search(folded):
        score -= 0.15
    return round(max(0.0, min(1.0, score)), 3)
