"""``servicelens query``: read-only SQL against the warehouse."""

from __future__ import annotations

import csv
import sys

import click

from pipeline.commands.options import lock_wait_option, warehouse_option


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.4g}"
    return str(value)


@click.command()
@click.argument("sql")
@warehouse_option
@click.option("--csv", "as_csv", is_flag=True, help="Write CSV to standard output instead of a table.")
@click.option("--max-width", default=60, show_default=True, help="Truncate table cells to this many characters.")
@lock_wait_option
def query(sql: str, warehouse_url: str | None, as_csv: bool, max_width: int, lock_wait_s: float | None) -> None:
    """Run SQL on a read-only connection and print the result.

    The connection cannot write, attach other databases, or read or write any file but the
    warehouse (DuckDB); on PostgreSQL it must be a SELECT-only role (`servicelens grant-readonly`).

    Example: servicelens query "SELECT channel, count(*) FROM fct_interaction GROUP BY 1"
    """
    from pipeline.commands.reading import first_line, open_for_reading

    wh = open_for_reading(warehouse_url, lock_wait_s, analyst_sql=True)
    try:
        columns, rows = wh.query_with_columns(sql)
    except Exception as exc:  # SQL errors and refusals from the backend: one line, no traceback
        raise click.ClickException(f"query failed: {first_line(exc)}") from None
    finally:
        wh.close()
    if as_csv:
        writer = csv.writer(sys.stdout)
        writer.writerow(columns)
        writer.writerows(rows)
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(show_lines=False, header_style="bold")
    for c in columns:
        table.add_column(c, overflow="fold", max_width=max_width)
    for row in rows:
        table.add_row(*[_cell(v)[: max_width * 3] for v in row])
    console = Console()
    console.print(table)
    console.print(f"[dim]{len(rows)} row(s)[/dim]")
