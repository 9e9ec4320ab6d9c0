"""A role named for someone a clause acts on or describes belongs to that unnamed person, not to the clause's subject."""

from __future__ import annotations

from support.extraction import ties


def test_the_force_that_arrests_a_leader_does_not_lead_his_gang():
    en = "BULLETIN\n\nThe River Navy said Monday it had captured a regional commander of Los Chacales near the dam.\n"
    es = "BOLETÍN\n\nLa Armada Fluvial detuvo el lunes a un presunto cabecilla de Los Chacales cerca de la represa.\n"
    assert ("River Navy", "leads", "Chacales") not in ties(en)
    assert ("Armada Fluvial", "leads", "Chacales") not in ties(es)


def test_the_body_that_describes_someone_as_a_chief_does_not_lead_the_group():
    en = "BULLETIN\n\nThe Rural Police arrested a trader they describe as the head of a Los Chacales cell.\n"
    es = "BOLETÍN\n\nLa Fiscalía Rural lo identifica como jefe de Los Chacales desde 2019.\n"
    assert ("Rural Police", "leads", "Chacales") not in ties(en)
    assert ("Fiscalía Rural", "leads", "Chacales") not in ties(es)


def test_a_named_person_who_is_a_member_still_is_one():
    assert ("Ramiro Soto", "member_of", "Chacales") in ties("BULLETIN\n\nRamiro Soto, a trader, is a member of Los Chacales.\n")
