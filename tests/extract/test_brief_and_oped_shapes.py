"""A think-tank brief and an op-ed: owners named by 'the company's', donors, agents in apposition, firm short forms."""

from __future__ import annotations

from support.extraction import extracted, quotes, said, ties

BRIEF = (
    "On the Dominican side, most of the diesel is sold by Combustibles del Yaque SRL, a distributor registered in "
    "Santiago. The company's majority owner, Ramón Peguero Díaz, denied any wrongdoing when we contacted him, saying "
    "his firm \"sells to licensed buyers and cannot police the border.\"\n"
)

OPED = (
    "Honduras Is Renting Out Its Iron Fist. The Bill Is Paid in Campesino Blood.\n\n"
    "In January, Security Minister Abel Cerrato signed a contract with Bastion Shield International, a private "
    "security firm based in Tampa. Bastion Shield is run by a retired U.S. Army colonel, Dale Hutchins, who sold "
    "his services to mining companies. The Comandos del Valle, in turn, are paid and housed by Palmas del Norte. "
    "Palmas del Norte's owner, Federico Larach Bendeck, is also the largest private donor to President Leonel "
    "Zúñiga's Partido Orden y Patria. The landless farmers of the Bajo Aguán pay the price.\n"
)


def test_the_companys_owner_leads_the_company_and_speaks_for_himself():
    assert ("Ramón Peguero Díaz", "leads", "Combustibles del Yaque SRL") in ties(BRIEF)
    assert said(quotes(BRIEF), "sells to licensed buyers") == "Ramón Peguero Díaz"
    assert {e.name: e.type for e in extracted(BRIEF).entities}["Combustibles del Yaque SRL"] == "company"


def test_an_agent_in_apposition_to_his_description_runs_the_firm():
    got = ties(OPED)
    assert ("Dale Hutchins", "leads", "Bastion Shield International") in got
    assert ("Palmas del Norte", "funds", "Comandos del Valle") in got


def test_a_donor_to_a_presidents_party_funds_the_party_and_him():
    got = ties(OPED)
    assert ("Federico Larach Bendeck", "funds", "Partido Orden y Patria") in got
    assert ("Federico Larach Bendeck", "funds", "Leonel Zúñiga") in got


def test_a_headline_with_full_stops_names_no_one_and_a_short_form_of_a_firm_is_the_firm():
    types = {e.name: e.type for e in extracted(OPED).entities}
    assert "Bill Is Paid" not in types and "Campesino Blood" not in types
    assert "Bastion Shield" not in types and types["Bastion Shield International"] == "company"
    assert types.get("Bajo Aguán") == "location"
