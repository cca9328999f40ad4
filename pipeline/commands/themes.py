"""``servicelens themes``: emerging complaint themes in the terminal; discover; promote to a topic."""

from __future__ import annotations

import json
from datetime import date

import click

from pipeline.commands.options import warehouse_option


def _day(ctx, param, value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise click.BadParameter(f"{value!r} is not a date (YYYY-MM-DD)") from exc


@click.group(invoke_without_command=True)
@click.option("--from", "date_from", callback=_day, help="First night (YYYY-MM-DD); default: the latest night.")
@click.option("--to", "date_to", callback=_day, help="Last night, inclusive; default: --from.")
@click.option("--all", "show_all", is_flag=True, help="Every theme, not only the emerging ones.")
@warehouse_option
@click.pass_context
def themes(ctx: click.Context, date_from: date | None, date_to: date | None, show_all: bool,
           warehouse_url: str | None) -> None:
    """Themes that customers complain about, found each night by clustering the complaints of a
    rolling window (rules/themes.yaml); 'emerging' ones are new to the taxonomy or growing.

    Example: servicelens themes --from 2026-11-18 --to 2026-11-20
    """
    if ctx.invoked_subcommand:
        return
    from pipeline.warehouse import Warehouse, WarehouseError

    try:
        with Warehouse.connect(warehouse_url, read_only=True) as wh:
            rows = _themes(wh, date_from, date_to, show_all)
    except WarehouseError as exc:
        raise click.ClickException(str(exc)) from exc
    if not rows:
        click.echo("no themes in that period (is themes.enabled true, and has a night run?)")
        return
    # one block per theme: ids whole on the first line, text lines left to the terminal to wrap
    for night, theme_id, size, recent, emerging, reason, keywords, examples in rows:
        click.echo(f"{night}  {theme_id}  {size} contacts ({recent} recent)" + ("  EMERGING" if emerging else ""))
        click.echo("  keywords: " + ", ".join(json.loads(keywords or "[]")))
        if reason:
            click.echo(f"  why: {reason}")
        for example in json.loads(examples or "[]"):
            click.echo(f"  e.g. {example['interaction_id']}: {example['text']}")
        click.echo("")


def _themes(wh, date_from: date | None, date_to: date | None, show_all: bool) -> list[tuple]:
    if date_from is None:
        latest = wh.query("SELECT max(night) FROM fct_theme")[0][0]
        if latest is None:
            return []
        date_from = date_to = latest if isinstance(latest, date) else date.fromisoformat(str(latest))
    return wh.query("""
        SELECT night, theme_id, size, n_recent, is_emerging, coalesce(emerging_reason, ''), keywords, examples
        FROM fct_theme WHERE night BETWEEN ? AND ? AND (is_emerging OR ?)
        ORDER BY night, is_emerging DESC, q_value, size DESC""", [date_from, date_to or date_from, show_all])


@themes.command()
@click.option("--date", "night", required=True, callback=_day, help="The night whose window to cluster.")
@warehouse_option
@click.option("--rules", "rules_dir", default=None, type=click.Path(file_okay=False), help="Rules folder.")
def discover(night: date, warehouse_url: str | None, rules_dir: str | None) -> None:
    """(Re)discover the themes of one night from what the warehouse holds (the night does this itself)."""
    from pipeline.themes import run_themes
    from pipeline.warehouse import Warehouse, WarehouseError, ensure_schema

    try:
        with Warehouse.connect(warehouse_url) as wh:
            ensure_schema(wh)
            result = run_themes(wh, night, rules_dir)
    except WarehouseError as exc:
        raise click.ClickException(str(exc)) from exc
    if result is None:
        click.echo("theme discovery is disabled (themes.enabled: false)")
        return
    click.echo(f"{night}: {len(result.themes)} themes over {result.n_docs} contacts "
               f"({result.n_noise} in no theme), {len(result.emerging)} emerging")


@themes.command()
@click.argument("theme_id")
@click.option("--topic", required=True, help="New topic id (snake_case).")
@click.option("--taxonomy", default="default", show_default=True)
@warehouse_option
@click.option("--rules", "rules_dir", default=None, type=click.Path(file_okay=False), help="Rules folder.")
def promote(theme_id: str, topic: str, taxonomy: str, warehouse_url: str | None, rules_dir: str | None) -> None:
    """Write THEME_ID into the taxonomy as a new topic with seed phrases from its contacts, for review."""
    from pipeline.config import ConfigError
    from pipeline.themes.promote import promote as do_promote
    from pipeline.warehouse import Warehouse, WarehouseError

    try:
        with Warehouse.connect(warehouse_url, read_only=True) as wh:
            done = do_promote(wh, theme_id, topic, taxonomy, rules_dir)
    except (WarehouseError, ValueError, ConfigError) as exc:
        raise click.ClickException(str(exc)) from exc
    if done.active:
        click.echo(f"topic {topic} added to {done.path}; review its description and seeds, then retrain "
                   "or let the next night use it")
    else:
        click.echo(f"proposal written to {done.path} (the taxonomy would not validate yet: {done.problem})")
