"""A role word after a preposition and an indefinite article ('órdenes de un cabecilla de Y', 'orders from a leader
of Y') is someone unnamed: the clause's subject does not lead Y; 'X, un cabecilla de Y' still does."""

from __future__ import annotations

from support.extraction import ties

ES = (
    "Machala, 27 de noviembre de 2026\n\n"
    "Según el general, Jorge Cedeño recibía órdenes de un cabecilla de Los Lobos que opera desde la cárcel.\n\n"
    "Ramón Vera, un cabecilla de Los Pargos, fue detenido el martes.\n"
)

EN = (
    "QUITO, Nov. 27, 2026\n\n"
    "Prosecutors say Jorge Cedeño took orders from a leader of Los Choneros held in Guayaquil.\n"
)


def test_orders_from_an_unnamed_leader_make_no_one_the_leader():
    got = ties(ES) | ties(EN)
    assert not any(s == "Jorge Cedeño" and t == "leads" for s, t, _ in got)


def test_an_apposed_leader_still_leads():
    # a guard: the apposition of a named man is untouched
    assert ("Ramón Vera", "leads", "Pargos") in ties(ES)
