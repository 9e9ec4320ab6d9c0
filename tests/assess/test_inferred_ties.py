"""Ties the context model infers across sentences are stated by no sentence: the sentences they rest on keep their
own kind, and such ties corroborate nothing across documents."""

from __future__ import annotations

from support.extraction import extracted

from .conftest import doc

PUERTO_A = doc("Extorsión en el puerto", "Diario del Golfo",
               "La banda de Los Halcones del Sur cobra una cuota semanal a los pescadores de Bahía Quieta desde 2021, "
               "según los vecinos.\n\nEl lunes, Ramiro Tuz Calderón fue visto en el mercado. Tuz Calderón niega "
               "cualquier delito.\n\nLos Halcones del Sur también venden combustible robado, según los fiscales. Tuz "
               "Calderón fue detenido en 2019 y liberado un año después.", "es")
PUERTO_B = doc("Extorsión en Bahía Quieta", "Radio Costa Azul",
               "La banda de Los Halcones del Sur cobra una cuota semanal a los pescadores de Bahía Quieta desde 2021, "
               "según los vecinos.\n\nEl martes, Ramiro Tuz Calderón fue visto en el muelle. Tuz Calderón niega "
               "cualquier acusación.\n\nLos Halcones del Sur también venden gasolina robada, según la policía. Tuz "
               "Calderón fue detenido en 2019 y salió un año después.", "es",
               extra="\nLa temporada de pesca empezó tarde este año por las lluvias, y muchas familias del malecón "
                     "dependen ahora de préstamos para reparar sus redes y motores.\n\nEn la escuela del puerto, las "
                     "clases se suspendieron dos semanas por falta de maestros y de agua potable.\n")


def _inferred(text: str):
    ex = extracted(text)
    names = {e.key: e.name for e in ex.entities}
    return ex, [r for r in ex.relations if r.extractor == "model.context"
                and {names[r.source], names[r.target]} == {"Halcones del Sur", "Ramiro Tuz Calderón"}]


def test_a_sentence_an_inferred_tie_rests_on_keeps_its_own_kind():
    ex, ties = _inferred(PUERTO_A)
    assert ties  # the model ties the gang and the man the story keeps beside it
    for r in ties:
        for ev in r.evidence:
            claim = next(c for c in ex.claims if c.start == ev.start)
            assert claim.kind != "relation"  # 'Tuz Calderón niega cualquier delito' states no tie


def test_inferred_ties_corroborate_nothing(analyse):
    assert _inferred(PUERTO_A)[1] and _inferred(PUERTO_B)[1]  # both documents imply the same tie
    v = analyse({"a.txt": PUERTO_A, "b.txt": PUERTO_B})
    # the sentences about the man state nothing of the gang: two stories keeping them close agree on no claim
    # (his arrest in 2019, told by both, is an event both assert and does corroborate)
    about_him = [c for name in ("a.txt", "b.txt") for c in v["by_doc"][name]
                 if "Tuz" in c["text"] and ("visto" in c["text"] or "niega" in c["text"])]
    assert about_him and not any(c["corroborated_by"] for c in about_him), \
        [(c["text"], c["corroborated_by"]) for c in about_him]
