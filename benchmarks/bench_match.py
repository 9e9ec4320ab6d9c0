"""Measure reference-list matching at sanctions-list scale.

Builds a synthetic list of 1,000,000 entries (persons with Spanish-style
double surnames and organisations), indexes it, runs 1,000 queries (half
are listed names written the way a news report would — given name plus
first surname, accents added — half are unlisted names) and prints the
build time, the query time, the total and the peak resident memory.

Run: PYTHONPATH=src python benchmarks/bench_match.py [--entries N] [--queries N]
Targets: index build plus queries under 30 s, peak memory under 2 GB, on the
project's 2-core machine. Generating the synthetic list is timed apart: it
is the benchmark's own cost, not the matcher's.
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import time

from nexos.refs.load import RefEntry
from nexos.refs.match import build_index

GIVEN = (
    "Nicolas Jose Maria Juan Luis Carlos Jorge Miguel Angel Pedro Diego Andres Ivan Rafael Hugo Oscar "
    "Fernando Alejandro Ricardo Manuel Antonio Francisco Javier Sergio Pablo Daniel Alberto Eduardo Raul "
    "Ana Lucia Carmen Rosa Elena Isabel Sofia Laura Marta Paula Teresa Beatriz Gloria Patricia Diana "
    "John James Robert Michael William David Richard Thomas Mary Linda Susan Karen Nancy Ahmed Omar Ali"
).split()
SYLLABLES = (
    "ma ro del ga mar quez lo pe rez gon za les ro dri guez her nan dez car ta ve ra men do za "
    "sal az ri vas or te ga mo ra les cas ti llo val de bar ri en tos fu en tes a ce ve do li na "
    "ber mu dez ca bel lo ron don tor res var gas ja ra mi llo os pi na qui ro ga"
).split()
ORG_WORDS = (
    "Grupo Comercial Inversiones Transportes Servicios Frente Movimiento Bloque Cartel Banco Compania "
    "Holding Trading Group Shipping Logistics Import Export Industrial Agricola Minera Petroleos Nacional "
    "Internacional Union Alianza Fuerzas Armadas Revolucionarias Ejercito Liberacion Popular Norte Sur"
).split()
ACCENTS = str.maketrans({"a": "á", "e": "é", "i": "í", "o": "ó", "u": "ú"})


_POOL: list[str] = []


def surname(rng: random.Random) -> str:
    """One of 40,000 syllable-built surnames (a vocabulary as varied as a real list's)."""
    if not _POOL:
        seeded = random.Random(0)
        _POOL.extend(
            "".join(seeded.choice(SYLLABLES) for _ in range(seeded.randint(2, 3))).upper()
            for _ in range(40_000)
        )
    return rng.choice(_POOL)


def make_entry(rng: random.Random, idx: int) -> RefEntry:
    if rng.random() < 0.65:
        given = " ".join(rng.sample(GIVEN, rng.randint(1, 2)))
        name = f"{surname(rng)} {surname(rng)}, {given}"
        aliases = [f"{surname(rng)}, {rng.choice(GIVEN)}"] if rng.random() < 0.2 else []
        return RefEntry(str(idx), "synthetic", name, aliases, "person", ["CO"] if idx % 3 else ["VE"])
    words = rng.sample(ORG_WORDS, rng.randint(1, 2)) + [surname(rng) for _ in range(rng.randint(1, 2))]
    return RefEntry(str(idx), "synthetic", " ".join(words).upper(), [], "organization")


def news_form(entry: RefEntry, rng: random.Random) -> str:
    """How a report would write a listed name: "Given FirstSurname", accented."""
    if entry.type != "person":
        return entry.name.title()
    surnames, given = entry.name.split(", ")
    text = f"{given.split()[0]} {surnames.split()[0].title()}"
    return text.translate(ACCENTS) if rng.random() < 0.5 else text


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--entries", type=int, default=1_000_000)
    parser.add_argument("--queries", type=int, default=1_000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    rng = random.Random(args.seed)

    start = time.perf_counter()
    entries = [make_entry(rng, i) for i in range(args.entries)]
    generated = time.perf_counter()
    index = build_index(entries)
    built = time.perf_counter()

    listed = rng.sample(entries, args.queries // 2)
    queries = [(news_form(e, rng), e.type, e.id) for e in listed]
    queries += [(make_entry(rng, -1).name, "person", None) for _ in range(args.queries - len(queries))]
    found = 0
    for text, kind, expected in queries:
        results = index.match(text, kind)
        if expected is not None and any(m.entry.id == expected for m in results):
            found += 1
    done = time.perf_counter()

    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"entries            {args.entries:>12,}")
    print(f"index keys         {len(index.postings):>12,}")
    print(f"generate (s)       {generated - start:>12.2f}")
    print(f"build index (s)    {built - generated:>12.2f}")
    print(
        f"{args.queries} queries (s) {done - built:>12.2f}  ({1000 * (done - built) / args.queries:.2f} ms each)"
    )
    print(f"total build+query  {done - generated:>12.2f}  (the target: under 30 s)")
    print(f"wall incl. data    {done - start:>12.2f}")
    print(f"listed names found {found:>12} / {len(listed)}")
    print(f"peak RSS (MiB)     {peak_kib / 1024:>12.0f}")
    sys.exit(0)


if __name__ == "__main__":
    main()
