"""``servicelens status``: the last nights in the warehouse, their status and counts (from ``etl_run``)."""

from __future__ import annotations

import json

import click

from pipeline.commands.options import warehouse_option
from pipeline.commands.tables import OutputFormat, emit, output_options

STATUS_COLUMNS = ("night", "run_id", "status", "started_at", "minutes", "ingested", "loaded", "unchanged",
                  "quarantined", "channels")


def _channels(counts: str | None) -> str:
    if counts is None:
        return ""
    try:
        per_channel = (json.loads(counts) or {}).get("per_channel") or {}
    except (TypeError, ValueError):
        return ""
    return ", ".join(f"{k} {v}" for k, v in sorted(per_channel.items()))


def status_rows(wh, limit: int) -> list[tuple]:
    rows = wh.query(
        "SELECT run_date, run_id, status, started_at, finished_at, n_ingested, n_loaded, n_unchanged, "
        "n_quarantined, counts FROM etl_run ORDER BY started_at DESC, run_id DESC LIMIT ?", [limit])
    out = []
    for night, run_id, status, started, finished, ingested, loaded, unchanged, quarantined, counts in rows:
        minutes = round((finished - started).total_seconds() / 60, 1) if started and finished else None
        out.append((night, run_id, status, started, minutes, ingested, loaded, unchanged, quarantined,
                    _channels(counts)))
    return out


@click.command()
@warehouse_option
@click.option("--limit", default=10, show_default=True, help="How many of the latest runs to show.")
@output_options
def status(warehouse_url: str | None, limit: int, fmt: OutputFormat, wide: bool) -> None:
    """The latest runs (newest first): night, status (running | succeeded | degraded | failed) and counts.

    Table columns: start (UTC) and min(utes) of the run, written (new or changed interactions),
    same (unchanged), quar(antined items), channels. --wide / --json / --csv add run_id and ingested.

    Exits with status 1 when the latest run failed, so a monitoring script can call it.
    """
    from pipeline.warehouse import Warehouse, WarehouseError

    try:
        with Warehouse.connect(warehouse_url, read_only=True) as wh:
            rows = status_rows(wh, limit)
    except WarehouseError as exc:
        raise click.ClickException(str(exc)) from exc
    except Exception as exc:  # no etl_run yet, backend errors
        raise click.ClickException(f"cannot read etl_run: {exc}") from exc
    if fmt == "table" and not wide:  # fit 80 columns: short labels; run id and ingested with --wide/--json/--csv
        columns = ["night", "status", "start", "min", "written", "same", "quar", "channels"]
        shown = [(night, st, started.strftime("%H:%M") if started else "", minutes, loaded, unchanged, quarantined, ch)
                 for night, _rid, st, started, minutes, _ing, loaded, unchanged, quarantined, ch in rows]
    else:
        columns, shown = list(STATUS_COLUMNS), rows
    emit(columns, shown, fmt, wide=wide, title="Latest nights",
         right=("minutes", "ingested", "loaded", "unchanged", "quarantined", "min", "written", "same", "quar"),
         footer=None if rows else "no runs yet: servicelens run --date YYYY-MM-DD --source DIR")
    if rows and rows[0][2] == "failed":
        raise SystemExit(1)
