"""A month abbreviated without its dot ('3 Nov 2025', '12 Sept 2024') is a date, and never a crash.

The abbreviation's dot was an unescaped regular-expression dot, so "Nov " (with its space) matched
"Nov." and the month lookup failed on "nov ": any text dated that way stopped the whole batch.
"""

from __future__ import annotations

import pytest

from nexos.extract.dates import find_dates


@pytest.mark.parametrize("text, lang, value", [
    ("He left on 3 Nov 2025.", "en", "2025-11-03"),
    ("Verifica Caribe · 12 Sept 2024", "en", "2024-09-12"),
    ("The raid came on 5 Feb 2025, police said.", "en", "2025-02-05"),
    ("Llegó el 3 nov 2025 a Tumaco.", "es", "2025-11-03"),
    ("He left on Nov. 3, 2025.", "en", "2025-11-03"),
])
def test_abbreviated_month_with_or_without_its_dot(text: str, lang: str, value: str) -> None:
    assert [d.value for d in find_dates(text, lang, "2025-11-20")] == [value]


def test_a_word_after_a_month_abbreviation_is_not_the_month() -> None:
    # 'Nov' followed by any character once matched as 'Nov.'; 'Novo' or 'Nova' must not be a month
    assert find_dates("The Novo Banco case was filed in 2025.", "en", "2025-11-20")[0].value == "2025"
