"""A night that runs with less than configured is marked degraded, with the reason, everywhere."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from pipeline.runtime import degradation, rules_cache


@pytest.fixture
def broken_models(monkeypatch):
    """natasha and the sentiment model fail to load; a fresh analyser sees it."""
    import pipeline.analyse.stage as stage
    import pipeline.nlp.names as names

    def no_natasha(batch_size: int = 32):
        raise ImportError("natasha wheel missing (forced by the test)")

    def no_sentiment(models_dir):
        raise FileNotFoundError("models/sentiment/model.joblib (forced by the test)")

    monkeypatch.setattr(names, "load_natasha_ner", no_natasha)
    monkeypatch.setattr(stage, "_load_sentiment", no_sentiment)
    rules_cache.clear()
    yield
    rules_cache.clear()  # the next test gets a healthy analyser


class _Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(record.getMessage())


def test_forced_load_failures_mark_the_run_degraded(broken_models, fixtures: Path, duckdb_url: str) -> None:
    from pipeline.flows.nightly import run_night
    from pipeline.warehouse import Warehouse

    handler = _Collect()
    logging.getLogger("servicelens").addHandler(handler)  # the run logger outside a Prefect flow
    try:
        summary = run_night("2026-11-20", fixtures / "night_small", duckdb_url, use_prefect=False)
    finally:
        logging.getLogger("servicelens").removeHandler(handler)
    assert summary.status == "degraded"
    assert any("natasha NER unavailable" in r for r in summary.degraded_reasons)
    assert any("sentiment model unavailable" in r for r in summary.degraded_reasons)
    with Warehouse.connect(duckdb_url, read_only=True) as wh:
        status, reason, loaded = wh.query("SELECT status, degraded_reason, n_loaded FROM etl_run")[0]
    assert status == "degraded" and "natasha" in reason and "sentiment model" in reason
    assert loaded > 0  # the night still went on
    assert any(line.startswith("night 2026-11-20 degraded: ") and "natasha" in line for line in handler.lines)

    # the same analyser serves the next night: it is degraded too, not silently "succeeded"
    again = run_night("2026-11-20", fixtures / "night_small", duckdb_url, use_prefect=False)
    assert again.status == "degraded" and any("sentiment" in r for r in again.degraded_reasons)


def test_healthy_night_is_succeeded(fixtures: Path, duckdb_url: str) -> None:
    from pipeline.flows.nightly import run_night

    rules_cache.clear()
    summary = run_night("2026-11-20", fixtures / "night_small", duckdb_url, use_prefect=False)
    assert summary.status == "succeeded" and summary.degraded_reasons == []


def test_cli_summary_shows_degraded_reasons(capsys) -> None:
    from pipeline.commands.night import print_summary
    from pipeline.flows.run_record import NightSummary

    s = NightSummary("r", "2026-11-20", "duckdb:///x", status="degraded",
                     degraded_reasons=["natasha NER unavailable [/] (x)"])
    with pytest.raises(Exception):  # noqa: B017 - no warehouse at that URL: the table part was printed first
        print_summary([s], "duckdb:////nonexistent/dir/x.duckdb")
    out = capsys.readouterr().out
    assert "DEGRADED" in out and "natasha NER unavailable [/] (x)" in out


def test_collector_keeps_each_reason_once() -> None:
    degradation.start()
    degradation.note("a")
    degradation.note("a")
    degradation.note("b")
    assert degradation.reasons() == ["a", "b"]
    degradation.start()
    assert degradation.reasons() == []


@pytest.mark.slow
def test_prefect_flow_run_log_shows_degraded_night(broken_models, fixtures: Path, duckdb_url: str) -> None:
    from pipeline.flows.nightly import run_night

    handler = _Collect()
    flow_log = logging.getLogger("prefect.flow_runs")
    flow_log.addHandler(handler)
    try:
        summary = run_night("2026-11-20", fixtures / "night_small", duckdb_url, use_prefect=True)
    finally:
        flow_log.removeHandler(handler)
    assert summary.status == "degraded" and any("natasha" in r for r in summary.degraded_reasons)
    assert any(line.startswith("night 2026-11-20 degraded: ") for line in handler.lines), handler.lines
