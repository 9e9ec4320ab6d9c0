"""'Its director, X' after a sentence that opens with a body nobody names ("The peace office defended the decision",
"In Brussels, the federal prosecutor's office confirmed …") is that body's, not the last named actor's; after a
named subject it stays the subject's."""

from __future__ import annotations

from support.extraction import ties


def test_its_spokeswoman_after_an_unnamed_office_en():
    text = ("Wire\n\nPolice said the load belonged to Los Lobos. In Brussels, the federal prosecutor's office "
            "confirmed it had been told of the seizure. Its spokeswoman, Lieve Van Daele, said investigators would "
            "compare the paperwork.\n")
    got = ties(text)
    assert not any(s == "Lieve Van Daele" and t.startswith("Los Lobos") and typ in ("member_of", "leads")
                   for s, typ, t in got)


def test_its_director_after_an_unnamed_office_en():
    text = ("Wire\n\nThe government invited the Bloque Pacífico Sur to talks, and the opposition Centro Democrático "
            "called it a surrender. The peace office defended the decision. Its director, Camila Ortiz Lasso, said "
            "the talks grant no impunity.\n")
    got = ties(text)
    assert not any(s == "Camila Ortiz Lasso" and typ in ("member_of", "leads") for s, typ, t in got)


def test_its_leader_after_a_named_subject_stays_en():
    text = ("Wire\n\nBaz Kout Pye controls the market district. Its leader, Wilner Dorval, charges a levy on every "
            "truck.\n")
    assert ("Wilner Dorval", "leads", "Baz Kout Pye") in ties(text)


def test_su_director_after_an_unnamed_office_es():
    text = ("Nota\n\nEl Gobierno invitó al Bloque Pacífico Sur a una mesa, y el opositor Centro Democrático lo llamó "
            "rendición. La comisión de paz defendió la decisión. Su director, Camilo Ortiz Lasso, dijo que la mesa no "
            "concede impunidad.\n")
    got = ties(text)
    assert not any(s == "Camilo Ortiz Lasso" and typ in ("member_of", "leads") for s, typ, t in got)


def test_its_director_after_a_named_office_stays_en():
    text = ("Wire\n\nThe office of the Consejería de Paz defended the decision. Its director, Camila Ortiz Lasso, said "
            "the talks grant no impunity.\n")
    got = ties(text)
    assert any(s == "Camila Ortiz Lasso" and typ in ("member_of", "leads") and "Consejería" in t for s, typ, t in got)
