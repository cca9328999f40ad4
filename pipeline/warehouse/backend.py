"""Warehouse connections: DuckDB (embedded, default) or PostgreSQL, chosen by URL.

Stages talk to :class:`Warehouse` only; SQL uses ``?`` placeholders on both backends.
URLs follow the SQLAlchemy convention: ``duckdb:///relative.duckdb``, ``duckdb:////abs/path.duckdb``
(a plain path ending in ``.duckdb`` also works), ``duckdb:///:memory:``, ``postgresql://user@host/db``.
"""

from __future__ import annotations

import re
import time
from pathlib import Path
from typing import Any, Iterable, Sequence

from pipeline.config import DEFAULT_WAREHOUSE_URL
from pipeline.warehouse.access import DUCKDB_READER_CONFIG
from pipeline.warehouse.identifiers import column_list, column_name, table_name


class WarehouseError(RuntimeError):
    """The warehouse URL is wrong or the database cannot be opened."""


def duckdb_path(url: str) -> str:
    """The file path of a DuckDB URL (``:memory:`` for an in-memory database)."""
    if url.startswith("duckdb:///"):
        return url[len("duckdb:///"):] or ":memory:"
    if url.startswith("duckdb://"):
        return url[len("duckdb://"):] or ":memory:"
    return url


def dialect_of(url: str) -> str:
    if url.startswith(("postgresql://", "postgresql+psycopg://", "postgres://")):
        return "postgresql"
    if url.startswith("duckdb:") or url.endswith(".duckdb") or url == ":memory:":
        return "duckdb"
    raise WarehouseError(f"unsupported warehouse URL {url!r}: use duckdb:///path.duckdb or postgresql://...")


class Warehouse:
    """A connection to the warehouse with the few operations the pipeline needs."""

    dialect: str = ""

    @staticmethod
    def connect(url: str | None = None, read_only: bool = False) -> "Warehouse":
        url = url or DEFAULT_WAREHOUSE_URL
        if dialect_of(url) == "postgresql":
            return PostgresWarehouse(url, read_only=read_only)
        return DuckDBWarehouse(url, read_only=read_only)

    # --- interface -------------------------------------------------------------------------
    def execute(self, sql: str, params: Sequence[Any] | None = None) -> None:
        raise NotImplementedError

    def query(self, sql: str, params: Sequence[Any] | None = None) -> list[tuple]:
        raise NotImplementedError

    def query_with_columns(self, sql: str, params: Sequence[Any] | None = None) -> tuple[list[str], list[tuple]]:
        raise NotImplementedError

    def insert_rows(self, table: str, columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> int:
        raise NotImplementedError

    def close(self) -> None:
        raise NotImplementedError

    # --- shared helpers ----------------------------------------------------------------------
    def query_df(self, sql: str, params: Sequence[Any] | None = None):
        import pandas as pd

        columns, rows = self.query_with_columns(sql, params)
        return pd.DataFrame.from_records(rows, columns=columns)

    def replace_rows(self, table: str, key_column: str, keys: Sequence[Any], columns: Sequence[str],
                     rows: Iterable[Sequence[Any]]) -> int:
        """Delete the rows of ``keys`` and insert ``rows`` in their place (one transaction)."""
        self.execute("BEGIN")
        try:
            self._set_keys(keys)
            self.execute(f"DELETE FROM {table_name(table)} WHERE {column_name(key_column)} IN (SELECT k FROM _sl_keys)")
            count = self.insert_rows(table, columns, rows)
            self.execute("COMMIT")
        except Exception:
            self.execute("ROLLBACK")
            raise
        return count

    def _set_keys(self, keys: Sequence[Any]) -> None:
        self.execute("CREATE TEMP TABLE IF NOT EXISTS _sl_keys (k TEXT)")
        self.execute("DELETE FROM _sl_keys")
        self.insert_rows("_sl_keys", ["k"], [(k,) for k in keys])

    def table_exists(self, name: str) -> bool:
        rows = self.query(
            "SELECT count(*) FROM information_schema.tables WHERE table_name = ?", [name]
        )
        return bool(rows and rows[0][0])

    def __enter__(self) -> "Warehouse":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


class DuckDBWarehouse(Warehouse):
    dialect = "duckdb"

    def __init__(self, url: str, read_only: bool = False, lock_wait_s: float | None = None):
        import duckdb

        self.url = url
        self.path = duckdb_path(url)
        if self.path != ":memory:":
            if read_only and not Path(self.path).exists():
                raise WarehouseError(f"no warehouse at {self.path}: run `servicelens demo` or `servicelens run` first")
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        # A read-only connection is the analyst's: the engine's own switches make it unable to write
        # anything or read any file but the warehouse, and lock them (pipeline/warehouse/access.py).
        config = dict(DUCKDB_READER_CONFIG) if read_only and self.path != ":memory:" else {}
        # Waiting for another process's lock with progress messages is pipeline/warehouse/waiting.py's
        # job (the night, readers); ``lock_wait_s`` lets a caller without messages (the QA workspace's
        # short syncs) retry quietly for that long instead.
        deadline = time.monotonic() + (lock_wait_s or 0.0)
        while True:
            try:
                self.con = duckdb.connect(self.path, read_only=read_only, config=config)
                break
            except Exception as exc:  # duckdb raises IOException and friends
                if "lock" in str(exc).lower() and time.monotonic() < deadline:
                    time.sleep(0.2)
                    continue
                raise WarehouseError(f"cannot open DuckDB warehouse {self.path}: {exc}") from exc
        self._types: dict[str, dict] = {}

    def execute(self, sql: str, params: Sequence[Any] | None = None) -> None:
        self.con.execute(sql, params or [])

    def query(self, sql: str, params: Sequence[Any] | None = None) -> list[tuple]:
        return self.con.execute(sql, params or []).fetchall()

    def query_with_columns(self, sql: str, params: Sequence[Any] | None = None) -> tuple[list[str], list[tuple]]:
        cur = self.con.execute(sql, params or [])
        columns = [d[0] for d in cur.description] if cur.description else []
        return columns, cur.fetchall()

    def query_df(self, sql: str, params: Sequence[Any] | None = None):
        return self.con.execute(sql, params or []).df()

    def insert_rows(self, table: str, columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> int:
        import pyarrow as pa

        rows = list(rows)
        if not rows:
            return 0
        types = self._arrow_types(table)
        arrays = list(zip(*rows))
        data = pa.table({c: pa.array(v, type=types.get(c)) for c, v in zip(columns, arrays)})
        self.con.register("_sl_insert", data)
        try:
            cols = column_list(columns)
            self.con.execute(f"INSERT INTO {table_name(table)} ({cols}) SELECT {cols} FROM _sl_insert")
        finally:
            self.con.unregister("_sl_insert")
        return len(rows)

    def _arrow_types(self, table: str) -> dict:
        """Arrow types of a table's columns: typed arrays convert much faster than inferred ones."""
        import pyarrow as pa

        if table not in self._types:
            mapping = {"VARCHAR": pa.string(), "INTEGER": pa.int32(), "BIGINT": pa.int64(), "DOUBLE": pa.float64(),
                       "BOOLEAN": pa.bool_(), "TIMESTAMP": pa.timestamp("us"), "DATE": pa.date32()}
            rows = self.con.execute("SELECT column_name, data_type FROM information_schema.columns WHERE table_name = ?",
                                    [table]).fetchall()
            self._types[table] = {name: mapping[kind] for name, kind in rows if kind in mapping}
        return self._types[table]

    def close(self) -> None:
        self.con.close()


class PostgresWarehouse(Warehouse):
    dialect = "postgresql"

    def __init__(self, url: str, read_only: bool = False):
        try:
            import psycopg
        except ImportError as exc:  # optional extra
            raise WarehouseError("PostgreSQL needs psycopg: pip install 'servicelens[postgres]'") from exc
        self.url = url
        dsn = re.sub(r"^postgresql\+psycopg://", "postgresql://", url)
        try:
            self.con = psycopg.connect(dsn, autocommit=True)
        except Exception as exc:
            raise WarehouseError(f"cannot connect to PostgreSQL warehouse: {exc}") from exc
        if read_only:
            self.con.execute("SET default_transaction_read_only = on")

    @staticmethod
    def _sql(sql: str) -> str:
        return sql.replace("?", "%s")

    def execute(self, sql: str, params: Sequence[Any] | None = None) -> None:
        self.con.execute(self._sql(sql) if params else sql, params or None)

    def query(self, sql: str, params: Sequence[Any] | None = None) -> list[tuple]:
        return self.con.execute(self._sql(sql) if params else sql, params or None).fetchall()

    def query_with_columns(self, sql: str, params: Sequence[Any] | None = None) -> tuple[list[str], list[tuple]]:
        cur = self.con.execute(self._sql(sql) if params else sql, params or None)
        columns = [d.name for d in cur.description] if cur.description else []
        return columns, cur.fetchall()

    def insert_rows(self, table: str, columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> int:
        count = 0
        with self.con.cursor() as cur:
            with cur.copy(f"COPY {table_name(table)} ({column_list(columns)}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
                    count += 1
        return count

    def close(self) -> None:
        self.con.close()
