"""Click options shared by several commands."""

from __future__ import annotations

import click

from pipeline.config import DEFAULT_WAREHOUSE_URL

warehouse_option = click.option(
    "--warehouse", "warehouse_url", default=None, metavar="URL",
    help=f"Warehouse URL (default {DEFAULT_WAREHOUSE_URL}).",
)

lock_wait_option = click.option(
    "--wait", "lock_wait_s", type=click.FloatRange(min=0), default=None, metavar="SECONDS",
    help="How long to wait while a night holds the DuckDB warehouse (default $SERVICELENS_LOCK_WAIT_S or 120).",
)
