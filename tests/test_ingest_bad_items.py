"""A bad item never stops the night: each input that used to fail (or silently spoil) a whole night
is quarantined on its own, with a reason that names file and line, and the good items beside it load."""

from __future__ import annotations

import json
import os
from datetime import date
from pathlib import Path

import pytest

from pipeline.config import ConfigError
from pipeline.ingest import IngestResult, ingest_night, load_ingest_config
from pipeline.ingest.calls import read_calls
from pipeline.ingest.chats import read_chats
from pipeline.ingest.config import IngestConfig
from pipeline.model import Interaction, Rejected

CONFIG = IngestConfig(company_domains=["ladoga-telecom.ru"])
NIGHT = date(2026, 11, 20)
HEADER = "conversation_id,timestamp,author_role,author_id,text,note\n"
OVER_CSV_LIMIT = 131_072 + 500  # Python's csv module refuses fields longer than 131,072 by default


def _message(conv: str, text: str = "Здравствуйте, не работает интернет", ts: str = "2026-11-20T10:00:00+03:00",
             role: str = "customer", **extra) -> dict:
    return {"conversation_id": conv, "timestamp": ts, "author_role": role, "author_id": f"{role}-1",
            "text": text, **extra}


def _jsonl(path: Path, messages: list[dict]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(m, ensure_ascii=False) + "\n" for m in messages), encoding="utf-8")
    return path


def _split(items) -> tuple[dict[str, Interaction], list[Rejected]]:
    items = list(items)
    return ({i.interaction_id: i for i in items if isinstance(i, Interaction)},
            [i for i in items if isinstance(i, Rejected)])


def _night(folder: Path) -> IngestResult:
    return ingest_night(folder, CONFIG, night=NIGHT)


# --------------------------------------------------------------------------------------------
# fields over 131,072 characters (chat CSV, call sidecar, agents.csv)
# --------------------------------------------------------------------------------------------


def test_csv_field_over_131072_characters_does_not_fail_ingest(tmp_path: Path):
    (tmp_path / "chats").mkdir()
    (tmp_path / "chats" / "export.csv").write_text(
        HEADER + f'c-1,2026-11-20T10:00:00+03:00,customer,u1,Привет,"{"x" * OVER_CSV_LIMIT}"\n'
        "c-2,2026-11-20T10:00:00+03:00,customer,u2,Добрый день,\n", encoding="utf-8")
    (tmp_path / "calls").mkdir()
    (tmp_path / "calls" / "calls.csv").write_text(
        "call_id,started_at,queue,audio_file\n"
        f'k-1,2026-11-20T10:00:00+03:00,"{"q" * OVER_CSV_LIMIT}",k1.wav\n', encoding="utf-8")
    (tmp_path / "calls" / "k1.wav").write_bytes(b"RIFF")
    (tmp_path / "agents.csv").write_text(
        f'agent_id,agent_name,team\nA-1,"{"n" * OVER_CSV_LIMIT}",ru\nA-2,Ольга,ru\n', encoding="utf-8")
    result = _night(tmp_path)
    ids = {ix.interaction_id for ix in result.interactions}
    assert ids == {"chat:c-1", "chat:c-2", "call:k-1"}
    assert set(result.agents) == {"A-1", "A-2"}
    assert result.rejected == []


def test_record_over_the_limit_is_quarantined_alone_without_reading_it_whole(tmp_path: Path):
    config = IngestConfig(limits={"max_record_chars": 10_000})
    path = tmp_path / "chat.jsonl"
    messages = [_message("c-1"), _message("c-2", text="y" * 2_000_000), _message("c-3")]
    _jsonl(path, messages)
    good, bad = _split(read_chats([path], config))
    assert set(good) == {"chat:c-1", "chat:c-3"}
    (rejected,) = bad
    assert rejected.item == "chat.jsonl:2"
    assert "over 10000 characters" in rejected.reason and "max_record_chars" in rejected.reason
    assert "yyyy" not in rejected.reason


def test_file_over_the_size_limit_is_quarantined_whole(tmp_path: Path):
    config = IngestConfig(limits={"max_file_bytes": 10_000})
    small = _jsonl(tmp_path / "a.jsonl", [_message("c-1")])
    large = _jsonl(tmp_path / "b.jsonl", [_message(f"c-{n}", text="z" * 100) for n in range(2, 200)])
    good, bad = _split(read_chats([small, large], config))
    assert set(good) == {"chat:c-1"}
    assert [(r.item, "max_file_bytes" in r.reason) for r in bad] == [("b.jsonl", True)]


# --------------------------------------------------------------------------------------------
# encodings: UTF-16 without BOM, one line of binary garbage
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_decoded(tmp_path: Path, codec: str):
    csv_path = tmp_path / "export.csv"
    csv_path.write_bytes(("conversation_id,timestamp,author_role,author_id,text\n"
                          "u-1,2026-11-20T10:00:00Z,customer,c1,Привет\n").encode(codec))
    jsonl_path = tmp_path / "chat.jsonl"
    jsonl_path.write_bytes("".join(json.dumps(_message(f"j-{n}"), ensure_ascii=False) + "\n"
                                   for n in range(30)).encode(codec))
    good, bad = _split(read_chats([csv_path, jsonl_path], CONFIG))
    assert bad == []
    assert good["chat:u-1"].turns[0].text == "Привет"
    assert len(good) == 31 and good["chat:j-7"].turns[0].text.startswith("Здравствуйте")


def test_one_line_of_binary_garbage_quarantines_only_that_line(tmp_path: Path):
    path = tmp_path / "chat.jsonl"
    lines = [json.dumps(_message(f"g-{n}"), ensure_ascii=False).encode() for n in range(20)]
    garbage = bytes(b for b in range(256) if b not in b"\r\n") * 3
    path.write_bytes(b"\n".join(lines[:10] + [garbage] + lines[10:]) + b"\n")
    good, bad = _split(read_chats([path], CONFIG))
    assert len(good) == 20
    (rejected,) = bad
    assert rejected.item == "chat.jsonl:11"
    assert "not valid UTF-8" in rejected.reason and "binary data" in rejected.reason
    assert "Windows-1251" not in rejected.reason


@pytest.mark.parametrize("first", [b"\xff\xfe", b"\xfe\xff", b"\xff\xfe\x00\x00junk"])
def test_a_garbage_first_line_that_starts_like_a_utf16_bom_spoils_only_itself(tmp_path: Path, first: bytes):
    """Found by the ingest fuzz test: a UTF-8 file whose first line is garbage starting with FF FE
    was decoded whole as UTF-16, and its good lines were neither loaded nor quarantined."""
    path = tmp_path / "chat.jsonl"
    lines = [json.dumps(_message("bom-1", role=role, ts=f"2026-11-20T1{n}:00:00+03:00"), ensure_ascii=False).encode()
             for n, role in enumerate(["customer", "agent", "customer"])]
    path.write_bytes(b"\n".join([first, *lines]) + b"\n")
    good, bad = _split(read_chats([path], CONFIG))
    assert len(good["chat:bom-1"].turns) == 3
    (rejected,) = bad
    assert rejected.item == "chat.jsonl:1" and "not valid UTF-8" in rejected.reason


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-be"])
def test_utf16_with_bom_is_decoded(tmp_path: Path, codec: str):
    path = tmp_path / "chat.jsonl"
    text = "".join(json.dumps(_message(f"b-{n}", text="Привет 😊 hello"), ensure_ascii=False) + "\n" for n in range(3))
    raw = text.encode(codec) if codec == "utf-16" else b"\xfe\xff" + text.encode(codec)
    path.write_bytes(raw)
    good, bad = _split(read_chats([path], CONFIG))
    assert bad == [] and good["chat:b-2"].turns[0].text == "Привет 😊 hello"


def test_a_windows_1251_file_is_still_refused_whole_with_a_hint(tmp_path: Path):
    path = tmp_path / "export.csv"
    path.write_bytes(("conversation_id,timestamp,author_role,author_id,text\n"
                      "w-1,2026-11-20T10:00:00Z,customer,c1,Здравствуйте, у меня не работает интернет\n")
                     .encode("cp1251"))
    good, bad = _split(read_chats([path], CONFIG))
    assert good == {} and len(bad) == 1
    assert bad[0].item == "export.csv" and "Windows-1251" in bad[0].reason


def test_nul_characters_are_not_stored(tmp_path: Path):
    path = _jsonl(tmp_path / "chat.jsonl", [_message("n\x00-1", text="При\x00вет\x00", customer_name="Ан\x00на")])
    good, bad = _split(read_chats([path], CONFIG))
    assert bad == []
    (ix,) = good.values()
    assert ix.interaction_id == "chat:n-1" and ix.turns[0].text == "Привет" and ix.customer.name == "Анна"


# --------------------------------------------------------------------------------------------
# timestamps: out of range, outside the window around the night
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("value", ["9999-12-31T23:59:59-05:00", "0001-01-01T00:00:00+05:00", "99999999999999999999"])
def test_out_of_range_timestamps_are_quarantined(tmp_path: Path, value: str):
    path = _jsonl(tmp_path / "chats" / "chat.jsonl", [_message("ok-1"), _message("bad-1", ts=value)])
    (tmp_path / "calls").mkdir()
    (tmp_path / "calls" / "calls.json").write_text(json.dumps([{"call_id": "k-1", "started_at": value,
                                                                 "audio_file": "k.wav"}]))
    (tmp_path / "emails").mkdir()
    (tmp_path / "emails" / "m.eml").write_text(f"Message-ID: <m1@x>\nFrom: a@client.ru\nDate: {value}\n\nТекст\n")
    for night in (None, NIGHT):
        result = ingest_night(tmp_path, CONFIG, night=night)
        assert [ix.interaction_id for ix in result.interactions] == ["chat:ok-1"]
        assert sorted(r.item for r in result.rejected) == ["chat.jsonl:2", "k-1", "m.eml#0"]
        assert path.exists()


@pytest.mark.parametrize("value, shown", [("20261210", "1970-08-23"), ("2099-01-01T10:00:00+03:00", "2099-01-01"),
                                          ("2026-11-25T10:00:00+03:00", "2026-11-25")])
def test_timestamps_outside_the_window_around_the_night_are_quarantined(tmp_path: Path, value: str, shown: str):
    _jsonl(tmp_path / "chats" / "chat.jsonl", [_message("ok-1"), _message("old-1", ts=value)])
    result = _night(tmp_path)
    assert [ix.interaction_id for ix in result.interactions] == ["chat:ok-1"]
    (rejected,) = result.rejected
    assert rejected.item == "chat.jsonl:2"
    assert shown in rejected.reason and "outside the window" in rejected.reason and "timestamp_window" in rejected.reason


def test_window_is_configurable_and_validated(tmp_path: Path):
    wide = IngestConfig(timestamp_window={"days_before": 30, "days_after": 10})
    assert wide.window_problem(wide.parse_timestamp("2026-11-25T10:00:00+03:00"), NIGHT) is None
    assert wide.window_problem(wide.parse_timestamp("2026-10-01T10:00:00+03:00"), NIGHT) is not None
    for bad in ("timestamp_window:\n    days_before: -1", "timestamp_window:\n    day_before: 3",
                "limits:\n    max_record_chars: 10"):
        (tmp_path / "pipeline.yaml").write_text(f"ingest:\n  {bad}\n")
        with pytest.raises(ConfigError):
            load_ingest_config(tmp_path)
    assert load_ingest_config().timestamp_window.days_before >= 1  # the project's rules/pipeline.yaml


# --------------------------------------------------------------------------------------------
# one conversation id in two files with conflicting content
# --------------------------------------------------------------------------------------------


def test_conflicting_conversation_in_two_files_is_quarantined_not_merged(tmp_path: Path):
    a = _jsonl(tmp_path / "a.jsonl", [_message("c-1", customer_phone="+7 916 555-01-01"), _message("c-2")])
    b = _jsonl(tmp_path / "b.jsonl", [_message("c-1", text="Другой клиент", ts="2026-11-20T11:00:00+03:00",
                                               customer_phone="+7 903 555-02-02")])
    good, bad = _split(read_chats([a, b], CONFIG))
    assert set(good) == {"chat:c-2"}
    assert sorted(r.item for r in bad) == ["a.jsonl:1", "b.jsonl:1"]
    reason = bad[0].reason
    assert "c-1" in reason and "a.jsonl and b.jsonl give different customer_phone" in reason
    assert "916" not in reason and "903" not in reason  # no personal data in the reason


def test_two_versions_of_one_message_in_two_files_are_a_conflict(tmp_path: Path):
    a = _jsonl(tmp_path / "a.jsonl", [_message("c-1", text="Первая версия")])
    b = _jsonl(tmp_path / "b.jsonl", [_message("c-1", text="Вторая версия")])
    good, bad = _split(read_chats([a, b], CONFIG))
    assert good == {} and len(bad) == 2
    assert "different messages from the same author" in bad[0].reason


def test_a_conversation_spread_over_agreeing_files_is_still_merged(tmp_path: Path):
    a = _jsonl(tmp_path / "a.jsonl", [_message("c-1", customer_phone="8 (916) 555-01-01")])
    b = _jsonl(tmp_path / "b.jsonl", [_message("c-1", text="Ответ", role="agent", ts="2026-11-20T10:01:00+03:00",
                                               customer_phone="+79165550101")])
    good, bad = _split(read_chats([a, b], CONFIG))
    assert bad == [] and len(good["chat:c-1"].turns) == 2


# --------------------------------------------------------------------------------------------
# files that used to be skipped silently
# --------------------------------------------------------------------------------------------


def test_empty_files_and_symlink_loops_get_a_quarantine_row(tmp_path: Path):
    chats = tmp_path / "chats"
    _jsonl(chats / "good.jsonl", [_message("c-1")])
    (chats / "empty.jsonl").write_bytes(b"")
    (chats / "blank.jsonl").write_text("\n\n  \n")
    (chats / "header_only.csv").write_text("conversation_id,timestamp,author_role,author_id,text\n")
    os.symlink(chats / "loop_b.jsonl", chats / "loop_a.jsonl")
    os.symlink(chats / "loop_a.jsonl", chats / "loop_b.jsonl")
    os.symlink(tmp_path / "nowhere.jsonl", chats / "dangling.jsonl")
    os.symlink(chats, chats / "linked_folder")
    result = _night(tmp_path)
    assert [ix.interaction_id for ix in result.interactions] == ["chat:c-1"]
    reasons = {r.item: r.reason for r in result.rejected}
    assert set(reasons) == {"empty.jsonl", "blank.jsonl", "header_only.csv", "loop_a.jsonl", "loop_b.jsonl",
                            "dangling.jsonl", "linked_folder"}
    assert reasons["empty.jsonl"] == "empty file"
    assert "link loop" in reasons["loop_a.jsonl"] and "broken symbolic link" in reasons["dangling.jsonl"]
    assert "not followed" in reasons["linked_folder"]


def test_sidecar_problems_are_per_row(tmp_path: Path):
    (tmp_path / "k.wav").write_bytes(b"RIFF")
    path = tmp_path / "calls.json"
    path.write_text(json.dumps([{"call_id": "k-1", "started_at": "2026-11-20T10:00:00+03:00", "audio_file": "k.wav"},
                                "not an object",
                                {"call_id": {"nested": 1}, "started_at": "2026-11-20T10:00:00+03:00",
                                 "audio_file": "k.wav"}]))
    good, bad = _split(read_calls([path], CONFIG, NIGHT))
    assert set(good) == {"call:k-1"}
    assert sorted(r.item for r in bad) == ["calls.json#2", "calls.json#3"]


def test_a_number_too_long_for_python_spoils_only_its_line(tmp_path: Path):
    path = tmp_path / "chat.jsonl"
    path.write_text(json.dumps(_message("c-1")) + "\n" + '{"conversation_id": ' + "9" * 5000 + "}\n"
                    + json.dumps(_message("c-2")) + "\n")
    good, bad = _split(read_chats([path], CONFIG))
    assert set(good) == {"chat:c-1", "chat:c-2"}
    assert [r.item for r in bad] == ["chat.jsonl:2"] and "malformed JSON" in bad[0].reason


def test_reasons_do_not_repeat_long_field_values(tmp_path: Path):
    text = "Меня зовут Анна Соколова, телефон +7 916 555-01-01, адрес ул. Садовая 12"
    path = _jsonl(tmp_path / "chat.jsonl", [_message("c-1", ts=text), _message("c-2", role=text)])
    good, bad = _split(read_chats([path], CONFIG))
    assert good == {} and len(bad) == 2
    assert all("Соколова" not in r.reason and "916" not in r.reason for r in bad)
    assert "bad timestamp of 72 characters" in bad[0].reason


def test_csv_with_old_mac_line_ends_is_quarantined_not_fatal(tmp_path: Path):
    mac = tmp_path / "mac.csv"
    mac.write_bytes(b"conversation_id,timestamp,author_role,author_id,text\rm-1,2026-11-20T10:00:00Z,customer,c1,Hi\r")
    good, bad = _split(read_chats([mac, _jsonl(tmp_path / "ok.jsonl", [_message("c-1")])], CONFIG))
    assert set(good) == {"chat:c-1"}
    assert [(r.item, "CSV syntax error" in r.reason) for r in bad] == [("mac.csv", True)]
