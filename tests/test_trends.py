"""complaint_topic_trends view, the rising-topic test and the `servicelens trends` report."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import numpy as np
import pandas as pd
import pytest
from click.testing import CliRunner

from pipeline.commands.trends import trends
from pipeline.kpi.config import TrendsConfig
from pipeline.kpi.trends import find_trends, score_topics
from pipeline.warehouse import Warehouse, ensure_schema

START = date(2026, 11, 2)  # a Monday: previous week 2-8 Nov, current week 9-15 Nov
# complaints per day and topic: outage rises in the current week, tv a little (+7 a week, chance),
# billing stays level
PER_DAY = {"previous": {"billing": 6, "tv": 4, "outage": 1}, "current": {"billing": 6, "tv": 5, "outage": 5}}


def build(wh):
    ensure_schema(wh)
    rows, topics = [], []
    for d in range(14):
        day = START + timedelta(days=d)
        counts = PER_DAY["previous" if d < 7 else "current"]
        for topic, n in counts.items():
            for k in range(n):
                iid = f"chat:{day}:{topic}:{k}"
                rows.append((iid, "chat", datetime(day.year, day.month, day.day, 8 + k), f"c{topic}{k}", True))
                topics.append((iid, "default", topic, 0.9, 1))
        # contacts that are not complaints never count
        rows.append((f"chat:{day}:ok", "chat", datetime(day.year, day.month, day.day, 12), "cx", False))
        topics.append((f"chat:{day}:ok", "default", "outage", 0.9, 1))
    wh.insert_rows("fct_interaction", ("interaction_id", "channel", "started_at", "customer_id", "is_complaint"), rows)
    wh.insert_rows("fct_topic", ("interaction_id", "taxonomy", "topic", "confidence", "rank"), topics)


@pytest.fixture
def url(duckdb_url):
    with Warehouse.connect(duckdb_url) as wh:
        build(wh)
    return duckdb_url


def test_view_counts_shares_and_previous_period(url):
    with Warehouse.connect(url) as wh:
        df = wh.query_df("SELECT * FROM complaint_topic_trends WHERE taxonomy = 'default'")
    df["period_start"] = pd.to_datetime(df.period_start).dt.date
    week = df[(df.period == "week") & (df.topic == "outage") & (df.period_start == START + timedelta(days=7))].iloc[0]
    assert week.n_complaints_topic == 35 and week.n_complaints == 112
    assert week.share == pytest.approx(35 / 112)
    assert week.previous_n == 7 and week.previous_share == pytest.approx(7 / 77) and week.change_n == 28
    assert len(week.example_ids.split(",")) == 3
    day = df[(df.period == "day") & (df.topic == "billing") & (df.period_start == START)].iloc[0]
    assert day.n_complaints_topic == 6 and day.n_complaints == 11 and np.isnan(day.previous_share)
    first_week = df[(df.period == "week") & (df.period_start == START)]
    assert first_week.previous_n.isna().all()  # no week before the data


def test_rising_topic_found_by_test_not_delta(url):
    with Warehouse.connect(url, read_only=True) as wh:
        result = find_trends(wh, START + timedelta(days=7), START + timedelta(days=13), TrendsConfig())
    assert result.totals == {"current": 112, "previous": 77}
    assert list(result.rising["topic"]) == ["outage"]
    by_topic = result.topics.set_index("topic")
    assert by_topic.loc["outage", "q_value"] < 0.01
    # billing: same count, smaller share; never called out
    assert not by_topic.loc["billing", "rising"] and by_topic.loc["billing", "p_value"] > 0.5
    # tv: more complaints than before (35 vs 28) but not beyond chance
    assert by_topic.loc["tv", "n_current"] > by_topic.loc["tv", "n_previous"] and not by_topic.loc["tv", "rising"]


def test_q_values_are_benjamini_hochberg_of_p_values():
    topics = pd.DataFrame({"topic": ["a", "b", "c", "d"], "n_current": [60, 12, 9, 5], "n_previous": [5, 6, 8, 6]})
    scored = score_topics(topics, {"current": 86, "previous": 25}, alpha=0.05, min_count=3).set_index("topic")
    # sorted p: p_(1) <= ... ; q_(i) = min_{j>=i} p_(j) * n / j, capped at 1
    p = scored["p_value"].sort_values()
    expected = np.minimum(np.minimum.accumulate((p * len(p) / np.arange(1, len(p) + 1))[::-1])[::-1], 1.0)
    assert scored.loc[p.index, "q_value"].to_numpy() == pytest.approx(expected.to_numpy())
    assert scored.loc["a", "rising"] and not scored.loc["d", "rising"]


def test_cli_writes_report_and_pngs(url, tmp_path):
    out = tmp_path / "reports"
    res = CliRunner().invoke(trends, ["--from", str(START + timedelta(days=7)), "--to", str(START + timedelta(days=13)),
                                      "--warehouse", url, "--out", str(out)])
    assert res.exit_code == 0, res.output
    assert "rising: outage: 35 vs 7" in res.output and "rising: tv" not in res.output
    html = (out / "trends_2026-11-09_2026-11-15.html").read_text(encoding="utf-8")
    assert "outage" in html and "complaint_topic_trends" in html
    for png in ("rising_topics", "topics_daily", "kpi_daily"):
        assert (out / f"trends_2026-11-09_2026-11-15_{png}.png").stat().st_size > 5000
        assert f"trends_2026-11-09_2026-11-15_{png}.png" in html


def test_cli_rejects_bad_range(url, tmp_path):
    res = CliRunner().invoke(trends, ["--from", "2026-11-15", "--to", "2026-11-09", "--warehouse", url,
                                      "--out", str(tmp_path)])
    assert res.exit_code != 0 and "before" in res.output
