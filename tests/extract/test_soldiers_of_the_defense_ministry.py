"""Where a text names no army but the ministry that commands the soldiers, what 'soldiers' / 'los soldados' do, that
ministry takes part in."""

from __future__ import annotations

from support.extraction import dated_events

LAB_EN = (
    "Soldiers dismantle drug lab in the hills of Nayarit\n\n"
    "TEPIC, Mexico, March 12, 2026\n\n"
    "The Ministry of National Defense reported on Wednesday a blow against synthetic drug production in the state.\n\n"
    "On Tuesday, soldiers dismantled a laboratory of the Cartel del Pacífico Sur and seized 40 rifles in the hills "
    "east of Tepic.\n"
)

LAB_ES = (
    "Desmantelan narcolaboratorio en la sierra de Nayarit\n\n"
    "Tepic, 12 de marzo de 2026\n\n"
    "El Ministerio de Defensa Nacional informó el miércoles de un golpe a la producción de drogas sintéticas en el "
    "estado.\n\n"
    "El martes, los soldados desmantelaron un laboratorio del Cártel del Pacífico Sur y aseguraron cuarenta fusiles "
    "en la sierra al este de Tepic.\n"
)


def _on(text: str, date: str) -> list[list[str]]:
    return [names for d, names in dated_events(text) if d == date]


def test_soldiers_act_for_the_defense_ministry_where_no_army_is_named():
    assert any(any("Defen" in n for n in names) for names in _on(LAB_EN, "2026-03-10")), dated_events(LAB_EN)
    assert any(any("Defensa" in n for n in names) for names in _on(LAB_ES, "2026-03-10")), dated_events(LAB_ES)
