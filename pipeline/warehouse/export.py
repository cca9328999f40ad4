"""Copying DuckDB warehouse tables to Parquet for analysts' own tools.

Rows are streamed from DuckDB as Arrow record batches and written by pyarrow, so no path or other
user value is ever formatted into SQL (a folder named ``it's`` is just a folder), and the export
works on the analyst's locked-down read-only connection, which may not write files itself.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from pipeline.warehouse.backend import DuckDBWarehouse, Warehouse
from pipeline.warehouse.identifiers import table_name

# Written as a folder partitioned by night, so a reader loads a date range without the rest.
PARTITIONED = {"fct_interaction": "run_date"}
BATCH_ROWS = 100_000


def export_parquet(wh: Warehouse, out_dir: Path, names: list[str] | None = None) -> dict[str, int]:
    """Write every table (or the named tables/views) to ``out_dir``; returns rows per name."""
    if not isinstance(wh, DuckDBWarehouse):
        raise ValueError("Parquet export reads a DuckDB warehouse; use PostgreSQL's own tools for PostgreSQL")
    known = dict(wh.query("SELECT table_name, table_type FROM information_schema.tables WHERE table_schema = 'main'"))
    chosen = names or sorted(n for n, kind in known.items() if kind == "BASE TABLE" and not n.startswith("cfg_"))
    unknown = [n for n in chosen if n not in known]
    if unknown:
        raise ValueError(f"no such table or view: {', '.join(unknown)}")
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    written = {}
    for name in chosen:
        folder, single = out_dir / name, out_dir / f"{name}.parquet"
        shutil.rmtree(folder, ignore_errors=True)  # a re-export replaces the previous files
        single.unlink(missing_ok=True)
        written[name] = _write(wh, table_name(name), single, folder, PARTITIONED.get(name))
    return written


def _write(wh: DuckDBWarehouse, name: str, single: Path, folder: Path, partition: str | None) -> int:
    import pyarrow.dataset as ds
    import pyarrow.parquet as pq

    reader = wh.con.execute(f"SELECT * FROM {table_name(name)}").to_arrow_reader(BATCH_ROWS)
    if partition:
        rows = 0

        def counted():
            nonlocal rows
            for batch in reader:
                rows += batch.num_rows
                yield batch

        ds.write_dataset(counted(), folder, schema=reader.schema, format="parquet", partitioning=[partition],
                         partitioning_flavor="hive", existing_data_behavior="overwrite_or_ignore")
        return rows
    rows = 0
    with pq.ParquetWriter(single, reader.schema) as writer:
        for batch in reader:
            writer.write_batch(batch)
            rows += batch.num_rows
    return rows
