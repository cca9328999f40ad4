"""Two nights at once (issue 12): the second waits for the first's lock, or refuses with a clear message."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

from pipeline.warehouse import Warehouse
from pipeline.warehouse.lock import NightLocked, lock_path, night_lock

HOLDER = """
import sys, time
from pipeline.warehouse.lock import night_lock
with night_lock(sys.argv[1]):
    print("held", flush=True)
    time.sleep(float(sys.argv[2]))
print("released", flush=True)
"""


def hold_lock(url: str, seconds: float) -> subprocess.Popen:
    """Another process (another night) holding the warehouse lock for ``seconds``."""
    proc = subprocess.Popen([sys.executable, "-c", HOLDER, url, str(seconds)], stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "held"
    return proc


@pytest.fixture
def holder_cleanup():
    procs: list[subprocess.Popen] = []
    yield procs
    for proc in procs:
        if proc.poll() is None:
            proc.kill()
        proc.wait()


def test_lock_file_sits_beside_the_duckdb_file(tmp_path: Path):
    assert lock_path(f"duckdb:///{tmp_path}/wh.duckdb") == tmp_path / "wh.duckdb.night.lock"
    assert lock_path("duckdb:///:memory:") is None
    assert lock_path("postgresql://localhost/x") is None


def test_second_night_refuses_while_the_first_holds_the_lock(tmp_path: Path, holder_cleanup):
    url = f"duckdb:///{tmp_path / 'wh.duckdb'}"
    holder = hold_lock(url, 60)
    holder_cleanup.append(holder)
    start = time.monotonic()
    with pytest.raises(NightLocked, match=r"another night is writing to .*wh\.duckdb \(held by pid \d+ since .*waited 0\.5 s"):
        with night_lock(url, wait_s=0.5):
            pytest.fail("entered while another process held the lock")
    assert 0.5 <= time.monotonic() - start < 5
    holder.kill()  # a night that dies releases its lock with its process
    holder.wait()
    with night_lock(url, wait_s=5):
        pass


def test_second_night_waits_for_the_first_to_finish(tmp_path: Path, holder_cleanup):
    url = f"duckdb:///{tmp_path / 'wh.duckdb'}"
    holder = hold_lock(url, 1.5)
    holder_cleanup.append(holder)
    start = time.monotonic()
    with night_lock(url, wait_s=60):
        waited = time.monotonic() - start
        assert holder.poll() is not None or holder.stdout.readline().strip() == "released"
    assert waited >= 0.5


def test_a_night_refused_by_the_lock_writes_nothing(fixtures: Path, tmp_path: Path, holder_cleanup):
    from test_batches import rules_with

    from pipeline.flows.nightly import run_night

    url = f"duckdb:///{tmp_path / 'wh.duckdb'}"
    holder_cleanup.append(hold_lock(url, 60))
    with pytest.raises(NightLocked):
        run_night("2026-11-20", fixtures / "night_small", url, rules_dir=str(rules_with(tmp_path, lock_wait_s=0)),
                  use_prefect=False)
    assert not Path(tmp_path / "wh.duckdb").exists()


def test_postgres_advisory_lock_between_two_processes(postgres_url: str, holder_cleanup):
    holder = hold_lock(postgres_url, 60)
    holder_cleanup.append(holder)
    with pytest.raises(NightLocked, match=r"PostgreSQL warehouse \(backend pid \d+\)"):
        with night_lock(postgres_url, wait_s=0.5):
            pytest.fail("entered while another process held the advisory lock")
    holder.kill()
    holder.wait()
    with night_lock(postgres_url, wait_s=10):
        with Warehouse.connect(postgres_url) as wh:
            assert wh.query("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted")[0][0] == 1
