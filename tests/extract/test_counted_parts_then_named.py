"""Parts of a group counted before it and then named belong to it: 'las dos facciones del Cártel del Norte, Los
Tejones y Los Zorros', "the Norte Cartel's two factions, Los Tejones and Los Zorros". Found reading a read set's
missed ties (an opinion column naming a gang's two factions)."""

from __future__ import annotations

from support.extraction import ties


def test_las_dos_facciones_del_grupo_then_their_names() -> None:
    got = ties("Lima, 3 de marzo de 2026\n\nDurante años, la banda Los Pumas y las dos facciones del Cártel del "
               "Norte, Los Tejones y Los Zorros, se disputaron el puerto.\n")
    assert any(s.endswith("Tejones") and t == "member_of" and o.endswith("Cártel del Norte") for s, t, o in got)
    assert any(s.endswith("Zorros") and t == "member_of" and o.endswith("Cártel del Norte") for s, t, o in got)


def test_the_cartels_two_factions_then_their_names() -> None:
    got = ties("Lima, 3 de marzo de 2026\n\nThe Norte Cartel's two factions, Los Tejones and Los Zorros, fought "
               "for the port all year.\n")
    assert any(s.endswith("Tejones") and t == "member_of" and "Norte" in o for s, t, o in got)
    assert any(s.endswith("Zorros") and t == "member_of" and "Norte" in o for s, t, o in got)
