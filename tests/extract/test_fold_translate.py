"""fold_text is one str.translate over a table filled character by character: same folds, same length."""

from nexos.extract import lexicon
from nexos.extract.lexicon import _fold_char, fold_text


def test_folds_english_and_spanish_text_one_character_for_one() -> None:
    text = "El «Cártel» de Ñuñoa—según la Fiscalía—financió a ‘Los Lobos’ in São Paulo; IİI ǅ ﬁ ²"
    folded = fold_text(text)
    assert len(folded) == len(text)
    assert folded.startswith('el "cartel" de nunoa-segun la fiscalia-financio a \'los lobos\' in sao paulo;')
    assert folded == "".join(_fold_char(c) if ord(c) > 127 else c.lower() for c in text)


def test_the_table_is_keyed_by_code_point_and_filled_as_characters_are_met() -> None:
    fold_text("Ǆemal Ħasan")  # (characters no other test folds first)
    assert lexicon._FOLD_TABLE[ord("Ǆ")] == _fold_char("Ǆ")
    assert lexicon._FOLD_TABLE[ord("Ħ")] == _fold_char("Ħ")
    every = "".join(chr(i) for i in range(0x20, 0x2FFF))
    assert fold_text(every) == "".join(_fold_char(c) if ord(c) > 127 else c.lower() for c in every)
