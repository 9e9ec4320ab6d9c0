"""'His real name is X' / 'whose legal name is X' joins a nickname to the full name; a nickname brought in with
an alias cue is that person wherever it is written again, though alone it reads as a demonym."""

from __future__ import annotations

from support.extraction import extracted, quotes, said

BRIEF = (
    "Security Brief, 3 November 2026\n\n"
    "The career of the man known as alias \"El Ruso\" shows why the word gang no longer fits. Trained by the army, "
    "he now commands the best-armed unit in the west.\n\n"
    "His real name is Leonel Garza Treviño. He deserted in 2019. Senator Craig Dunmore said the unit was \"a "
    "terrorist army with a doctrine\".\n\n"
    "El Ruso himself answered with a voice message. In it, he mocked the sanctions. \"Let the gringos freeze my "
    "accounts,\" he said.\n"
)

INFORME = (
    "Informe, 3 de noviembre de 2026\n\n"
    "Guácimo, cuyo nombre real es Héctor Fabio Lozada, era el jefe militar del frente. Guácimo dijo que la guerra "
    "\"ya terminó para nosotros\".\n"
)


def test_a_nickname_and_the_real_name_given_after_it_are_one_person():
    people = [e for e in extracted(BRIEF).entities if e.type == "person"]
    garza = next(e for e in people if e.name == "Leonel Garza Treviño")
    assert "Ruso" in garza.aliases or "El Ruso" in garza.aliases
    assert not any(e.name in ("Ruso", "El Ruso") for e in people)


def test_the_nickname_written_again_is_him_and_his_words_are_his():
    got = quotes(BRIEF)
    assert said(got, "freeze my") == "Leonel Garza Treviño"
    assert said(got, "terrorist army") == "Craig Dunmore"


def test_spanish_cuyo_nombre_real_es_joins_a_nickname_a_town_also_bears():
    ents = {e.name: e for e in extracted(INFORME).entities}
    assert "Guácimo" not in ents and ents["Héctor Fabio Lozada"].type == "person"
    assert said(quotes(INFORME), "ya terminó") == "Héctor Fabio Lozada"
