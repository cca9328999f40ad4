"""Streaming ingest (issue 12): the same night as the in-memory ingest, without holding the night."""

from __future__ import annotations

import json
import stat
from datetime import date
from pathlib import Path

import pytest

import pipeline.ingest.streamed as streamed_module
from pipeline.ingest import ingest_night, load_ingest_config
from pipeline.ingest.chats import read_chats, stream_chats
from pipeline.ingest.config import IngestConfig
from pipeline.ingest.emails import read_emails, stream_emails
from pipeline.ingest.streamed import SortedSpill, ingest_streamed
from pipeline.model import Interaction, Rejected

ROOT = Path(__file__).resolve().parents[1]
NIGHT = date(2026, 11, 20)
CONFIG = load_ingest_config(None)
EMAIL_CONFIG = IngestConfig(company_domains=["ladoga-telecom.ru"])


def _key(r: Rejected) -> tuple:
    return (r.source, r.item, r.stage, r.reason, r.detail)


@pytest.mark.parametrize("folder", [ROOT / "tests/fixtures/night_small", ROOT / "tests/fixtures/night_broken",
                                    ROOT / "demo/nights/2026-11-20", ROOT / "demo/nights/2026-11-18"])
def test_streamed_night_gives_the_batches_of_the_in_memory_ingest(folder: Path):
    expected = ingest_night(folder, CONFIG, night=NIGHT)
    night = ingest_streamed(folder, CONFIG, night=NIGHT, run_size=7)
    try:
        got = [ix for batch in night.spill.batches(10) for ix in batch]
    finally:
        night.spill.remove()
    assert expected.interactions and got == expected.interactions  # same interactions, same order
    assert sorted(map(_key, night.rejected)) == sorted(map(_key, expected.rejected))
    assert (night.agents, night.survey_files, night.n_files) == (expected.agents, expected.survey_files,
                                                                expected.n_files)
    assert not night.spill.folder.exists()


def _chat(path: Path, *records: dict) -> None:
    with path.open("a", encoding="utf-8") as f:
        for r in records:
            f.write((r if isinstance(r, str) else json.dumps(r, ensure_ascii=False)) + "\n")


def _msg(conv: str, minute: int, role: str = "customer", text: str = "Здравствуйте", **extra) -> dict:
    return {"conversation_id": conv, "timestamp": f"2026-11-20T10:{minute:02d}:00+03:00", "author_role": role,
            "author_id": "A-1" if role == "agent" else "u1", "text": text, **extra}


def test_chats_stream_per_conversation_and_still_merge_across_files(tmp_path: Path):
    a, b, c = tmp_path / "a.jsonl", tmp_path / "b.jsonl", tmp_path / "c.jsonl"
    _chat(a, _msg("solo", 1), _msg("solo", 2, "agent", "Добрый день"),
          _msg("split", 3, customer_phone="+79161234567"), _msg("clash", 4, customer_phone="+79160000001"))
    _chat(b, "{not json", _msg("split", 5, "agent", "Сейчас проверю"), _msg("split", 3),  # a duplicate of a's
          _msg("clash", 6, "agent", customer_phone="+79160000002"))
    _chat(c, _msg("split", 7, text="Спасибо"))
    paths = [a, b, c]
    items = list(stream_chats(paths, CONFIG, NIGHT))
    labels = [ix.interaction_id if isinstance(ix, Interaction) else f"rejected {ix.item}" for ix in items]
    # "solo" closes with file a (before b's bad line is read); "clash" with b; "split" only after c
    assert labels.index("chat:solo") < labels.index("rejected b.jsonl:1")
    assert labels.index("rejected b.jsonl:1") < labels.index("rejected a.jsonl:4") < labels.index("chat:split")
    split = next(ix for ix in items if isinstance(ix, Interaction) and ix.interaction_id == "chat:split")
    assert [t.text for t in split.turns] == ["Здравствуйте", "Сейчас проверю", "Спасибо"]
    assert any(isinstance(r, Rejected) and r.item == "b.jsonl:3" and "duplicate message" in r.reason for r in items)
    clash = [r for r in items if isinstance(r, Rejected) and "conversation clash is not one" in r.reason]
    assert {r.item for r in clash} == {"a.jsonl:4", "b.jsonl:4"}
    expected = read_chats(paths, CONFIG, NIGHT)
    assert sorted(map(repr, items)) == sorted(map(repr, expected))


def test_a_conversation_closes_with_its_file_when_the_next_file_is_rejected_whole(tmp_path: Path):
    a, b = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    _chat(a, _msg("one", 1), _msg("one", 2, "agent", "Да"))
    b.write_bytes(b"")  # an empty file: rejected whole
    items = list(stream_chats([a, b], CONFIG, NIGHT))
    assert [type(i).__name__ for i in items] == ["Interaction", "Rejected"]
    assert sorted(map(repr, items)) == sorted(map(repr, read_chats([a, b], CONFIG, NIGHT)))


def _eml(path: Path, message_id: str, minute: int, sender: str, text: str, *, reply_to: str | None = None,
         date_header: bool = True) -> None:
    lines = [f"From: {sender}", "To: support@ladoga-telecom.ru", "Subject: Счёт за ноябрь",
             f"Message-ID: <{message_id}>"]
    if date_header:
        lines.append(f"Date: Fri, 20 Nov 2026 10:{minute:02d}:00 +0300")
    if reply_to:
        lines += [f"In-Reply-To: <{reply_to}>", f"References: <{reply_to}>"]
    lines += ["Content-Type: text/plain; charset=utf-8", "", text, ""]
    path.write_text("\n".join(lines), encoding="utf-8")


def test_email_threads_span_files_and_a_rejected_link_splits_them_as_before(tmp_path: Path):
    _eml(tmp_path / "1.eml", "root@x", 1, "ivan@example.com", "Мне пришёл счёт на 900 рублей")
    _eml(tmp_path / "2.eml", "lonely@x", 2, "olga@example.com", "Не работает интернет")
    _eml(tmp_path / "3.eml", "middle@x", 3, "agent@ladoga-telecom.ru", "Проверяем", reply_to="root@x",
         date_header=False)  # rejected: no Date; it was the only link between 1 and 4
    _eml(tmp_path / "4.eml", "reply@x", 4, "ivan@example.com", "Жду ответа", reply_to="middle@x")
    _eml(tmp_path / "5.eml", "answer@x", 5, "agent@ladoga-telecom.ru", "Счёт исправлен", reply_to="reply@x")
    paths = sorted(tmp_path.glob("*.eml"))
    items = list(stream_emails(paths, EMAIL_CONFIG, NIGHT))
    threads = [ix for ix in items if isinstance(ix, Interaction)]
    assert sorted(len(ix.turns) for ix in threads) == [1, 1, 2]  # root alone, lonely alone, reply + answer
    # the lonely thread is complete once 2.eml is read: it comes before 3.eml's rejection
    lonely = next(i for i, ix in enumerate(items) if isinstance(ix, Interaction) and "интернет" in ix.turns[0].text)
    rejection = next(i for i, ix in enumerate(items) if isinstance(ix, Rejected))
    assert lonely < rejection and items[rejection].reason == "no Date header"
    expected = list(read_emails(paths, EMAIL_CONFIG, NIGHT))
    assert sorted(map(repr, items)) == sorted(map(repr, expected))


def test_email_fixtures_stream_like_the_in_memory_reader():
    paths = sorted((ROOT / "tests/fixtures/emails").rglob("*.eml")) + \
        sorted((ROOT / "tests/fixtures/emails").rglob("*.mbox"))
    expected = list(read_emails(paths, EMAIL_CONFIG, NIGHT))
    got = list(stream_emails(paths, EMAIL_CONFIG, NIGHT))
    assert len([i for i in expected if isinstance(i, Interaction)]) >= 5
    assert sorted(map(repr, got)) == sorted(map(repr, expected))


def test_sorted_spill_reads_back_in_start_time_order_in_a_private_folder(tmp_path: Path):
    night = ingest_night(ROOT / "demo/nights/2026-11-20", CONFIG, night=NIGHT).interactions
    spill = SortedSpill(run_size=25, parent=tmp_path)
    assert stat.S_IMODE(spill.folder.stat().st_mode) == 0o700
    for ix in reversed(night):
        spill.add(ix)
    with pytest.raises(RuntimeError, match="finish"):
        next(spill.batches(40))
    spill.finish()
    assert len(spill.runs) == -(-len(night) // 25) and spill.count == len(night)
    batches = list(spill.batches(40))
    assert [len(b) for b in batches[:-1]] == [40] * (len(batches) - 1) == [40] * (spill.n_batches(40) - 1)
    assert [ix for b in batches for ix in b] == night
    # what goes to the workers: ids and sources in the clear (to quarantine a failed batch), the rest pickled
    spilled = list(spill.spilled_batches(40))
    assert [len(b) for b in spilled] == [len(b) for b in batches]
    assert [item for b in spilled for item in b.items] == [(ix.interaction_id, ix.source_path) for ix in night]
    assert all(isinstance(blob, bytes) for b in spilled for blob in b.blobs)
    assert spilled[1].interactions() == batches[1]
    spill.remove()
    assert list(tmp_path.iterdir()) == []


def test_a_failing_ingest_leaves_no_spill_behind(tmp_path: Path, monkeypatch):
    def broken(*_args, **_kwargs):
        yield from ingest_night(ROOT / "tests/fixtures/night_small", CONFIG, night=NIGHT).interactions
        raise KeyboardInterrupt

    monkeypatch.setattr(streamed_module, "stream_night", broken)
    with pytest.raises(KeyboardInterrupt):
        ingest_streamed(ROOT / "tests/fixtures/night_small", CONFIG, NIGHT, run_size=1, spill_dir=tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_the_spill_of_a_killed_night_is_removed_by_the_next_one(tmp_path: Path):
    import os
    import subprocess
    import sys

    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True,
                          text=True, check=True).stdout.strip()  # a process id that no longer runs
    orphan = tmp_path / f"servicelens-night-{dead}-abc123"
    orphan.mkdir()
    (orphan / "run-0000.pickle").write_bytes(b"unredacted text of a killed night")
    mine = tmp_path / f"servicelens-night-{os.getpid()}-live"  # a night still running in this process
    mine.mkdir()
    unrelated = tmp_path / "servicelens-night-notes"
    unrelated.mkdir()

    spill = SortedSpill(10, tmp_path)
    try:
        assert not orphan.exists()
        assert mine.exists() and unrelated.exists()
        assert spill.folder.name.startswith(f"servicelens-night-{os.getpid()}-")
    finally:
        spill.remove()
