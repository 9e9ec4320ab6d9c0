"""A podcast transcript: speaker labels, double surnames, nicknames, and what the guests describe."""

from __future__ import annotations

from support.extraction import extracted, ties

TRANSCRIPT = """THE CROSSING — a podcast
Episode 12 — published May 5, 2026

LUCIA ORTEGA-BRAND: Welcome back. I'm Lucia Ortega-Brand. With me is Pierre Damas, a reporter for the Cap-Haïtien
station Radyo Lakay.

PIERRE DAMAS: Thanks. The gang in the north now is Baz Gwo Mòn, which controls the bridge at Limonade. Its leader is
Wilner Augustin, who everyone calls "Ti Bòs". Lakou Vèt is a fishing town nearby. A human-rights group, Kolektif Lavi,
says Ti Bòs taxes every boat.

LUCIA ORTEGA-BRAND: And the police?

PIERRE DAMAS: The Haitian National Police has a new commander there, Commissioner Ernst Vilaire. Last week he led a
raid on Limonade.
"""


def test_a_double_surname_is_not_the_listed_person_who_shares_half_of_it():
    names = {e.name for e in extracted(TRANSCRIPT).entities}
    assert not any(n.startswith(("Daniel Ortega", "ORTEGA")) and "BRAND" not in n for n in names), names
    assert not any(n.startswith("I'm") for n in names), names


def test_a_nickname_everyone_uses_is_the_persons_alias():
    ex = extracted(TRANSCRIPT)
    boss = next(e for e in ex.entities if e.name == "Wilner Augustin")
    said = {ex.document.text[m.start:m.end] for m in boss.mentions}
    assert "Ti Bòs" in said


def test_what_the_guest_says_each_name_is_types_it():
    types = {e.name: e.type for e in extracted(TRANSCRIPT).entities}
    assert types["Radyo Lakay"] == "media"
    assert types["Baz Gwo Mòn"] == "criminal_group"
    assert types["Lakou Vèt"] == "location"
    assert types["Kolektif Lavi"] == "ngo"


def test_a_speaker_label_is_neither_he_nor_a_party_to_a_tie():
    ex = extracted(TRANSCRIPT)
    names = {e.key: e.name for e in ex.entities}
    label = next(e for e in ex.entities if "DAMAS" in e.name or e.name == "Pierre Damas")
    assert not any(label.key in (r.source, r.target) and r.type == "leads" for r in ex.relations)
    assert not any({names[r.source], names[r.target]} & {"LUCIA ORTEGA-BRAND", "Lucia Ortega-Brand"}
                   for r in ex.relations)
    vilaire = next(e for e in ex.entities if e.name == "Ernst Vilaire")
    said = [ex.document.text[m.start:m.end] for m in vilaire.mentions]
    assert "he" in said


def test_two_listed_names_joined_by_a_hyphen_are_both_still_found():
    got = ties("The Maduro-Petro axis is a fiction, Ana Ruiz wrote. Nicolás Maduro and Gustavo Petro met in 2024.")
    names = {s for s, _, _ in got} | {o for _, _, o in got}
    assert {"Nicolás Maduro", "Gustavo Petro"} <= names
