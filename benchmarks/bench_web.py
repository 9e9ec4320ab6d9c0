"""How fast the web app answers on a large workspace.

Builds a synthetic store (10,000 documents, 10,000 actors, about 20,000
ties) through the ordinary Store API, then times, through the app in
process:

* the entity page and its 2-hop neighbourhood (target < 200 ms together),
* a search over the 10,000 documents, claims and names (target < 100 ms).

The first request builds the app's index once; it is reported apart
("cold"), the targets are for requests after it.

    python benchmarks/bench_web.py [--docs 10000] [--entities 10000] [--db PATH]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
import warnings
from pathlib import Path

from nexos.model import Claim, Document, Entity, Extraction, Relation, Span
from nexos.store import Store

WORDS = ("ejército", "policía", "frontera", "cocaína", "extorsión", "alianza", "puerto", "fiscalía", "guerrilla",
         "cartel", "detención", "región", "minería", "corredor", "acusación", "operación", "sanción", "elección")
RELATIONS = ("allied_with", "associated_with", "operates_in", "opposes", "funds", "member_of")
TYPES = ("person", "criminal_group", "armed_group", "government_body", "location")


def _doc(i: int, rng: random.Random, n_entities: int) -> tuple[Extraction, dict[str, str]]:
    # The first actor walks through the whole pool, so every one of the n_entities is named somewhere.
    actors = [i % n_entities]
    while len(actors) < 3:
        a = rng.randrange(n_entities)
        if a not in actors:
            actors.append(a)
    names = [f"Actor {a:05d}" for a in actors]
    words = " ".join(rng.choice(WORDS) for _ in range(40))
    first = f"{names[0]} y {names[1]} mantienen una alianza en la región, según {names[2]}."
    text = f"Informe {i}\n\n{first} {words}."
    did = f"{i:016x}"
    doc = Document(id=did, sha256=f"{i:064x}", text=text, title=f"Informe {i}", language="es",
                   sentences=[(0, len(f"Informe {i}")), (len(f"Informe {i}") + 2, len(text))])
    ents, ids = [], {}
    for a, name in zip(actors, names, strict=True):
        start = text.index(name)
        ents.append(Entity(key=f"k{a}", name=name, type=TYPES[a % len(TYPES)],
                           mentions=[Span(did, start, start + len(name), name)]))
        ids[f"k{a}"] = f"ent_{a:05d}"
    s = len(f"Informe {i}") + 2
    claim = Claim(key=f"{did}:c1", document=did, start=s, end=s + len(first), text=first, kind="relation",
                  entities=[f"k{a}" for a in actors])
    rels = [Relation(key=f"{did}:r{j}", type=rng.choice(RELATIONS), source=f"k{actors[j]}",
                     target=f"k{actors[j + 1]}", evidence=[Span(did, s, s + len(first), first)],
                     claims=[claim.key]) for j in range(2)]
    return Extraction(document=doc, entities=ents, relations=rels, claims=[claim]), ids


def build(path: Path, n_docs: int, n_entities: int, seed: int = 7) -> Store:
    store = Store(str(path))
    if store.counts()["documents"] >= n_docs:
        return store
    rng = random.Random(seed)
    started = time.perf_counter()
    for i in range(n_docs):
        ex, ids = _doc(i, rng, n_entities)
        store.save_extraction(ex, ids)
    print(f"built {n_docs} documents in {time.perf_counter() - started:.1f}s", file=sys.stderr)
    return store


def _time(fn, runs: int) -> list[float]:  # noqa: ANN001
    out = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        out.append((time.perf_counter() - t) * 1000)
    return out


def _report(label: str, ms: list[float], target: float) -> bool:
    med, p95 = statistics.median(ms), sorted(ms)[int(len(ms) * 0.95) - 1]
    ok = p95 < target
    print(f"{label:<44} median {med:7.1f} ms   p95 {p95:7.1f} ms   target < {target:.0f} ms  {'OK' if ok else 'SLOW'}")
    return ok


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=10_000)
    ap.add_argument("--entities", type=int, default=10_000)
    ap.add_argument("--runs", type=int, default=40)
    ap.add_argument("--db", type=Path, default=None)
    args = ap.parse_args()
    warnings.filterwarnings("ignore")
    from fastapi.testclient import TestClient

    from nexos.web.app import create_app

    path = args.db or Path(tempfile.mkdtemp(prefix="nexos-bench-")) / "bench.db"
    store = build(path, args.docs, args.entities)
    counts = store.counts()
    print(f"workspace: {counts['documents']} documents, {counts['entities']} entities, "
          f"{counts['relations']} relations, {counts['claims']} claims")
    client = TestClient(create_app(store, upload_folder=path.parent / "uploads"), base_url="http://127.0.0.1")
    rng = random.Random(1)
    t = time.perf_counter()
    client.get("/api/stats").raise_for_status()
    print(f"{'cold start (index build, once)':<44} {1000 * (time.perf_counter() - t):7.1f} ms")

    def entity_and_hood() -> None:
        eid = f"ent_{rng.randrange(args.entities):05d}"
        client.get(f"/api/entities/{eid}").raise_for_status()
        hood = client.get(f"/api/entities/{eid}/neighbourhood?hops=2")
        hood.raise_for_status()

    def one_search() -> None:
        q = rng.choice(WORDS).replace("í", "i").replace("ó", "o").replace("é", "e")  # unaccented, as people type
        client.get(f"/api/search?q={q}&limit=20").raise_for_status()

    def name_search() -> None:
        client.get(f"/api/search?q=actor {rng.randrange(args.entities):05d}&kind=entity").raise_for_status()

    ok = _report("entity page + 2-hop neighbourhood (API)", _time(entity_and_hood, args.runs), 200)
    ok &= _report("search over documents/claims/names (API)", _time(one_search, args.runs), 100)
    ok &= _report("search an entity name (API)", _time(name_search, args.runs), 100)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
