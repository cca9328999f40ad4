"""Views with the grain analysts expect (issue 17, item 4): one row per agent beside agent x criterion,
FCR % never NULL without a reason, the review queue by night."""

from pathlib import Path

import pytest

from pipeline.flows.nightly import run_night
from pipeline.warehouse import Warehouse


@pytest.fixture(scope="module")
def night_url(tmp_path_factory) -> str:
    url = f"duckdb:///{tmp_path_factory.mktemp('views') / 'warehouse.duckdb'}"
    run_night("2026-11-20", Path(__file__).parent / "fixtures" / "night_small", url, use_prefect=False)
    return url


def test_agent_scorecard_summary_has_one_row_per_agent(night_url: str):
    with Warehouse.connect(night_url, read_only=True) as wh:
        rows, agents = wh.query("SELECT count(*), count(DISTINCT agent_id) FROM agent_scorecard_summary")[0]
        per_criterion = wh.query("SELECT count(*), count(DISTINCT agent_id) FROM agent_scorecard")[0]
        same = wh.query("SELECT s.agent_id FROM agent_scorecard_summary s JOIN agent_scorecard a USING (agent_id) "
                        "WHERE s.interactions <> a.interactions OR s.critical_failures <> a.critical_failures")
    assert rows == agents == per_criterion[1] >= 2
    assert per_criterion[0] > per_criterion[1]  # the other view really is agent x criterion
    assert same == []


def test_fcr_pct_is_null_only_with_a_reason(night_url: str):
    with Warehouse.connect(night_url, read_only=True) as wh:
        rows = wh.query("SELECT grain, fcr_pct, fcr_pct_null_reason, n_fcr_pending FROM kpi_daily")
    assert rows
    assert all((pct is None) == (reason is not None) for _, pct, reason, _ in rows)
    day = [r for r in rows if r[0] == "day"][0]
    assert day[3] > 0 and day[2] == f"window still open: {day[3]} contact(s) pending"


def test_review_queue_has_the_night(night_url: str):
    with Warehouse.connect(night_url, read_only=True) as wh:
        queue = wh.query("SELECT interaction_id, CAST(night AS TEXT) FROM qa_review_queue")
        other = wh.query("SELECT count(*) FROM qa_review_queue WHERE night = DATE '2026-11-19'")[0][0]
    assert queue == [("chat:c-003", "2026-11-20")] and other == 0
