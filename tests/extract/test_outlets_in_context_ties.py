"""An outlet is named for what it reports or where it was seen: the context model ties no outlet to the
actors of the story, however often it is named."""

from __future__ import annotations

from support.extraction import ties

EN = ("VERIFICA PACÍFICO | Fact check\nPublished March 3, 2026\n\n"
      "A post shared on Facebook claims that Senator Laura Brandt met the leader of the Tiburones del Sur gang in "
      "Tijuana.\n\n"
      "Verifica Pacífico found no record of such a meeting. Laura Brandt's office told Verifica Pacífico the photo "
      "was edited.\n\n"
      "The Tiburones del Sur have controlled the port of Ensenada since 2021, according to prosecutors.\n\n"
      "Verifica Pacífico asked the state police for comment.\n")

ES = ("VERIFICA PACÍFICO | Verificación\nPublicado el 3 de marzo de 2026\n\n"
      "Una publicación de Facebook asegura que la senadora Laura Brandt se reunió con el jefe de la banda Los "
      "Tiburones del Sur en Tijuana.\n\n"
      "Verifica Pacífico no encontró registro de esa reunión. La oficina de Laura Brandt dijo a Verifica Pacífico "
      "que la foto fue editada.\n\n"
      "Los Tiburones del Sur controlan el puerto de Ensenada desde 2021, según la Fiscalía.\n\n"
      "Verifica Pacífico pidió comentarios a la policía estatal.\n")


def _tied_to(got: set[tuple[str, str, str]], name: str) -> set[str]:
    return {t if s == name else s for s, _typ, t in got if name in (s, t)}


def test_the_fact_checker_is_tied_to_no_actor_of_the_story_en() -> None:
    assert not _tied_to(ties(EN), "Verifica Pacífico")


def test_the_fact_checker_is_tied_to_no_actor_of_the_story_es() -> None:
    assert not _tied_to(ties(ES), "Verifica Pacífico")
