"""An arrest told without its agent ('X was among those arrested') is the work of the forces named in the raid's
sentence before; a state whose own force is named there is no second arrester, a state with no force of its own
named stays one."""

from __future__ import annotations

from support.extraction import ties


def test_the_state_of_the_named_police_is_no_second_arrester_en():
    text = ("Wire\n\nEcuador's National Police raided a banana exporter in Machala on Tuesday and detained six dock "
            "workers. The firm's logistics manager, Rubén Carvallo Ibarra, 41, was among those arrested.\n")
    got = ties(text)
    assert not any(s == "Ecuador" and t == "Rubén Carvallo Ibarra" and typ == "acts_against" for s, typ, t in got)


def test_la_policia_del_estado_es():
    text = ("Nota\n\nQUITO, Ecuador (EFE) — La Policía Nacional del Ecuador allanó el martes una exportadora en Machala "
            "y detuvo a seis estibadores, informó el Gobierno de Ecuador. El gerente de logística, Rubén Carvallo "
            "Ibarra, también fue detenido.\n")
    got = ties(text)
    assert ("Policía Nacional del Ecuador", "acts_against", "Rubén Carvallo Ibarra") in got
    assert not any(s == "Ecuador" and t == "Rubén Carvallo Ibarra" and typ == "acts_against" for s, typ, t in got)


def test_a_state_with_another_countrys_police_stays_en():
    text = ("Wire\n\nParaguay and Brazilian police raided warehouses in Ciudad del Este on Tuesday and detained "
            "eleven people. Among those detained was Edson Carvalho Pires, 44, a Brazilian national.\n")
    got = ties(text)
    assert ("Paraguay", "acts_against", "Edson Carvalho Pires") in got
