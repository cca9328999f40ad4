"""Memory and threads of the night's own warehouse connections (``warehouse:`` in ``rules/pipeline.yaml``).

The flow process writes every batch and then runs the set-based steps over the whole warehouse (repeat
contacts, themes, data tests). DuckDB runs inside that process: by default its buffer cache may grow to
80 % of the machine's memory and it starts one thread per core, so the flow's RSS grew with the
warehouse and its queries competed with the Dask workers for the cores. A ``memory_limit`` makes DuckDB
evict (and spill) beyond it; ``threads`` bounds its parallelism. PostgreSQL runs in its own server, so
the flow process holds only results; ``work_mem`` bounds each sort or hash of the night's sessions there.
"""

from __future__ import annotations

from pydantic import Field

from pipeline.config import RulesModel
from pipeline.warehouse.backend import Warehouse

_SIZE = r"^\d+(\.\d+)?\s*(B|KB|MB|GB|KiB|MiB|GiB)$"


class SessionConfig(RulesModel):
    """``warehouse:`` in ``rules/pipeline.yaml``: settings of the night's write connections."""

    duckdb_memory_limit: str | None = Field("128MB", pattern=_SIZE,
                                            description="DuckDB buffer cache ceiling (null: DuckDB's default)")
    duckdb_threads: int | None = Field(1, ge=1, le=256, description="DuckDB threads (null: one per core)")
    postgres_work_mem: str | None = Field(None, pattern=r"^\d+\s*(kB|MB|GB)$",
                                          description="PostgreSQL work_mem of the night's sessions")


def apply_session(wh: Warehouse, config: SessionConfig | None) -> Warehouse:
    """``wh`` with the settings applied (DuckDB: to its database in this process; PostgreSQL: to this
    session); returns it."""
    if config is None:
        return wh
    if wh.dialect == "duckdb":
        if config.duckdb_memory_limit:
            wh.execute(f"SET memory_limit = '{config.duckdb_memory_limit}'")
        if config.duckdb_threads:
            wh.execute(f"SET threads = {int(config.duckdb_threads)}")
    elif wh.dialect == "postgresql" and config.postgres_work_mem:
        wh.execute(f"SET work_mem = '{config.postgres_work_mem}'")
    return wh
