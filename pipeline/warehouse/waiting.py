"""Opening the warehouse when another process holds it: wait with progress messages, then a clear error.

DuckDB lets one process write a database file, or any number of processes read it, never both at
once: a night's write phase (load, repeat linking) locks out readers and a reader locks out the
night's write phase. Both sides therefore wait for the lock (up to a configurable timeout) instead
of failing at the first try. PostgreSQL never needs this (MVCC: readers and the writer do not block).
"""

from __future__ import annotations

import os
import re
import time
from typing import Callable

from pipeline.warehouse.backend import Warehouse, WarehouseError

READER_WAIT_ENV = "SERVICELENS_LOCK_WAIT_S"
DEFAULT_READER_WAIT_S = 120.0
NIGHT_WAIT_ENV = "SERVICELENS_NIGHT_LOCK_WAIT_S"
DEFAULT_NIGHT_WAIT_S = 1800.0
_LOCK_MARKERS = ("could not set lock", "conflicting lock")


class WarehouseLocked(WarehouseError):
    """Another process held the warehouse for longer than we were willing to wait."""


def is_lock_conflict(exc: BaseException) -> bool:
    return any(m in str(exc).lower() for m in _LOCK_MARKERS)


def lock_holder(exc: BaseException) -> str:
    """``PID 1234`` from DuckDB's lock error, or ``another process``."""
    found = re.search(r"\(PID (\d+)\)", str(exc))
    return f"PID {found.group(1)}" if found else "another process"


def default_wait(env: str = READER_WAIT_ENV, default: float = DEFAULT_READER_WAIT_S) -> float:
    """The wait from ``env`` (seconds) or ``default``; a bad value is a clear error."""
    raw = os.environ.get(env)
    if raw is None or raw.strip() == "":
        return default
    try:
        value = float(raw)
    except ValueError as exc:
        raise WarehouseError(f"{env}={raw!r} is not a number of seconds") from exc
    if value < 0:
        raise WarehouseError(f"{env}={raw!r} must not be negative")
    return value


def connect_waiting(url: str | None, read_only: bool = False, timeout_s: float | None = None,
                    notify: Callable[[str], None] | None = None, poll_s: float = 0.5,
                    notify_every_s: float = 10.0) -> Warehouse:
    """``Warehouse.connect`` that waits while another process holds the DuckDB lock.

    ``notify`` receives a progress line when the wait starts and every ``notify_every_s`` seconds;
    after ``timeout_s`` (default: ``$SERVICELENS_LOCK_WAIT_S`` or 120 s) raises :class:`WarehouseLocked`.
    """
    timeout = default_wait() if timeout_s is None else timeout_s
    started = time.monotonic()
    next_note = started
    while True:
        try:
            return Warehouse.connect(url, read_only=read_only)
        except WarehouseError as exc:
            if not is_lock_conflict(exc):
                raise
            waited = time.monotonic() - started
            holder = lock_holder(exc)
            if waited >= timeout:
                raise WarehouseLocked(
                    f"the warehouse is still locked by {holder} (a night writing, or a reader during a night's "
                    f"write phase) after {waited:.0f} s; try again later or wait longer "
                    f"(--wait SECONDS or ${READER_WAIT_ENV})") from None
            if notify and time.monotonic() >= next_note:
                notify(f"warehouse locked by {holder}; waiting ({waited:.0f} s of {timeout:.0f} s) ...")
                next_note = time.monotonic() + notify_every_s
            time.sleep(min(poll_s, max(0.0, timeout - waited)))
