"""A night killed by SIGKILL: the next run marks it abandoned (and says how it knew), and Prefect's
temporary server does not outlive the killed process."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from pipeline.flows.run_liveness import Owner, mark_stale_runs, process_token, why_dead
from pipeline.warehouse import Warehouse

HANG_IN_ANALYSIS = """
import sys, time
from pipeline.analyse import stage
from pipeline.flows import nightly
def hang(*args, **kwargs):
    print("analysing", flush=True)
    time.sleep(600)
stage.analyse_stage = hang  # the night's batches call it from its module
nightly.run_night(sys.argv[1], sys.argv[2], sys.argv[3], use_prefect=False)
"""

START_TEMPORARY_SERVER = """
import time
from pipeline.flows import nightly  # noqa: F401  (Prefect settings and the server watchdog)
from prefect.server.api.server import SubprocessASGIServer
server = SubprocessASGIServer()
server.start()
print(server.server_process.pid, flush=True)
time.sleep(600)
"""


def _gone(pid: int, within_s: float) -> bool:
    deadline = time.monotonic() + within_s
    while time.monotonic() < deadline:
        if process_token(pid) is None:
            return True
        time.sleep(0.2)
    return False


def _kill(proc: subprocess.Popen) -> None:
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)


@pytest.mark.slow
def test_a_night_killed_by_sigkill_is_marked_abandoned_by_the_next(tmp_path: Path, fixtures: Path):
    url = f"duckdb:///{tmp_path / 'warehouse.duckdb'}"
    night = subprocess.Popen([sys.executable, "-c", HANG_IN_ANALYSIS, "2026-11-20", str(fixtures / "night_small"), url],
                             stdout=subprocess.PIPE, text=True)
    assert night.stdout.readline().strip() == "analysing"
    _kill(night)
    with Warehouse.connect(url, read_only=True) as wh:
        assert wh.query("SELECT status, pid FROM etl_run") == [("running", night.pid)]

    from pipeline.flows.nightly import run_night

    summary = run_night("2026-11-20", fixtures / "night_small", url, use_prefect=False)
    with Warehouse.connect(url, read_only=True) as wh:
        rows = dict(wh.query("SELECT run_id, status FROM etl_run"))
        killed = wh.query("SELECT status, status_reason, finished_at IS NOT NULL FROM etl_run WHERE pid = ?",
                          [night.pid])
    assert rows[summary.run_id] == "succeeded"
    assert len(killed) == 1 and killed[0][0] == "abandoned" and killed[0][2]
    assert killed[0][1].startswith(f"owner process {night.pid} on ") and "no longer exists" in killed[0][1]


@pytest.mark.slow
def test_prefect_temporary_server_dies_with_a_killed_cli():
    cli = subprocess.Popen([sys.executable, "-c", START_TEMPORARY_SERVER], stdout=subprocess.PIPE, text=True)
    try:
        server_pid = int(cli.stdout.readline())
    except ValueError:
        _kill(cli)
        raise
    assert process_token(server_pid) is not None
    _kill(cli)
    assert _gone(server_pid, within_s=30), f"Prefect's temporary server {server_pid} outlived the killed CLI"


def test_liveness_rules():
    now = datetime(2026, 12, 2, 3, 0)
    me = Owner.me()
    day = timedelta(hours=24)
    assert why_dead(me.pid, me.host, me.token, now, now, day, me.host) is None  # alive
    reused = why_dead(me.pid, me.host, "other-boot:1", now, now, day, me.host)
    assert reused and "now belongs to another process" in reused
    finished = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    gone_pid = int(finished.stdout)
    assert "no longer exists" in why_dead(gone_pid, me.host, "x", now, now, day, me.host)
    # another host: only the heartbeat can tell
    assert why_dead(123, "elsewhere", "t", now - timedelta(hours=2), now, day, me.host) is None
    far = why_dead(123, "elsewhere", "t", now - timedelta(hours=30), now, day, me.host)
    assert far and "on host elsewhere" in far and "older than 24 h" in far


def test_mark_stale_runs_keeps_live_runs(duckdb_url: str):
    from pipeline.warehouse import ensure_schema

    with Warehouse.connect(duckdb_url) as wh:
        ensure_schema(wh)
        me = Owner.me()
        now = datetime.now()
        wh.insert_rows("etl_run", ["run_id", "status", "started_at", "pid", "host", "process_token", "heartbeat_at"], [
            ("alive", "running", now, me.pid, me.host, me.token, now),
            ("old-elsewhere", "running", now - timedelta(days=3), 1, "elsewhere", "t", now - timedelta(days=3)),
            ("done", "succeeded", now, 1, "elsewhere", "t", now),
        ])
        marked = dict(mark_stale_runs(wh, stale_after_hours=24, me=Owner(me.pid + 1, me.host, "other")))
        assert set(marked) == {"old-elsewhere"}
        assert dict(wh.query("SELECT run_id, status FROM etl_run")) == {
            "alive": "running", "old-elsewhere": "abandoned", "done": "succeeded"}


def test_a_failed_night_says_why_without_quoting_input(tmp_path: Path, duckdb_url: str):
    from pipeline.flows.nightly import run_night

    with pytest.raises(FileNotFoundError):
        run_night("2026-11-20", tmp_path, duckdb_url, use_prefect=False)
    with Warehouse.connect(duckdb_url, read_only=True) as wh:
        assert wh.query("SELECT status, status_reason FROM etl_run") == [
            ("failed", "FileNotFoundError (see the night's log)")]


def test_an_orphaned_temporary_server_is_stopped_when_the_next_cli_starts(tmp_path: Path):
    """Belt and braces for a CLI killed together with its watchdog: the next start finds its orphan."""
    from pipeline.flows.server_watchdog import SERVER_MARKER, stop_orphaned_servers

    home = str(tmp_path / "prefect-home")
    orphan_maker = (
        "import subprocess, sys; "
        "p = subprocess.Popen([sys.executable, '-c', 'import time; time.sleep(600)', '--factory', sys.argv[1]], "
        "env={'PREFECT_HOME': sys.argv[2]}, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL); "
        "print(p.pid, flush=True)")
    made = subprocess.run([sys.executable, "-c", orphan_maker, SERVER_MARKER, home], capture_output=True, text=True,
                          timeout=60)
    orphan = int(made.stdout)
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        stat = Path(f"/proc/{orphan}/stat").read_text()
        if int(stat[stat.rfind(")") + 2:].split()[1]) == 1:
            break
        time.sleep(0.1)
    else:
        os.kill(orphan, signal.SIGKILL)
        pytest.skip("orphans are not re-parented to init here (a sub-reaper is set)")
    try:
        assert stop_orphaned_servers(str(tmp_path / "another-home")) == []  # not ours: left alone
        assert process_token(orphan) is not None
        assert stop_orphaned_servers(home) == [orphan]
        assert _gone(orphan, within_s=10)
    finally:
        if process_token(orphan) is not None:
            os.kill(orphan, signal.SIGKILL)
