"""A live blog's entries open with their time ('**10:42 a.m. —** Interior Minister X said …', '10:42 a. m. — El
ministro dijo …'): the 'a.' of 'a.m.' is no interview's answer label, and the dash after the time no dialogue, so
the entry is no quote of the last person named; the words quoted inside it keep their own speakers."""

from __future__ import annotations

from nexos.extract import extract
from nexos.ingest import build_document

BLOG = ("# LIVE: Riot at Machala prison\n\n**Pacific Dispatch** | Live coverage, Tuesday, April 21, 2026\n\n"
        "*Reporting from Machala by Diego Arcentales.*\n\n"
        "**11:05 a.m. —** Interior Minister Hernán Ulloa Castro said the government \"will not negotiate with "
        "terrorists\" and blamed the riot on two gangs.\n\n"
        "**10:42 a.m. —** A video circulating on WhatsApp shows a man surrounded by masked inmates.\n\n"
        "**9:30 a.m. —** Q: Is the prison under control? Officials did not answer.\n")

BLOG_ES = ("# EN VIVO: Motín en la cárcel de Machala\n\n**Diario del Pacífico** | martes 21 de abril de 2026\n\n"
           "Informa desde Machala Diego Arcentales.\n\n"
           "11:05 a. m. — El ministro del Interior, Hernán Ulloa Castro, dijo que el Gobierno \"no negociará con "
           "terroristas\".\n\n10:42 a. m. — Un video que circula en WhatsApp muestra a un hombre rodeado de presos.\n")


def _quotes(text: str, name: str) -> list[tuple[str, str | None]]:
    ex = extract(build_document(text.encode("utf-8"), name))
    names = {e.key: e.name for e in ex.entities}
    return [(c.quote, names.get(c.speaker) if c.speaker else None) for c in ex.claims if c.quote]


def test_a_live_blogs_times_open_no_answers_and_no_dialogue() -> None:
    for text, name in ((BLOG, "blog.md"), (BLOG_ES, "blog_es.txt")):
        got = _quotes(text, name)
        assert not [q for q, _ in got if q.startswith(("m.", "—", "A video", "Un video"))], got
        assert ("will not negotiate with terrorists" if name == "blog.md" else "no negociará con terroristas",
                "Hernán Ulloa Castro") in got
