from datetime import date, datetime, timezone
from pathlib import Path

import pytest

from pipeline.model import (Channel, CriterionResult, CustomerRef, Evidence, Flag, Interaction, Rejected, Speaker,
                            Turn)
from pipeline.warehouse import Warehouse, ensure_schema
from pipeline.warehouse.backend import WarehouseError, dialect_of, duckdb_path
from pipeline.warehouse.load import RunInfo, load_interactions


def _chat(cid: str, phone: str | None = None, email: str | None = None, text: str = "Здравствуйте") -> Interaction:
    t0 = datetime(2026, 11, 20, 9, 0, tzinfo=timezone.utc)
    return Interaction(
        interaction_id=f"chat:{cid}", channel=Channel.CHAT, started_at=t0, ended_at=t0,
        customer=CustomerRef(phone=phone, email=email), agent_id="A-101",
        turns=[Turn(0, Speaker.CUSTOMER, text, started_at=t0),
               Turn(1, Speaker.AGENT, "Добрый день!", started_at=t0.replace(minute=2))],
        criteria=[CriterionResult("greeting", "pass", 0.9, evidence=[Evidence(1, 0, 11, "Добрый день")])],
        flags=[Flag("low_qa_score", 2, "QA score 40 < 60")],
    )


def _run(run_id: str) -> RunInfo:
    return RunInfo(run_id=run_id, run_date=date(2026, 11, 20), sla_seconds={"chat": 60.0})


def test_urls():
    assert duckdb_path("duckdb:///outputs/w.duckdb") == "outputs/w.duckdb"
    assert duckdb_path("duckdb:////abs/w.duckdb") == "/abs/w.duckdb"
    assert dialect_of("postgresql://u@h/db") == "postgresql"
    with pytest.raises(WarehouseError):
        dialect_of("mysql://x")


def test_reload_writes_nothing_and_rows_stay_identical(duckdb_url: str):
    wh = Warehouse.connect(duckdb_url)
    ensure_schema(wh)
    night = [_chat("1", phone="+79165550101"), _chat("2", email="a@b.ru")]
    first = load_interactions(wh, night, [Rejected("x.jsonl", "x.jsonl:3", "ingest", "malformed JSON")], _run("r1"))
    tables = ("fct_interaction", "fct_turn", "fct_criterion", "fct_flag", "etl_quarantine", "dim_customer",
              "dim_customer_identity", "dim_agent")
    before = {t: wh.query(f"SELECT * FROM {t} ORDER BY ALL") for t in tables}
    second = load_interactions(wh, [_chat("1", phone="+79165550101"), _chat("2", email="a@b.ru")],
                               [Rejected("x.jsonl", "x.jsonl:3", "ingest", "malformed JSON")], _run("r2"))
    after = {t: wh.query(f"SELECT * FROM {t} ORDER BY ALL") for t in tables}
    assert (first.new, first.unchanged, first.quarantined_new) == (2, 0, 1)
    assert (second.new, second.changed, second.unchanged, second.quarantined_new) == (0, 0, 2, 0)
    assert before == after
    assert wh.query("SELECT count(*) FROM fct_turn")[0][0] == 4


def test_changed_content_replaces_that_interaction_only(duckdb_url: str):
    wh = Warehouse.connect(duckdb_url)
    ensure_schema(wh)
    load_interactions(wh, [_chat("1"), _chat("2")], [], _run("r1"))
    counts = load_interactions(wh, [_chat("1", text="Здравствуйте, вопрос по счёту"), _chat("2")], [], _run("r2"))
    assert (counts.new, counts.changed, counts.unchanged) == (0, 1, 1)
    rows = dict(wh.query("SELECT interaction_id, run_id FROM fct_interaction"))
    assert rows == {"chat:1": "r2", "chat:2": "r1"}
    assert wh.query("SELECT count(*) FROM fct_turn WHERE interaction_id = 'chat:1'")[0][0] == 2


def test_fields_and_no_raw_identities(duckdb_url: str):
    wh = Warehouse.connect(duckdb_url)
    ensure_schema(wh)
    load_interactions(wh, [_chat("1", phone="+79165550101", email="anna@mail.ru")], [], _run("r1"))
    row = wh.query("SELECT first_response_s, sla_met, customer_id, n_flags, top_flag_priority FROM fct_interaction")[0]
    assert row[0] == 120.0 and row[1] is False and row[3] == 1 and row[4] == 2
    identities = wh.query("SELECT identity_type, customer_id FROM dim_customer_identity ORDER BY 1")
    assert [i[0] for i in identities] == ["email", "phone"]
    assert len({i[1] for i in identities}) == 1  # phone and email of one contact → one customer
    dump = str(wh.query("SELECT * FROM dim_customer_identity")) + str(wh.query("SELECT * FROM fct_interaction"))
    assert "79165550101" not in dump and "anna@mail.ru" not in dump
    evidence = wh.query("SELECT evidence FROM fct_criterion")[0][0]
    assert '"turn_index": 1' in evidence and "Добрый день" in evidence


def test_read_only_missing_warehouse_is_a_clear_error(tmp_path: Path):
    with pytest.raises(WarehouseError, match="no warehouse"):
        Warehouse.connect(f"duckdb:///{tmp_path / 'none.duckdb'}", read_only=True)
