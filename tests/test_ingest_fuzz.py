"""Property-based fuzz test of ingest: mutated chat JSONL/CSV, email .eml/.mbox and call sidecars.

Hypothesis builds a night folder of good items (every chat message, email and call carries a
unique marker), then damages some of them: random bytes flipped, a line replaced by binary
garbage or cut short, a NUL character, an impossible or out-of-window timestamp, a record over
the size limit, an empty file, a UTF-16 file without BOM, the same conversation id in a second
file with another customer, forwarded / digest / boundary-less emails. For every example:

* ingest completes (no exception);
* count conservation: per input file, items loaded + items quarantined = items written (a file
  quarantined as a whole accounts for all of its items);
* nothing good beside a bad item is lost: every undamaged item's marker is in a loaded turn;
* no NUL character reaches the loaded text and no quarantine reason repeats the item's content.

Mutations never add or remove line breaks or CSV quotes: a new line break makes two items of one, and an
unbalanced quote in CSV joins the rest of the file into one record (a property of CSV itself).
A second, slow test runs two mutated nights through every stage (no Prefect, no transcription
model): one night takes 10-20 s on this loaded machine, so only a couple of examples.
"""

from __future__ import annotations

import csv
import io
import json
import shutil
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.ingest import ingest_night
from pipeline.ingest.config import IngestConfig
from pipeline.model import Channel

NIGHT = date(2026, 11, 20)
LIMIT = 5_000
CONFIG = IngestConfig(company_domains=["ladoga-telecom.ru"], limits={"max_record_chars": LIMIT})
CHAT_COLUMNS = ["conversation_id", "timestamp", "author_role", "author_id", "text", "customer_phone"]
BAD_TIMES = ["9999-12-31T23:59:59-05:00", "0001-01-01T00:00:00+05:00", "99999999999999999999", "20261210",
             "2099-01-01T10:00:00+03:00", "not a time", "2026-13-45T99:99:99"]
LINE_MUTATIONS = ["keep", "keep", "keep", "flip", "garbage", "truncate", "nul", "time", "huge"]
FORBIDDEN = frozenset(b'\r\n"')  # see the module docstring


@dataclass
class Night:
    folder: Path
    items: Counter = field(default_factory=Counter)  # file name → items written
    good: set[str] = field(default_factory=set)  # markers that must be loaded
    conversations: dict[str, list[str]] = field(default_factory=dict)  # conversation id → its markers
    conflicted: set[str] = field(default_factory=set)  # conversation ids given twice with other customers
    markers: set[str] = field(default_factory=set)  # every marker written
    emptied: set[str] = field(default_factory=set)  # conversations whose file was emptied


_counter = iter(range(10**9))


def _marker() -> str:
    n = next(_counter)
    return f"mk{n:05d}z{n:05d}"  # two copies: one flipped byte cannot turn it into another marker


def _flip(data: st.DataObject, raw: bytes, csv_like: bool) -> bytes:
    out = bytearray(raw)
    positions = [i for i, b in enumerate(raw) if b not in FORBIDDEN]  # line breaks and quotes stay
    for _ in range(data.draw(st.integers(1, 2))):
        pos = data.draw(st.sampled_from(positions))
        value = data.draw(st.integers(0, 255).filter(lambda b: b not in FORBIDDEN or (not csv_like and b == 34)))
        out[pos] = value
    return bytes(out)


def _garbage(data: st.DataObject) -> bytes:
    body = data.draw(st.binary(min_size=1, max_size=300))
    return b"\xff" + bytes(b for b in body if b not in FORBIDDEN)


def _chat_file(data: st.DataObject, night: Night, index: int) -> None:
    fmt = data.draw(st.sampled_from(["jsonl", "csv"]), label="chat format")
    encoding = data.draw(st.sampled_from(["utf-8", "utf-8", "utf-8", "utf-16-le"]), label="encoding")
    name = f"chat{index}.{fmt}"
    lines: list[bytes] = []
    if fmt == "csv":
        lines.append((",".join(CHAT_COLUMNS) + "\n").encode(encoding))
    for conv in range(data.draw(st.integers(1, 3))):
        conv_id = f"cv{index}{conv}{index}{conv}{index}{conv}"
        phone = f"+7916{index}{conv}{index:02d}{conv:03d}"
        night.conversations[conv_id] = []
        for n in range(data.draw(st.integers(1, 3))):
            marker = _marker()
            night.markers.add(marker)
            message = {"conversation_id": conv_id, "timestamp": f"2026-11-20T1{n}:0{conv}:00+03:00",
                       "author_role": "customer" if n % 2 == 0 else "agent", "author_id": f"a{n % 2}",
                       "text": f"Сообщение {marker} про интернет", "customer_phone": phone}
            mutation = data.draw(st.sampled_from(LINE_MUTATIONS)) if encoding == "utf-8" else "keep"
            if mutation == "nul":
                message["text"] = f"Сообщ\x00ение {marker} про\x00 интернет"
            elif mutation == "time":
                message["timestamp"] = data.draw(st.sampled_from(BAD_TIMES))
            elif mutation == "huge":
                message["text"] = f"{marker} " + "щ" * LIMIT
            if fmt == "csv":
                buffer = io.StringIO()
                csv.writer(buffer, lineterminator="\n").writerow([message[c] for c in CHAT_COLUMNS])
                raw = buffer.getvalue().encode(encoding)
            else:
                raw = (json.dumps(message, ensure_ascii=False) + "\n").encode(encoding)
            if mutation == "flip":
                raw = _flip(data, raw[:-1], fmt == "csv") + b"\n"
            elif mutation == "garbage":
                raw = _garbage(data) + b"\n"
            elif mutation == "truncate":
                raw = raw[: data.draw(st.integers(1, max(1, len(raw) - 2)))] + b"\n"
            if mutation in ("keep", "nul"):
                night.good.add(marker)
                night.conversations[conv_id].append(marker)
            else:
                night.conversations[conv_id].append("")  # damaged: may load or not
            lines.append(raw)
            night.items[name] += 1
    path = night.folder / "chats" / name
    if data.draw(st.integers(0, 9), label="empty file") == 0:
        path.write_bytes(b"")  # an empty file: one quarantined item in place of all of them
        for conv_id in [c for c in night.conversations if c.startswith(f"cv{index}")]:
            night.good -= set(night.conversations[conv_id])
            night.emptied.add(conv_id)
        night.items[name] = 1
        return
    path.write_bytes(b"".join(lines))


def _conflict(data: st.DataObject, night: Night) -> None:
    """The same conversation id in one more file, with another customer: quarantined, not merged."""
    candidates = sorted(c for c, markers in night.conversations.items() if any(markers) and c not in night.emptied)
    if not candidates or not data.draw(st.booleans(), label="conflict"):
        return
    conv_id = data.draw(st.sampled_from(candidates))
    line = {"conversation_id": conv_id, "timestamp": "2026-11-20T15:00:00+03:00", "author_role": "customer",
            "author_id": "other", "text": "Другой разговор", "customer_phone": "+79990000000"}
    (night.folder / "chats" / "zz_conflict.jsonl").write_text(json.dumps(line, ensure_ascii=False) + "\n")
    night.items["zz_conflict.jsonl"] = 1
    night.conflicted.add(conv_id)
    night.good -= set(night.conversations[conv_id])


_INNER = ("Message-ID: <in-{m}@shop.ru>\nFrom: shop@shop.ru\nDate: Thu, 19 Nov 2026 09:00:00 +0300\n"
          "Subject: Счёт\nContent-Type: text/plain; charset=utf-8\n\nСчёт {m} к оплате.\n")


def _email(data: st.DataObject, night: Night, n: int) -> tuple[bytes, str | None]:
    """(raw message, marker when it must load)."""
    marker = _marker()
    night.markers.add(marker)
    head = (f"Message-ID: <e{n}-{marker}@client.ru>\nFrom: client{n}@client.ru\nTo: help@ladoga-telecom.ru\n"
            f"Date: Fri, 20 Nov 2026 1{n % 10}:00:00 +0300\nSubject: Вопрос\nMIME-Version: 1.0\n")
    shape = data.draw(st.sampled_from(["plain", "forward", "digest", "no_boundary"]))
    if shape == "plain":
        body = f"Content-Type: text/plain; charset=utf-8\n\nЗдравствуйте, вопрос {marker} по счёту.\n"
    elif shape == "forward":
        body = 'Content-Type: multipart/mixed; boundary="F"\n\n--F\nContent-Type: message/rfc822\n\n' + \
            _INNER.format(m=marker) + "--F--\n"
    elif shape == "digest":
        body = 'Content-Type: multipart/digest; boundary="D"\n\n--D\n\n' + _INNER.format(m=marker) + "--D--\n"
    else:
        body = ("Content-Type: multipart/mixed\n\n--Q1\nContent-Type: text/plain; charset=utf-8\n\n"
                f"Роутер {marker} не работает.\n--Q1--\n")
    raw = (head + body).encode("utf-8")
    mutation = data.draw(st.sampled_from(["keep", "keep", "keep", "flip", "no_date", "bad_date", "garbage"]))
    if mutation == "keep":
        return raw, marker
    if mutation == "flip":
        first_end = raw.index(b"\n") + 1
        return raw[:first_end] + _flip(data, raw[first_end:], csv_like=False), None
    if mutation == "no_date":
        return b"\n".join(l for l in raw.split(b"\n") if not l.startswith(b"Date:")), None
    if mutation == "bad_date":
        value = data.draw(st.sampled_from(BAD_TIMES + ["Mon, 31 Dec 9999 23:59:59 -1200"]))
        return raw.replace(b"Date: Fri, 20 Nov 2026", f"Date: {value} ".encode(), 1), None
    return head.encode() + b"Content-Type: text/plain\nContent-Transfer-Encoding: base64\n\n" + _garbage(data) + b"\n", None


def _emails(data: st.DataObject, night: Night) -> None:
    folder = night.folder / "emails"
    for n in range(data.draw(st.integers(0, 3), label="eml files")):
        name = f"m{n}.eml"
        if data.draw(st.integers(0, 9)) == 0:
            (folder / name).write_bytes(b"")
        else:
            raw, marker = _email(data, night, n)
            (folder / name).write_bytes(raw)
            if marker:
                night.good.add(marker)
        night.items[name] = 1
    k = data.draw(st.integers(0, 3), label="mbox messages")
    if k:
        parts = []
        for n in range(k):
            raw, marker = _email(data, night, 10 + n)
            parts.append(b"From client@client.ru Fri Nov 20 10:00:00 2026\n" + raw + b"\n")
            if marker:
                night.good.add(marker)
        (folder / "box.mbox").write_bytes(b"".join(parts))
        night.items["box.mbox"] = k


def _calls(data: st.DataObject, night: Night, with_audio: bool = True) -> None:
    n_rows = data.draw(st.integers(0, 3), label="calls")
    if not n_rows:
        return
    folder = night.folder / "calls"
    if with_audio:
        (folder / "a.wav").write_bytes(b"RIFF0000WAVE")
    fmt = data.draw(st.sampled_from(["csv", "json"]))
    rows, good = [], []
    for n in range(n_rows):
        call_id = f"k{n}{n}{n}-{_marker()}"
        row = {"call_id": call_id, "started_at": f"2026-11-20T1{n}:00:00+03:00", "queue": "tech", "audio_file": "a.wav"}
        mutation = data.draw(st.sampled_from(["keep", "keep", "time", "huge", "no_audio"]))
        if not with_audio:
            mutation = "no_audio" if mutation == "keep" else mutation
        if mutation == "time":
            row["started_at"] = data.draw(st.sampled_from(BAD_TIMES))
        elif mutation == "huge":
            row["queue"] = "q" * (LIMIT + 10)
        elif mutation == "no_audio":
            row["audio_file"] = "absent.wav"
        else:
            good.append(call_id)
        rows.append(row)
    name = f"calls.{fmt}"
    if fmt == "json":
        raw = json.dumps(rows).encode()
        if data.draw(st.integers(0, 4)) == 0:
            raw = _flip(data, raw, csv_like=False)
            good = []  # the whole JSON may become unreadable
    else:
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
        raw = buffer.getvalue().encode()
    (folder / name).write_bytes(raw)
    night.items[name] = n_rows
    night.good |= set(good)


def _build(data: st.DataObject, folder: Path, with_audio: bool = True) -> Night:
    night = Night(folder)
    for sub in ("chats", "emails", "calls"):
        (folder / sub).mkdir(parents=True)
    for index in range(data.draw(st.integers(1, 3), label="chat files")):
        _chat_file(data, night, index)
    _conflict(data, night)
    _emails(data, night)
    _calls(data, night, with_audio)
    return night


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(st.data())
def test_mutated_inputs_are_loaded_or_quarantined_never_lost(data: st.DataObject) -> None:
    folder = Path(tempfile.mkdtemp(prefix="sl-fuzz-"))
    try:
        night = _build(data, folder)
        result = ingest_night(folder, CONFIG, night=NIGHT)

        # count conservation, per file
        whole_files = {r.item for r in result.rejected if r.item == Path(r.source).name}
        rejected = Counter(Path(r.source).name for r in result.rejected if r.item != Path(r.source).name)
        loaded: Counter = Counter()
        for ix in result.interactions:
            name = Path(ix.source_path).name
            loaded[name] += 1 if ix.channel == Channel.CALL else len(ix.turns)
        for name, n_items in night.items.items():
            if name in whole_files:
                assert loaded[name] == 0 and rejected[name] == 0, name
            else:
                assert loaded[name] + rejected[name] == n_items, (name, loaded[name], rejected[name], n_items)

        # nothing good beside a bad item is lost
        texts = [t.text for ix in result.interactions for t in ix.turns]
        joined = "\n".join(texts) + "\n" + "\n".join(ix.interaction_id for ix in result.interactions)
        lost = {m for m in night.good if m not in joined}
        assert not lost, (lost, [(r.item, r.reason) for r in result.rejected])
        for conv_id in night.conflicted:
            assert f"chat:{conv_id}" not in {ix.interaction_id for ix in result.interactions}

        # no NUL stored; reasons name the item, never repeat its content
        assert not any("\x00" in t for t in texts)
        for r in result.rejected:
            assert r.stage == "ingest" and r.reason and r.source
            assert not any(m in r.reason for m in night.markers if m not in r.item), r.reason
    finally:
        shutil.rmtree(folder, ignore_errors=True)


@pytest.mark.slow
@settings(max_examples=2, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                                                 HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_mutated_night_completes_through_every_stage(tmp_path_factory, data: st.DataObject) -> None:
    """A few mutated nights through the whole pipeline (no Prefect; calls have no audio, so no
    transcription model): the run succeeds, each ingested contact is loaded or quarantined by a
    later stage, and etl_run.n_quarantined equals the quarantine rows written."""
    from pipeline.flows.nightly import run_night
    from pipeline.warehouse import Warehouse

    base = tmp_path_factory.mktemp("night")
    night = _build(data, base / "2026-11-20", with_audio=False)
    expected = ingest_night(night.folder, CONFIG, night=NIGHT)
    rules = base / "rules"
    shutil.copytree(Path(__file__).resolve().parent.parent / "rules", rules)
    settings_file = rules / "pipeline.yaml"
    pipeline_rules = yaml.safe_load(settings_file.read_text(encoding="utf-8"))
    pipeline_rules["ingest"].setdefault("limits", {})["max_record_chars"] = LIMIT  # what the mutations assume
    settings_file.write_text(yaml.safe_dump(pipeline_rules, allow_unicode=True), encoding="utf-8")
    url = f"duckdb:///{base / 'wh.duckdb'}"
    summary = run_night("2026-11-20", base, url, rules_dir=str(rules), use_prefect=False)
    with Warehouse.connect(url, read_only=True) as wh:
        (status, n_quarantined), = wh.query("SELECT status, n_quarantined FROM etl_run")
        loaded = {r[0] for r in wh.query("SELECT interaction_id FROM fct_interaction")}
        later = {r[0] for r in wh.query("SELECT item FROM etl_quarantine WHERE stage <> 'ingest'")}
        n_rows = wh.query("SELECT count(*) FROM etl_quarantine")[0][0]
    assert status == "succeeded"
    assert {ix.interaction_id for ix in expected.interactions} <= loaded | later
    assert n_quarantined == summary.quarantined == n_rows >= len(expected.rejected)
