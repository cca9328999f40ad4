"""Through the real night (no Prefect): inputs that used to fail the whole night (rc=1, etl_run
'failed', nothing loaded) now leave a succeeded run, the good contacts loaded and every bad item
in ``etl_quarantine``, counted in ``etl_run.n_quarantined`` (survey rejections included)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from pipeline.flows.nightly import run_night
from pipeline.warehouse import Warehouse

LONG = "x" * (131_072 + 500)  # over Python's default csv field limit


def _night(fixtures: Path, tmp_path: Path) -> Path:
    night = tmp_path / "night"
    shutil.copytree(fixtures / "night_small", night)
    chats = night / "chats"
    # a field over 131,072 characters in the chat CSV (an extra column: the text stays short)
    csv_text = (chats / "export.csv").read_text(encoding="utf-8")
    header, *rows = csv_text.splitlines()
    (chats / "export.csv").write_text("\n".join([header + ",note"] + [r + ',""' for r in rows]
                                                + [f'c-009,2026-11-20 12:00:00,customer,cw9,Где мой заказ?,,,,,,,"{LONG}"'])
                                      + "\n", encoding="utf-8")
    # ... in agents.csv and in a call sidecar
    with (night / "agents.csv").open("a", encoding="utf-8") as f:
        f.write(f'A-999,"{LONG}",Длинный,ru-1\n')
    (night / "calls").mkdir()
    (night / "calls" / "calls.csv").write_text("call_id,started_at,queue,audio_file\n"
                                               f'k-1,2026-11-20T10:00:00+03:00,"{LONG}",absent.wav\n')
    # a UTF-16 CSV without BOM
    (chats / "utf16.csv").write_bytes(("conversation_id,timestamp,author_role,author_id,text\n"
                                       "u-1,2026-11-20T10:00:00+03:00,customer,u1,Не приходит счёт\n").encode("utf-16-le"))
    # out-of-range timestamps, a 1970 and a 2099 date, a NUL character
    bad_times = ["9999-12-31T23:59:59-05:00", "0001-01-01T00:00:00+05:00", "99999999999999999999", "20261210",
                 "2099-01-01T10:00:00+03:00"]
    lines = [{"conversation_id": f"t-{n}", "timestamp": ts, "author_role": "customer", "author_id": "x", "text": "Привет"}
             for n, ts in enumerate(bad_times)]
    lines.append({"conversation_id": "n-1", "timestamp": "2026-11-20T12:00:00+03:00", "author_role": "customer",
                  "author_id": "x", "text": "Интернет\x00 не работает"})
    (chats / "more.jsonl").write_text("".join(json.dumps(m, ensure_ascii=False) + "\n" for m in lines), encoding="utf-8")
    # a survey file with one usable and one rejected row
    (night / "surveys").mkdir()
    (night / "surveys" / "csat.csv").write_text("interaction_id,survey_type,score\nchat:c-001,csat,5\nchat:c-001,csat,99\n")
    return night


@pytest.mark.slow
def test_a_night_of_bad_items_succeeds_and_counts_every_quarantined_item(fixtures: Path, tmp_path: Path,
                                                                         duckdb_url: str):
    night = _night(fixtures, tmp_path)
    summary = run_night("2026-11-20", night, duckdb_url, use_prefect=False)
    with Warehouse.connect(duckdb_url, read_only=True) as wh:
        (status, n_quarantined), = wh.query("SELECT status, n_quarantined FROM etl_run")
        loaded = {r[0] for r in wh.query("SELECT interaction_id FROM fct_interaction")}
        quarantine = wh.query("SELECT source, item, stage, reason FROM etl_quarantine")
        texts = [r[0] for r in wh.query("SELECT text FROM fct_turn WHERE interaction_id = 'chat:n-1'")]
    assert status == "succeeded"
    assert {"chat:c-001", "chat:c-002", "chat:c-003", "chat:c-009", "chat:u-1", "chat:n-1"} <= loaded
    assert not any(i.startswith("chat:t-") for i in loaded)
    items = {(Path(s).name, i) for s, i, _, _ in quarantine}
    assert {("more.jsonl", f"more.jsonl:{n}") for n in range(1, 6)} <= items
    assert ("calls.csv", "k-1") in items and ("csat.csv", "row 3") in items
    assert n_quarantined == summary.quarantined == len(quarantine) == 5 + 1 + 1
    assert summary.quarantined_by_stage.get("surveys") == 1
    assert texts == ["Интернет не работает"]
