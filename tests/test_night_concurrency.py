"""Readers and the night at the same time: the night holds the DuckDB write lock only while writing;
readers that meet the lock wait with a progress message, then fail with one line (no traceback),
or succeed once the writer lets go."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

from pipeline.warehouse import Warehouse
from tiny_warehouse import fill_tiny_warehouse

HOLD = "import duckdb, sys; con = duckdb.connect(sys.argv[1]); print('held', flush=True); sys.stdin.read()"


_fill = fill_tiny_warehouse


def _cli(*args: str, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pipeline.cli", *args], capture_output=True, text=True,
                          timeout=timeout)


@pytest.fixture
def held(tmp_path: Path):
    """A warehouse whose write lock another process holds until the test closes its stdin."""
    path = tmp_path / "warehouse.duckdb"
    _fill(f"duckdb:///{path}")
    holder = subprocess.Popen([sys.executable, "-c", HOLD, str(path)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                              text=True)
    assert holder.stdout.readline().strip() == "held"
    yield path, holder
    if holder.poll() is None:
        holder.stdin.close()
        holder.wait(timeout=30)


@pytest.mark.parametrize("command", [
    ["query", "SELECT count(*) FROM fct_turn"],
    ["review"],
    ["export", "--out", "{tmp}/parquet"],
    ["trends", "--from", "2026-11-16", "--to", "2026-11-22", "--out", "{tmp}/reports"],
])
def test_reader_waits_then_times_out_with_one_clear_line(held, command):
    path, holder = held
    args = [a.replace("{tmp}", str(path.parent)) for a in command]
    started = time.monotonic()
    proc = _cli(*args, "--warehouse", f"duckdb:///{path}", "--wait", "2")
    waited = time.monotonic() - started
    assert proc.returncode == 1, proc.stderr
    assert "Traceback" not in proc.stderr + proc.stdout
    lines = proc.stderr.strip().splitlines()
    assert lines[0].startswith(f"warehouse locked by PID {holder.pid}; waiting")
    assert lines[-1].startswith(f"Error: the warehouse is still locked by PID {holder.pid}")
    assert waited >= 2


def test_reader_succeeds_when_the_writer_lets_go(held):
    path, holder = held
    reader = subprocess.Popen([sys.executable, "-m", "pipeline.cli", "query", "--warehouse", f"duckdb:///{path}",
                               "--csv", "--wait", "120", "SELECT count(*) AS n FROM fct_turn"],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    first = reader.stderr.readline()
    assert first.startswith(f"warehouse locked by PID {holder.pid}; waiting"), first
    holder.stdin.close()  # the night's write phase ends
    out, err = reader.communicate(timeout=120)
    assert reader.returncode == 0, err
    assert out.splitlines() == ["n", "3"] and "Traceback" not in err


@pytest.mark.slow
def test_the_night_holds_no_lock_while_it_ingests_and_analyses(tmp_path: Path, fixtures: Path, monkeypatch):
    """During the night's analysis another process can read the warehouse (it could not before)."""
    from pipeline.analyse import stage as analyse_module
    from pipeline.flows import nightly

    url = f"duckdb:///{tmp_path / 'warehouse.duckdb'}"
    seen: dict[str, subprocess.CompletedProcess] = {}
    real_analyse = analyse_module.analyse_stage

    def analyse_while_reading(interactions, rules, models):
        seen["reader"] = _cli("query", "--warehouse", url, "--csv", "--wait", "0",
                              "SELECT status FROM etl_run")
        return real_analyse(interactions, rules, models)

    monkeypatch.setattr(analyse_module, "analyse_stage", analyse_while_reading)  # batches call it from there
    summary = nightly.run_night("2026-11-20", fixtures / "night_small", url, use_prefect=False)
    assert summary.loaded > 0
    reader = seen["reader"]
    assert reader.returncode == 0, reader.stderr
    assert reader.stdout.splitlines() == ["status", "running"]
    with Warehouse.connect(url, read_only=True) as wh:
        assert wh.query("SELECT status, pid IS NOT NULL, host IS NOT NULL FROM etl_run") == [("succeeded", True, True)]


@pytest.mark.slow
def test_the_night_waits_for_a_reader_to_finish_its_write_phase(tmp_path: Path, fixtures: Path, monkeypatch):
    """A reader holding the file when the night wants to load delays the night; it does not fail it."""
    from pipeline.scoring import stage as scoring
    from pipeline.flows import nightly

    path = tmp_path / "warehouse.duckdb"
    url = f"duckdb:///{path}"
    reader: dict[str, subprocess.Popen] = {}
    real_score = scoring.score_stage

    def score_then_reader_arrives(interactions, rules):
        result = real_score(interactions, rules)
        script = ("import duckdb, sys, time; con = duckdb.connect(sys.argv[1], read_only=True); "
                  "print('reading', flush=True); time.sleep(3)")
        reader["p"] = subprocess.Popen([sys.executable, "-c", script, str(path)], stdout=subprocess.PIPE, text=True)
        assert reader["p"].stdout.readline().strip() == "reading"
        return result

    monkeypatch.setattr(scoring, "score_stage", score_then_reader_arrives)  # batches call it from there
    started = time.monotonic()
    summary = nightly.run_night("2026-11-20", fixtures / "night_small", url, use_prefect=False)
    assert summary.status == "succeeded" and summary.loaded > 0
    assert reader["p"].wait(timeout=30) == 0
    assert time.monotonic() - started >= 3
