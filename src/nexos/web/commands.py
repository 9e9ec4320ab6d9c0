"""``nexos serve``: the web app over one workspace (registered on the main CLI group)."""

from __future__ import annotations

import os
import sys

import click

from nexos.cli import Ctx, _db_option, main
from nexos.web.uploads import DEFAULT_MAX_UPLOAD


@main.command()
@_db_option
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on. Anything but loopback needs --token.")
@click.option("--port", default=8765, show_default=True, type=int, help="Port to listen on.")
@click.option("--token", envvar="NEXOS_TOKEN", default=None,
              help="Require this token on every request (Bearer header or /login) [env NEXOS_TOKEN].")
@click.option("--max-upload", type=int, default=DEFAULT_MAX_UPLOAD // (1024 * 1024), show_default=True,
              help="Largest uploaded file, in MB.")
@click.pass_obj
def serve(ctx: Ctx, host: str, port: int, token: str | None, max_upload: int) -> None:
    """Explore, check and correct the workspace in a browser (JSON API at /api, schema at /openapi.json)."""
    from nexos.web.app import run
    from nexos.web.security import check_bind

    token = token or os.environ.get("NEXOS_TOKEN") or None
    refusal = check_bind(host, token)
    if refusal:
        click.echo(f"nexos: {refusal}", err=True)
        sys.exit(2)
    where = f"[{host}]" if ":" in host else host
    url = f"http://{where}:{port}/"
    if not ctx.quiet:
        click.echo(f"nexos serving {ctx.settings.db} at {url}" + (" (token required: open /login)" if token else ""),
                   err=True)
    run(ctx.settings.db, host, port, token, actor=ctx.settings.actor, max_upload=max_upload * 1024 * 1024)
