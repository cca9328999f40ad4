"""``servicelens query``: read-only SQL against the warehouse."""

from __future__ import annotations

import click

from pipeline.commands.options import warehouse_option
from pipeline.commands.tables import emit, output_options


@click.command()
@click.argument("sql")
@warehouse_option
@output_options
@click.option("--max-width", default=60, show_default=True, help="Wrap text cells at this many characters (ids are never cut).")
def query(sql: str, warehouse_url: str | None, fmt: str, wide: bool, max_width: int) -> None:
    """Run SQL on a read-only connection and print the result.

    \b
    Example: servicelens query "SELECT channel, count(*) AS interactions FROM fct_interaction GROUP BY channel"

    Write SQL that runs on DuckDB and PostgreSQL alike: name computed columns (AS), and round with
    round(CAST(x AS NUMERIC), 1). Tables and views: servicelens docs.
    """
    from pipeline.warehouse import Warehouse, WarehouseError

    try:
        with Warehouse.connect(warehouse_url, read_only=True) as wh:
            columns, rows = wh.query_with_columns(sql)
    except WarehouseError as exc:
        raise click.ClickException(str(exc)) from exc
    except Exception as exc:  # SQL errors from the backend
        raise click.ClickException(f"query failed: {exc}") from exc
    emit(columns, rows, fmt, wide=wide, max_width=max_width, footer=f"{len(rows)} row(s)")
