"""Chat exports (JSONL or CSV, one message per line) → one :class:`Interaction` per conversation.

Required per message: ``conversation_id, timestamp, author_role, author_id, text``. Optional on any
message (first non-empty value wins): ``queue, customer_id, customer_phone, customer_email,
customer_name, agent_name, language``. Messages of one conversation may be spread over several files;
when those files disagree about the customer (id, phone, email) or give two different texts for
one moment and author, the conversation is quarantined whole instead of merged (:func:`_conflict`).

Files are streamed line by line (:mod:`pipeline.ingest.textfiles`): a bad line (invalid bytes, over
``limits.max_record_chars``, bad JSON) is quarantined alone; an empty file, one over
``limits.max_file_bytes`` or in a wrong encoding is quarantined as a whole. Timestamps outside
``timestamp_window`` around the night are quarantined. NUL characters are removed from all text.
"""

from __future__ import annotations

import heapq
import json
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any, Iterator

from pipeline.customers.identity import normalize_email, normalize_phone
from pipeline.ingest.config import IngestConfig
from pipeline.ingest.filecheck import file_problem
from pipeline.ingest.textfiles import EncodingProblem, iter_csv_rows, iter_lines
from pipeline.model import Channel, CustomerRef, Interaction, Rejected, Speaker, Turn
from pipeline.runtime.gc_pause import paused_gc

REQUIRED = ("conversation_id", "timestamp", "author_role", "author_id", "text")
OPTIONAL = ("queue", "customer_id", "customer_phone", "customer_email", "customer_name", "agent_name", "language")
ROLES = {
    "customer": Speaker.CUSTOMER, "client": Speaker.CUSTOMER, "user": Speaker.CUSTOMER, "клиент": Speaker.CUSTOMER,
    "agent": Speaker.AGENT, "operator": Speaker.AGENT, "оператор": Speaker.AGENT,
    "bot": Speaker.BOT, "system": Speaker.SYSTEM,
}
IDENTITY_FIELDS = ("customer_id", "customer_phone", "customer_email")
STAGE = "ingest"


@dataclass(slots=True)
class _Message:
    timestamp: datetime
    speaker: Speaker
    author_id: str | None
    text: str
    source: str
    extras: dict[str, Any]
    item: str = ""


@dataclass(slots=True)
class _Conversation:
    messages: list[_Message] = field(default_factory=list)
    fields: dict[str, str] = field(default_factory=dict)
    sources: list[str] = field(default_factory=list)
    identities: dict[str, dict[str, str]] = field(default_factory=dict)  # file → identity field → value


def _records(path: Path, config: IngestConfig) -> Iterator[tuple[str, dict[str, Any] | None, str | None]]:
    """(item label, record, error) for each line/row of a chat file, streamed.

    Raises (ValueError, EncodingProblem, OSError) only for problems of the whole file.
    """
    limit = config.limits.max_record_chars
    n_records = 0
    if path.suffix.lower() == ".csv":
        rows = iter_csv_rows(path, limit)
        header = next(rows, None)
        if header is None:
            raise ValueError("no header line: the file holds only blank lines")
        if header.problems:
            raise ValueError(f"header line unreadable: {'; '.join(header.problems)}")
        fieldnames = header.cells
        missing = [c for c in REQUIRED if c not in fieldnames]
        if missing:
            raise ValueError(f"CSV header lacks required columns {missing}; found {fieldnames}")
        for row in rows:
            n_records += 1
            label = f"{path.name}:{row.first_line}"
            if row.problems:
                yield label, None, "; ".join(row.problems)
            elif len(row.cells) > len(fieldnames):
                yield label, None, "row has more cells than the header"
            else:
                yield label, dict(zip(fieldnames, row.cells)), None
        if not n_records:
            raise ValueError("no rows after the header line")
        return
    for line in iter_lines(path, limit):
        label = f"{path.name}:{line.number}"
        if line.problem:
            n_records += 1
            yield label, None, line.problem
            continue
        if not line.text.strip():
            continue
        n_records += 1
        try:
            record = json.loads(line.text)
        except json.JSONDecodeError as exc:
            yield label, None, f"malformed JSON: {exc.msg} at column {exc.colno}"
            continue
        except RecursionError:
            yield label, None, "malformed JSON: nested too deeply"
            continue
        except ValueError:  # e.g. an integer of more than 4300 digits
            yield label, None, "malformed JSON: a value cannot be read (number too long?)"
            continue
        if not isinstance(record, dict):
            yield label, None, "line is not a JSON object"
            continue
        yield label, record, None
    if not n_records:
        raise ValueError("no messages: the file holds only blank lines")


def _shown(value: Any, limit: int = 32) -> str:
    """A field value fit for a quarantine reason: short values as written, long ones only by size
    (a shifted column can put message text, with personal data, into any field)."""
    text = str(value)
    return repr(text) if len(text) <= limit else f"of {len(text)} characters"


_NOT_TEXT = (dict, list, bool)
_FIELDS = frozenset((*REQUIRED, *OPTIONAL))


def _clean(value: Any) -> str:
    """Text of a field with NUL characters removed (they are never stored)."""
    return str(value).replace("\x00", "")


def _parse(record: dict[str, Any], config: IngestConfig,
           night: date | None = None) -> tuple[_Message | None, str | None]:
    missing = [c for c in REQUIRED if record.get(c) in (None, "") and not (c == "author_id" and record.get("author_role") in ("system", "bot"))]
    if missing:
        return None, f"missing required field(s) {missing}"
    not_text = [c for c, v in record.items() if isinstance(v, _NOT_TEXT) and c in _FIELDS]
    if not_text:
        return None, f"field(s) {not_text} must be text or a number"
    role = str(record["author_role"]).strip().lower()
    if role not in ROLES:
        return None, f"unknown author_role {_shown(record['author_role'])} (expected customer, agent, bot or system)"
    try:
        ts = config.parse_timestamp(record["timestamp"])
    except (ValueError, TypeError) as exc:
        return None, f"bad timestamp {_shown(record['timestamp'])}: {exc}"
    problem = config.window_problem(ts, night)
    if problem:
        return None, problem
    extras = {k: v for k, v in record.items() if k not in REQUIRED}
    author = record.get("author_id")
    return _Message(ts, ROLES[role], _clean(author) if author not in (None, "") else None,
                    _clean(record["text"]).strip(), "", extras), None


@paused_gc
def read_chats(paths: list[Path], config: IngestConfig, night: date | None = None) -> list[Interaction | Rejected]:
    """Read all chat files of a night: interactions and rejected lines/files.

    ``night`` (the date being run) turns on the timestamp window check.
    """
    return list(_iter_chats(paths, config, night))


def stream_chats(paths: list[Path], config: IngestConfig, night: date | None = None) -> Iterator[Interaction | Rejected]:
    """:func:`read_chats`, streamed: each conversation is yielded as soon as its last message is read.

    A first, cheap pass (:func:`last_positions`) finds where each conversation id is seen for the
    last time, so a conversation spread over several files is still merged (and checked for
    conflicts) whole, while memory holds only the conversations still open, not the night. The
    same items as :func:`read_chats`, in reading order instead of first-appearance order.
    """
    return _iter_chats(paths, config, night, closing=last_positions(paths, config))


_FILE_SHIFT = 32  # a position: file index << 32 | record index within the file
_NEVER = 1 << 62  # an id the first pass did not see (the file changed?) stays open to the end


def last_positions(paths: list[Path], config: IngestConfig) -> dict[str, int]:
    """Conversation id → position of its last record in the night (files in sorted order).

    Only ids are read (no message is kept); a record the second pass rejects only makes the
    position later than needed, never earlier, so no conversation is closed too soon.
    """
    last: dict[str, int] = {}
    for index, path in enumerate(sorted(paths)):
        if file_problem(path, config):
            continue
        try:
            for k, (_item, record, error) in enumerate(_records(path, config)):
                if error is None and record is not None and record.get("conversation_id") not in (None, ""):
                    last[_clean(record["conversation_id"]).strip()] = (index << _FILE_SHIFT) | k
        except (EncodingProblem, ValueError, OSError):
            continue  # the second pass quarantines the file
    return last


def _identity(name: str, value: str, config: IngestConfig) -> str:
    if name == "customer_phone":
        return normalize_phone(value, config.default_region) or value.strip()
    if name == "customer_email":
        return normalize_email(value) or value.strip().lower()
    return value.strip()


def _iter_chats(paths: list[Path], config: IngestConfig, night: date | None = None,
                closing: dict[str, int] | None = None) -> Iterator[Interaction | Rejected]:
    """Chats of ``paths``. Without ``closing`` every conversation is yielded after the last file;
    with it (:func:`last_positions`) each one as soon as the position of its last record is passed."""
    conversations: dict[str, _Conversation] = {}
    seen: dict[tuple, str] = {}  # duplicate keys start with the conversation id: dropped with it
    due: list[tuple[int, str]] = []  # (closing position, conversation id) of open conversations

    def finished(position: int) -> Iterator[Interaction | Rejected]:
        while due and due[0][0] <= position:
            _, done = heapq.heappop(due)
            conv = conversations.pop(done, None)
            if conv is not None:
                for m in conv.messages:
                    seen.pop((done, m.timestamp, m.speaker, m.author_id, m.text), None)
                yield from _finish(done, conv, config)

    for file_index, path in enumerate(sorted(paths)):
        problem = file_problem(path, config)
        if problem:
            yield Rejected(source=str(path), item=path.name, stage=STAGE, reason=problem)
            continue
        try:
            for k, (item, record, error) in enumerate(_records(path, config)):
                if closing is not None and due:
                    yield from finished(((file_index << _FILE_SHIFT) | k) - 1)
                if error or record is None:
                    yield Rejected(source=str(path), item=item, stage=STAGE, reason=error or "unreadable record")
                    continue
                try:
                    message, error = _parse(record, config, night)
                except Exception as exc:  # noqa: BLE001 - one bad line never stops the night
                    message, error = None, f"unexpected error reading the line: {type(exc).__name__}"
                if error or message is None:
                    yield Rejected(source=str(path), item=item, stage=STAGE, reason=error or "unreadable message",
                                   detail=json.dumps(record, ensure_ascii=False, default=str)[:500])
                    continue
                conv_id = _clean(record["conversation_id"]).strip()
                key = (conv_id, message.timestamp, message.speaker, message.author_id, message.text)
                if key in seen:
                    yield Rejected(source=str(path), item=item, stage=STAGE,
                                   reason=f"duplicate message in conversation {conv_id} (first seen at {seen[key]})")
                    continue
                seen[key] = item
                message.source, message.item = str(path), item
                if conv_id not in conversations and closing is not None:
                    heapq.heappush(due, (closing.get(conv_id, _NEVER), conv_id))
                conv = conversations.setdefault(conv_id, _Conversation())
                conv.messages.append(message)
                if str(path) not in conv.sources:
                    conv.sources.append(str(path))
                for name in OPTIONAL:
                    value = record.get(name)
                    if value not in (None, ""):
                        value = _clean(value)
                        conv.fields.setdefault(name, value)
                        if name in IDENTITY_FIELDS:
                            known = conv.identities.setdefault(str(path), {})
                            if name not in known:
                                known[name] = _identity(name, value, config)
        except (EncodingProblem, ValueError, OSError) as exc:
            yield Rejected(source=str(path), item=path.name, stage=STAGE, reason=str(exc))
        if closing is not None:  # records of this file past a whole-file problem are never read
            yield from finished((file_index << _FILE_SHIFT) | ((1 << _FILE_SHIFT) - 1))
    for conv_id, conv in conversations.items():
        yield from _finish(conv_id, conv, config)


def _finish(conv_id: str, conv: _Conversation, config: IngestConfig) -> Iterator[Interaction | Rejected]:
    """The interaction of a complete conversation, or each of its messages quarantined on a conflict."""
    conflict = _conflict(conv)
    if conflict:
        for m in conv.messages:
            yield Rejected(source=m.source, item=m.item, stage=STAGE,
                           reason=f"conversation {conv_id} is not one conversation: {conflict}; all its "
                                  f"{len(conv.messages)} messages quarantined (fix the export, then re-run)")
        return
    yield _to_interaction(conv_id, conv, config)


def _conflict(conv: _Conversation) -> str | None:
    """Why messages of one conversation id from different files cannot be merged; None if they can.

    Rule: a conversation id spread over several files is merged only when the files agree on the
    customer (``customer_id``, phone, email, each where both give one) and never give two different
    texts for the same moment and author.
    """
    if len(conv.sources) < 2:
        return None
    files = list(conv.identities.items())
    for i, (file_a, ids_a) in enumerate(files):
        for file_b, ids_b in files[i + 1:]:
            for name in IDENTITY_FIELDS:
                if name in ids_a and name in ids_b and ids_a[name] != ids_b[name]:
                    return f"{Path(file_a).name} and {Path(file_b).name} give different {name}"
    by_moment: dict[tuple, _Message] = {}
    for m in conv.messages:
        other = by_moment.setdefault((m.timestamp, m.speaker, m.author_id), m)
        if other is not m and other.source != m.source and other.text != m.text:
            return (f"{other.item} and {m.item} are different messages from the same author at "
                    f"{m.timestamp.isoformat()}")
    return None


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
