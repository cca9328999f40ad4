"""``servicelens docs``: write the warehouse data dictionary as a browsable HTML page."""

from __future__ import annotations

from pathlib import Path

import click

from pipeline.config import DEFAULT_OUTPUTS_DIR


@click.command()
@click.option("--out", "out_path", type=click.Path(dir_okay=False, path_type=Path),
              default=DEFAULT_OUTPUTS_DIR / "docs" / "data_dictionary.html", show_default=True,
              help="HTML file to write.")
@click.option("--warehouse", "warehouse_url", default=None, metavar="URL",
              help="Describe this warehouse (default: the schema the code creates, no warehouse needed).")
def docs(out_path: Path, warehouse_url: str | None) -> None:
    """Write the data dictionary: every table and view with its grain, keys and column descriptions."""
    from pipeline.warehouse.dictionary import write_dictionary

    path = write_dictionary(out_path, warehouse_url)
    click.echo(f"data dictionary: {path.resolve()}")
