"""``servicelens query``: read-only SQL against the warehouse."""

from __future__ import annotations

import csv
import sys

import click

from pipeline.commands.options import warehouse_option


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
def query(sql: str, warehouse_url: str | None, as_csv: bool, max_width: int) -> None:
    """Run SQL on a read-only connection and print the result.

    Example: servicelens query "SELECT channel, count(*) FROM fct_interaction GROUP BY 1"
    """
    from pipeline.warehouse import Warehouse, WarehouseError

    try:
        with Warehouse.connect(warehouse_url, read_only=True) as wh:
            columns, rows = wh.query_with_columns(sql)
    except WarehouseError as exc:
        raise click.ClickException(str(exc)) from exc
    except Exception as exc:  # SQL errors from the backend
        raise click.ClickException(f"query failed: {exc}") from exc
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
