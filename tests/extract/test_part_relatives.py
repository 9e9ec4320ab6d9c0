"""The places of a relative clause after 'X, a splinter of Y that …' / 'X, una célula de Y que …' are where the part
X works, not the whole Y."""

from __future__ import annotations

from support.extraction import ties


def test_a_splinter_of_that_operates_in_en():
    text = ("Wire\n\nAlias Tucán was the military chief of the Bloque Comunero Andino, a splinter of Segunda "
            "Marquetalia that took shape in 2021 and now operates in Arauca and in the Venezuelan state of Apure.\n")
    got = ties(text)
    assert ("Bloque Comunero Andino", "operates_in", "Arauca") in got
    assert ("Segunda Marquetalia", "operates_in", "Arauca") not in got


def test_una_celula_de_que_opera_en_es():
    text = ("Reportaje\n\nLa Policía detuvo a tres integrantes de La Manada, una célula de Los Lobos que opera en "
            "Machala y cobra extorsiones a los pescadores.\n")
    got = ties(text)
    assert any(s == "Manada" and typ == "operates_in" and t == "Machala" for s, typ, t in got)
    assert not any(s.startswith("Los Lobos") and typ == "operates_in" and t == "Machala" for s, typ, t in got)
