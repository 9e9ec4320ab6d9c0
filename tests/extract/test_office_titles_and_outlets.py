"""'U.S. Attorney X' heads, and 'Assistant U.S. Attorneys X and Y' belong to, the U.S. Attorney's Office the text
names (every name of a titled list); 'X, a reporter for the daily Y' / 'X, columnista del diario Y' belongs to the
outlet named after the kind of outlet it is."""

from __future__ import annotations

from support.extraction import ties


def test_assistant_attorneys_listed_belong_to_the_office_en():
    text = ("U.S. Attorney's Office, Western District of Nowhere\n\nA grand jury charged five members of the "
            "Pumas del Norte network, said U.S. Attorney Helena Brightwater.\n\nAssistant U.S. Attorneys Kevin "
            "Lanfield and Rosa Quintal-Ibarra are prosecuting the case.\n")
    got = ties(text)
    assert ("Kevin Lanfield", "member_of", "U.S. Attorney's Office") in got
    assert ("Rosa Quintal-Ibarra", "member_of", "U.S. Attorney's Office") in got
    assert ("Helena Brightwater", "leads", "U.S. Attorney's Office") in got


def test_united_states_spelled_out_en():
    text = ("United States Attorney's Office - Eastern District\n\nThe case is being prosecuted by Assistant United "
            "States Attorneys Carla Whitmore and Dario Restani.\n")
    got = ties(text)
    assert ("Carla Whitmore", "member_of", "United States Attorney's Office") in got
    assert ("Dario Restani", "member_of", "United States Attorney's Office") in got


def test_columnist_of_the_daily_named_after_its_kind_es():
    text = "Nota\n\nLa periodista Ana Torres Rivas, columnista del diario El Heraldo del Sur, denunció amenazas.\n"
    assert ("Ana Torres Rivas", "member_of", "El Heraldo del Sur") in ties(text)


def test_reporter_for_the_weekly_en():
    text = "Wire\n\nThe photo was taken by Tomás Quiroga Lenz, a reporter for the station Radio Litoral, in May.\n"
    assert ("Tomás Quiroga Lenz", "member_of", "Radio Litoral") in ties(text)
