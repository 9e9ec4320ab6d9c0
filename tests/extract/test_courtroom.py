"""A trial report: who prosecutes the defendant, who defends him, and the judge's court."""

from __future__ import annotations

from support.extraction import ties

TRIAL = (
    "NEW YORK, Feb. 13, 2025 — A former pilot told a Manhattan federal jury on Thursday that he flew cocaine for "
    "Édgar Rolando Vaca Suárez. The trial, before U.S. District Judge Harriet L. Castellanos of the U.S. District "
    "Court for the Southern District of New York, opened on Monday.\n\n"
    "Vaca Suárez, 56, has pleaded not guilty. Assistant U.S. Attorney Priya Raman showed the jury photographs of a "
    "seizure. A second defense lawyer, Beatriz Arce, objected repeatedly.\n"
)


def test_the_prosecutor_acts_against_the_defendant_and_the_defence_lawyer_supports_him():
    got = ties(TRIAL)
    assert ("Priya Raman", "acts_against", "Édgar Rolando Vaca Suárez") in got
    assert ("Beatriz Arce", "supports", "Édgar Rolando Vaca Suárez") in got


def test_a_judge_belongs_to_the_court():
    got = ties(TRIAL)
    assert ("Harriet L. Castellanos", "member_of", "U.S. District Court for the Southern District of New York") in got


def test_no_trial_no_sides():
    got = ties(TRIAL.replace("jury", "crowd").replace("trial", "event").replace("the jury", "reporters"))
    assert not any(t == "supports" and s == "Beatriz Arce" for s, t, _ in got)
