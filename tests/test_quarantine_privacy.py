"""Quarantine rows keep where and why, and a redacted excerpt: never the raw personal data."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from pipeline.ingest import ingest_night, load_ingest_config
from pipeline.model import Rejected
from pipeline.nlp.quarantine_redaction import EXCERPT_CHARS, QuarantineRedactor
from pipeline.warehouse import Warehouse, ensure_schema
from pipeline.warehouse.load import RunInfo, load_quarantine
from pii_night import NIGHT, PLANTED, leaks_in, write_night


def test_bad_items_full_of_pii_leave_none_in_etl_quarantine(tmp_path: Path) -> None:
    night = write_night(tmp_path / "src") / NIGHT
    result = ingest_night(night, load_ingest_config(None))
    assert len(result.rejected) >= 4  # 2 chat lines, the email without an address, the call row
    raw = json.dumps([[r.source, r.item, r.reason, r.detail] for r in result.rejected], ensure_ascii=False)
    assert leaks_in(raw), "the adapters' raw rejections carry PII: the test would prove nothing"
    url = f"duckdb:///{tmp_path / 'wh.duckdb'}"
    with Warehouse.connect(url) as wh:
        ensure_schema(wh)
        run = RunInfo("r1", date(2026, 11, 20))
        assert load_quarantine(wh, result.rejected, run) == len(result.rejected)
        assert load_quarantine(wh, result.rejected, run) == 0  # a re-run writes nothing twice
        rows = wh.query("SELECT source, item, stage, reason, detail FROM etl_quarantine ORDER BY item")
    text = json.dumps(rows, ensure_ascii=False, default=str)
    assert leaks_in(text) == []
    assert "Пётр" not in text and "Petrovsky" not in text and "Ivan" not in text
    # what an operator needs is still there: file, line, reason, a readable excerpt
    items = {r[1] for r in rows}
    assert any(i.startswith("web.jsonl:") for i in items)
    by_reason = {r[3]: r for r in rows}
    assert any("unknown author_role 'visitor'" in reason for reason in by_reason)
    assert any("From header has no email address" in reason and "[NAME]" in reason for reason in by_reason)
    chat = next(r for r in rows if "visitor" in r[3])
    assert chat[0].endswith("web.jsonl") and chat[4] and len(chat[4]) <= EXCERPT_CHARS
    assert "[CARD]" in chat[4] and "[INN]" in chat[4] and '"customer_phone": "[PHONE]"' in chat[4]


def test_excerpt_is_redacted_before_it_is_cut() -> None:
    q = QuarantineRedactor()
    record = {"text": "x" * 150 + " карта 4111 1111 1111 1111 и всё", "customer_phone": "+79161112233"}
    cut = json.dumps(record, ensure_ascii=False)[:170]  # an adapter's cut: half a card, no closing quote
    out = q.excerpt(cut)
    assert "4111" not in out and "+7916" not in out


def test_reason_keeps_dates_but_not_display_names_or_addresses() -> None:
    q = QuarantineRedactor()
    r = q.rejected(Rejected("emails/a.eml", "a.eml", "ingest",
                            "From header has no email address: '\"Иван Петров\" <ivan@mail>'"))
    assert r.reason == "From header has no email address: '\"[NAME]\" <[EMAIL]>'"
    r = q.rejected(Rejected("emails/a.eml", "a.eml", "ingest", "unparseable Date 'Mon, 99 Foo 2026'"))
    assert r.reason == "unparseable Date 'Mon, 99 Foo 2026'"
    r = q.rejected(Rejected("chats/a.jsonl", "a.jsonl:4", "ingest", "bad timestamp '20261310' on 2026-11-20"))
    assert "2026-11-20" in r.reason


def test_planted_sample_is_complete() -> None:
    assert {"phone", "email", "card", "passport", "inn", "iban", "address", "name"} <= set(PLANTED.values())


def test_scrub_redacts_rows_written_before_the_fix(tmp_path: Path) -> None:
    from datetime import datetime

    from pipeline.nlp.quarantine_redaction import scrub_quarantine

    raw = json.dumps({"text": "карта 4111 1111 1111 1111, Пётр Васильев", "customer_phone": "+79161112233"},
                     ensure_ascii=False)
    with Warehouse.connect(f"duckdb:///{tmp_path / 'old.duckdb'}") as wh:
        ensure_schema(wh)
        wh.insert_rows("etl_quarantine", ("quarantine_id", "run_id", "run_date", "first_seen_at", "source",
                                          "item", "stage", "reason", "detail"),
                       [("old1", "r0", date(2026, 11, 1), datetime(2026, 11, 1), "chats/a.jsonl", "a.jsonl:3",
                         "ingest", "From header has no email address: 'Ivan Petrovsky'", raw)])
        assert scrub_quarantine(wh) == 1
        assert scrub_quarantine(wh) == 0  # idempotent
        rows = wh.query("SELECT source, item, reason, detail, run_id FROM etl_quarantine")
    assert len(rows) == 1 and rows[0][4] == "r0" and rows[0][1] == "a.jsonl:3"
    text = json.dumps(rows, ensure_ascii=False, default=str)
    assert leaks_in(text) == [] and "Ivan" not in text and "4111" not in text
