"""Nights in batches (issue 12): same warehouse as one pass, on Dask too; failed batches set aside whole."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
import yaml

import pipeline.flows.batches as batches_module
from pipeline.config import DEFAULT_RULES_DIR, ConfigError
from pipeline.flows.batches import BatchConfig, load_batch_config, split_batches
from pipeline.flows.nightly import run_night
from pipeline.flows.progress import NightProgress, format_eta
from pipeline.warehouse import Warehouse

NIGHTS = (("2026-11-20", "night_small"), ("2026-11-20", "night_broken"))
# columns that legitimately differ between two runs: which run wrote a row and when
VOLATILE = {"run_id", "loaded_at", "merged_at"}
VOLATILE_BY_TABLE = {"etl_quarantine": {"first_seen_at"}}
SKIP_TABLES = {"etl_run", "etl_data_test"}  # per-run logs: each run adds its own rows


def rules_with(tmp_path: Path, **batches) -> Path:
    rules = tmp_path / "rules"
    if not rules.exists():
        shutil.copytree(DEFAULT_RULES_DIR, rules)
    path = rules / "pipeline.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["batches"] = {**data.get("batches", {}), **batches}
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return rules


def warehouse_rows(url: str) -> dict[str, list[tuple]]:
    """Every table of the warehouse ordered by all its columns, without the volatile columns."""
    out = {}
    with Warehouse.connect(url, read_only=True) as wh:
        tables = [r[0] for r in wh.query("SELECT table_name FROM information_schema.tables "
                                         "WHERE table_type = 'BASE TABLE' ORDER BY 1")]
        for table in tables:
            if table in SKIP_TABLES:
                continue
            columns = [r[0] for r in wh.query("SELECT column_name FROM information_schema.columns "
                                              "WHERE table_name = ? ORDER BY ordinal_position", [table])]
            keep = [c for c in columns if c not in VOLATILE | VOLATILE_BY_TABLE.get(table, set())]
            out[table] = wh.query(f"SELECT {', '.join(keep)} FROM {table} ORDER BY ALL")
    return out


def run_nights(fixtures: Path, url: str, rules: Path, **kwargs) -> list:
    return [run_night(d, fixtures / name, url, rules_dir=str(rules), use_prefect=False, **kwargs)
            for d, name in NIGHTS]


def test_split_batches_keeps_order_and_size():
    items = list(range(7))
    assert split_batches(items, 3) == [[0, 1, 2], [3, 4, 5], [6]]
    assert split_batches([], 3) == []


def test_batch_settings_are_validated(tmp_path: Path):
    assert load_batch_config(DEFAULT_RULES_DIR) == BatchConfig(size=2000, retries=1, in_flight_per_worker=2,
                                                               lock_wait_s=300)
    rules = rules_with(tmp_path, size=0)
    with pytest.raises(ConfigError, match=r"pipeline.yaml: batches.size"):
        load_batch_config(rules)


def test_progress_reports_rate_and_eta():
    now = [0.0]
    progress = NightProgress(n_batches=4, n_interactions=200, clock=lambda: now[0])
    progress.start("in process")
    now[0] = 5.0
    progress.batch_done(50)
    now[0] = 10.0
    line = progress.batch_done(50)
    assert line == "batch 2/4 done: 100/200 interactions, 10.0 interactions/s, ETA 0m10s"
    assert format_eta(3725) == "1h02m05s" and format_eta(None) == "?"


def test_batched_night_equals_one_pass(fixtures: Path, tmp_path: Path, caplog):
    one_pass_url = f"duckdb:///{tmp_path / 'one.duckdb'}"
    batched_url = f"duckdb:///{tmp_path / 'batched.duckdb'}"
    run_nights(fixtures, one_pass_url, rules_with(tmp_path, size=100_000))
    spill = tmp_path / "spill"
    spill.mkdir()
    with caplog.at_level("INFO", logger="servicelens"):
        summaries = run_nights(fixtures, batched_url, rules_with(tmp_path, size=1, spill_dir=str(spill)))
    assert list(spill.iterdir()) == []  # the night's sorted spill is removed when the night ends
    timings = summaries[0].timings
    assert timings["batch_cpu_s"] > 0 and timings["load_s"] > 0 and timings["workers_seen"] == 1
    assert timings["first_batch_cpu_s"] <= timings["batch_cpu_s"] and timings["ingest_s"] > 0
    peaks = summaries[0].peak_rss_mb  # the flow process's peak after each step: never falls, in MiB
    assert list(peaks) == ["ingest", "batches", "repeat", "themes", "data_tests"]
    assert 50 < peaks["ingest"] <= peaks["batches"] <= peaks["repeat"] <= peaks["themes"] <= peaks["data_tests"]
    # in process the batches ran in the flow process: its own peak, reported with each batch
    assert 50 < summaries[0].worker_peak_rss_mb <= peaks["data_tests"]
    progress = [r.getMessage() for r in caplog.records if r.getMessage().startswith("batch ")]
    assert progress[0].startswith("batch 1/4 done: 1/4 interactions, ") and " ETA " in progress[0]
    assert progress[3].startswith("batch 4/4 done: 4/4 interactions, ") and progress[3].endswith("ETA 0m00s")
    assert summaries[0].per_channel == {"chat": 3, "email": 1} and summaries[0].loaded == 4
    expected = warehouse_rows(one_pass_url)
    assert expected["fct_interaction"] and expected["etl_quarantine"]
    assert warehouse_rows(batched_url) == expected
    # and a re-run of the batched night writes nothing
    again = run_night("2026-11-20", fixtures / "night_small", batched_url, rules_dir=str(rules_with(tmp_path, size=1)),
                      use_prefect=False)
    assert again.loaded == 0 and again.unchanged == 4
    assert warehouse_rows(batched_url) == expected


def test_a_failing_batch_is_quarantined_whole_and_the_others_load(fixtures: Path, tmp_path: Path, monkeypatch):
    url = f"duckdb:///{tmp_path / 'wh.duckdb'}"
    real = batches_module.process_batch
    calls: list[list[str]] = []

    def crashing(interactions, *args):
        ids = [ix.interaction_id for ix in interactions]
        calls.append(ids)
        if "chat:c-003" in ids:
            raise MemoryError("worker ran out of memory")
        return real(interactions, *args)

    monkeypatch.setattr(batches_module, "process_batch", crashing)
    summary = run_night("2026-11-20", fixtures / "night_small", url, rules_dir=str(rules_with(tmp_path, size=2)),
                        use_prefect=False)
    failed = [ids for ids in calls if "chat:c-003" in ids]
    assert len(failed) == 2, "the failing batch is retried once (batches.retries: 1)"
    with Warehouse.connect(url, read_only=True) as wh:
        loaded = {r[0] for r in wh.query("SELECT interaction_id FROM fct_interaction")}
        quarantined = wh.query("SELECT item, stage, reason FROM etl_quarantine ORDER BY item")
    assert loaded and not loaded & set(failed[0])
    assert len(loaded) + len(failed[0]) == 4
    assert [q[0] for q in quarantined] == sorted(failed[0])
    assert all(stage == "batch" and "failed and was set aside whole: MemoryError" in reason
               for _, stage, reason in quarantined)
    assert "out of memory" not in quarantined[0][2]  # the type only: messages may quote raw text
    assert summary.quarantined == len(failed[0])


@pytest.mark.slow
def test_dask_local_cluster_with_two_workers_gives_the_same_warehouse(fixtures: Path, tmp_path: Path):
    reference_url = f"duckdb:///{tmp_path / 'one.duckdb'}"
    dask_url = f"duckdb:///{tmp_path / 'dask.duckdb'}"
    run_nights(fixtures, reference_url, rules_with(tmp_path, size=100_000))
    summaries = run_nights(fixtures, dask_url, rules_with(tmp_path, size=1), workers=2)
    assert summaries[0].loaded == 4
    assert warehouse_rows(dask_url) == warehouse_rows(reference_url)


@pytest.mark.slow
def test_batched_night_on_postgres_loads_once(fixtures: Path, tmp_path: Path, postgres_url: str):
    with Warehouse.connect(postgres_url) as wh:
        wh.execute("DROP DATABASE IF EXISTS sl_batches")
        wh.execute("CREATE DATABASE sl_batches")
    url = postgres_url.rsplit("/", 1)[0] + "/sl_batches"
    duck_url = f"duckdb:///{tmp_path / 'one.duckdb'}"
    run_night("2026-11-20", fixtures / "night_small", duck_url, rules_dir=str(rules_with(tmp_path, size=100_000)),
              use_prefect=False)
    rules = str(rules_with(tmp_path, size=1))
    first = run_night("2026-11-20", fixtures / "night_small", url, rules_dir=rules, use_prefect=False)
    second = run_night("2026-11-20", fixtures / "night_small", url, rules_dir=rules, use_prefect=False)
    assert (first.loaded, second.loaded, second.unchanged) == (4, 0, 4)
    sql = "SELECT interaction_id, channel, customer_id, qa_score, n_turns FROM fct_interaction ORDER BY interaction_id"
    with Warehouse.connect(url, read_only=True) as pg, Warehouse.connect(duck_url, read_only=True) as duck:
        pg_rows = [(i, c, cust, None if q is None else float(q), n) for i, c, cust, q, n in pg.query(sql)]
        assert pg_rows == duck.query(sql)


def test_a_batch_whose_load_fails_is_quarantined_and_the_others_load(fixtures: Path, tmp_path: Path, monkeypatch):
    import pipeline.flows.steps as steps

    url = f"duckdb:///{tmp_path / 'wh.duckdb'}"
    real_load = steps.load

    def failing_load(wh, part, rejected, run, config):
        if any(ix.interaction_id == "chat:c-003" for ix in part.interactions):
            raise ValueError("constraint violated")
        return real_load(wh, part, rejected, run, config)

    monkeypatch.setattr(steps, "load", failing_load)
    summary = run_night("2026-11-20", fixtures / "night_small", url, rules_dir=str(rules_with(tmp_path, size=1)),
                        use_prefect=False)
    with Warehouse.connect(url, read_only=True) as wh:
        loaded = {r[0] for r in wh.query("SELECT interaction_id FROM fct_interaction")}
        quarantined = wh.query("SELECT item, stage, reason FROM etl_quarantine")
    assert len(loaded) == 3 and "chat:c-003" not in loaded
    assert [q[:2] for q in quarantined] == [("chat:c-003", "load")]
    assert re.fullmatch(r"batch [1-4]/4 failed and was set aside whole: ValueError", quarantined[0][2])
    assert summary.loaded == 3 and summary.quarantined == 1
