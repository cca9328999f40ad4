"""Call metadata sidecars (CSV or JSON) → call interactions handed to the transcription stage.

Each row names an audio file beside the sidecar. Until it is transcribed a call has no turns and the
status ``awaiting_transcription``: text is never invented.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any, Iterator

from pipeline.identity import normalize_email, normalize_phone
from pipeline.ingest.config import IngestConfig
from pipeline.ingest.textfiles import EncodingProblem, read_text
from pipeline.model import AudioRef, Channel, CustomerRef, Interaction, Rejected, Status

REQUIRED = ("call_id", "started_at", "audio_file")
LAYOUTS = {
    "stereo_agent_left": ("stereo", 0), "stereo_agent_right": ("stereo", 1), "stereo": ("stereo", 0),
    "mono": ("mono", 0), "": ("stereo", 0),
}
NUMERIC = ("queue_wait_s", "hold_s", "wrap_up_s")
STAGE = "ingest"


def _rows(path: Path) -> list[dict[str, Any]]:
    text = read_text(path)
    if path.suffix.lower() == ".json":
        data = json.loads(text)
        rows = data.get("calls", data) if isinstance(data, dict) else data
        if not isinstance(rows, list) or not all(isinstance(r, dict) for r in rows):
            raise ValueError("JSON sidecar must be a list of call objects (or {\"calls\": [...]})")
        return rows
    reader = csv.DictReader(io.StringIO(text))
    missing = [c for c in REQUIRED if c not in (reader.fieldnames or [])]
    if missing:
        raise ValueError(f"sidecar lacks required columns {missing}; found {reader.fieldnames}")
    return list(reader)


def read_calls(paths: list[Path], config: IngestConfig) -> Iterator[Interaction | Rejected]:
    seen: dict[str, str] = {}
    for path in sorted(paths):
        try:
            rows = _rows(path)
        except (EncodingProblem, ValueError, OSError) as exc:
            yield Rejected(source=str(path), item=path.name, stage=STAGE, reason=str(exc))
            continue
        for n, row in enumerate(rows, start=1):
            item = f"{path.name}#{n}"
            result = _to_interaction(path, row, config)
            if isinstance(result, str):
                yield Rejected(source=str(path), item=str(row.get("call_id") or item), stage=STAGE, reason=result,
                               detail=json.dumps(row, ensure_ascii=False, default=str)[:500])
                continue
            if result.interaction_id in seen:
                yield Rejected(source=str(path), item=result.interaction_id, stage=STAGE,
                               reason=f"duplicate call id (first in {seen[result.interaction_id]})")
                continue
            seen[result.interaction_id] = str(path)
            yield result


def _to_interaction(sidecar: Path, row: dict[str, Any], config: IngestConfig) -> Interaction | str:
    missing = [c for c in REQUIRED if row.get(c) in (None, "")]
    if missing:
        return f"missing required field(s) {missing}"
    try:
        started = config.parse_timestamp(row["started_at"])
        ended = config.parse_timestamp(row["ended_at"]) if row.get("ended_at") else None
    except (ValueError, TypeError) as exc:
        return f"bad timestamp: {exc}"
    layout_name = str(row.get("channel_layout") or "").strip().lower()
    if layout_name not in LAYOUTS:
        return f"unknown channel_layout {layout_name!r} (expected {sorted(k for k in LAYOUTS if k)})"
    layout, agent_channel = LAYOUTS[layout_name]
    audio = (sidecar.parent / str(row["audio_file"])).resolve()
    if not audio.is_file():
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
