"""'La banda', 'the gang' long after the one gang a chronicle names still mean that gang, and the tie its sentence
states is that gang's."""

from __future__ import annotations

from support.extraction import resolved, ties

FILLER_ES = ("El río baja crecido en esta época y las lanchas cruzan cargadas de plátano, de gasolina y de gente. "
             "Los niños van a la escuela en la orilla de enfrente y vuelven al mediodía por la misma trocha de barro. "
             "La iglesia abre los domingos, cuando sube el cura desde la cabecera con su mula y su radio de pilas.")
FILLER_EN = ("The river runs high at this time of year and the boats cross loaded with plantains, fuel and people. "
             "Children go to school on the far bank and come back at noon along the same muddy track. "
             "The church opens on Sundays, when the priest rides up from the county seat with his mule and his radio.")

CRONICA = ("En Puerto Chamizo todos saben quién cobra. Los Garzones llegaron hace tres años.\n\n"
           + " ".join([FILLER_ES] * 3) + "\n\nLa semana pasada, el Ejército capturó a un hombre señalado como tesorero de la banda, "
           "y la banda respondió quemando dos lanchas.\n")

CHRONICLE = ("In Puerto Chamizo everybody knows who collects: Los Garzones, who arrived three years ago.\n\n"
             + " ".join([FILLER_EN] * 4) + "\n\nLast week the gang paid the police commander Iván Robledo to look away.\n")


def test_la_banda_far_after_the_one_gang_named_is_that_gang():
    assert set(resolved(CRONICA).get("la banda", [])) == {"Garzones"}


def test_the_gang_far_after_the_one_gang_named_takes_part_in_its_sentence_s_tie():
    assert resolved(CHRONICLE).get("the gang") == ["Garzones"]
    assert any("Garzones" in a and "Robledo" in b or "Robledo" in a and "Garzones" in b for a, _t, b in ties(CHRONICLE))


def test_a_generic_organisation_word_far_away_is_not_forced_onto_the_gang():
    text = ("Los Garzones cobran en Puerto Chamizo.\n\n" + " ".join([FILLER_ES] * 3)
            + "\n\nLa organización Manos Unidas pidió ayuda. La organización también denunció amenazas.\n")
    assert "Garzones" not in resolved(text).get("La organización", [])
