from datetime import timezone
from pathlib import Path

from pipeline.ingest.chats import read_chats
from pipeline.ingest.config import IngestConfig
from pipeline.model import Channel, Interaction, Rejected, Speaker

CONFIG = IngestConfig(company_domains=["ladoga-telecom.ru"])


def _split(items):
    good = {i.interaction_id: i for i in items if isinstance(i, Interaction)}
    bad = [i for i in items if isinstance(i, Rejected)]
    return good, bad


def test_jsonl_and_csv_become_conversations(fixtures: Path):
    files = sorted((fixtures / "night_small" / "chats").iterdir())
    good, bad = _split(list(read_chats(files, CONFIG)))
    assert bad == []
    assert set(good) == {"chat:c-001", "chat:c-002", "chat:c-003"}
    c1 = good["chat:c-001"]
    assert c1.channel == Channel.CHAT
    assert [t.speaker for t in c1.turns][:2] == [Speaker.CUSTOMER, Speaker.AGENT]
    assert c1.agent_id == "A-101" and c1.queue == "tech"
    assert c1.customer.phone == "+79165550101" and c1.customer.customer_id == "C-1001"
    assert c1.metadata["agent_name"] == "Ольга Смирнова"
    assert c1.started_at.tzinfo == timezone.utc and c1.started_at.hour == 6  # 09:00 Moscow
    c2 = good["chat:c-002"]
    assert c2.turns[0].speaker == Speaker.BOT and c2.turns[0].author_id is None
    assert c2.customer.email == "m.turner@gmail.com"
    # CSV rows without an offset are read in the configured time zone (Moscow)
    c3 = good["chat:c-003"]
    assert c3.turns[0].started_at.hour == 8 and c3.customer.phone == "+79035550202"
    assert [t.index for t in c3.turns] == [0, 1, 2]


def test_malformed_lines_are_rejected_and_the_rest_is_kept(fixtures: Path):
    good, bad = _split(list(read_chats([fixtures / "night_broken" / "chats" / "mixed.jsonl"], CONFIG)))
    assert set(good) == {"chat:g-1"}
    assert len(good["chat:g-1"].turns) == 3  # the duplicated agent line is dropped once
    reasons = " | ".join(r.reason for r in bad)
    assert "duplicate message" in reasons
    assert "malformed JSON" in reasons
    assert "missing required field(s) ['author_id']" in reasons
    assert "bad timestamp 'yesterday'" in reasons
    assert "unknown author_role 'manager'" in reasons
    assert len(bad) == 5
    assert all(r.stage == "ingest" and r.source.endswith("mixed.jsonl") for r in bad)


def test_wrong_encoding_and_unknown_columns_reject_the_file(fixtures: Path):
    folder = fixtures / "night_broken" / "chats"
    good, bad = _split(list(read_chats([folder / "bad_encoding.csv", folder / "unknown_columns.csv"], CONFIG)))
    assert good == {}
    by_file = {Path(r.source).name: r.reason for r in bad}
    assert "not valid UTF-8" in by_file["bad_encoding.csv"] and "Windows-1251" in by_file["bad_encoding.csv"]
    assert "lacks required columns" in by_file["unknown_columns.csv"]


def test_utf16_export_is_read(tmp_path: Path):
    path = tmp_path / "export.csv"
    path.write_text("conversation_id,timestamp,author_role,author_id,text\n"
                    "u-1,2026-11-20T10:00:00Z,customer,c1,Привет\n", encoding="utf-16")
    good, bad = _split(list(read_chats([path], CONFIG)))
    assert bad == [] and good["chat:u-1"].turns[0].text == "Привет"
