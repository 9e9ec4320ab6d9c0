"""A list of detainees whose items call their band "the structure" or "the organisation" belongs to that band,
not to the gang the text names most often (here, the one the release turns to after the list).
"""

from __future__ import annotations

from support.extraction import ties

RELEASE = (
    "La Policía Nacional desarticuló una red que traficaba armas hacia la frontera. La red, conocida en la zona como "
    "Los del Muelle, vendía fusiles a la banda Los Perros del Norte, según la investigación.\n\n"
    "Fueron detenidas las siguientes personas:\n\n"
    "1. Juan Pérez Gil, de 41 años, señalado como cabecilla de la estructura.\n"
    "2. Pedro Díaz Ruiz, de 30 años, encargado del transporte.\n\n"
    "Los Perros del Norte están vinculados a secuestros en la frontera. El vocero dijo que Los Perros del Norte "
    "compraban las armas con dinero de extorsiones, y que Los Perros del Norte pagaban en dólares.\n"
)


def test_the_listed_detainees_belong_to_the_band_their_items_refer_to() -> None:
    got = ties(RELEASE)
    assert ("Pedro Díaz Ruiz", "member_of", "Los del Muelle") in got
    assert not any(a == "Pedro Díaz Ruiz" and b == "Los Perros del Norte" and t in ("member_of", "leads")
                   for a, t, b in got)
