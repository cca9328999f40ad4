"""Nights that died without finishing: recorded owner process, liveness checks, ``abandoned`` runs.

Each run records the process that owns it (pid, host, and a token made of the boot id and the
process start time, so that a pid reused after a reboot or by another program is not mistaken for
the run) and a heartbeat at each phase. The next run marks every ``running`` run ``abandoned``
when it can prove the owner is gone (same host: no such process, or another process under that
pid), or, for a run of another host it cannot inspect, when its last heartbeat is older than
``stale_after_hours``. ``etl_run.status_reason`` says which.
"""

from __future__ import annotations

import os
import socket
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

from pipeline.warehouse import Warehouse

DEFAULT_STALE_AFTER_HOURS = 24.0


def _now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


def _boot_id() -> str:
    try:
        return Path("/proc/sys/kernel/random/boot_id").read_text().strip()
    except OSError:
        return "unknown-boot"


def process_token(pid: int) -> str | None:
    """``<boot id>:<start time in clock ticks>`` of a live process, None when there is no such process."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except FileNotFoundError:
        return None
    except OSError:
        return "unreadable"
    fields = stat[stat.rfind(")") + 2:].split()  # after "pid (comm) "; field 22 is the start time
    if fields and fields[0] in ("Z", "X"):
        return None  # killed, only waiting to be reaped
    return f"{_boot_id()}:{fields[19]}" if len(fields) > 19 else "unreadable"


@dataclass(frozen=True, slots=True)
class Owner:
    pid: int
    host: str
    token: str | None

    @staticmethod
    def me() -> "Owner":
        pid = os.getpid()
        return Owner(pid, socket.gethostname(), process_token(pid))


def why_dead(pid: int | None, host: str | None, token: str | None, heartbeat: datetime | None,
             now: datetime, stale_after: timedelta, this_host: str) -> str | None:
    """Why a ``running`` run is certainly dead (None: it may still be running)."""
    if pid is not None and host == this_host and Path("/proc").is_dir():
        current = process_token(int(pid))
        if current is None:
            return f"owner process {pid} on {host} no longer exists"
        if token and current != "unreadable" and current != token:
            return f"pid {pid} on {host} now belongs to another process (the owner is gone)"
        return None
    if heartbeat is None or now - heartbeat > stale_after:
        seen = f"last heartbeat {heartbeat:%Y-%m-%d %H:%M} UTC" if heartbeat else "no heartbeat"
        where = f"on host {host}" if host else "by an unknown process"
        return (f"started {where}, which this run cannot inspect; {seen}, older than "
                f"{stale_after.total_seconds() / 3600:g} h")
    return None


def mark_stale_runs(wh: Warehouse, stale_after_hours: float = DEFAULT_STALE_AFTER_HOURS,
                    me: Owner | None = None) -> list[tuple[str, str]]:
    """Mark every ``running`` run whose owner is gone as ``abandoned``; returns (run_id, reason) pairs."""
    me = me or Owner.me()
    now = _now()
    rows = wh.query("SELECT run_id, pid, host, process_token, coalesce(heartbeat_at, started_at) FROM etl_run "
                    "WHERE status = 'running' ORDER BY started_at")
    marked = []
    for run_id, pid, host, token, heartbeat in rows:
        if pid == me.pid and host == me.host and token == me.token:
            continue  # this very process (a run still open in it)
        reason = why_dead(pid, host, token, heartbeat, now, timedelta(hours=stale_after_hours), me.host)
        if reason:
            wh.execute("UPDATE etl_run SET status = 'abandoned', finished_at = ?, status_reason = ? "
                       "WHERE run_id = ? AND status = 'running'", [now, reason, run_id])
            marked.append((run_id, reason))
    return marked


def record_owner(wh: Warehouse, run_id: str, owner: Owner | None = None) -> None:
    owner = owner or Owner.me()
    wh.execute("UPDATE etl_run SET pid = ?, host = ?, process_token = ?, heartbeat_at = ? WHERE run_id = ?",
               [owner.pid, owner.host, owner.token, _now(), run_id])


def heartbeat(wh: Warehouse, run_id: str) -> None:
    wh.execute("UPDATE etl_run SET heartbeat_at = ? WHERE run_id = ?", [_now(), run_id])
