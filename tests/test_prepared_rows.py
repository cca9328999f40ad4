"""Rows built on a worker (pipeline.warehouse.load.prepare / PreparedInteraction) load exactly as the
interactions they come from, and the identity key never travels with them."""

from __future__ import annotations

import pickle
from datetime import date, datetime, timezone
from pathlib import Path

from pipeline.model import (Channel, CriterionResult, CustomerRef, Evidence, Flag, Interaction, SignalResult,
                            Speaker, Turn)
from pipeline.warehouse import Warehouse, ensure_schema
from pipeline.warehouse.load import PreparedInteraction, RunInfo, load_interactions, prepare

SECRET = "deployment-secret-identity-key"


def _night() -> list[Interaction]:
    t0 = datetime(2026, 11, 20, 9, 0, tzinfo=timezone.utc)
    out = []
    for n, (phone, email) in enumerate([("+79165550101", None), (None, "anna@mail.ru"), ("+79165550101", "anna@mail.ru"),
                                        (None, None)]):
        start = t0.replace(minute=n * 5)
        out.append(Interaction(
            interaction_id=f"chat:{n}", channel=Channel.CHAT, started_at=start, ended_at=start.replace(second=30),
            customer=CustomerRef(phone=phone, email=email), agent_id=f"A-{n % 2}", queue="billing",
            turns=[Turn(0, Speaker.CUSTOMER, "Не работает «интернет» \"дома\"", started_at=start),
                   Turn(1, Speaker.AGENT, "Добрый день! Проверю.", started_at=start.replace(second=20))],
            criteria=[CriterionResult("greeting", "pass", 0.9, evidence=[Evidence(1, 0, 11, "Добрый день")])],
            signals=[SignalResult("complaint", True, 0.8, [Evidence(0, 0, 12, "Не работает")])],
            flags=[Flag("low_qa_score", 2, "QA score 40 < 60")],
        ))
    return out


def _tables(url: str) -> dict[str, list[tuple]]:
    with Warehouse.connect(url, read_only=True) as wh:
        names = [r[0] for r in wh.query("SELECT table_name FROM information_schema.tables "
                                        "WHERE table_type = 'BASE TABLE' AND table_name NOT LIKE 'etl_%' ORDER BY 1")]
        out = {}
        for name in names:
            columns = [r[0] for r in wh.query("SELECT column_name FROM information_schema.columns WHERE table_name = ? "
                                              "AND column_name NOT IN ('loaded_at', 'first_seen_at_load') "
                                              "ORDER BY ordinal_position", [name])]
            out[name] = wh.query(f"SELECT {', '.join(columns)} FROM {name} ORDER BY ALL")
        return out


def test_prepared_rows_load_exactly_as_the_interactions(tmp_path: Path):
    run = RunInfo("r1", date(2026, 11, 20), sla_seconds={"chat": 60.0}, identity_salt=SECRET)
    urls = [f"duckdb:///{tmp_path / name}.duckdb" for name in ("direct", "prepared")]
    shipped = pickle.loads(pickle.dumps([prepare(ix, run.for_workers()) for ix in _night()]))
    for url, items in zip(urls, (_night(), shipped)):
        with Warehouse.connect(url) as wh:
            ensure_schema(wh)
            counts = load_interactions(wh, items, [], run)
            assert counts.new == 4
    direct, prepared = (_tables(url) for url in urls)
    assert direct["fct_interaction"] and len(direct["fct_interaction_identity"]) == 4
    # contact 2 carries the phone of contact 0 and the e-mail of contact 1: it joins the phone's customer
    # (its strongest identity); 3 carries none
    customers = {row[0]: row[6] for row in direct["fct_interaction"]}
    assert customers["chat:0"] == customers["chat:2"] != customers["chat:1"] and customers["chat:3"] is None
    assert prepared == direct
    with Warehouse.connect(urls[1]) as wh:  # and loading the prepared rows again writes nothing
        assert load_interactions(wh, shipped, [], run).unchanged == 4


def test_the_identity_key_stays_with_the_writer():
    run = RunInfo("r1", date(2026, 11, 20), sla_seconds={"chat": 60.0}, identity_salt=SECRET)
    worker_run = run.for_workers()
    assert worker_run.identity_salt == "" and worker_run.sla_seconds == run.sla_seconds
    prepared = [prepare(ix, worker_run) for ix in _night()]
    assert all(isinstance(p, PreparedInteraction) for p in prepared)
    data = pickle.dumps(prepared)
    assert SECRET.encode() not in data and b"+79165550101" in data  # raw identities: hashed by the writer only
    assert all(p.rows["fct_interaction"][0][6] is None and p.rows["fct_interaction_identity"] == [] for p in prepared)
