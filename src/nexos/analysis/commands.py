"""`nexos graph`, `nexos path`, `nexos timeline`, `nexos diff`: thin wrappers over nexos.analysis."""

from __future__ import annotations

import json
from typing import Any

import click

from nexos.cli import Ctx, _db_option, main

_json_opt = click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")


def _export(ctx: Ctx) -> dict[str, Any]:
    from nexos.export.native import build_export

    return build_export(ctx.store())


def _dump(data: Any) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=1))


@main.command()
@_db_option
@_json_opt
@click.option("--type", "types", multiple=True, help="Only ties of this relation type (repeatable).")
@click.option("--entity-type", "entity_types", multiple=True, help="Only actors of this type (repeatable).")
@click.option("--from", "date_from", help="Only evidence from documents published on/after this ISO date.")
@click.option("--to", "date_to", help="Only evidence from documents published on/before this ISO date.")
@click.option("--min-credibility", type=click.IntRange(1, 6),
              help="Only ties whose best claim has credibility this good or better (1 best … 6).")
@click.option("--min-reliability", type=click.Choice(list("ABCDEF")),
              help="Only ties whose best claim's publisher is rated this or better.")
@click.option("--limit", default=30, show_default=True, help="Rows in the table (JSON has all).")
@click.pass_obj
def graph(ctx: Ctx, as_json: bool, types: tuple[str, ...], entity_types: tuple[str, ...], date_from: str | None,
          date_to: str | None, min_credibility: int | None, min_reliability: str | None, limit: int) -> None:
    """Centrality of the actors in the asserted-ties network (degree, PageRank, betweenness, community)."""
    from nexos.analysis.graph import build_graph, edge_records, metrics

    g = build_graph(_export(ctx), types=types or None, entity_types=entity_types or None, date_from=date_from,
                    date_to=date_to, min_credibility=min_credibility, min_reliability=min_reliability)
    m = metrics(g)
    if as_json:
        _dump(m | {"edges": edge_records(g)})
        return
    click.echo(f"{m['actors']} actors, {m['ties']} ties, {m['communities']} communities "
               f"(betweenness {m['betweenness']}); weights = independent sources asserting a tie")
    click.echo(f"{'actor':<32} {'type':<17} {'deg':>4} {'wdeg':>5} {'pagerank':>8} {'betw':>8} {'comm':>4}  broker")
    for n in m["nodes"][:limit]:
        broker = f"#{n['broker_rank']}" if n["broker"] else ""
        click.echo(f"{n['name'][:32]:<32} {n['type'] or '':<17} {n['degree']:>4} {n['weighted_degree']:>5.0f} "
                   f"{n['pagerank']:>8.4f} {n['betweenness']:>8.1f} {n['community']:>4}  {broker}")


@main.command()
@_db_option
@_json_opt
@click.argument("source")
@click.argument("target")
@click.option("--max-paths", default=3, show_default=True)
@click.option("--max-len", default=4, show_default=True, help="Most hops in a chain.")
@click.pass_obj
def path(ctx: Ctx, source: str, target: str, as_json: bool, max_paths: int, max_len: int) -> None:
    """Chains of asserted ties from SOURCE to TARGET, each hop with its sentence (names or ids)."""
    from nexos.analysis.paths import evidence_paths, format_path

    paths = evidence_paths(_export(ctx), source, target, max_paths=max_paths, max_len=max_len)
    if as_json:
        _dump(paths)
    elif not paths:
        click.echo(f"no chain of at most {max_len} asserted ties links {source} and {target}")
    else:
        click.echo("\n\n".join(format_path(p) for p in paths))


@main.command()
@_db_option
@_json_opt
@click.option("--undated", is_flag=True, help="Also list events without a readable date (last).")
@click.pass_obj
def timeline(ctx: Ctx, as_json: bool, undated: bool) -> None:
    """Dated events in order, at the precision the documents give, with the claims behind them."""
    from nexos.analysis.timeline import format_timeline
    from nexos.analysis.timeline import timeline as build

    events = build(_export(ctx), include_undated=undated)
    if as_json:
        _dump(events)
    else:
        click.echo(format_timeline(events) or "no dated events")


@main.command()
@_db_option
@_json_opt
@click.argument("date_a")
@click.argument("date_b")
@click.option("--undated", is_flag=True, help="Count documents without a publication date as always present.")
@click.pass_obj
def diff(ctx: Ctx, date_a: str, date_b: str, as_json: bool, undated: bool) -> None:
    """What the documents asserted by DATE_B that they had not by DATE_A (ISO dates)."""
    from nexos.analysis.diff import diff_dates, format_diff
    from nexos.errors import ConfigError

    try:
        d = diff_dates(_export(ctx), date_a, date_b, include_undated=undated)
    except ValueError as exc:
        raise ConfigError(f"{exc}; write dates as 2025, 2025-09 or 2025-09-03") from exc
    if as_json:
        _dump(d)
    else:
        click.echo(format_diff(d))
