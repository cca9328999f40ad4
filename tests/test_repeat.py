"""Repeat contacts, FCR and identity merging on constructed histories (DuckDB in a tmp dir)."""

from __future__ import annotations

import json
import random
from datetime import date, datetime, timedelta
from types import SimpleNamespace

import pytest

from pipeline.config import ConfigError, load_rules
from pipeline.customers.merging import IdentityConfig
from pipeline.customers.repeat import link_repeats
from pipeline.kpi.config import KpiConfig
from pipeline.warehouse import Warehouse, ensure_schema

T0 = datetime(2026, 11, 2, 9, 0)
CFG = KpiConfig()
IDS = IdentityConfig()


@pytest.fixture
def wh(duckdb_url):
    with Warehouse.connect(duckdb_url) as w:
        ensure_schema(w)
        yield w


def add(wh, rows, run_id="r1"):
    """rows: (interaction_id, customer_id, hours after T0, channel, [topics])."""
    wh.insert_rows("fct_interaction", ("interaction_id", "channel", "started_at", "customer_id", "run_id", "run_date"),
                   [(i, ch, T0 + timedelta(hours=h), c, run_id, (T0 + timedelta(hours=h)).date())
                    for i, c, h, ch, _ in rows])
    wh.insert_rows("fct_topic", ("interaction_id", "taxonomy", "topic", "confidence", "rank", "run_id"),
                   [(i, "default", t, 0.9, k, run_id) for i, _, _, _, ts in rows for k, t in enumerate(ts, 1)])


def run(wh, run_id="r1", day=None, config=CFG):
    return link_repeats(wh, SimpleNamespace(run_id=run_id, run_date=day or date(2026, 12, 31)), config,
                        identity_config=IDS)


def links(wh):
    return {(r[0], r[1]): (r[2], round(r[3], 3)) + r[4:] for r in wh.query(
        "SELECT interaction_id, repeat_window, previous_interaction_id, gap_hours, same_topic, "
        "previous_same_topic_interaction_id, channel, previous_channel FROM fct_repeat_link")}


def status(wh):
    return {r[0]: (r[1], r[2]) for r in wh.query("SELECT interaction_id, is_repeat, fcr_status FROM fct_interaction")}


def test_window_boundaries_are_inclusive(wh):
    add(wh, [("a1", "c1", 0, "chat", ["billing"]), ("a2", "c1", 168, "chat", ["billing"]),
             ("b1", "c2", 0, "chat", ["billing"]), ("b2", "c2", 168 + 1 / 60, "chat", ["billing"]),
             ("d1", "c3", 0, "call", ["billing"]), ("d2", "c3", 24, "call", ["billing"])])
    run(wh)
    got = links(wh)
    assert {w for (i, w) in got if i == "a2"} == {"7d", "30d"}  # exactly 7 days: still a repeat
    assert {w for (i, w) in got if i == "b2"} == {"30d"}  # one minute past: only the 30-day window
    assert {w for (i, w) in got if i == "d2"} == {"24h", "7d", "30d"}
    assert not any(i in ("a1", "b1", "d1") for i, _ in got)
    s = status(wh)
    assert s["a2"][0] is True and s["b2"][0] is False and s["a1"][0] is False
    assert s["a1"][1] == "not_resolved" and s["b1"][1] == "resolved"


def test_same_topic_versus_another_topic_and_flag(wh):
    add(wh, [("x", "c1", 0, "chat", ["billing"]), ("y", "c1", 2, "email", ["internet"]),
             ("z", "c1", 5, "call", ["tv", "billing"])])
    counts = run(wh)
    got = links(wh)
    assert got[("y", "7d")] == ("x", 2.0, False, None, "email", "chat")
    # latest earlier contact is y (other topic); the latest same-topic one is x
    assert got[("z", "7d")] == ("y", 3.0, True, "x", "call", "email")
    assert counts["repeats"] == 2 and counts["same_topic_repeats"] == 1
    flags = wh.query("SELECT interaction_id, priority, evidence FROM fct_flag WHERE flag = 'repeat_contact'")
    assert [(f[0], f[1]) for f in flags] == [("z", 2)]
    evidence = json.loads(flags[0][2])
    assert evidence["previous_interaction_id"] == "x" and evidence["gap_hours"] == 5.0 and evidence["window"] == "7d"
    assert wh.query("SELECT n_flags, top_flag_priority FROM fct_interaction WHERE interaction_id = 'z'") == [(1, 2)]
    s = status(wh)
    assert s["x"][1] == "not_resolved"  # a billing contact follows within 7 days
    assert s["y"][1] == "resolved" and s["z"][1] == "resolved"


def test_top_topic_mode_compares_rank_one_only(wh):
    add(wh, [("x", "c1", 0, "chat", ["billing", "tv"]), ("z", "c1", 5, "chat", ["tv", "internet"])])
    top = KpiConfig.model_validate({"repeat": {"same_topic": "top"}})
    run(wh, config=top)
    assert links(wh)[("z", "7d")][2] is False
    run(wh, run_id="r2")  # any_shared: tv is shared
    assert links(wh)[("z", "7d")][2] is True


def test_cross_channel_repeat(wh):
    add(wh, [("call:1", "c1", 0, "call", ["router"]), ("chat:1", "c1", 30, "chat", ["router"])])
    run(wh)
    assert links(wh)[("chat:1", "7d")] == ("call:1", 30.0, True, "call:1", "chat", "call")
    assert ("chat:1", "24h") not in links(wh)


def test_contact_arriving_late_relinks_the_later_one(wh):
    add(wh, [("b", "c1", 48, "chat", ["billing"])], run_id="n1")
    run(wh, "n1", date(2026, 11, 4))
    assert status(wh)["b"] == (False, "pending")
    add(wh, [("a", "c1", 10, "email", ["billing"])], run_id="n2")  # started earlier, loaded later
    run(wh, "n2", date(2026, 11, 5))
    assert links(wh)[("b", "7d")] == ("a", 38.0, True, "a", "chat", "email")
    assert status(wh)["a"] == (False, "not_resolved")
    assert status(wh)["b"] == (True, "pending")


def test_pending_turns_final_when_the_window_closes(wh):
    add(wh, [("p", "c1", 0, "chat", ["billing"]), ("q", "c2", 0, "chat", ["billing"])], run_id="n1")
    run(wh, "n1", T0.date())
    assert status(wh)["p"][1] == "pending" and status(wh)["q"][1] == "pending"
    add(wh, [("q2", "c2", 72, "chat", ["billing"])], run_id="n4")
    run(wh, "n4", (T0 + timedelta(days=3)).date())
    assert status(wh)["p"][1] == "pending" and status(wh)["q"][1] == "not_resolved"
    counts = run(wh, "n11", (T0 + timedelta(days=10)).date())  # nothing new: the windows have closed
    assert status(wh)["p"][1] == "resolved" and status(wh)["q2"][1] == "resolved"
    assert counts["touched"] == 0


def test_contacts_without_customer_are_never_repeats(wh):
    add(wh, [("anon1", None, 0, "chat", ["billing"]), ("anon2", None, 1, "chat", ["billing"])])
    run(wh)
    assert status(wh) == {"anon1": (False, None), "anon2": (False, None)}
    assert links(wh) == {}


def _history(seed=7, n=400, customers=40, days=12):
    rng = random.Random(seed)
    topics = ["billing", "internet", "tv", "mobile"]
    rows = []
    for k in range(n):
        h = rng.uniform(0, days * 24)
        rows.append((f"i{k:04d}", f"c{rng.randrange(customers)}", round(h, 2), rng.choice(["call", "chat", "email"]),
                     rng.sample(topics, rng.choice([0, 1, 1, 2]))))
    return rows


def _snapshot(wh):
    return (
        sorted((r[:3] + (round(r[3], 4),) + r[4:]) for r in wh.query(
            "SELECT interaction_id, repeat_window, previous_interaction_id, gap_hours, "
            "same_topic, previous_same_topic_interaction_id, customer_id FROM fct_repeat_link")),
        sorted(wh.query("SELECT interaction_id, is_repeat, fcr_status, n_flags FROM fct_interaction")),
        sorted(wh.query("SELECT interaction_id, flag, priority, evidence FROM fct_flag")),
    )


def test_backfill_equals_night_by_night_and_reruns_change_nothing(tmp_path):
    rows = _history()
    last = (T0 + timedelta(days=12)).date()
    with Warehouse.connect(f"duckdb:///{tmp_path / 'once.duckdb'}") as once:
        ensure_schema(once)
        add(once, rows, run_id="backfill")
        run(once, "backfill", last)
        expected = _snapshot(once)
    with Warehouse.connect(f"duckdb:///{tmp_path / 'nightly.duckdb'}") as nightly:
        ensure_schema(nightly)
        rng = random.Random(3)
        by_night: dict[date, list] = {}
        for r in rows:  # one contact in five arrives one or two nights late
            day = (T0 + timedelta(hours=r[2])).date() + timedelta(days=rng.choice([0, 0, 0, 0, 1, 2]))
            by_night.setdefault(min(day, last), []).append(r)
        day = T0.date()
        while day <= last:
            add(nightly, by_night.get(day, []), run_id=f"n{day}")
            run(nightly, f"n{day}", day)
            day += timedelta(days=1)
        assert _snapshot(nightly) == expected
        run(nightly, f"n{last}", last)  # the same night again
        assert _snapshot(nightly) == expected
        # keys hold without PRIMARY KEY constraints
        assert nightly.query("SELECT count(*) - count(DISTINCT interaction_id || '|' || repeat_window) "
                             "FROM fct_repeat_link")[0][0] == 0
        assert nightly.query("SELECT count(*) - count(DISTINCT interaction_id || '|' || flag) FROM fct_flag")[0][0] == 0
    assert sum(1 for link in expected[0] if link[1] == "7d") > 50
    assert any(s[2] == "pending" for s in expected[1]) and any(s[2] == "not_resolved" for s in expected[1])


def test_identity_merge_links_phone_and_email_customers(wh):
    add(wh, [("call:1", "phone:aaa", 0, "call", ["router"]), ("email:1", "email:bbb", 20, "email", ["router"])])
    wh.insert_rows("dim_customer_identity", ("identity", "identity_type", "customer_id"),
                   [("phone:aaa", "phone", "phone:aaa"), ("email:bbb", "email", "email:bbb")])
    wh.insert_rows("dim_customer", ("customer_id", "first_seen_at", "last_seen_at"),
                   [("phone:aaa", T0, T0), ("email:bbb", T0 + timedelta(hours=20), T0 + timedelta(hours=20))])
    wh.insert_rows("fct_interaction_identity", ("interaction_id", "identity", "identity_type"),
                   [("call:1", "phone:aaa", "phone"), ("email:1", "email:bbb", "email")])
    run(wh)
    assert ("email:1", "7d") not in links(wh)  # nothing links them yet
    # a chat that carries both the phone and the email
    add(wh, [("chat:1", "email:bbb", 40, "chat", ["router"])], run_id="r2")
    wh.insert_rows("fct_interaction_identity", ("interaction_id", "identity", "identity_type"),
                   [("chat:1", "phone:aaa", "phone"), ("chat:1", "email:bbb", "email")])
    counts = run(wh, "r2")
    assert counts["merged_customers"] == 1
    assert {r[0] for r in wh.query("SELECT DISTINCT customer_id FROM fct_interaction")} == {"phone:aaa"}
    assert wh.query("SELECT customer_id FROM dim_customer") == [("phone:aaa",)]
    assert wh.query("SELECT merged_customer_id, customer_id FROM dim_customer_merge") == [("email:bbb", "phone:aaa")]
    assert links(wh)[("email:1", "7d")][:1] == ("call:1",)
    assert links(wh)[("chat:1", "7d")][:1] == ("email:1",)
    assert status(wh)["call:1"][1] == "not_resolved"


def test_crowded_identity_merges_nobody(wh):
    rows = [(f"call:{k}", f"cust:{k}", k, "call", []) for k in range(7)]
    add(wh, rows)
    wh.insert_rows("fct_interaction_identity", ("interaction_id", "identity", "identity_type"),
                   [(r[0], "phone:switchboard", "phone") for r in rows])
    counts = run(wh)
    assert counts["merged_customers"] == 0
    assert wh.query("SELECT count(DISTINCT customer_id) FROM fct_interaction")[0][0] == 7


def test_config_rejects_unknown_default_window(tmp_path):
    (tmp_path / "kpi.yaml").write_text("repeat:\n  windows: {24h: 24}\n  default_window: 7d\n  fcr_window: 24h\n")
    with pytest.raises(ConfigError, match="default_window"):
        load_rules(tmp_path, "kpi", KpiConfig)


def test_project_rules_load():
    from pipeline.kpi.config import load_kpi_config

    cfg = load_kpi_config()
    assert cfg.repeat.default_hours == 168 and cfg.sla["call"].threshold_s == 20


def test_contacts_without_topic_use_any_follow_up_for_fcr(wh):
    add(wh, [("u1", "c1", 0, "chat", []), ("u2", "c1", 10, "chat", ["billing"])])
    run(wh)
    assert status(wh)["u1"][1] == "not_resolved" and links(wh)[("u2", "7d")][2] is False
    strict = KpiConfig.model_validate({"repeat": {"fcr_untopiced_uses_any": False}})
    run(wh, "r2", config=strict)  # a settings change recomputes everything
    assert status(wh)["u1"][1] == "resolved"
