"""Read access to the warehouse for the web workspace, safe while a night is loading.

DuckDB lets one process write, and a writing process excludes even readers from other processes.
A night holds the warehouse open for its whole run, so the workspace reads from a *snapshot*: a
copy of the warehouse it makes whenever the file changed and no night holds it (``COPY FROM
DATABASE`` through an in-memory connection, the source attached read-only). While a night runs,
pages come from the last snapshot; the next refresh after the night picks up the new data.
On PostgreSQL readers never block, so the workspace reads the warehouse directly.
"""

from __future__ import annotations

import logging
import threading
import time
from pathlib import Path
from typing import Any, Sequence

from pipeline.warehouse.backend import Warehouse, WarehouseError, dialect_of, duckdb_path
from pipeline.warehouse.schema import ensure_schema
from pipeline.warehouse.identifiers import sql_string

log = logging.getLogger("servicelens.app")


def is_lock_error(exc: BaseException) -> bool:
    text = str(exc).lower()
    return "lock" in text or "conflicting" in text or "different configuration" in text


class WarehouseReader:
    """Thread-safe read-only queries against the warehouse (or its latest snapshot)."""

    def __init__(self, url: str, snapshot_dir: str | Path | None = None, min_interval_s: float = 0.0):
        self.url = url
        self.min_interval_s = min_interval_s  # a new snapshot at most this often (copies cost seconds at scale)
        self.materialized = False
        self.dialect = dialect_of(url)
        self._lock = threading.RLock()
        self._wh: Warehouse | None = None
        self._version: tuple | None = None
        self.snapshot_path: Path | None = None
        self.snapshot_at: float | None = None
        if self.dialect == "duckdb":
            source = Path(duckdb_path(url))
            self.source = source
            self.snapshot_dir = Path(snapshot_dir) if snapshot_dir else source.parent / f".{source.stem}-app"
            self.snapshot_dir.mkdir(parents=True, exist_ok=True)
            for stale in self.snapshot_dir.glob("snapshot-*.duckdb*"):  # left by a process that was killed
                stale.unlink(missing_ok=True)  # (a live reader keeps its open file on POSIX)
        self.refresh()
        if self._wh is None:
            raise WarehouseError(f"cannot read the warehouse {url}: it is locked and no snapshot exists yet")

    # --- snapshots ----------------------------------------------------------------------------
    def _source_version(self) -> tuple:
        parts: list[tuple[int, int] | None] = []
        for p in (self.source, Path(str(self.source) + ".wal")):
            try:
                st = p.stat()
                parts.append((st.st_mtime_ns, st.st_size))
            except FileNotFoundError:
                parts.append(None)
        return tuple(parts)

    def refresh(self, force: bool = False) -> bool:
        """Take a new snapshot when the warehouse changed and is free; True when one was taken."""
        if self.dialect != "duckdb":
            with self._lock:
                if self._wh is None:
                    self._wh = Warehouse.connect(self.url, read_only=True)
            return False
        if not self.source.exists():
            raise WarehouseError(f"no warehouse at {self.source}: run `servicelens demo` or `servicelens run` first")
        if (not force and self.snapshot_at is not None
                and time.time() - self.snapshot_at < self.min_interval_s):
            return False
        version = self._source_version()
        if version == self._version and self._wh is not None:
            return False
        target = self.snapshot_dir / f"snapshot-{time.time_ns()}.duckdb"
        try:
            self._copy(target)
        except Exception as exc:
            target.unlink(missing_ok=True)
            if is_lock_error(exc):
                log.info("warehouse busy (a night is loading): serving the snapshot of %s", self.snapshot_at)
                return False
            raise
        wh = Warehouse.connect(f"duckdb:///{target}", read_only=True)
        with self._lock:
            old, old_path = self._wh, self.snapshot_path
            self._wh, self.snapshot_path, self._version, self.snapshot_at = wh, target, version, time.time()
            self.materialized = True
        if old is not None:
            old.close()
        if old_path is not None:
            old_path.unlink(missing_ok=True)
        return True

    def _copy(self, target: Path) -> None:
        import duckdb

        con = duckdb.connect()
        try:
            con.execute(f"ATTACH {sql_string(self.source)} AS src (READ_ONLY)")
            con.execute(f"ATTACH {sql_string(target)} AS dst")
            con.execute("COPY FROM DATABASE src TO dst")
            con.execute("DETACH src")
            con.execute("DETACH dst")
        finally:
            con.close()
        wh = Warehouse.connect(f"duckdb:///{target}")
        try:
            from pipeline.app.queue import prepare_snapshot

            ensure_schema(wh)  # views and tables of newer schema files, as the pipeline would see them
            prepare_snapshot(wh)
            wh.execute("CHECKPOINT")
        finally:
            wh.close()

    # --- queries ------------------------------------------------------------------------------
    def _open_wh(self) -> Warehouse:
        if self._wh is None:
            raise WarehouseError("the warehouse reader is closed")
        return self._wh

    def query(self, sql: str, params: Sequence[Any] | None = None) -> list[tuple]:
        with self._lock:
            return self._open_wh().query(sql, params)

    def query_dicts(self, sql: str, params: Sequence[Any] | None = None) -> list[dict]:
        with self._lock:
            cols, rows = self._open_wh().query_with_columns(sql, params)
        return [dict(zip(cols, r)) for r in rows]

    def close(self) -> None:
        with self._lock:
            if self._wh is not None:
                self._wh.close()
                self._wh = None
            if self.snapshot_path is not None:
                self.snapshot_path.unlink(missing_ok=True)


class Refresher(threading.Thread):
    """Background thread: refresh the snapshot and push the store's writes to the warehouse."""

    def __init__(self, reader: WarehouseReader, sync, every_s: float = 10.0):
        super().__init__(daemon=True, name="servicelens-app-refresh")
        self.reader, self.sync, self.every_s = reader, sync, every_s
        self._stop = threading.Event()

    def run(self) -> None:
        while not self._stop.wait(self.every_s):
            self.tick()

    def tick(self) -> None:
        try:
            self.sync()
        except Exception as exc:  # keep serving; the next tick retries
            log.warning("sync to the warehouse postponed: %s", exc)
        try:
            self.reader.refresh()
        except Exception as exc:
            log.warning("snapshot refresh failed: %s", exc)

    def stop(self) -> None:
        self._stop.set()

