"""The cue prefilter: a cue whose beginnings are at no word start cannot match there."""

import re

from nexos.extract.lexicon import fold_text, relation_cues
from nexos.extract.relations import _relation_cue_starts
from nexos.extract.starts import cue_starts, word_start_positions, word_starts


def test_beginnings_read_off_the_pattern():
    assert cue_starts(re.compile(r"(?<![\w])(?:funds|financ(?:ed|es))")) == {"fun", "fin"}
    assert cue_starts(re.compile(r"(?<![\w])(?:(?:the\s+)?funds)")) == {"the", "fun"}
    assert cue_starts(re.compile(r"(?<![\w])(?:a|al)(?![\w])")) == {"a", "al"}
    assert cue_starts(re.compile(r"(?<![\w])(?:[ab]?c)")) == {"ac", "bc", "c"}
    assert cue_starts(re.compile(r"(?<![\w])(?:fi\s+nanced)")) == {"fi"}  # reading stops at a class


def test_unreadable_patterns_are_always_scanned():
    assert cue_starts(re.compile(r"(?<![\w])(?:\w+ funds)")) is None  # opens with any word
    assert cue_starts(re.compile(r"(?<![\w])(?:(?:was )?(?:\w+ )?backed by)")) is None
    assert cue_starts(re.compile(r"funds")) is None  # not tied to a word start
    assert cue_starts(re.compile(r"(?<![\w])funds", re.I)) is None  # letters the flag changes
    assert cue_starts(re.compile(r"(?<![\w])(?:x*)")) is None  # may match nothing


def test_word_starts_stop_before_the_limit():
    text = fold_text("El Cártel financió a la banda")
    assert {"el", "car", "fin", "a", "la", "ban"} <= word_starts(text, 0, len(text), len(text))
    assert "ban" not in word_starts(text, 0, len(text), text.index("banda"))
    assert "art" not in word_starts(text, 0, len(text), len(text))  # inside a word
    assert "fi" in word_starts(text, 0, text.index("financio") + 2, len(text))  # read no further than endpos


def test_a_skipped_cue_never_matches_before_the_stop():
    sentences = [
        "The Sinaloa Cartel financed the campaign of Ana Ruiz, who was later backed by the Gulf Clan.",
        "Prosecutors allege that the gang works alongside Los Lobos and was supported by local police.",
        "Según la Fiscalía, el Clan del Golfo financió la campaña y opera junto a Los Choneros en Tumaco.",
        "La banda fue respaldada por concejales y mantiene vínculos con el Tren de Aragua, dijo el fiscal.",
    ]
    skipped = 0
    for sentence in sentences:
        folded = fold_text(sentence)
        for start in range(0, len(folded), 7):
            for stop in (start, len(folded) // 2, len(folded)):
                present = word_starts(folded, start, len(folded), stop)
                for (_typ, _passive, rx), heads in zip(relation_cues(), _relation_cue_starts(), strict=True):
                    if heads is not None and heads.isdisjoint(present):
                        skipped += 1
                        m = rx.search(folded, start, len(folded))
                        assert m is None or m.start() >= stop, (rx.pattern, sentence)
    assert skipped > 1000  # most cues are ruled out without a scan


def test_trying_a_cue_at_its_beginnings_finds_what_a_whole_scan_finds():
    from nexos.extract.relations import _cue_matches

    sentences = [
        "The Sinaloa Cartel financed the campaign of Ana Ruiz, who was later backed by the Gulf Clan.",
        "Prosecutors allege that the gang works alongside Los Lobos and was supported by local police.",
        "Según la Fiscalía, el Clan del Golfo financió la campaña y opera junto a Los Choneros en Tumaco.",
        "La banda fue respaldada por concejales y mantiene vínculos con el Tren de Aragua, dijo el fiscal.",
    ]
    found = 0
    for sentence in sentences:
        folded = fold_text(sentence)
        for start in range(0, len(folded), 7):
            for stop in (start, len(folded) // 2, len(folded)):
                where = word_start_positions(folded, start, len(folded), stop)
                assert set(where) == word_starts(folded, start, len(folded), stop)
                for (_typ, _passive, rx), heads in zip(relation_cues(), _relation_cue_starts(), strict=True):
                    at = None if heads is None else sorted({p for h in heads & set(where) for p in where[h]})
                    whole = [m.span() for m in rx.finditer(folded, start, len(folded)) if m.start() < stop]
                    tried = [m.span() for m in _cue_matches(rx, folded, at, start, len(folded)) if m.start() < stop]
                    assert whole == tried, (rx.pattern, sentence)
                    found += len(whole)
    assert found > 50  # (cues matched at many places, each one found both ways)
