"""The ``nexos`` command: parse options, call the library, print.

Data goes to stdout, logs and progress to stderr. A ``NexosError`` is
printed once without a traceback (``--debug`` shows it) and exits 1.
"""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import click

from nexos import __version__
from nexos.config import Settings
from nexos.errors import NexosError

log = logging.getLogger("nexos")


class Ctx:
    def __init__(self, db: str | None, quiet: bool, debug: bool) -> None:
        self.settings = Settings.load(db=db)
        self.quiet = quiet
        self.debug = debug

    def store(self) -> Any:
        from nexos.store import Store

        return Store(self.settings.db)


def _setup_logging(quiet: bool, debug: bool) -> None:
    level = logging.DEBUG if debug else (logging.ERROR if quiet else logging.WARNING)
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr)
    if not debug:
        # a damaged file is already reported once, in the summary; the readers' own chatter adds nothing
        for noisy in ("pypdf", "charset_normalizer"):
            logging.getLogger(noisy).setLevel(logging.ERROR)


@contextmanager
def _progress(ctx: Ctx, total: int, label: str) -> Iterator[Callable[[str], None]]:
    """A rich progress bar on stderr, only when stderr is a terminal and not --quiet."""
    if ctx.quiet or not sys.stderr.isatty() or total < 2:
        yield lambda _item: None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    with Progress(TextColumn(label), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                  TextColumn("{task.description}"), console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("", total=total)
        first = [True]

        def step(item: str) -> None:
            if not first[0]:
                bar.advance(task)
            first[0] = False
            bar.update(task, description=Path(item).name)

        yield step
        bar.advance(task)


class NexosGroup(click.Group):
    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except NexosError as exc:
            debug = bool(ctx.params.get("debug"))
            if debug:
                raise
            click.echo(f"nexos: {exc}", err=True)
            sys.exit(1)


@click.group(cls=NexosGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--db", envvar="NEXOS_DB", help="Database file or SQLAlchemy URL [env NEXOS_DB; default ./nexos.db].")
@click.option("--quiet", "-q", is_flag=True, help="Print only errors and the data asked for.")
@click.option("--debug", is_flag=True, help="Show debug logs and full tracebacks.")
@click.version_option(__version__, prog_name="nexos")
@click.pass_context
def main(ctx: click.Context, db: str | None, quiet: bool, debug: bool) -> None:
    """nexos: sourced, auditable models of what reports on organised crime and politics assert."""
    _setup_logging(quiet, debug)
    ctx.obj = Ctx(db, quiet, debug)


def _db_option(f: Callable[..., Any]) -> Callable[..., Any]:
    """Let --db also stand after the command name (`nexos analyze x --db f`)."""

    def cb(ctx: click.Context, _p: click.Parameter, value: str | None) -> None:
        obj = ctx.find_object(Ctx)
        if value and obj is not None:
            obj.settings.db = value

    return click.option("--db", expose_value=False, callback=cb, help="Database file or URL.")(f)


def _max_size(ctx: click.Context, _p: click.Parameter, value: int | None) -> None:
    obj = ctx.find_object(Ctx)
    if value and obj is not None:
        obj.settings.max_bytes = value * 1024 * 1024


def _jobs(ctx: click.Context, _p: click.Parameter, value: int | None) -> None:
    obj = ctx.find_object(Ctx)
    if value is not None and obj is not None:
        obj.settings.jobs = value


def _print_summary(ctx: Ctx, summary: Any, as_json: bool) -> None:
    data = summary.as_dict()
    if as_json:
        click.echo(json.dumps(data, ensure_ascii=False, indent=1))
    elif not ctx.quiet:
        click.echo(
            f"documents: {data['documents']} new, {data['already_ingested']} already ingested\n"
            f"entities: {data['entities']}  relations: {data['relations']}  events: {data['events']}  "
            f"claims: {data['claims']}\nproblems: {len(data['problems'])}"
        )
        for p in data["problems"]:
            click.echo(f"  skipped {p['path']}: {p['reason']}")


def _run(ctx: Ctx, paths: tuple[str, ...], as_json: bool, extract: bool) -> Any:
    from nexos.ingest import iter_paths
    from nexos.pipeline import analyze

    store = ctx.store()
    files = list(iter_paths(paths))
    with _progress(ctx, len(files), "analyzing" if extract else "ingesting") as step:
        summary = analyze(files, store, ctx.settings.max_bytes, progress=step, run_extract=extract,
                          jobs=ctx.settings.jobs if extract else 1)
    for doc_id in summary.existing:
        log.info("already ingested: %s", doc_id)
    _print_summary(ctx, summary, as_json)
    return store, summary


_paths_arg = click.argument("paths", nargs=-1, required=True, type=click.Path(allow_dash=True))
_max_size_opt = click.option("--max-size", type=int, expose_value=False, callback=_max_size,
                             help="Refuse files over this many MB (default 50).")
_json_opt = click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")


@main.command()
@_paths_arg
@_db_option
@_max_size_opt
@_json_opt
@click.pass_obj
def ingest(ctx: Ctx, paths: tuple[str, ...], as_json: bool) -> None:
    """Read documents (files, folders, or - for stdin) into the workspace without extracting.

    Re-ingesting the same bytes is a no-op that says so. Exits 1 if any file failed.
    """
    _store, summary = _run(ctx, paths, as_json, extract=False)
    if summary.existing and not ctx.quiet and not as_json:
        click.echo(f"already ingested (same bytes): {', '.join(summary.existing)}")
    sys.exit(1 if summary.problems else 0)


@main.command()
@_paths_arg
@_db_option
@_max_size_opt
@_json_opt
@click.option("--report", "report_path", type=click.Path(), default=None,
              help="Where to write the HTML report (default nexos-report.html; '' for none).")
@click.option("--jobs", "-j", type=click.IntRange(min=0), expose_value=False, callback=_jobs,
              help="Processes that read and extract documents (default 1; 0: one per CPU). "
                   "The workspace comes out the same whatever the number.")
@click.pass_obj
def analyze(ctx: Ctx, paths: tuple[str, ...], as_json: bool, report_path: str | None) -> None:
    """The main job: ingest documents and extract, resolve, assess and store what they assert."""
    store, summary = _run(ctx, paths, as_json, extract=True)
    target = ctx.settings.report if report_path is None else report_path
    if target:
        from nexos.report import write_report

        if store.counts()["documents"]:
            write_report(store, target)
            if not ctx.quiet and not as_json:
                click.echo(f"report: {target}")
    sys.exit(1 if summary.problems else 0)


@main.command()
@_db_option
@click.option("--format", "fmt", type=click.Choice(["json", "csv", "ftm", "stix", "gexf", "graphml", "neo4j"]),
              default="json", show_default=True, help="Output format.")
@click.option("-o", "--output", required=True, type=click.Path(allow_dash=True),
              help="Output file (or folder for csv/neo4j; csv also takes a .zip path); - for stdout.")
@click.option("--with-text", is_flag=True, help="json: include each document's extracted text.")
@click.pass_obj
def export(ctx: Ctx, fmt: str, output: str, with_text: bool) -> None:
    """Write the workspace in the native JSON format or a format other tools read."""
    from nexos.export import export_to

    n = export_to(ctx.store(), fmt, output, with_text=with_text)
    if not ctx.quiet and output != "-":
        click.echo(f"wrote {output} ({fmt}, {n} records)", err=True)


@main.command()
@_db_option
@_json_opt
@click.pass_obj
def stats(ctx: Ctx, as_json: bool) -> None:
    """Count what the workspace holds."""
    counts = ctx.store().counts()
    if as_json:
        click.echo(json.dumps(counts))
    else:
        for k, v in counts.items():
            click.echo(f"{k:>10}: {v}")


@main.command()
@_db_option
@click.option("--type", "type_", help="Only entities of this type.")
@_json_opt
@click.pass_obj
def entities(ctx: Ctx, type_: str | None, as_json: bool) -> None:
    """List entities with their type, aliases and mention counts."""
    from nexos.export.native import build_export

    ents = [e for e in build_export(ctx.store())["entities"] if not type_ or e["type"] == type_]
    if as_json:
        click.echo(json.dumps([{k: e[k] for k in ("id", "name", "type", "aliases")} | {"mentions": len(e["mentions"])}
                               for e in ents], ensure_ascii=False, indent=1))
        return
    for e in sorted(ents, key=lambda e: -len(e["mentions"])):
        aliases = f"  ({', '.join(e['aliases'][:4])})" if e["aliases"] else ""
        click.echo(f"{e['id']}  {e['type']:<17} {len(e['mentions']):>3}  {e['name']}{aliases}")


@main.command()
@_db_option
@click.argument("entity")
@click.argument("into")
@click.option("--reason", default="", help="Why these are the same actor.")
@click.pass_obj
def merge(ctx: Ctx, entity: str, into: str, reason: str) -> None:
    """Merge ENTITY into INTO (recorded; undo with `nexos unmerge ENTITY`)."""
    mid = ctx.store().merge(entity, into, reason=reason, actor=ctx.settings.actor)
    click.echo(f"merge {mid}: {entity} → {into}")


@main.command()
@_db_option
@click.argument("entity")
@click.pass_obj
def unmerge(ctx: Ctx, entity: str) -> None:
    """Undo the latest merge of ENTITY."""
    mid = ctx.store().unmerge(entity, actor=ctx.settings.actor)
    click.echo(f"undid merge {mid}: {entity} stands alone again")


@main.group()
def source() -> None:
    """Publishers and their reliability (Admiralty A–F)."""


@source.command("rate")
@_db_option
@click.argument("publisher")
@click.argument("reliability", type=click.Choice(list("ABCDEF")))
@click.option("--note", help="Why this rating.")
@click.pass_obj
def source_rate(ctx: Ctx, publisher: str, reliability: str, note: str | None) -> None:
    """Set PUBLISHER's source reliability (A completely reliable … F cannot be judged)."""
    store = ctx.store()
    store.rate_publisher(publisher, reliability, note, actor=ctx.settings.actor)
    from nexos import assess

    assess.assess_corpus(store)
    click.echo(f"{publisher}: reliability {reliability}; grades updated")


@source.command("list")
@_db_option
@click.pass_obj
def source_list(ctx: Ctx) -> None:
    """List rated publishers."""
    for name, r in sorted(ctx.store().publisher_ratings().items()):
        click.echo(f"{r}  {name}")


@main.command()
@_db_option
@click.argument("document", required=False)
@_json_opt
@click.pass_obj
def audit(ctx: Ctx, document: str | None, as_json: bool) -> None:
    """Source audit per document: citations, sources, anonymous sourcing, quotes, loaded language."""
    from nexos.assess.audit import audit_documents, format_audit

    audits = audit_documents(ctx.store(), document)
    if as_json:
        click.echo(json.dumps(audits, ensure_ascii=False, indent=1))
    else:
        click.echo("\n\n".join(format_audit(a) for a in audits))


def _register_extras() -> None:
    """Commands that live beside their library code (analysis, report, web, refs) join the group here."""
    import importlib

    for mod in ("nexos.analysis.commands", "nexos.report.commands", "nexos.web.commands", "nexos.refs.commands"):
        try:
            importlib.import_module(mod)
        except ImportError as exc:  # an optional part that is missing or not installed
            log.debug("commands of %s unavailable: %s", mod, exc)


_register_extras()


if __name__ == "__main__":  # pragma: no cover
    main()
