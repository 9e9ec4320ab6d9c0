"""Regenerate src/nexos/assess/lexicon/evaluative_en.tsv from TextBlob's subjectivity lexicon.

Dev-only. The source is ``textblob/en/en-sentiment.xml`` (Tom De Smedt and
Walter Daelemans' Pattern lexicon, public domain under the PDDL), shipped in
the ``textblob`` wheel; nexos never reads it at run time. Pass the XML file
or the wheel:

    pip download --no-deps textblob -d /tmp/tb
    python scripts/derive_evaluative_lexicon.py /tmp/tb/textblob-*.whl

Kept: single words tagged adjective or noun whose senses average a
polarity of -0.5 or lower and a subjectivity of 0.75 or higher, i.e.
strongly negative words that express an opinion rather than describe.
Which of them count as loaded is decided at run time by the thresholds and
the exclusion list in ``loaded_en.yaml`` (``evaluative:``).
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
import zipfile
from collections import defaultdict
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "src" / "nexos" / "assess" / "lexicon" / "evaluative_en.tsv"
MAX_POLARITY, MIN_SUBJECTIVITY = -0.5, 0.75
HEADER = """\
# Strongly negative, highly subjective English adjectives and nouns.
# Derived by scripts/derive_evaluative_lexicon.py from the Pattern/TextBlob
# subjectivity lexicon (en-sentiment.xml, Tom De Smedt and Walter Daelemans,
# public domain under the Open Data Commons PDDL). Columns: word, part of
# speech (Penn tag), mean polarity (-1..1), mean subjectivity (0..1).
"""


def read_xml(path: Path) -> bytes:
    if path.suffix == ".whl":
        with zipfile.ZipFile(path) as zf:
            return zf.read("textblob/en/en-sentiment.xml")
    return path.read_bytes()


def main(path: str) -> None:
    senses: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    for word in ET.fromstring(read_xml(Path(path))):
        form, pos = (word.get("form") or "").lower(), word.get("pos") or ""
        if " " in form or not form.replace("-", "").isalpha() or not pos.startswith(("JJ", "NN")):
            continue
        senses[(form, pos)].append((float(word.get("polarity")), float(word.get("subjectivity"))))
    rows = []
    for (form, pos), vals in sorted(senses.items()):
        pol = sum(p for p, _ in vals) / len(vals)
        subj = sum(s for _, s in vals) / len(vals)
        if pol <= MAX_POLARITY and subj >= MIN_SUBJECTIVITY:
            rows.append(f"{form}\t{pos}\t{pol:.2f}\t{subj:.2f}\n")
    OUT.write_text(HEADER + "".join(rows), encoding="utf-8")
    print(f"wrote {len(rows)} words to {OUT}")


if __name__ == "__main__":
    main(sys.argv[1])
