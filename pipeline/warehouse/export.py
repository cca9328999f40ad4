"""Copying DuckDB warehouse tables to Parquet for analysts' own tools (``COPY ... (FORMAT PARQUET)``)."""

from __future__ import annotations

import shutil
from pathlib import Path

from pipeline.warehouse.backend import Warehouse

# Written as a folder partitioned by night, so a reader loads a date range without the rest.
PARTITIONED = {"fct_interaction": "run_date"}


def export_parquet(wh: Warehouse, out_dir: Path, names: list[str] | None = None) -> dict[str, int]:
    """Write every table (or the named tables/views) to ``out_dir``; returns rows per name."""
    if wh.dialect != "duckdb":
        raise ValueError("Parquet export reads a DuckDB warehouse; use PostgreSQL's own tools for PostgreSQL")
    known = dict(wh.query("SELECT table_name, table_type FROM information_schema.tables WHERE table_schema = 'main'"))
    chosen = names or sorted(n for n, kind in known.items() if kind == "BASE TABLE" and not n.startswith("cfg_"))
    unknown = [n for n in chosen if n not in known]
    if unknown:
        raise ValueError(f"no such table or view: {', '.join(unknown)}")
    out_dir.mkdir(parents=True, exist_ok=True)
    written = {}
    for name in chosen:
        folder, single = out_dir / name, out_dir / f"{name}.parquet"
        shutil.rmtree(folder, ignore_errors=True)  # a re-export replaces the previous files
        single.unlink(missing_ok=True)
        partition = PARTITIONED.get(name)
        if partition:
            wh.execute(f"COPY {name} TO '{folder}' (FORMAT PARQUET, PARTITION_BY ({partition}))")
        else:
            wh.execute(f"COPY {name} TO '{single}' (FORMAT PARQUET)")
        written[name] = wh.query(f"SELECT count(*) FROM {name}")[0][0]
    return written
