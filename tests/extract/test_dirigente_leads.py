"""'Dirigente' is a leader's post: 'X, dirigente del Sindicato Y' and 'Su nueva dirigente, X' (after a sentence
about the union) say X leads it. Found reading the read sets' missed ties (a union and a transport guild's leaders
in three sets)."""

from __future__ import annotations

from support.extraction import ties


def test_dirigente_de_a_union_leads_it() -> None:
    got = ties("Lima, 3 de marzo de 2026\n\nConversé con Eusebio Quispe Mamani, pescador y dirigente del Sindicato "
               "de Pescadores de Paita, en el muelle.\n")
    assert ("Eusebio Quispe Mamani", "leads", "Sindicato de Pescadores de Paita") in got


def test_su_dirigente_after_the_union() -> None:
    got = ties("Lima, 3 de marzo de 2026\n\nEl Sindicato de Pescadores de Paita anunció un paro. Su nueva "
               "dirigente, Rosaura Quispe Mamani, me escribió ayer.\n")
    assert ("Rosaura Quispe Mamani", "leads", "Sindicato de Pescadores de Paita") in got
