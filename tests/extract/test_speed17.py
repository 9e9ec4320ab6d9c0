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
