"""Shapes from a think-tank brief written for this check (not from any benchmark document).

- "founded by former FARC commanders … the group signed a pact": the group is the faction the text is
  about, not the band whose former men founded it (while "Baz X fighters storm … the gang's" still
  refers to Baz X, the sentence's subject).
- "Our sources describe…", "según nuestras fuentes": the writer's own sources are unnamed sources.
- "The Sierra Corridor", "the Rosa River": a place's last word outweighs a word that is also a given name.
"""

from __future__ import annotations

from support.extraction import extracted, resolved, ties


def test_the_group_is_the_faction_not_the_band_its_founders_came_from() -> None:
    text = ("BOGOTA, Feb. 12, 2026 - The Frente Carlos Patiño was founded in 2017 by former FARC commanders who "
            "refused to demobilise. Its current commander, Jhon Freddy Ramírez, took over in 2020. In 2022 the "
            "group signed a non-aggression pact with the Clan del Golfo.\n")
    assert resolved(text)["the group"] == ["Frente Carlos Patiño"]
    assert ("Frente Carlos Patiño", "allied_with", "Clan del Golfo") in ties(text)


def test_a_band_whose_fighters_are_the_subject_is_still_the_gang() -> None:
    text = ("PORT-AU-PRINCE, March 3, 2025 - Viv Ansanm controls most of the capital. Baz Tokyo fighters stormed "
            "the police station in Thomazeau on Monday. The police later raided the gang's base.\n")
    assert resolved(text)["the gang"] == ["Baz Tokyo"]


def test_the_writers_own_sources_are_anonymous() -> None:
    for text in ("BOGOTA, Feb. 12, 2026 - Our sources describe a financial arm run by Wilmer Castillo.\n",
                 "Bogotá, 12 de febrero de 2026.\n\nSegún nuestras fuentes, Wilmer Castillo compra pasta de coca.\n"):
        claims = [c for c in extracted(text).claims if "Castillo" in c.text]
        assert claims and all(c.anonymous_source for c in claims)


def test_a_place_word_at_the_end_outweighs_a_given_name_at_the_start() -> None:
    ex = extracted("The Sierra Corridor: a broker's rise\n\nBOGOTA, Feb. 12, 2026 - The faction controls the "
                   "Sierra Corridor. Bodies were found in the Rosa River near Tumaco, Rosa Valencia said.\n")
    types = {e.name: e.type for e in ex.entities}
    assert types["Sierra Corridor"] == "location"
    assert types["Rosa River"] == "location"
    assert types["Rosa Valencia"] == "person"


def test_its_commander_after_a_sentence_whose_only_name_is_the_founders_past() -> None:
    text = ("BOGOTA, Feb. 12, 2026 - This brief traces the Frente Carlos Patiño, a dissident faction. The faction "
            "was founded in 2017 by former FARC mid-level commanders who refused to demobilise. Its current "
            "commander, Jhon Freddy Ramírez, took over in 2020.\n")
    got = ties(text)
    assert ("Jhon Freddy Ramírez", "leads", "Frente Carlos Patiño") in got
    assert ("Jhon Freddy Ramírez", "leads", "FARC") not in got


def test_the_first_word_after_a_wire_dateline_opens_a_sentence() -> None:
    for text in ("QUITO, March 3, 2025 - Under Cocinero, the faction took the Sierra Corridor.\n",
                 "QUITO — Under Cocinero, the faction took the Sierra Corridor.\n",
                 "Quito, 3 de marzo de 2025 (Agencia).- Under Cocinero, the faction took the Sierra Corridor.\n"):
        names = [e.name for e in extracted(text).entities]
        assert not any(n.startswith("Under") for n in names), names
        assert "Sierra Corridor" in names


def test_a_stance_on_a_policy_is_read_between_the_actor_and_the_policy() -> None:
    got = ties("BOGOTA, Feb. 12, 2026 - The Petro government brought the faction into its Total Peace talks in "
               "2023, then suspended them in April 2024 after an attack on a police station in Morales.\n")
    assert any(s == "Government of Colombia" and t == "supports" and o == "Total Peace" for s, t, o in got), got
    got = ties("BOGOTA, Feb. 12, 2026 - Senator Paloma Valencia rejected the Total Peace policy in a speech on "
               "Monday.\n")
    assert ("Paloma Valencia", "opposes", "Total Peace") in got
