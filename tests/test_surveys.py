"""Survey adapter: attribution by interaction id or by customer + time, rejections, idempotence."""

from __future__ import annotations

from datetime import datetime
from types import SimpleNamespace

import pytest

from pipeline.customers.identity import identity_hash
from pipeline.ingest.surveys import load_surveys
from pipeline.kpi.config import KpiConfig
from pipeline.warehouse import Warehouse, ensure_schema

SALT = "test-salt"
RUN = SimpleNamespace(run_id="r1", run_date="2026-11-20", identity_salt=SALT)
PHONE = identity_hash("phone", "+79161234567", SALT)
EMAIL = identity_hash("email", "anna@example.com", SALT)


@pytest.fixture
def wh(duckdb_url):
    with Warehouse.connect(duckdb_url) as w:
        ensure_schema(w)
        w.insert_rows("fct_interaction", ("interaction_id", "channel", "started_at", "customer_id"), [
            ("call:1", "call", datetime(2026, 11, 18, 10), PHONE),
            ("chat:1", "chat", datetime(2026, 11, 20, 9), PHONE),
            ("email:1", "email", datetime(2026, 11, 20, 11), EMAIL),
        ])
        w.insert_rows("dim_customer_identity", ("identity", "identity_type", "customer_id"),
                      [(PHONE, "phone", PHONE), (EMAIL, "email", EMAIL)])
        yield w


CSV = """interaction_id,customer_phone,customer_email,responded_at,survey_type,score
call:1,,,,csat,5
,8 (916) 123-45-67,,2026-11-20T14:00:00+03:00,nps,9
,,Anna@Example.com,2026-11-20 15:30,CES,2
,,,,csat,4
call:1,,,,rating,3
call:1,,,,nps,11
call:1,,,,csat,good
,8 (916) 123-45-67,,2026-11-30T10:00:00,csat,3
,+79990000000,,2026-11-20T10:00:00,csat,3
call:404,,,,csat,3
"""


def test_surveys_attributed_and_bad_rows_rejected(wh, tmp_path):
    path = tmp_path / "surveys.csv"
    path.write_text(CSV, encoding="utf-8")
    rejected = load_surveys(wh, [tmp_path], KpiConfig(), RUN)
    got = wh.query("SELECT interaction_id, survey_type, score, is_positive, is_negative, match_method "
                   "FROM fct_survey ORDER BY interaction_id, survey_type")
    assert got == [
        ("call:1", "csat", 5.0, True, None, "interaction_id"),
        # 14:00+03:00 = 11:00 UTC: the latest contact of the phone's customer before it is chat:1
        ("chat:1", "nps", 9.0, True, False, "customer_time"),
        # naive time read in Europe/Moscow: 12:30 UTC, after email:1 at 11:00
        ("email:1", "ces", 2.0, None, None, "customer_time"),
    ]
    reasons = {r.item: r.reason for r in rejected}
    assert reasons["row 5"].startswith("no interaction_id and no usable customer")
    assert "not csat, nps or ces" in reasons["row 6"]
    assert "outside 0..10" in reasons["row 7"]
    assert "not a number" in reasons["row 8"]
    assert "no contact of this customer within 72 h" in reasons["row 9"]
    assert reasons["row 10"].startswith("unknown customer")
    assert "not in the warehouse" in reasons["row 11"]
    assert len(rejected) == 7 and all(r.stage == "surveys" for r in rejected)
    # phones and emails never reach the warehouse (in any spelling; a bare "916" could be a load time's microseconds)
    stored = str(wh.query("SELECT * FROM fct_survey")).lower()
    assert not any(raw in stored for raw in ("1234567", "123-45-67", "(916)", "anna@example.com"))
    before = wh.query("SELECT * FROM fct_survey ORDER BY survey_id")
    load_surveys(wh, [path], KpiConfig(), SimpleNamespace(run_id="r2", identity_salt=SALT))  # the same file again
    assert wh.query("SELECT * FROM fct_survey ORDER BY survey_id") == before  # same rows, same run_id


def test_file_without_required_columns_is_rejected_whole(wh, tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text("foo,score\n1,2\n", encoding="utf-8")
    rejected = load_surveys(wh, [path], KpiConfig(), RUN)
    assert len(rejected) == 1 and "missing columns: survey_type" in rejected[0].reason
    assert wh.query("SELECT count(*) FROM fct_survey")[0][0] == 0


def test_email_thread_known_by_its_message_id(wh, tmp_path):
    from pipeline.ingest.emails import email_interaction_id

    thread = email_interaction_id("<1795127148.90776708@f936.i.mail.ru>")
    wh.insert_rows("fct_interaction", ("interaction_id", "channel", "started_at", "customer_id"),
                   [(thread, "email", datetime(2026, 11, 20, 8), EMAIL)])
    path = tmp_path / "s.csv"
    path.write_text("interaction_id,survey_type,score\nemail:<1795127148.90776708@f936.i.mail.ru>,csat,4\n",
                    encoding="utf-8")
    assert load_surveys(wh, [path], KpiConfig(), RUN) == []
    assert wh.query("SELECT interaction_id FROM fct_survey") == [(thread,)]


def test_rejection_reasons_do_not_repeat_long_cells(wh, tmp_path):
    path = tmp_path / "s.csv"
    text = "Анна Соколова, телефон +7 916 555-01-01, очень недовольна"
    path.write_text(f'interaction_id,survey_type,score\ncall:1,csat,"{text}"\ncall:1,"{text}",3\n', encoding="utf-8")
    rejected = load_surveys(wh, [path], KpiConfig(), RUN)
    assert len(rejected) == 2
    assert all("Соколова" not in r.reason and "916" not in r.reason for r in rejected), [r.reason for r in rejected]


def test_a_file_with_only_unknown_survey_types_is_rejected_not_fatal(wh, tmp_path):
    path = tmp_path / "s.csv"  # every row of an unknown type: the score ranges are all missing
    path.write_text("interaction_id,survey_type,score\ncall:1,rating,3\nchat:1,stars,5\n", encoding="utf-8")
    rejected = load_surveys(wh, [path], KpiConfig(), RUN)
    assert [r.item for r in rejected] == ["row 2", "row 3"]
    assert all("is not csat, nps or ces" in r.reason for r in rejected)


def test_utf16_survey_file_without_bom_is_read(wh, tmp_path):
    path = tmp_path / "s.csv"
    path.write_bytes("interaction_id,survey_type,score\ncall:1,csat,5\n".encode("utf-16-le"))
    assert load_surveys(wh, [path], KpiConfig(), RUN) == []
    assert wh.query("SELECT score FROM fct_survey WHERE interaction_id = 'call:1'") == [(5.0,)]
