"""``nexos refs ...`` (reference lists) and ``nexos import`` (another workspace's export)."""

from __future__ import annotations

import json
import logging
import time
from typing import Any

import click

from nexos.cli import Ctx, _db_option, main

log = logging.getLogger(__name__)

_json_opt = click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")


@main.group()
def refs() -> None:
    """Reference lists (OFAC SDN, OpenSanctions/FtM): load them, match actors, review matches.

    Matching is never automatic: `nexos analyze` does not consult the lists.
    Run `nexos refs match` after loading a list or analysing new documents.
    A match is a lead to check, not a finding.
    """


@refs.command("load")
@_db_option
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@click.option("--source", help="Name the list (default: ofac_sdn for SDN CSV, the dataset for FtM).")
@click.pass_obj
def refs_load(ctx: Ctx, file: str, source: str | None) -> None:
    """Load FILE, an OFAC SDN CSV or followthemoney JSON lines (sniffed); replaces that source's entries."""
    from nexos.refs.load import load_reference
    from nexos.refs.store import save_entries

    started = time.perf_counter()
    counts = save_entries(ctx.store(), load_reference(file), source=source)
    took = time.perf_counter() - started
    if not ctx.quiet:
        for name, n in counts.items():
            click.echo(f"{name}: {n} entries loaded in {took:.1f}s")
        if not counts:
            click.echo("no entries found in the file")


@refs.command("list")
@_db_option
@_json_opt
@click.pass_obj
def refs_list(ctx: Ctx, as_json: bool) -> None:
    """List the loaded reference lists with entry and match counts."""
    from nexos.refs.store import list_sources

    rows = list_sources(ctx.store())
    if as_json:
        click.echo(json.dumps(rows, ensure_ascii=False, indent=1))
        return
    if not rows:
        click.echo("no reference lists loaded; `nexos refs load FILE` adds one")
    for r in rows:
        click.echo(f"{r['source']:<24} {r['entries']:>8} entries  loaded {r['loaded_at']}  "
                   f"match {r['match']}  review {r['review']}  confirmed {r['confirmed']}  rejected {r['rejected']}")


def _table(rows: list[dict[str, Any]], reasons: bool = True) -> None:
    for m in rows:
        status = "" if m["status"] == "active" else f" [{m['status']}]"
        click.echo(f"{m['entity_name'][:32]:<32}  {(m['ref_name'] or '?')[:36]:<36}  {m['source']}:{m['ref_id']:<8} "
                   f"{m['score']:.2f}  {m['decision']}{status}")
        if reasons:
            for r in m["reasons"] or []:
                click.echo(f"    - {r}")


@refs.command("match")
@_db_option
@click.option("--threshold", type=float, default=None,
              help="Lowest score kept (default 0.70, the review level; 'match' starts at 0.85).")
@click.option("--source", "sources", multiple=True, help="Only these lists (repeatable).")
@_json_opt
@click.pass_obj
def refs_match(ctx: Ctx, threshold: float | None, sources: tuple[str, ...], as_json: bool) -> None:
    """Match every person- or organisation-like entity (never places) against the loaded lists.

    Uses each entity's name, aliases, knowledge-base aliases, type and countries.
    Re-running replaces open proposals and keeps confirmed or rejected verdicts.
    """
    from nexos.refs.store import match_workspace

    started = time.perf_counter()
    rows = match_workspace(ctx.store(), threshold=threshold, sources=sources)
    took = time.perf_counter() - started
    if as_json:
        click.echo(json.dumps(_plain(rows), ensure_ascii=False, indent=1))
        return
    _table(rows)
    if not ctx.quiet:
        n_match = sum(1 for r in rows if r["decision"] == "match")
        click.echo(f"{n_match} match, {len(rows) - n_match} review, in {took:.1f}s", err=True)


@refs.command("show")
@_db_option
@click.argument("entity")
@_json_opt
@click.pass_obj
def refs_show(ctx: Ctx, entity: str, as_json: bool) -> None:
    """Show ENTITY's stored matches (id, id prefix or exact name), with features and reasons."""
    from nexos.refs.store import matches

    store = ctx.store()
    eid = _entity_id(store, entity)
    rows = matches(store, eid)
    if as_json:
        click.echo(json.dumps(_plain(rows), ensure_ascii=False, indent=1))
        return
    if not rows:
        click.echo(f"{entity}: no stored matches (run `nexos refs match`)")
    _table(rows)
    for m in rows:
        feats = ", ".join(f"{k}={v:g}" for k, v in sorted((m["features"] or {}).items()))
        click.echo(f"{m['source']}:{m['ref_id']} programs {', '.join(m['programs'] or []) or '-'}; {feats}")


def _verdict(status: str) -> Any:
    @_db_option
    @click.argument("entity")
    @click.argument("ref_id")
    @click.option("--source", help="The list, when REF_ID is on several.")
    @click.pass_obj
    def command(ctx: Ctx, entity: str, ref_id: str, source: str | None) -> None:
        from nexos.refs.store import set_status

        store = ctx.store()
        n = set_status(store, _entity_id(store, entity), ref_id, status, source, actor=ctx.settings.actor)
        click.echo(f"{entity} ~ {ref_id}: {status} ({n} row{'s' if n != 1 else ''})")

    return command


refs.command("confirm", help="Confirm that ENTITY is the listing REF_ID (recorded in the audit log).")(
    _verdict("confirmed"))
refs.command("reject", help="Reject the proposed match of ENTITY with REF_ID (kept, recorded, not exported).")(
    _verdict("rejected"))


def _entity_id(store: Any, entity: str) -> str:
    from nexos.errors import NotFound
    from nexos.knowledge import fold

    rows = store.entity_rows()
    for pick in (lambda r: r["id"] == entity, lambda r: r["id"].startswith(entity),
                 lambda r: fold(r["name"]) == fold(entity)):
        found = [r["id"] for r in rows if pick(r)]
        if len(found) == 1:
            return store.merge_map().get(found[0], found[0])
    raise NotFound(f"no single entity {entity!r}; `nexos entities` lists ids and names")


def _plain(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    keys = ("entity_id", "entity_name", "source", "ref_id", "ref_name", "score", "decision", "status",
            "reasons", "features", "programs")
    return [{k: r.get(k) for k in keys} for r in rows]


@main.command("import")
@_db_option
@click.argument("file", type=click.Path(exists=True, dir_okay=False, allow_dash=True))
@_json_opt
@click.pass_obj
def import_cmd(ctx: Ctx, file: str, as_json: bool) -> None:
    """Import a nexos/export@1 JSON file (e.g. another workspace's `nexos export`) into this one.

    Documents already here are skipped, actors are joined to existing ones by
    id, knowledge-base entry, name or alias, so importing twice adds nothing.
    Export with `--with-text` to carry document text; without it the
    documents keep only the quoted spans (marked text_missing).
    """
    from nexos.workspace import import_file

    summary = import_file(ctx.store(), file)
    if as_json:
        click.echo(json.dumps(summary.as_dict(), ensure_ascii=False, indent=1))
    elif not ctx.quiet:
        d = summary.as_dict()
        click.echo(f"documents: {d['documents']} new, {d['documents_skipped']} already here "
                   f"({d['documents_without_text']} without text)\n"
                   f"entities: {d['entities_new']} new, {d['entities_joined']} joined to existing\n"
                   f"mentions: {d['mentions']}  relations: {d['relations']}  events: {d['events']}  "
                   f"claims: {d['claims']}")
