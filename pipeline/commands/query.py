"""``servicelens query``: read-only SQL against the warehouse."""

from __future__ import annotations

import click

from pipeline.commands.options import lock_wait_option, warehouse_option
from pipeline.commands.tables import OutputFormat, emit, output_options


@click.command()
@click.argument("sql")
@warehouse_option
@output_options
@click.option("--max-width", default=60, show_default=True, help="Wrap text cells at this many characters (ids are never cut).")
@lock_wait_option
def query(sql: str, warehouse_url: str | None, fmt: OutputFormat, wide: bool, max_width: int, lock_wait_s: float | None) -> None:
    """Run SQL on a read-only connection and print the result.

    \b
    Example: servicelens query "SELECT channel, count(*) AS interactions FROM fct_interaction GROUP BY channel"

    The connection cannot write, attach other databases, or read or write any file but the
    warehouse (DuckDB); on PostgreSQL it must be a SELECT-only role (`servicelens grant-readonly`).
    Write SQL that runs on DuckDB and PostgreSQL alike: name computed columns (AS), and round with
    round(CAST(x AS NUMERIC), 1). Tables and views: servicelens docs.
    """
    from pipeline.commands.reading import first_line, open_for_reading

    wh = open_for_reading(warehouse_url, lock_wait_s, analyst_sql=True)
    try:
        columns, rows = wh.query_with_columns(sql)
    except Exception as exc:  # SQL errors and refusals from the backend: one line, no traceback
        raise click.ClickException(f"query failed: {first_line(exc)}") from None
    finally:
        wh.close()
    emit(columns, rows, fmt, wide=wide, max_width=max_width, footer=f"{len(rows)} row(s)")
