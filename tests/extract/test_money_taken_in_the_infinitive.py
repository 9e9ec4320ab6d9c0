"""Money taken written in the Spanish infinitive ('acusó al concejal X de recibir dinero del Clan del Golfo', 'fue
acusado de haber recibido sobornos de Los Rastrojos') says who funds whom, as the finite forms and English do."""

from __future__ import annotations

from support.extraction import ties


def test_acusado_de_recibir_dinero_de() -> None:
    got = ties("Quibdó, 14 de julio de 2026\n\nLa Fiscalía acusó al concejal Luis Mora de recibir dinero del Clan "
               "del Golfo.\n")
    assert ("Clan del Golfo", "funds", "Luis Mora") in got


def test_acusado_de_haber_recibido_sobornos_de() -> None:
    got = ties("Cali, 14 de julio de 2026\n\nEl alcalde Juan Gil fue acusado de haber recibido sobornos de Los "
               "Rastrojos.\n")
    assert ("Los Rastrojos", "funds", "Juan Gil") in got
