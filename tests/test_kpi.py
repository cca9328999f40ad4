"""kpi_daily on a tiny history whose figures are worked out by hand."""

from __future__ import annotations

from datetime import date, datetime
from types import SimpleNamespace

import pandas as pd
import pytest

from pipeline.customers.merging import IdentityConfig
from pipeline.customers.repeat import link_repeats
from pipeline.kpi.config import KpiConfig
from pipeline.warehouse import Warehouse, ensure_schema

D = datetime(2026, 11, 20, 10, 0)
COLS = ("interaction_id", "channel", "started_at", "customer_id", "agent_id", "queue", "handle_time_s",
        "first_response_s", "hold_s", "wrap_up_s", "queue_wait_s", "qa_score", "is_complaint", "sentiment_score",
        "run_id")
ROWS = [
    ("chat:1", "chat", D, "c1", "a1", "q1", 300, 30, None, None, None, 80, False, 0.5, "r"),
    ("chat:2", "chat", D, "c2", "a1", "q1", 500, 90, None, None, None, 60, True, -0.5, "r"),
    ("email:1", "email", D, "c3", "a2", "q2", 1000, 3600, None, None, None, None, False, 0.0, "r"),
    ("call:1", "call", D, "c4", "a2", "q2", 200, None, 30, 20, 10, 70, True, None, "r"),
    ("call:2", "call", D, "c5", "a2", "q2", 100, None, None, None, 40, 90, False, None, "r"),
    ("call:3", "call", D, "c6", "a2", None, 100, None, None, None, None, None, False, None, "r"),
    ("chat:3", "chat", datetime(2026, 11, 21, 9), "c1", "a1", "q1", 200, 20, None, None, None, 100, False, 0.0, "r"),
]
SURVEYS = [("s1", "chat:1", "csat", 5, True, None), ("s2", "chat:2", "csat", 2, False, None),
           ("s3", "call:1", "nps", 10, True, False), ("s4", "call:2", "nps", 3, False, True),
           ("s5", "call:3", "nps", 8, False, False), ("s6", "email:1", "ces", 3, None, None)]


def build(wh, config, run_date=date(2026, 12, 31)):
    ensure_schema(wh)
    wh.insert_rows("fct_interaction", COLS, ROWS)
    wh.insert_rows("fct_topic", ("interaction_id", "taxonomy", "topic", "confidence", "rank"),
                   [(r[0], "default", "billing", 0.9, 1) for r in ROWS])
    wh.insert_rows("dim_agent", ("agent_id", "team"), [("a1", "T1"), ("a2", "T2")])
    wh.insert_rows("fct_survey", ("survey_id", "interaction_id", "survey_type", "score", "is_positive", "is_negative"),
                   SURVEYS)
    link_repeats(wh, SimpleNamespace(run_id="r", run_date=run_date), config, identity_config=IdentityConfig())


@pytest.fixture
def wh(duckdb_url):
    with Warehouse.connect(duckdb_url) as w:
        build(w, KpiConfig())
        yield w


def kpi(wh, where, params=()):
    df = wh.query_df(f"SELECT * FROM kpi_daily WHERE {where}", list(params))
    assert len(df) == 1, df
    return df.iloc[0]


def test_day_and_channel_figures(wh):
    day = kpi(wh, "grain = 'day' AND day = ?", [D.date()])
    assert day.n_interactions == 6 and day.channel is None
    assert day.complaint_rate_pct == pytest.approx(100 * 2 / 6)
    chat = kpi(wh, "grain = 'channel' AND day = ? AND channel = 'chat'", [D.date()])
    assert chat.n_interactions == 2 and chat.aht_s == 400
    assert chat.avg_first_response_s == 60 and chat.sla_met_pct == 50  # 30 s met, 90 s missed (60 s)
    assert chat.fcr_pct == 50 and chat.n_fcr_not_resolved == 1  # c1 came back next day, same topic
    assert chat.csat_pct == 50 and chat.csat_n == 2 and chat.avg_qa_score == 70
    assert chat.avg_sentiment == 0 and chat.repeat_rate_pct == 0
    email = kpi(wh, "grain = 'channel' AND day = ? AND channel = 'email'", [D.date()])
    assert email.sla_met_pct == 100 and email.ces_avg == 3  # 1 h within the 4 h email SLA
    call = kpi(wh, "grain = 'channel' AND day = ? AND channel = 'call'", [D.date()])
    assert call.aht_s == pytest.approx((250 + 100 + 100) / 3)  # talk + hold + wrap-up
    assert call.n_calls_with_wait == 2 and call.answered_in_threshold_pct == 50  # 10 s in, 40 s out of 20 s
    assert pd.isna(call.sla_met_pct)  # first-response SLA does not apply to calls
    assert call.nps == 0 and call.nps_n == 3  # 1 promoter, 1 passive, 1 detractor
    nxt = kpi(wh, "grain = 'channel' AND day = ? AND channel = 'chat'", [date(2026, 11, 21)])
    assert nxt.repeat_rate_pct == 100 and nxt.same_topic_repeat_rate_pct == 100


def test_queue_team_agent_grains(wh):
    agent = kpi(wh, "grain = 'agent' AND day = ? AND agent_id = 'a1'", [D.date()])
    assert agent.team == "T1" and agent.channel == "chat" and agent.n_interactions == 2 and agent.queue is None
    team = kpi(wh, "grain = 'team' AND day = ? AND team = 'T2' AND channel = 'call'", [D.date()])
    assert team.n_interactions == 3
    none_queue = kpi(wh, "grain = 'queue' AND day = ? AND channel = 'call' AND queue = '(none)'", [D.date()])
    assert none_queue.n_interactions == 1
    grains = {g for (g,) in wh.query("SELECT DISTINCT grain FROM kpi_daily")}
    assert grains == {"day", "channel", "queue", "team", "agent"}


def test_thresholds_come_from_rules(duckdb_url):
    config = KpiConfig.model_validate({"sla": {"chat": {"threshold_s": 100}, "call": {"threshold_s": 45}}})
    with Warehouse.connect(duckdb_url) as wh:
        build(wh, config)
        assert kpi(wh, "grain = 'channel' AND day = ? AND channel = 'chat'", [D.date()]).sla_met_pct == 100
        assert kpi(wh, "grain = 'channel' AND day = ? AND channel = 'call'", [D.date()]).answered_in_threshold_pct == 100
        # no email threshold configured: the loader's sla_met would be used, here there is none
        assert pd.isna(kpi(wh, "grain = 'channel' AND day = ? AND channel = 'email'", [D.date()]).sla_met_pct)


def test_fcr_waits_for_open_windows(duckdb_url):
    with Warehouse.connect(duckdb_url) as wh:
        build(wh, KpiConfig(), run_date=date(2026, 11, 21))  # the night after: 7-day windows still open
        chat = kpi(wh, "grain = 'channel' AND day = ? AND channel = 'chat'", [D.date()])
        assert chat.n_fcr_not_resolved == 1 and chat.n_fcr_pending == 1
        assert pd.isna(chat.fcr_pct) and chat.fcr_provisional_pct == 50
