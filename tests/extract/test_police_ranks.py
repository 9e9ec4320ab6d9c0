"""A police rank before a name ("Senior Superintendent X", "RCMP Inspector X", "el sargento X") makes its holder a
member of the police service the story names (of several, the one named last in that sentence or the one before);
an army sergeant is no policeman."""

from __future__ import annotations

from support.extraction import ties


def test_senior_superintendent_of_the_police_named_before_en():
    text = ("Timeline\n\nMay 2025 — The Aruba Police Force reports no arrests.\n\nTwo weeks later — The Trinidad and "
            "Tobago Police Service arrests five men in Chaguanas. Senior Superintendent Wayne Fortune says the "
            "operation \"cut off the head of the snake.\"\n")
    got = ties(text)
    assert ("Wayne Fortune", "member_of", "Trinidad and Tobago Police Service") in got
    assert ("Wayne Fortune", "member_of", "Aruba Police Force") not in got


def test_an_inspector_of_the_one_police_en():
    text = ("Wire\n\nThe Royal Canadian Mounted Police opened an inquiry in Toronto. In Ottawa, Inspector Daniel "
            "Okonjo was more cautious about the case.\n")
    assert ("Daniel Okonjo", "member_of", "Royal Canadian Mounted Police") in ties(text)


def test_an_army_sergeant_is_no_policeman_en():
    text = ("Wire\n\nA Dominican army sergeant, Wilkin Batista Ureña, was filmed at the crossing. The Haitian "
            "National Police said nothing.\n")
    assert ("Wilkin Batista Ureña", "member_of", "Haitian National Police") not in ties(text)


def test_el_sargento_de_la_policia_nombrada_es():
    text = ("Nota\n\nLa Policía de Aruba no reportó detenidos. Dos semanas después, la Policía Nacional de Trinidad "
            "detuvo a cinco hombres en Chaguanas. El inspector Wayne Fortune dijo que la operación fue un éxito.\n")
    got = ties(text)
    assert any(s == "Wayne Fortune" and typ == "member_of" and "Trinidad" in t for s, typ, t in got)
