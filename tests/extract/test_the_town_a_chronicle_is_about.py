"""'El alcalde, X' with no town written beside the title leads the town the chronicle is about: the one it calls
a town ('Puerto Alcira, el pueblo donde…', 'En Playa Tortuga, un caserío de pescadores') or where its reporter
was sent, even when the masthead is datelined from the paper's city; a party after the name is not a town."""

from __future__ import annotations

from support.extraction import extracted


def _ties(text: str) -> set[tuple[str, str, str]]:
    ex = extracted(text)
    names = {e.key: e.name for e in ex.entities}
    return {(r.type, names[r.source], names[r.target]) for r in ex.relations}


def test_the_mayor_leads_the_town_the_headline_calls_a_town() -> None:
    text = ("EL HERALDO DEL VALLE\nCrónica | Domingo 16 de noviembre de 2025\n\n"
            "Villa Esmeralda, el pueblo donde las persianas bajan a las seis\n\n"
            "A las seis de la tarde, los comerciantes de Villa Esmeralda ya han cerrado. Los Caimanes cobran la cuota "
            "cada viernes.\n\n"
            "La alcaldesa, Yaneth Rojas Arrieta, asegura que ha pedido refuerzos por todos los canales.\n")
    assert ("leads", "Yaneth Rojas Arrieta", "Villa Esmeralda") in _ties(text)


def test_the_town_a_reporter_was_sent_to_outranks_the_paper_s_dateline() -> None:
    text = ("Montería, lunes 20 de octubre de 2025\n"
            "Texto: Lucía Arce, enviada especial a Puerto Caimito\n\n"
            "En Puerto Caimito las tiendas cierran temprano y nadie habla de los cobros.\n\n"
            "El alcalde, Rigoberto Saucedo Ibarra, del partido Fuerza Local, recibió a este diario en su despacho.\n")
    ties = _ties(text)
    assert ("leads", "Rigoberto Saucedo Ibarra", "Puerto Caimito") in ties
    assert not any(t[1] == "Rigoberto Saucedo Ibarra" and t[2] == "Montería" for t in ties)


def test_a_caserio_named_in_the_lead_is_the_town() -> None:
    text = ("DIARIO LA COSTA\nCrónica | Domingo 15 de marzo de 2026\n\n"
            "En Playa Brava, un caserío de pescadores de la provincia de Esmeraldas, las lanchas salen antes del "
            "amanecer.\n\n"
            "El alcalde, Wilfrido Asprilla Moya, recibió a este semanario en su oficina.\n")
    assert ("leads", "Wilfrido Asprilla Moya", "Playa Brava") in _ties(text)


def test_two_towns_called_towns_name_no_home_town() -> None:
    text = ("Crónica\n\nSanta Fe del Monte, el pueblo de arriba, y Los Robles, el pueblo de abajo, no se hablan.\n\n"
            "El alcalde, Ramiro Ospina Gil, recibió a este semanario.\n")
    assert not any(t[1] == "Ramiro Ospina Gil" and t[0] == "leads" for t in _ties(text))


def test_a_force_that_arrives_works_in_the_town_the_chronicle_is_about() -> None:
    text = ("SEMANARIO LA TROCHA\nJueves 9 de julio de 2026\n\n"
            "San Isidro del Cedral, el pueblo donde la hora la ponen los fusiles\n\n"
            "En San Isidro del Cedral las campanas ya no marcan la hora. Los Halcones cobran a cada tendero.\n\n"
            "Hace un mes llegó la Guardia Nacional. Los vecinos dicen que los soldados nunca bajan de los camiones.\n\n"
            "La Defensoría del Pueblo pidió medidas de protección para los líderes sociales.\n")
    ties = _ties(text)
    assert any(t[0] == "operates_in" and t[1].startswith("Guardia Nacional") and t[2] == "San Isidro del Cedral"
               for t in ties)
    assert not any(t[2] == "San Isidro del Cedral" and "Defensor" in t[1] for t in ties)


def test_a_gang_named_in_a_chronicle_works_in_its_town() -> None:
    text = ("EL HERALDO DEL VALLE\nCrónica | Domingo 16 de noviembre de 2025\n\n"
            "Villa Esmeralda, el pueblo donde las persianas bajan a las seis\n\n"
            "A las seis de la tarde ya no queda nadie en la plaza.\n\n"
            "Los comerciantes dicen que Los Caimanes cobran la cuota cada viernes desde hace un año.\n")
    assert ("operates_in", "Caimanes", "Villa Esmeralda") in {(t, s.removeprefix("Los "), o) for t, s, o in _ties(text)}


def test_a_force_in_a_text_that_calls_no_place_a_town_is_not_placed() -> None:
    text = ("Hace un mes llegó la Guardia Nacional a la región. En San Isidro del Cedral cerraron las tiendas.\n")
    assert not any(t[0] == "operates_in" and t[1].startswith("Guardia Nacional") for t in _ties(text))


def test_what_a_chronicle_tells_without_a_place_happened_in_the_town_its_lead_calls_a_town() -> None:
    text = ("DIARIO DEL SUR\nCrónica | Jueves 16 de abril de 2026\n\n"
            "Las cuentas del cerro\n\n"
            "En Villa Aurora, un pueblo minero a orillas del río Yuruán, nadie dice el nombre del sindicato.\n\n"
            "El pasado martes 14 de abril, hombres armados asesinaron a Eudis Maica, de 22 años, frente a la bodega.\n")
    ex = extracted(text)
    names = {e.key: e.name for e in ex.entities}
    killing = [ev for ev in ex.events if "Eudis Maica" in {names[p] for p in ev.participants}]
    assert killing and "Villa Aurora" in {names[p] for p in killing[0].participants}
