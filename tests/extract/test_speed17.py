"""Work done once instead of per call: each helper gives what the longer way gave."""

from nexos.assess.corroborate import dates_agree
from nexos.extract.claims import _again_pattern, _described_again


def test_a_source_described_again_is_found_in_english_and_spanish_with_its_pattern_built_once():
    _again_pattern.cache_clear()
    en = _described_again("the official said the raid failed", ["a senior official, who asked not to be named"])
    es = _described_again("segun el funcionario, la banda huyo", ["un funcionario que pidio no ser nombrado"])
    assert en is not None and en.group().startswith("the official")
    assert es is not None and "funcionario" in es.group()
    assert _described_again("the official said so", ["a source close to the case"]) is None  # another noun
    again = _described_again("the official said it again", ["an official, speaking anonymously"])
    assert again is not None
    assert _again_pattern.cache_info().hits >= 1  # (the same noun: the same pattern, not built again)


def test_the_same_date_agrees_at_any_precision_and_different_ones_by_the_coarser():
    assert dates_agree("2025-03-04", "day", "2025-03-04", "day")
    assert dates_agree("2025-03", "month", "2025-03", "day")  # (same text, precisions told apart)
    assert dates_agree("2025-03-04", "day", "2025-03", "month")
    assert not dates_agree("2025-03-04", "day", "2025-03-05", "day")
    assert not dates_agree("", None, "", None) and not dates_agree(None, None, None, None)


def test_a_long_paragraph_is_no_masthead_and_a_short_line_still_is():
    from nexos.ingest.metadata import parse_masthead

    story = ("El Clan del Golfo opera en Tumaco · según la Fiscalía · y mantiene vínculos con bandas locales que "
             "controlan las rutas de la costa, dijo el fiscal a la prensa este martes por la tarde en Cali " * 2)
    assert parse_masthead(story) is None
    assert parse_masthead("The gang works with local police | sources said " * 4) is None
    es = parse_masthead("La Voz del Valle · Opinión · 3 de mayo de 2025")
    en = parse_masthead("Harbor Ledger | Investigations | May 3, 2025", day_first=False)
    assert es is not None and es.publisher == "La Voz del Valle"
    assert en is not None and en.publisher == "Harbor Ledger"


def test_control_characters_are_counted_as_unicode_names_them():
    import unicodedata

    from nexos.ingest.formats.text import _control_ratio

    text = "".join(chr(c) for c in range(0, 0x250)) + "Texto en español\u2028 and text\f\t\r\n"
    bad = sum(1 for ch in text if unicodedata.category(ch) == "Cc" and ch not in "\n\t\r\f")
    assert _control_ratio(text) == bad / len(text)
    assert _control_ratio("") == 0.0 and _control_ratio("plain words, palabras") == 0.0


def test_a_sentence_opening_with_a_place_is_read_in_place_as_on_its_own():
    import re

    from nexos.extract.relations import INTRO_PLACE

    text = ("The gang grew. In Tumaco, Los Lobos and the ELN fight.\n\nEn el Catatumbo, la banda opera. "
            "  across the border, smugglers move. Lejos de Cali, nadie habló. A lo largo de la costa, hay rutas.")
    alone = re.compile(r"^\s*(?:in|across|throughout|en|a lo largo de)\s+", re.I)
    opened = 0
    for s in range(len(text)):
        own = alone.match(text[s:])
        here = INTRO_PLACE.match(text, s)
        assert (own is None) == (here is None)
        if own is not None and here is not None:
            assert s + own.end() == here.end()
            opened += 1
    assert opened >= 4


def test_binary_looking_bytes_are_told_from_text_as_before():
    from nexos.ingest.formats.text import _CONTROL_BYTES, _MAX_CONTROL_RATIO, looks_like_text

    def by_hand(data: bytes) -> bool:
        sample = data[:8192]
        return not sample or b"\x00" not in sample and \
            sum(1 for b in sample if b in _CONTROL_BYTES) / len(sample) <= _MAX_CONTROL_RATIO

    for data in (b"El Clan del Golfo opera en Tumaco.\n", b"The gang\x07 grew\x1b[0m.\r\n" * 3,
                 bytes(range(1, 128)) * 2, b"\x01\x02" + "texto en español".encode() * 40, b""):
        assert looks_like_text(data) == by_hand(data)
    assert not looks_like_text(bytes(range(1, 32)) * 10) and looks_like_text(b"plain words, palabras")
