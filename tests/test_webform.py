"""Web-form adapter on a constructed export, and the SPb report on the real data when present."""

from __future__ import annotations

import json
from pathlib import Path
from datetime import datetime, timezone

import pytest

from pipeline.ingest.webform import CATEGORY_TAXONOMY, REASON_TAXONOMY, SATISFIED, read_appeals
from pipeline.model import Channel, Speaker

PROJECT = Path(__file__).resolve().parent.parent
SPB = PROJECT.parent / "shared" / "data" / "spb_citizen_complaints_ru"

APPEALS = """appeal_id,created_dt,district,building_id,author_hash,category_id,reason_id,text,n_user_messages,followup_texts,n_answers,first_answer_dt,last_answer_dt,final_status
101,2020-10-18T14:50:40,Приморский,140298,aaa111,10,189,"Провод висит в коридоре.",2,"[""Провод так и висит.""]",1,2020-10-22T16:33:46,2020-10-22T16:33:46,{sat}
102,2020-10-19T09:00:00,Колпинский,,bbb222,3,208,реклама на светофоре,1,,0,,,Рассмотрение
103,not-a-date,Колпинский,,bbb222,3,208,текст,1,,0,,,Рассмотрение
104,2020-10-19T10:00:00,Колпинский,,bbb222,3,208,"",1,,0,,,Рассмотрение
""".replace("{sat}", SATISFIED)
REASONS = """reason_id,reason,category_id,category,city_object
189,Неудовлетворительное состояние парадной,10,Содержание МКД,Дом
208,Незаконная реклама,3,Реклама,Улица
"""


def test_adapter_builds_webform_interactions(tmp_path):
    (tmp_path / "appeals.csv").write_text(APPEALS, encoding="utf-8")
    (tmp_path / "reasons.csv").write_text(REASONS, encoding="utf-8")
    interactions, rejected = read_appeals(tmp_path)
    assert [ix.interaction_id for ix in interactions] == ["webform:101", "webform:102"]
    first = interactions[0]
    assert first.channel == Channel.WEBFORM
    assert first.started_at == datetime(2020, 10, 18, 11, 50, 40, tzinfo=timezone.utc)  # Moscow time in the file
    assert first.customer.customer_id == "aaa111"
    assert [t.text for t in first.turns] == ["Провод висит в коридоре.", "Провод так и висит."]
    assert all(t.speaker == Speaker.CUSTOMER for t in first.turns)
    assert first.metadata["building_id"] == "140298" and first.metadata["satisfied"] is True
    assert first.metadata["reason"] == "Неудовлетворительное состояние парадной"
    assert {(t.taxonomy, t.topic) for t in first.topics} == {
        (REASON_TAXONOMY, "Неудовлетворительное состояние парадной"), (CATEGORY_TAXONOMY, "Содержание МКД")}
    assert first.signal("complaint").detected and first.queue == "Содержание МКД"
    second = interactions[1]
    assert second.metadata["building_id"] is None and second.metadata["satisfied"] is False
    reasons = {r.item: r.reason for r in rejected}
    assert "is not a timestamp" in reasons["appeal 103"] and reasons["appeal 104"] == "no text in the appeal"


@pytest.mark.skipif(not (SPB / "appeals.csv").is_file(), reason="SPb complaints data not present")
def test_spb_repeat_report_on_real_data(tmp_path):
    import importlib.util

    spec = importlib.util.spec_from_file_location("spb_repeat_report", PROJECT / "scripts" / "spb_repeat_report.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    result = module.main(["--data", str(SPB), "--warehouse", f"duckdb:///{tmp_path / 'spb.duckdb'}",
                          "--out", str(tmp_path / "reports"), "--limit", "4000"])
    rates = {w["repeat_window"]: w for w in result["windows"]}
    assert set(rates) == {"24h", "7d", "30d"}
    # longer windows find at least as many repeats; same reason is a subset of any reason
    assert 0 < rates["24h"]["repeat_any_pct"] <= rates["7d"]["repeat_any_pct"] <= rates["30d"]["repeat_any_pct"] < 100
    for w in rates.values():
        assert 0 < w["repeat_same_reason_pct"] <= w["repeat_any_pct"]
        assert w["repeat_same_reason_building_pct"] <= w["repeat_same_reason_place_pct"] <= w["repeat_same_reason_pct"]
        assert 0 < w["satisfied_pct_first_contacts"] < 100 and 0 < w["satisfied_pct_repeats_any"] < 100
    saved = json.loads((tmp_path / "reports" / "spb_repeat_report.json").read_text(encoding="utf-8"))
    assert saved["counts"]["appeals"] == 4000
    assert (tmp_path / "reports" / "spb_repeat_report.md").read_text(encoding="utf-8").startswith("# Repeat contacts")
