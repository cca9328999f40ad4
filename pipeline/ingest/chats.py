"""Chat exports (JSONL or CSV, one message per line) → one :class:`Interaction` per conversation.

Required per message: ``conversation_id, timestamp, author_role, author_id, text``. Optional on any
message (first non-empty value wins): ``queue, customer_id, customer_phone, customer_email,
customer_name, agent_name, language``. Messages of one conversation may be spread over several files.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, Iterator

from pipeline.identity import normalize_email, normalize_phone
from pipeline.ingest.config import IngestConfig
from pipeline.ingest.textfiles import EncodingProblem, read_text
from pipeline.model import Channel, CustomerRef, Interaction, Rejected, Speaker, Turn
from pipeline.perf import paused_gc

REQUIRED = ("conversation_id", "timestamp", "author_role", "author_id", "text")
OPTIONAL = ("queue", "customer_id", "customer_phone", "customer_email", "customer_name", "agent_name", "language")
ROLES = {
    "customer": Speaker.CUSTOMER, "client": Speaker.CUSTOMER, "user": Speaker.CUSTOMER, "клиент": Speaker.CUSTOMER,
    "agent": Speaker.AGENT, "operator": Speaker.AGENT, "оператор": Speaker.AGENT,
    "bot": Speaker.BOT, "system": Speaker.SYSTEM,
}
STAGE = "ingest"


@dataclass(slots=True)
class _Message:
    timestamp: datetime
    speaker: Speaker
    author_id: str | None
    text: str
    source: str
    extras: dict[str, Any]


@dataclass(slots=True)
class _Conversation:
    messages: list[_Message] = field(default_factory=list)
    fields: dict[str, str] = field(default_factory=dict)
    sources: list[str] = field(default_factory=list)


def _records(path: Path) -> Iterator[tuple[str, dict[str, Any] | None, str | None]]:
    """(item label, record, error) for each line/row of a chat file."""
    text = read_text(path)
    if path.suffix.lower() == ".csv":
        reader = csv.DictReader(io.StringIO(text))
        missing = [c for c in REQUIRED if c not in (reader.fieldnames or [])]
        if missing:
            raise ValueError(f"CSV header lacks required columns {missing}; found {reader.fieldnames}")
        for row_no, row in enumerate(reader, start=2):
            if None in row:  # more cells than header columns
                yield f"{path.name}:{row_no}", None, "row has more cells than the header"
                continue
            yield f"{path.name}:{row_no}", row, None
        return
    for line_no, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield f"{path.name}:{line_no}", None, f"malformed JSON: {exc.msg} at column {exc.colno}"
            continue
        if not isinstance(record, dict):
            yield f"{path.name}:{line_no}", None, "line is not a JSON object"
            continue
        yield f"{path.name}:{line_no}", record, None


def _parse(record: dict[str, Any], config: IngestConfig) -> tuple[_Message | None, str | None]:
    missing = [c for c in REQUIRED if record.get(c) in (None, "") and not (c == "author_id" and record.get("author_role") in ("system", "bot"))]
    if missing:
        return None, f"missing required field(s) {missing}"
    role = str(record["author_role"]).strip().lower()
    if role not in ROLES:
        return None, f"unknown author_role {record['author_role']!r} (expected customer, agent, bot or system)"
    try:
        ts = config.parse_timestamp(record["timestamp"])
    except (ValueError, TypeError) as exc:
        return None, f"bad timestamp {record['timestamp']!r}: {exc}"
    extras = {k: v for k, v in record.items() if k not in REQUIRED}
    author = record.get("author_id")
    return _Message(ts, ROLES[role], str(author) if author not in (None, "") else None,
                    str(record["text"]).strip(), "", extras), None


@paused_gc
def read_chats(paths: list[Path], config: IngestConfig) -> list[Interaction | Rejected]:
    """Read all chat files of a night: interactions and rejected lines/files."""
    return list(_iter_chats(paths, config))


def _iter_chats(paths: list[Path], config: IngestConfig) -> Iterator[Interaction | Rejected]:
    conversations: dict[str, _Conversation] = {}
    seen: dict[tuple, str] = {}
    for path in sorted(paths):
        try:
            records = list(_records(path))
        except (EncodingProblem, ValueError, OSError) as exc:
            yield Rejected(source=str(path), item=path.name, stage=STAGE, reason=str(exc))
            continue
        for item, record, error in records:
            if error:
                yield Rejected(source=str(path), item=item, stage=STAGE, reason=error)
                continue
            message, error = _parse(record, config)
            if error:
                yield Rejected(source=str(path), item=item, stage=STAGE, reason=error,
                               detail=json.dumps(record, ensure_ascii=False)[:500])
                continue
            conv_id = str(record["conversation_id"]).strip()
            key = (conv_id, message.timestamp, message.speaker, message.author_id, message.text)
            if key in seen:
                yield Rejected(source=str(path), item=item, stage=STAGE,
                               reason=f"duplicate message in conversation {conv_id} (first seen at {seen[key]})")
                continue
            seen[key] = item
            message.source = str(path)
            conv = conversations.setdefault(conv_id, _Conversation())
            conv.messages.append(message)
            if str(path) not in conv.sources:
                conv.sources.append(str(path))
            for name in OPTIONAL:
                value = record.get(name)
                if value not in (None, "") and name not in conv.fields:
                    conv.fields[name] = str(value)
    for conv_id, conv in conversations.items():
        yield _to_interaction(conv_id, conv, config)


def _to_interaction(conv_id: str, conv: _Conversation, config: IngestConfig) -> Interaction:
    messages = sorted(conv.messages, key=lambda m: m.timestamp)
    f = conv.fields
    turns = [Turn(index=i, speaker=m.speaker, text=m.text, author_id=m.author_id, started_at=m.timestamp)
             for i, m in enumerate(messages)]
    agent_id = next((m.author_id for m in messages if m.speaker == Speaker.AGENT and m.author_id), None)
    customer = CustomerRef(
        customer_id=f.get("customer_id"),
        phone=normalize_phone(f.get("customer_phone"), config.default_region),
        email=normalize_email(f.get("customer_email")),
        name=f.get("customer_name"),
    )
    metadata: dict[str, Any] = {"source_files": conv.sources, "n_messages": len(messages)}
    if f.get("agent_name"):
        metadata["agent_name"] = f["agent_name"]
    if f.get("language"):
        metadata["declared_language"] = f["language"]
    return Interaction(
        interaction_id=f"chat:{conv_id}", channel=Channel.CHAT, started_at=messages[0].timestamp,
        ended_at=messages[-1].timestamp, customer=customer, agent_id=agent_id, queue=f.get("queue"),
        turns=turns, metadata=metadata, source_path=conv.sources[0],
    )
