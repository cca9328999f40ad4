"""PostgreSQL load rate: COPY (the warehouse's ``insert_rows``) vs the old ``executemany`` INSERT path.

Starts a throw-away PostgreSQL server (as ``tests/conftest.py`` does: ``initdb`` + ``pg_ctl`` on a
free loopback port, as the ``postgres`` user when run as root), analyses and scores ``--analysed``
generated chats once (``process_batch``, so every child table gets realistic rows), copies them
with fresh ids up to ``--n`` interactions, and loads them with ``load_interactions`` in batches of
``--batch`` into a fresh database per method. Prints interactions/s and rows/s per method.

    nice .venv/bin/python bench/pg_load_bench.py --n 20000 --batch 2000
"""

from __future__ import annotations

import argparse
import copy
import tempfile
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any, Iterable, Sequence

from bench_siblings import load_sibling
from pipeline.warehouse import Warehouse, ensure_schema
from pipeline.warehouse.backend import PostgresWarehouse
from pipeline.warehouse.identifiers import column_list, table_name
from pipeline.warehouse.load import RunInfo, load_interactions
from pipeline.warehouse.throwaway_postgres import PostgresUnavailable, throwaway_postgres

NIGHT = "2026-11-20"


class ExecutemanyWarehouse(PostgresWarehouse):
    """The insert path before COPY: one parameterised INSERT, ``executemany`` over the rows."""

    def insert_rows(self, table: str, columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> int:
        rows = list(rows)
        if not rows:
            return 0
        marks = ", ".join(["%s"] * len(columns))
        with self.con.cursor() as cur:
            cur.executemany(f"INSERT INTO {table_name(table)} ({column_list(columns)}) VALUES ({marks})", rows)
        return len(rows)


def analysed_chats(n: int) -> list:
    """``n`` generated chats (bench/ingest_bench.py), ingested, analysed and scored."""

    from pipeline.config import DEFAULT_MODELS_DIR, DEFAULT_RULES_DIR
    from pipeline.flows.batches import process_batch
    from pipeline.ingest.chats import read_chats
    from pipeline.ingest.config import IngestConfig
    from pipeline.model import Interaction
    from pipeline.transcribe.options import load_options

    ingest_bench = load_sibling("ingest_bench")
    with tempfile.TemporaryDirectory() as tmp:
        paths = ingest_bench.write_chats(Path(tmp), n)
        interactions = [i for i in read_chats(paths, IngestConfig()) if isinstance(i, Interaction)]
    out = process_batch(interactions, str(DEFAULT_RULES_DIR), str(DEFAULT_MODELS_DIR), load_options(None))
    return out.interactions


def copies(analysed: list, n: int) -> Iterator[Any]:
    for k in range(n):
        ix = copy.copy(analysed[k % len(analysed)])
        ix.interaction_id = f"{ix.interaction_id}-{k}"
        yield ix


def load_rate(url: str, analysed: list, n: int, batch: int, warehouse: type[PostgresWarehouse]) -> dict:
    rows = {"n": 0}
    wh = warehouse(url)
    try:
        ensure_schema(wh)
        run = RunInfo(run_id=f"bench-{warehouse.__name__}", run_date=date.fromisoformat(NIGHT))
        t0 = time.perf_counter()
        pending: list = []
        real_insert = wh.insert_rows

        def counting(table: str, columns: Sequence[str], values: Iterable[Sequence[Any]]) -> int:
            count = real_insert(table, columns, values)
            rows["n"] += count
            return count

        wh.insert_rows = counting  # type: ignore[method-assign]
        for ix in copies(analysed, n):
            pending.append(ix)
            if len(pending) == batch:
                load_interactions(wh, pending, [], run)
                pending = []
        if pending:
            load_interactions(wh, pending, [], run)
        wall = time.perf_counter() - t0
        loaded = wh.query("SELECT count(*) FROM fct_interaction")[0][0]
    finally:
        wh.close()
    return {"method": "COPY" if warehouse is PostgresWarehouse else "executemany", "loaded": loaded,
            "rows": rows["n"], "wall_s": wall, "per_s": n / wall, "rows_per_s": rows["n"] / wall}


def fresh_database(server_url: str, name: str) -> str:
    with Warehouse.connect(server_url) as wh:
        wh.execute(f"DROP DATABASE IF EXISTS {name}")
        wh.execute(f"CREATE DATABASE {name}")
    return server_url.rsplit("/", 1)[0] + "/" + name


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=20_000, help="interactions loaded per method")
    parser.add_argument("--batch", type=int, default=2000, help="interactions per load (one transaction)")
    parser.add_argument("--analysed", type=int, default=1000, help="distinct analysed chats the load repeats")
    args = parser.parse_args()
    t0 = time.perf_counter()
    analysed = analysed_chats(args.analysed)
    print(f"analysed {len(analysed)} generated chats in {time.perf_counter() - t0:.1f} s")
    results = []
    try:
        with throwaway_postgres("servicelens-pgbench-") as server:
            for name, kind in (("bench_copy", PostgresWarehouse), ("bench_executemany", ExecutemanyWarehouse)):
                results.append(load_rate(fresh_database(server, name), analysed, args.n, args.batch, kind))
    except PostgresUnavailable as exc:
        raise SystemExit(str(exc)) from exc
    print(f"{'method':>12} {'loaded':>8} {'rows':>9} {'wall s':>8} {'inter/s':>9} {'rows/s':>9}")
    for r in results:
        print(f"{r['method']:>12} {r['loaded']:>8} {r['rows']:>9} {r['wall_s']:>8.1f} {r['per_s']:>9.0f} "
              f"{r['rows_per_s']:>9.0f}")
    print(f"COPY vs executemany: {results[1]['wall_s'] / results[0]['wall_s']:.2f}x faster load")


if __name__ == "__main__":
    main()
