"""Ingest: every source file of one night → interactions, rejected items, agents roster, surveys.

A night folder holds ``chats/``, ``emails/``, ``calls/``, ``surveys/`` and an optional
``agents.csv`` (see docs/ARCHITECTURE.md). Files that no adapter reads are quarantined, not ignored.

Modules:

- ``calls``  Call metadata sidecars (CSV or JSON) → call interactions handed to the transcription stage.
- ``chats``  Chat exports (JSONL or CSV, one message per line) → one :class:`Interaction` per conversation.
- ``config``  Settings shared by the ingest adapters (``rules/pipeline.yaml``, section ``ingest``).
- ``email_charset``  Charset decoding for email: bytes in a declared, mislabelled or undeclared charset → ``str``.
- ``email_html``  HTML email bodies → plain text, for :func:`pipeline.ingest.email_text.extract_body`.
- ``email_text``  Email bodies and headers → the plain text a person newly wrote in one message.
- ``emails``  Email (``.eml`` files and ``mbox`` mailboxes) → one :class:`Interaction` per thread.
- ``filecheck``  File-level checks every adapter runs before reading: readable, not empty, not over the size limit.
- ``streamed``  Ingest a night of any size with bounded memory: stream it, spill it sorted, read it back in batches.
- ``surveys``  Survey results (CSAT, NPS, CES) from CSV files into ``fct_survey``.
- ``textfiles``  Reading text exports line by line, with bounded memory and a clear reason for every bad line.
- ``webform``  Web-form complaints: the «Наш Санкт-Петербург» export (``appeals.csv`` + ``reasons.csv``).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from pipeline.config import load_rules
from pipeline.ingest.calls import read_calls
from pipeline.ingest.chats import read_chats
from pipeline.ingest.config import IngestConfig
from pipeline.ingest.filecheck import file_problem
from pipeline.ingest.textfiles import EncodingProblem, iter_csv_rows
from pipeline.model import Interaction, Rejected

CHAT_SUFFIXES = {".jsonl", ".csv", ".json"}
EMAIL_SUFFIXES = {".eml", ".mbox"}
CALL_SIDECAR_SUFFIXES = {".csv", ".json"}
AUDIO_SUFFIXES = {".flac", ".wav", ".ogg", ".opus", ".mp3", ".m4a"}
SURVEY_SUFFIXES = {".csv"}
IGNORED_NAMES = {"README.md", ".gitkeep", ".DS_Store"}


@dataclass(slots=True)
class IngestResult:
    interactions: list[Interaction] = field(default_factory=list)
    rejected: list[Rejected] = field(default_factory=list)
    agents: dict[str, dict[str, str]] = field(default_factory=dict)
    survey_files: list[Path] = field(default_factory=list)
    n_files: int = 0


def load_ingest_config(rules_dir: str | Path | None = None) -> IngestConfig:
    from pipeline.config import RulesModel

    class _Pipeline(RulesModel):
        """pipeline.yaml as ingest reads it: its own section here; the flow's PipelineConfig
        validates the other sections (unknown keys included) before a night starts."""

        ingest: IngestConfig = IngestConfig()
        notify: dict = {}
        batches: dict = {}
        warehouse: dict = {}

    return load_rules(rules_dir, "pipeline", _Pipeline).ingest


def night_dir(source: str | Path, date: str) -> Path:
    """``source/<date>`` when it exists, else ``source`` itself."""
    base = Path(source)
    return base / date if (base / date).is_dir() else base


def _files(folder: Path) -> list[Path]:
    """Every entry under ``folder`` that is not a directory (links that lead nowhere included:
    they are quarantined by the adapters' file check, never skipped silently)."""
    if not folder.is_dir():
        return []
    found: list[Path] = []
    for root, dirs, names in os.walk(folder, followlinks=False):
        for name in dirs:
            if Path(root, name).is_symlink():
                found.append(Path(root, name))  # a linked folder is not followed: quarantined
        found += [Path(root, n) for n in names if n not in IGNORED_NAMES]
    return sorted(found)


def read_agents(path: Path, config: IngestConfig | None = None) -> tuple[dict[str, dict[str, str]], list[Rejected]]:
    if not path.exists() and not path.is_symlink():
        return {}, []
    config = config or IngestConfig()
    problem = file_problem(path, config)
    if problem:
        return {}, [Rejected(str(path), path.name, "ingest", problem)]
    agents, rejected = {}, []
    try:
        rows = iter_csv_rows(path, config.limits.max_record_chars)
        header = next(rows, None)
        if header is None or header.problems or "agent_id" not in header.cells:
            return {}, [Rejected(str(path), path.name, "ingest", "agents.csv needs a header line with agent_id")]
        for row in rows:
            label = f"{path.name}:{row.first_line}"
            if row.problems:
                rejected.append(Rejected(str(path), label, "ingest", "; ".join(row.problems)))
                continue
            record = {k: v.replace("\x00", "") for k, v in zip(header.cells, row.cells) if k}
            if not record.get("agent_id"):
                rejected.append(Rejected(str(path), label, "ingest", "agent row without agent_id"))
                continue
            agents[record["agent_id"]] = record
    except (EncodingProblem, OSError) as exc:
        return agents, rejected + [Rejected(str(path), path.name, "ingest", str(exc))]
    return agents, rejected


@dataclass(slots=True)
class NightFiles:
    """The files of one night folder by kind, and what was set aside before reading any of them."""

    chats: list[Path] = field(default_factory=list)
    emails: list[Path] = field(default_factory=list)
    call_sidecars: list[Path] = field(default_factory=list)
    surveys: list[Path] = field(default_factory=list)
    rejected: list[Rejected] = field(default_factory=list)
    n_files: int = 0


def night_files(folder: str | Path) -> NightFiles:
    """Sort a night folder's files by kind; unsupported files and linked folders are rejected."""
    folder = Path(folder)
    files = NightFiles()

    def unsupported(path: Path, what: str) -> None:
        files.rejected.append(Rejected(str(path), path.name, "ingest",
                                       f"unsupported file type {path.suffix or '(none)'} in {what}/"))

    listed = {sub: _files(folder / sub) for sub in ("chats", "emails", "calls", "surveys")}
    files.n_files = sum(len(found) for found in listed.values())
    linked_dirs = [p for found in listed.values() for p in found if p.is_symlink() and p.is_dir()]
    for path in linked_dirs:
        files.rejected.append(Rejected(str(path), path.name, "ingest",
                                       "symbolic link to a folder: not followed (copy the files in instead)"))
    for path in (p for p in listed["chats"] if p not in linked_dirs):
        (files.chats.append(path) if path.suffix.lower() in CHAT_SUFFIXES else unsupported(path, "chats"))
    for path in (p for p in listed["emails"] if p not in linked_dirs):
        (files.emails.append(path) if path.suffix.lower() in EMAIL_SUFFIXES else unsupported(path, "emails"))
    for path in (p for p in listed["calls"] if p not in linked_dirs):
        suffix = path.suffix.lower()
        if suffix in CALL_SIDECAR_SUFFIXES:
            files.call_sidecars.append(path)
        elif suffix not in AUDIO_SUFFIXES:
            unsupported(path, "calls")
    for path in (p for p in listed["surveys"] if p not in linked_dirs):
        (files.surveys.append(path) if path.suffix.lower() in SURVEY_SUFFIXES else unsupported(path, "surveys"))
    return files


Reader = Callable[[list[Path], IngestConfig, "date | None"], Iterable["Interaction | Rejected"]]


def _read_all(readers: list[tuple[Reader, list[Path]]], config: IngestConfig,
              night: date | None) -> Iterator[Interaction | Rejected]:
    """Each reader over its files; a defect in one adapter never stops the night."""
    for reader, paths in readers:
        if not paths:
            continue
        try:
            yield from reader(paths, config, night)
        except Exception as exc:  # noqa: BLE001 - a defect in one adapter never stops the night
            logging.getLogger(__name__).exception("ingest adapter %s failed", reader.__name__)
            yield Rejected(str(paths[0].parent), f"{len(paths)} file(s)", "ingest",
                           f"{reader.__name__} failed: {type(exc).__name__}; the rest of "
                           f"these files was not read (a defect: please report it)")


def ingest_night(folder: str | Path, config: IngestConfig, night: date | None = None) -> IngestResult:
    """Read every source of one night folder. Never raises for a bad file: it is rejected.

    ``night`` (the date being run) turns on the timestamp window check (``ingest.timestamp_window``).
    The whole night is held in memory; :func:`stream_night` yields the same items without that.
    """
    from pipeline.ingest.emails import read_emails

    folder = Path(folder)
    result = IngestResult()
    result.agents, rejected = read_agents(folder / "agents.csv", config)
    result.rejected.extend(rejected)
    files = night_files(folder)
    result.n_files, result.survey_files = files.n_files, files.surveys
    result.rejected.extend(files.rejected)
    readers: list[tuple[Reader, list[Path]]] = [(read_chats, files.chats), (read_emails, files.emails),
                                                (read_calls, files.call_sidecars)]
    for item in _read_all(readers, config, night):
        if isinstance(item, Rejected):
            result.rejected.append(item)
        else:
            result.interactions.append(item)
    result.interactions.sort(key=lambda ix: (ix.started_at, ix.interaction_id))
    return result


def stream_night(files: NightFiles, config: IngestConfig, night: date | None = None
                 ) -> Iterator[Interaction | Rejected]:
    """The interactions and rejections of :func:`ingest_night` (less its agents roster and file-level
    rejections, which ``files`` and :func:`read_agents` hold), one at a time, in reading order.

    Chats and emails take a cheap first pass over the whole night (conversation ids; email id
    headers) so conversations and threads that span files are still whole, and duplicates are found
    over the whole night; each is then yielded as soon as its last message is read.
    """
    from pipeline.ingest.chats import stream_chats
    from pipeline.ingest.emails import stream_emails

    readers: list[tuple[Reader, list[Path]]] = [(stream_chats, files.chats), (stream_emails, files.emails),
                                                (read_calls, files.call_sidecars)]
    yield from _read_all(readers, config, night)
