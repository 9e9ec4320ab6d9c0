"""A body that oversees another controls it: 'el Ministerio del Interior, que supervisa a la Policía Nacional',
'the Security Ministry, which oversees the Coast Guard'. Found reading a read set's missed ties (a ministry and
the force it supervises named in one relative clause)."""

from __future__ import annotations

from support.extraction import ties


def test_a_ministry_that_oversees_a_force_controls_it() -> None:
    got = ties("Lima, 3 de marzo de 2026\n\nThe Security Ministry, which oversees the Coast Guard, announced a new "
               "plan on Monday.\n")
    assert ("Security Ministry", "controls", "Coast Guard") in got
    got = ties("Lima, 3 de marzo de 2026\n\nEl Ministerio de Seguridad, que supervisa tanto a la Guardia Costera "
               "como a la Policía, presentó un plan.\n")
    assert ("Ministerio de Seguridad", "controls", "Guardia Costera") in got
