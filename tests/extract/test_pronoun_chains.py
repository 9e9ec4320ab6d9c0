"""A sentence that names no one and goes on with a subject pronoun passes its person on to the next pronoun,
even in a timeline whose main figure is someone else."""

from __future__ import annotations

from support.extraction import quotes, said

TIMELINE = (
    "The rise and fall of Efraín Arriaza\n\n"
    "2016 - Efraín Arriaza founds a fruit-export firm in Puerto Barrios.\n\n"
    "March 2017 - Police link Arriaza to a cocaine shipment. He is questioned and released.\n\n"
    "2020 - The U.S. Treasury designates Arriaza under the Kingpin Act.\n\n"
    "February 2021 - A prosecutor, Julio César Marroquín, opens a money-laundering case against the network. "
    'Two weeks later he is transferred to a rural post. "I was moved because I got too close," he later told '
    "this newspaper.\n\n"
    "2022 - Arriaza is arrested in Izabal.\n"
)


def test_the_pronoun_chain_outranks_the_timelines_main_figure() -> None:
    assert said(quotes(TIMELINE), "I was moved") == "Julio César Marroquín"

