"""Score nexos on a folder of documents with gold files (default: benchmarks/heldout).

For every `*.gold.json` in the folder, the document it names is analysed by
`nexos analyze` into a throwaway database; the workspace is exported as
nexos JSON and handed to the shared scorer (`nexos-score`), whose
per-document lines and summary are printed as they come.

Only the documents that have a gold file are analysed, so a README or notes
in the folder never reach the pipeline and cannot add false positives.

Run: .venv/bin/python benchmarks/eval.py [FOLDER] [--scorer PATH] [--json]
     [--keep-export FILE]

This is a measurement script, never a test: a low score is information,
not a failure, so it exits 0 whenever the scorer ran.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_FOLDER = REPO / "benchmarks" / "heldout"
DEFAULT_SCORER = "../shared/tools/nexos-score"


def parse_args(argv: list[str]) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument(
        "folder",
        nargs="?",
        default=str(DEFAULT_FOLDER),
        help="folder holding documents and their *.gold.json files",
    )
    p.add_argument(
        "--scorer",
        default=DEFAULT_SCORER,
        help="path to nexos-score; relative paths are taken from the repository root",
    )
    p.add_argument("--json", action="store_true", help="print the scorer's JSON instead of its text")
    p.add_argument("--keep-export", metavar="FILE", help="also copy the exported JSON to FILE")
    return p.parse_args(argv)


def fail(message: str) -> None:
    print(f"eval: {message}", file=sys.stderr)
    sys.exit(2)


def resolve_scorer(arg: str) -> Path:
    path = Path(arg)
    if not path.is_absolute():
        path = (REPO / path).resolve()
    if not path.is_file():
        fail(
            f"scorer not found at {path}; pass --scorer PATH to the nexos-score script "
            "(it ships in the shared folder next to the repository)"
        )
    return path


def gold_documents(folder: Path) -> tuple[list[Path], list[Path]]:
    """The gold files and the documents they name, checked to exist."""
    golds = sorted(folder.glob("*.gold.json"))
    if not golds:
        fail(f"no *.gold.json files in {folder}")
    docs: list[Path] = []
    for gold in golds:
        try:
            name = json.loads(gold.read_text(encoding="utf-8"))["document"]
        except (json.JSONDecodeError, KeyError) as exc:
            fail(f"{gold.name} is not a readable gold file ({exc})")
        doc = folder / name
        if not doc.is_file():
            fail(f"{gold.name} names {name}, which is not in {folder}")
        docs.append(doc)
    return golds, docs


def nexos_command() -> list[str]:
    # Prefer the installed entry point of the interpreter running this script,
    # so the venv the user chose is the one measured.
    script = Path(sys.executable).with_name("nexos")
    if script.is_file():
        return [str(script)]
    return [sys.executable, "-c", "import sys; from nexos.cli import main; sys.exit(main())"]


def run_nexos(args: list[str], env: dict[str, str]) -> None:
    cmd = nexos_command() + args
    proc = subprocess.run(cmd, env=env, capture_output=True, text=True)
    if proc.returncode != 0:
        sys.stderr.write(proc.stdout + proc.stderr)
        fail(f"`nexos {' '.join(args[:1])}` exited with {proc.returncode}")


def analyze_and_export(docs: list[Path], workdir: Path) -> Path:
    db = workdir / "eval.db"
    export = workdir / "export.json"
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(REPO / "src"), env.get("PYTHONPATH")) if p)
    env.pop("NEXOS_DB", None)
    run_nexos(["--quiet", "analyze", "--db", str(db), "--report", "", *map(str, docs)], env)
    run_nexos(["--quiet", "export", "--db", str(db), "--format", "json", "-o", str(export)], env)
    return export


def main(argv: list[str]) -> int:
    args = parse_args(argv)
    folder = Path(args.folder).resolve()
    if not folder.is_dir():
        fail(f"{folder} is not a folder")
    scorer = resolve_scorer(args.scorer)
    golds, docs = gold_documents(folder)
    with tempfile.TemporaryDirectory(prefix="nexos-eval-") as tmp:
        export = analyze_and_export(docs, Path(tmp))
        if args.keep_export:
            shutil.copyfile(export, args.keep_export)
        cmd = [sys.executable, str(scorer), str(export), *map(str, golds)]
        if args.json:
            cmd.append("--json")
        proc = subprocess.run(cmd, capture_output=True, text=True)
    sys.stdout.write(proc.stdout)
    if proc.returncode != 0:
        sys.stderr.write(proc.stderr)
        fail(f"scorer exited with {proc.returncode}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
