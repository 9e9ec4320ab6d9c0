"""The words of a published text ('The post claims that X "…"', 'Según el texto que lo acompaña, X es «…»') are
its publisher's, the page or account that posted it before, not those of whom the text names; and a page the
text calls by a name holding a listed party's short name is that page."""

from __future__ import annotations

from support.extraction import extracted, quotes, said

FACT_CHECK_EN = (
    "FACT CHECK: Did Mayor Ana Ruiz take cartel money?\n\nPublished 6 May 2025\n\n"
    "A Facebook page called Patria Libre posted a video on 3 May that has been shared 40,000 times.\n\n"
    "The post claims that Mayor Ana Ruiz \"took money from the cartel\".\n\n"
    "The video shows a man handing over an envelope. According to the caption, Ruiz is \"the narco-mayor of the "
    "coast\".\n\nVERDICT: FALSE. The man in the video is not Ruiz's deputy.\n"
)
FACT_CHECK_ES = (
    "VERIFICACIÓN: ¿Recibió dinero del cartel la alcaldesa Ana Ruiz?\n\nPublicado el 6 de mayo de 2025\n\n"
    "Una página de Facebook llamada Patria Libre publicó el 3 de mayo un video que ha sido compartido 40.000 veces.\n\n"
    "La publicación asegura que la alcaldesa Ana Ruiz «recibió dinero del cartel».\n\n"
    "El video muestra a un hombre que entrega un sobre. Según el texto que lo acompaña, Ruiz es «la narcoalcaldesa "
    "de la costa».\n\nVEREDICTO: FALSO. El hombre del video no es el adjunto de Ruiz.\n"
)


def test_a_published_texts_words_are_its_publishers() -> None:
    got = quotes(FACT_CHECK_EN)
    assert said(got, "took money") == "Patria Libre" and said(got, "narco-mayor") == "Patria Libre"
    got = quotes(FACT_CHECK_ES)
    assert said(got, "recibió dinero") == "Patria Libre" and said(got, "narcoalcaldesa") == "Patria Libre"


def test_a_page_called_by_a_name_that_holds_a_listed_short_name_is_the_page() -> None:
    names = {e.name for e in extracted(FACT_CHECK_ES).entities}
    assert "Patria Libre" in names and "Libre" not in names
