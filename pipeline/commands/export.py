"""``servicelens export``: the warehouse tables as Parquet files for analysts' own tools."""

from __future__ import annotations

from pathlib import Path

import click

from pipeline.commands.options import lock_wait_option, warehouse_option
from pipeline.config import DEFAULT_OUTPUTS_DIR


@click.command()
@warehouse_option
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path),
              default=DEFAULT_OUTPUTS_DIR / "parquet", show_default=True, help="Folder for the Parquet files.")
@click.option("--table", "tables", multiple=True, help="Only these tables or views (repeatable). Default: all tables.")
@lock_wait_option
def export(warehouse_url: str | None, out_dir: Path, tables: tuple[str, ...], lock_wait_s: float | None) -> None:
    """Write warehouse tables (and named views) to Parquet: one file per table, fct_interaction by night.

    DuckDB warehouses only; for PostgreSQL use its own tools (COPY, pg_dump).
    """
    from pipeline.commands.reading import one_line_errors, open_for_reading
    from pipeline.warehouse.export import export_parquet

    wh = open_for_reading(warehouse_url, lock_wait_s)
    with wh, one_line_errors("export"):
        written = export_parquet(wh, out_dir, list(tables) or None)
    for name, rows in written.items():
        click.echo(f"{name:28} {rows:>9,} rows")
    click.echo(f"written to {out_dir}")
