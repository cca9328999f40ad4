"""Call metadata sidecars (CSV or JSON) → call interactions handed to the transcription stage.

Each row names an audio file beside the sidecar. Until it is transcribed a call has no turns and the
status ``awaiting_transcription``: text is never invented.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any, Iterator

from pipeline.customers.identity import normalize_email, normalize_phone
from pipeline.ingest.config import IngestConfig
from pipeline.ingest.filecheck import file_problem
from pipeline.ingest.textfiles import EncodingProblem, iter_csv_rows, read_text
from pipeline.model import AudioRef, Channel, CustomerRef, Interaction, Rejected, Status

REQUIRED = ("call_id", "started_at", "audio_file")
LAYOUTS = {
    "stereo_agent_left": ("stereo", 0), "stereo_agent_right": ("stereo", 1), "stereo": ("stereo", 0),
    "mono": ("mono", 0), "": ("stereo", 0),
}
NUMERIC = ("queue_wait_s", "hold_s", "wrap_up_s")
STAGE = "ingest"


def _rows(path: Path, config: IngestConfig) -> Iterator[tuple[str, dict[str, Any] | None, str | None]]:
    """(item label, row, error) per call of a sidecar; raises (ValueError, EncodingProblem, OSError)
    for a problem of the whole file."""
    if path.suffix.lower() == ".json":
        try:
            data = json.loads(read_text(path))
        except json.JSONDecodeError as exc:
            raise ValueError(f"malformed JSON: {exc.msg} at line {exc.lineno} column {exc.colno}") from exc
        except RecursionError as exc:
            raise ValueError("malformed JSON: nested too deeply") from exc
        rows = data.get("calls", data) if isinstance(data, dict) else data
        if not isinstance(rows, list):
            raise ValueError("JSON sidecar must be a list of call objects (or {\"calls\": [...]})")
        if not rows:
            raise ValueError("no calls in the JSON sidecar")
        limit = config.limits.max_record_chars
        for n, row in enumerate(rows, start=1):
            label = f"{path.name}#{n}"
            if not isinstance(row, dict):
                yield label, None, f"call #{n} is not a JSON object"
            elif len(json.dumps(row, default=str)) > limit:
                yield label, None, f"call #{n} is over {limit} characters (ingest.limits.max_record_chars)"
            else:
                yield label, row, None
        return
    rows = iter_csv_rows(path, config.limits.max_record_chars)
    header = next(rows, None)
    if header is None or header.problems:
        raise ValueError("no readable header line" + (f": {'; '.join(header.problems)}" if header else ""))
    missing = [c for c in REQUIRED if c not in header.cells]
    if missing:
        raise ValueError(f"sidecar lacks required columns {missing}; found {header.cells}")
    n_rows = 0
    for row in rows:
        n_rows += 1
        label = f"{path.name}:{row.first_line}"
        if row.problems:
            yield label, None, "; ".join(row.problems)
        elif len(row.cells) > len(header.cells):
            yield label, None, "row has more cells than the header"
        else:
            yield label, dict(zip(header.cells, row.cells)), None
    if not n_rows:
        raise ValueError("no rows after the header line")


def read_calls(paths: list[Path], config: IngestConfig, night: date | None = None) -> Iterator[Interaction | Rejected]:
    seen: dict[str, str] = {}
    for path in sorted(paths):
        problem = file_problem(path, config)
        if problem:
            yield Rejected(source=str(path), item=path.name, stage=STAGE, reason=problem)
            continue
        try:
            for item, row, error in _rows(path, config):
                if error or row is None:
                    yield Rejected(source=str(path), item=item, stage=STAGE, reason=error or "unreadable row")
                    continue
                try:
                    result = _to_interaction(path, row, config, night)
                except Exception as exc:  # noqa: BLE001 - one bad row never stops the night
                    result = f"unexpected error reading the row: {type(exc).__name__}"
                if isinstance(result, str):
                    call_id = row.get("call_id")
                    name = _clean(call_id)[:200] if _scalar(call_id) and call_id != "" else item
                    yield Rejected(source=str(path), item=name, stage=STAGE, reason=result,
                                   detail=json.dumps(row, ensure_ascii=False, default=str)[:500])
                    continue
                if result.interaction_id in seen:
                    yield Rejected(source=str(path), item=result.interaction_id, stage=STAGE,
                                   reason=f"duplicate call id (first in {seen[result.interaction_id]})")
                    continue
                seen[result.interaction_id] = str(path)
                yield result
        except (EncodingProblem, ValueError, OSError) as exc:
            yield Rejected(source=str(path), item=path.name, stage=STAGE, reason=str(exc))


def _scalar(value: Any) -> bool:
    return isinstance(value, (str, int, float)) and not isinstance(value, bool)


def _clean(value: Any) -> str:
    """Text of a field with NUL characters removed (they are never stored)."""
    return str(value).replace("\x00", "")


def _to_interaction(sidecar: Path, row: dict[str, Any], config: IngestConfig,
                    night: date | None = None) -> Interaction | str:
    missing = [c for c in REQUIRED if row.get(c) in (None, "")]
    if missing:
        return f"missing required field(s) {missing}"
    not_text = [k for k, v in row.items() if v is not None and not _scalar(v)]
    if not_text:
        return f"field(s) {not_text} must be text or a number"
    row = {k: (_clean(v) if isinstance(v, str) else v) for k, v in row.items()}
    try:
        started = config.parse_timestamp(row["started_at"])
        ended = config.parse_timestamp(row["ended_at"]) if row.get("ended_at") else None
    except (ValueError, TypeError) as exc:
        return f"bad timestamp: {exc}"
    problem = config.window_problem(started, night) or (ended and config.window_problem(ended, night))
    if problem:
        return problem
    layout_name = str(row.get("channel_layout") or "").strip().lower()
    if layout_name not in LAYOUTS:
        return f"unknown channel_layout {layout_name!r} (expected {sorted(k for k in LAYOUTS if k)})"
    layout, agent_channel = LAYOUTS[layout_name]
    try:
        audio = (sidecar.parent / str(row["audio_file"])).resolve()
        found = audio.is_file()
    except (OSError, RuntimeError, ValueError):  # link loop, NUL or over-long name
        return "audio file name cannot be resolved"
    if not found:
        return f"audio file not found: {audio.name}"
    metadata: dict[str, Any] = {"direction": (row.get("direction") or None), "channel_layout": layout_name or "stereo"}
    for name in NUMERIC:
        if row.get(name) not in (None, ""):
            try:
                metadata[name] = float(row[name])
            except (TypeError, ValueError):
                return f"{name} is not a number: {row[name]!r}"
    if row.get("agent_name"):
        metadata["agent_name"] = row["agent_name"]
    customer = CustomerRef(
        customer_id=row.get("customer_id") or None,
        phone=normalize_phone(row.get("customer_phone"), config.default_region),
        email=normalize_email(row.get("customer_email")),
        name=row.get("customer_name") or None,
    )
    return Interaction(
        interaction_id=f"call:{str(row['call_id']).strip()}", channel=Channel.CALL, started_at=started,
        ended_at=ended, customer=customer, agent_id=row.get("agent_id") or None, queue=row.get("queue") or None,
        metadata=metadata, source_path=str(sidecar), status=Status.AWAITING_TRANSCRIPTION,
        audio=AudioRef(path=str(audio), layout=layout, agent_channel=agent_channel),
    )
