"""One night at a time per warehouse: a lock the night holds from its first write to its last.

DuckDB: an exclusive ``fcntl.flock`` on a lock file beside the database file
(``warehouse.duckdb.night.lock``); the operating system releases it when the holder exits, so a
crashed night never leaves a stale lock. PostgreSQL: a session-level ``pg_advisory_lock`` held on a
connection of its own for the whole night. An in-memory DuckDB database needs no lock.

A second night waits up to ``wait_s`` seconds and then refuses with :class:`NightLocked`, whose
message names the warehouse and the holder; it never interleaves its writes with the first night's.
"""

from __future__ import annotations

import fcntl
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path

from pipeline.warehouse.backend import Warehouse, dialect_of, duckdb_path

# pg_advisory_lock key: a fixed 64-bit number that stands for "a Servicelens night is writing"
ADVISORY_KEY = 0x5E5C1E15  # "servicelens"
POLL_S = 0.25
LOCK_SUFFIX = ".night.lock"


class NightLocked(RuntimeError):
    """Another night holds the warehouse lock and did not release it in time."""


def lock_path(url: str) -> Path | None:
    """The lock file of a DuckDB warehouse (``None`` for in-memory or PostgreSQL warehouses)."""
    if dialect_of(url) != "duckdb":
        return None
    path = duckdb_path(url)
    return None if path == ":memory:" else Path(f"{path}{LOCK_SUFFIX}")


@contextmanager
def night_lock(url: str, wait_s: float = 0.0, poll_s: float = POLL_S) -> Iterator[None]:
    """Hold the warehouse's night lock for the ``with`` block; wait ``wait_s`` s for it at most."""
    if dialect_of(url) == "postgresql":
        with _advisory_lock(url, wait_s, poll_s):
            yield
        return
    path = lock_path(url)
    if path is None:
        yield
        return
    with _file_lock(path, wait_s, poll_s):
        yield


def _refusal(where: str, wait_s: float, holder: str) -> NightLocked:
    return NightLocked(f"another night is writing to {where}{holder}; waited {wait_s:g} s. "
                       "Run this night when it has finished, or raise batches.lock_wait_s in rules/pipeline.yaml.")


@contextmanager
def _file_lock(path: Path, wait_s: float, poll_s: float) -> Iterator[None]:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        deadline = time.monotonic() + wait_s
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    holder = os.pread(fd, 200, 0).decode("utf-8", "replace").strip()
                    raise _refusal(str(path)[:-len(LOCK_SUFFIX)], wait_s, f" ({holder})" if holder else "") from None
                time.sleep(poll_s)
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"held by pid {os.getpid()} since {datetime.now(timezone.utc):%Y-%m-%d %H:%M:%S} UTC".encode(), 0)
        try:
            yield
        finally:
            os.ftruncate(fd, 0)
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)


@contextmanager
def _advisory_lock(url: str, wait_s: float, poll_s: float) -> Iterator[None]:
    with Warehouse.connect(url) as wh:
        deadline = time.monotonic() + wait_s
        while not wh.query("SELECT pg_try_advisory_lock(?)", [ADVISORY_KEY])[0][0]:
            if time.monotonic() >= deadline:
                holder = wh.query("SELECT string_agg(pid::text, ', ') FROM pg_locks WHERE locktype = 'advisory' "
                                  "AND objid = ? AND granted", [ADVISORY_KEY & 0xFFFFFFFF])[0][0]
                raise _refusal("the PostgreSQL warehouse", wait_s, f" (backend pid {holder})" if holder else "")
            time.sleep(poll_s)
        try:
            yield
        finally:
            wh.query("SELECT pg_advisory_unlock(?)", [ADVISORY_KEY])
