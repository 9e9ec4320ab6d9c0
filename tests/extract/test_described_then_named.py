"""A lead that gives someone's role before his name ('captured a regional leader of X. The man, identified only by
his alias "Y", …', 'capturó a un presunto cabecilla de X. Se trata de Y, …'): the person the next sentence of the
paragraph names first, for the first time and in its opening words, holds the role; someone with a post of his
own ('Spokesman Z, of the state police') does not."""

from __future__ import annotations

from support.extraction import ties


def test_the_man_identified_by_his_alias_en():
    text = ("Wire\n\nQUITO — The army said Thursday it had captured a regional leader of Los Lobos during a raid on an "
            "illegal gold mine. The man, identified only by his alias \"Cobra,\" is accused of charging miners a "
            "monthly fee.\n")
    assert ("Cobra", "leads", "Los Lobos (Ecuador)") in ties(text) or ("Cobra", "leads", "Los Lobos") in ties(text)


def test_se_trata_de_es():
    text = ("Nota\n\nLa Policía Nacional capturó el jueves a un presunto cabecilla de Los Tiburones del Estero en "
            "Guayaquil. Se trata de Marlon Estupiñán Quiñónez, alias \"el Tiburón\", de 34 años.\n")
    assert ("Marlon Estupiñán Quiñónez", "leads", "Tiburones del Estero") in ties(text)


def test_a_spokesman_named_next_holds_no_described_role_en():
    text = ("Wire\n\nPolice arrested a suspected member of the Red Vipers gang on Monday. Spokesman Carlos Mendes "
            "Ruiz, of the state police, said the raid took place at dawn.\n")
    assert not any(a == "Carlos Mendes Ruiz" and "Vipers" in b and t in ("member_of", "leads")
                   for a, t, b in ties(text))
