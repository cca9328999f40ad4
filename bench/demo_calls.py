"""Interactions for the demo calls, read straight from ``calls.csv`` (the bench runs without the
ingest adapter; the pipeline itself gets calls from ``pipeline/ingest``)."""

from __future__ import annotations

import csv
import json
from datetime import datetime, timezone
from pathlib import Path

from pipeline.model import AudioRef, Channel, CustomerRef, Interaction, Status

ROOT = Path(__file__).resolve().parent.parent
CALLS_DIR = ROOT / "demo" / "nights" / "2026-11-20" / "calls"
REFERENCE_DIR = ROOT / "demo" / "calls_reference"


def demo_interactions(calls_dir: Path = CALLS_DIR) -> list[Interaction]:
    out = []
    with open(calls_dir / "calls.csv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            layout = row["channel_layout"]
            out.append(
                Interaction(
                    interaction_id=f"call:{row['call_id']}",
                    channel=Channel.CALL,
                    status=Status.AWAITING_TRANSCRIPTION,
                    started_at=datetime.fromisoformat(row["started_at"]).astimezone(timezone.utc),
                    audio=AudioRef(
                        path=str((calls_dir / row["audio_file"]).resolve()),
                        layout="mono" if layout == "mono" else "stereo",
                        agent_channel=1 if layout == "stereo_agent_right" else 0,
                    ),
                    agent_id=row["agent_id"],
                    customer=CustomerRef(customer_id=row["customer_id"], phone=row["customer_phone"]),
                    queue=row["queue"],
                    metadata={k: row[k] for k in ("direction", "queue_wait_s", "hold_s", "wrap_up_s")},
                    source_path=str(calls_dir / "calls.csv"),
                )
            )
    return out


def reference(call_id: str) -> dict | None:
    path = REFERENCE_DIR / f"{call_id}.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else None
