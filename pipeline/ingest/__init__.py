"""Ingest: every source file of one night → interactions, rejected items, agents roster, surveys.

A night folder holds ``chats/``, ``emails/``, ``calls/``, ``surveys/`` and an optional
``agents.csv`` (see docs/ARCHITECTURE.md). Files that no adapter reads are quarantined, not ignored.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.config import load_rules
from pipeline.ingest.calls import read_calls
from pipeline.ingest.chats import read_chats
from pipeline.ingest.config import IngestConfig
from pipeline.ingest.textfiles import EncodingProblem, read_text
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
        ingest: IngestConfig = IngestConfig()

    return load_rules(rules_dir, "pipeline", _Pipeline).ingest


def night_dir(source: str | Path, date: str) -> Path:
    """``source/<date>`` when it exists, else ``source`` itself."""
    base = Path(source)
    return base / date if (base / date).is_dir() else base


def _files(folder: Path) -> list[Path]:
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.rglob("*") if p.is_file() and p.name not in IGNORED_NAMES)


def read_agents(path: Path) -> tuple[dict[str, dict[str, str]], list[Rejected]]:
    if not path.is_file():
        return {}, []
    try:
        rows = list(csv.DictReader(io.StringIO(read_text(path))))
    except (EncodingProblem, OSError) as exc:
        return {}, [Rejected(str(path), path.name, "ingest", str(exc))]
    agents, rejected = {}, []
    for n, row in enumerate(rows, start=2):
        if not row.get("agent_id"):
            rejected.append(Rejected(str(path), f"{path.name}:{n}", "ingest", "agent row without agent_id"))
            continue
        agents[row["agent_id"]] = {k: (v or "") for k, v in row.items() if k}
    return agents, rejected


def ingest_night(folder: str | Path, config: IngestConfig) -> IngestResult:
    """Read every source of one night folder. Never raises for a bad file: it is rejected."""
    from pipeline.ingest.emails import read_emails

    folder = Path(folder)
    result = IngestResult()
    result.agents, rejected = read_agents(folder / "agents.csv")
    result.rejected.extend(rejected)

    def unsupported(path: Path, what: str) -> None:
        result.rejected.append(Rejected(str(path), path.name, "ingest",
                                        f"unsupported file type {path.suffix or '(none)'} in {what}/"))

    result.n_files = sum(len(_files(folder / sub)) for sub in ("chats", "emails", "calls", "surveys"))
    chat_files, email_files, sidecars = [], [], []
    for path in _files(folder / "chats"):
        (chat_files.append(path) if path.suffix.lower() in CHAT_SUFFIXES else unsupported(path, "chats"))
    for path in _files(folder / "emails"):
        (email_files.append(path) if path.suffix.lower() in EMAIL_SUFFIXES else unsupported(path, "emails"))
    for path in _files(folder / "calls"):
        suffix = path.suffix.lower()
        if suffix in CALL_SIDECAR_SUFFIXES:
            sidecars.append(path)
        elif suffix not in AUDIO_SUFFIXES:
            unsupported(path, "calls")
    for path in _files(folder / "surveys"):
        (result.survey_files.append(path) if path.suffix.lower() in SURVEY_SUFFIXES else unsupported(path, "surveys"))

    for reader, paths in ((read_chats, chat_files), (read_emails, email_files), (read_calls, sidecars)):
        if not paths:
            continue
        for item in reader(paths, config):
            (result.rejected if isinstance(item, Rejected) else result.interactions).append(item)
    result.interactions.sort(key=lambda ix: (ix.started_at, ix.interaction_id))
    return result
