"""Time the small components that run once per analysis or per document.

Prints, one line each: knowledge-base load time (cold, then cached), the
sentence segmenter's words per minute on a mixed English/Spanish text, the
loaded-language matcher's words per second, and (when ../shared holds the
OFAC snapshot) how long the full SDN list takes to load into a workspace.
These used to be assertions in the test suite; a timing is a measurement,
not a test, so it lives here and prints figures.

Run: PYTHONPATH=src python benchmarks/bench_components.py
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from nexos.assess.language import find_loaded_terms
from nexos.ingest.segment import segment
from nexos.knowledge import load_kb
from nexos.knowledge.kb import _load_cached

SDN = Path(__file__).resolve().parents[2] / "shared" / "data" / "ofac" / "sdn.csv"


def _kb() -> None:
    _load_cached.cache_clear()
    t0 = time.perf_counter()
    load_kb()
    cold = time.perf_counter() - t0
    t0 = time.perf_counter()
    load_kb()
    warm = time.perf_counter() - t0
    print(f"knowledge base: {len(load_kb())} entries, cold load {cold:.3f} s, cached {warm * 1e6:.0f} µs")


def _segmenter() -> None:
    unit = ("Gen. Ruiz met the U.S. envoy on May 3. Growth was 3.5 percent, officials said. "
            "¿Qué pasó? Nadie sabe.\n\n")
    text = unit * 6000
    words = len(text.split())
    t0 = time.perf_counter()
    segment(text, "en")
    elapsed = time.perf_counter() - t0
    print(f"segmenter: {words:,} words in {elapsed:.2f} s = {words / elapsed * 60:,.0f} words/min")


def _loaded() -> None:
    para = ("The regime's thugs and their narco-state cronies keep lying, the columnist wrote. "
            "Police seized 2 tonnes of cocaine in the port on Monday, the ministry said. ")
    text = para * 2000
    words = len(text.split())
    find_loaded_terms(text[:2000], "en")  # compile outside the timing
    t0 = time.perf_counter()
    find_loaded_terms(text, "en")
    elapsed = time.perf_counter() - t0
    print(f"loaded-language matcher: {words:,} words in {elapsed:.2f} s = {words / elapsed:,.0f} words/s")


def _sdn() -> None:
    if not SDN.exists():
        print("OFAC SDN load: skipped (no ../shared/data/ofac/sdn.csv)")
        return
    from nexos.refs.load import load_ofac_sdn
    from nexos.refs.store import save_entries
    from nexos.store import Store

    with tempfile.TemporaryDirectory() as tmp:
        store = Store(str(Path(tmp) / "w.db"))
        t0 = time.perf_counter()
        counts = save_entries(store, load_ofac_sdn(SDN))
        elapsed = time.perf_counter() - t0
    print(f"OFAC SDN load: {sum(counts.values()):,} entries in {elapsed:.1f} s")


def main() -> int:
    _kb()
    _segmenter()
    _loaded()
    _sdn()
    return 0


if __name__ == "__main__":
    sys.exit(main())
