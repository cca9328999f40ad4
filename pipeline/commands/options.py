"""Click options shared by several commands."""

from __future__ import annotations

import click

from pipeline.config import DEFAULT_WAREHOUSE_URL

warehouse_option = click.option(
    "--warehouse", "warehouse_url", default=None, metavar="URL",
    help=f"Warehouse URL (default {DEFAULT_WAREHOUSE_URL}).",
)
