"""The night end to end: Prefect flow on fixtures, idempotency, quarantine of broken inputs."""

from pathlib import Path

import pytest

from pipeline.flows.nightly import run_night
from pipeline.ingest.emails import email_interaction_id
from pipeline.warehouse import Warehouse

TABLES = ("fct_interaction", "fct_turn", "fct_topic", "fct_signal", "fct_criterion", "fct_flag",
          "dim_customer", "dim_customer_identity", "dim_agent", "etl_quarantine", "fct_repeat_link")
VOLATILE = {"fct_interaction": "loaded_at"}


def _snapshot(url: str) -> dict[str, list]:
    with Warehouse.connect(url, read_only=True) as wh:
        return {t: wh.query(f"SELECT * FROM {t} ORDER BY ALL") for t in TABLES}


@pytest.mark.slow
def test_prefect_flow_loads_the_fixture_night(fixtures: Path, duckdb_url: str):
    summary = run_night("2026-11-20", fixtures / "night_small", duckdb_url, use_prefect=True)
    assert summary.per_channel == {"chat": 3, "email": 1}
    assert summary.quarantined == 0 and summary.status == "succeeded"
    with Warehouse.connect(duckdb_url, read_only=True) as wh:
        assert wh.query("SELECT channel, count(*) FROM fct_interaction GROUP BY 1 ORDER BY 1") == [("chat", 3), ("email", 1)]
        assert wh.query("SELECT count(*) FROM fct_turn")[0][0] == 11 + 3 + 2
        email = wh.query("SELECT n_turns, agent_id, status FROM fct_interaction WHERE channel = 'email'")[0]
        assert email == (2, "A-103", "analysed")
        run = wh.query("SELECT status, n_ingested, n_loaded, n_quarantined, code_version, rules_version FROM etl_run")
        assert run[0][:4] == ("succeeded", 4, 4, 0) and run[0][4] and run[0][5]
        agents = dict(wh.query("SELECT agent_id, team FROM dim_agent"))
        assert agents["A-101"] == "ru-1" and agents["A-103"] is None


def test_same_night_twice_leaves_identical_rows(fixtures: Path, duckdb_url: str):
    first = run_night("2026-11-20", fixtures / "night_small", duckdb_url, use_prefect=False)
    before = _snapshot(duckdb_url)
    second = run_night("2026-11-20", fixtures / "night_small", duckdb_url, use_prefect=False)
    after = _snapshot(duckdb_url)
    assert first.loaded == 4 and second.loaded == 0 and second.unchanged == 4
    assert before == after
    with Warehouse.connect(duckdb_url, read_only=True) as wh:
        assert wh.query("SELECT count(*) FROM etl_run WHERE status = 'succeeded'")[0][0] == 2


def test_broken_inputs_are_quarantined_and_good_ones_loaded(fixtures: Path, duckdb_url: str):
    summary = run_night("2026-11-20", fixtures / "night_broken", duckdb_url, use_prefect=False)
    with Warehouse.connect(duckdb_url, read_only=True) as wh:
        loaded = {r[0] for r in wh.query("SELECT interaction_id FROM fct_interaction")}
        quarantine = wh.query("SELECT source, item, stage, reason FROM etl_quarantine ORDER BY source, item")
    assert loaded == {"chat:g-1", email_interaction_id("good-1@rambler.ru")}
    by_item = {(Path(s).name, i): (stage, reason) for s, i, stage, reason in quarantine}
    expected_files = {"bad_encoding.csv", "unknown_columns.csv", "notes.txt", "empty.eml", "no_from.eml",
                      "mixed.jsonl", "calls.csv", "corrupt.flac"}
    assert {name for name, _ in by_item} == expected_files
    assert by_item[("corrupt.flac", "call:k-4")][0] == "transcribe"
    assert len(quarantine) == summary.quarantined == 5 + 3 + 2 + 3 + 1  # chat lines, chat files, emails, call rows, audio
    # a re-run quarantines nothing twice
    run_night("2026-11-20", fixtures / "night_broken", duckdb_url, use_prefect=False)
    with Warehouse.connect(duckdb_url, read_only=True) as wh:
        assert wh.query("SELECT count(*) FROM etl_quarantine")[0][0] == len(quarantine)
