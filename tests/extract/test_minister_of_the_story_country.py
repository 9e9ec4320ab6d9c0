"""A minister whose title names no country ("Interior Minister X", "la ministra del Interior, X") in a story datelined
from a town of the one country it is about is a member of that country's government, when the text names it; an
ambassador is not, nor is a minister in a story datelined elsewhere."""

from __future__ import annotations

from support.extraction import ties


def test_interior_minister_of_the_story_country_en():
    text = ("Wire\n\nGUAYAQUIL, Ecuador (Andes Wire) — Police seized four tonnes of cocaine at the port of Guayaquil on Monday. \"This was a criminal "
            "operation from start to finish,\" Interior Minister Lorena Quiroga Vélez told reporters in Guayaquil. "
            "The Government of Ecuador has sent troops to the ports of Guayaquil and Manta, and Ecuador plans more "
            "raids in Quito.\n")
    assert ("Lorena Quiroga Vélez", "member_of", "Government of Ecuador") in ties(text)


def test_la_ministra_del_interior_of_the_story_country_es():
    text = ("Nota\n\nGUAYAQUIL, Ecuador (Andes Wire) — La Policía incautó cuatro toneladas de cocaína en el puerto de Guayaquil. La ministra del Interior, "
            "Lorena Quiroga Vélez, defendió el operativo al día siguiente en Guayaquil. El Gobierno de Ecuador "
            "enviará soldados a los puertos de Guayaquil y Manta, y Ecuador prepara más operativos en Quito.\n")
    assert ("Lorena Quiroga Vélez", "member_of", "Government of Ecuador") in ties(text)


def test_an_ambassador_is_not_taken_for_the_story_country_en():
    text = ("Wire\n\nGUAYAQUIL, Ecuador (Andes Wire) — Police seized four tonnes of cocaine at the port of Guayaquil on Monday. Ambassador Richard "
            "Holloway praised the seizure in Guayaquil. The Government of Ecuador has sent troops to the ports of "
            "Guayaquil and Manta, and Ecuador plans more raids in Quito.\n")
    got = ties(text)
    assert not any(s == "Richard Holloway" and t == "Government of Ecuador" and typ != "associated_with"
                   for s, typ, t in got)


def test_a_minister_in_a_story_datelined_abroad_is_left_alone_en():
    text = ("Wire\n\nMIAMI (Andes Wire) — Police seized four tonnes of cocaine at the port of Guayaquil on Monday. "
            "Interior Minister Lorena Quiroga Vélez praised the operation. The Government of Ecuador has sent troops "
            "to the ports of Guayaquil and Manta, and Ecuador plans more raids in Quito.\n")
    got = ties(text)
    assert ("Lorena Quiroga Vélez", "member_of", "Government of Ecuador") not in got
