"""``servicelens export``: the warehouse tables as Parquet files for analysts' own tools."""

from __future__ import annotations

from pathlib import Path

import click

from pipeline.commands.options import warehouse_option
from pipeline.config import DEFAULT_OUTPUTS_DIR


@click.command()
@warehouse_option
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path),
              default=DEFAULT_OUTPUTS_DIR / "parquet", show_default=True, help="Folder for the Parquet files.")
@click.option("--table", "tables", multiple=True, help="Only these tables or views (repeatable). Default: all tables.")
def export(warehouse_url: str | None, out_dir: Path, tables: tuple[str, ...]) -> None:
    """Write warehouse tables (and named views) to Parquet: one file per table, fct_interaction by night.

    DuckDB warehouses only; for PostgreSQL use its own tools (COPY, pg_dump).
    """
    from pipeline.warehouse import Warehouse, WarehouseError
    from pipeline.warehouse.export import export_parquet

    try:
        with Warehouse.connect(warehouse_url, read_only=True) as wh:
            written = export_parquet(wh, out_dir, list(tables) or None)
    except (WarehouseError, ValueError) as exc:
        raise click.ClickException(str(exc)) from exc
    for name, rows in written.items():
        click.echo(f"{name:28} {rows:>9,} rows")
    click.echo(f"written to {out_dir}")
