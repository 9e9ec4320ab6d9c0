"""`nexos report`: write the briefing for the workspace."""

from __future__ import annotations

import click

from nexos.cli import Ctx, _db_option, main


@main.command()
@_db_option
@click.option("-o", "--output", type=click.Path(dir_okay=False),
              help="Where to write it (default nexos-report.html, or .pdf with --format pdf).")
@click.option("--format", "fmt", type=click.Choice(["html", "pdf"]), default=None,
              help="html (default) or pdf (needs headless Chromium); guessed from a .pdf output name.")
@click.pass_obj
def report(ctx: Ctx, output: str | None, fmt: str | None) -> None:
    """Write the briefing: summary, actors, network picture, timeline, claims, source audit, method."""
    from nexos.errors import NexosError
    from nexos.report import write_report

    if fmt is None:
        fmt = "pdf" if output and output.lower().endswith(".pdf") else "html"
    target = output or f"nexos-report.{fmt}"
    store = ctx.store()
    if not store.counts()["documents"]:
        raise NexosError("the workspace holds no documents yet: run `nexos analyze FILES` first")
    write_report(store, target, fmt)
    if not ctx.quiet:
        click.echo(f"report: {target}", err=True)
