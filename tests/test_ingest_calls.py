from pathlib import Path

import numpy as np
import soundfile as sf

from pipeline.ingest import ingest_night
from pipeline.ingest.emails import email_interaction_id
from pipeline.ingest.calls import read_calls
from pipeline.ingest.config import IngestConfig
from pipeline.model import AudioRef, Interaction, Rejected, Status

CONFIG = IngestConfig()


def test_sidecar_rows_become_calls_awaiting_transcription(tmp_path: Path):
    sf.write(tmp_path / "a.flac", np.zeros((8000, 2), dtype="float32"), 8000)
    (tmp_path / "calls.json").write_text(
        '[{"call_id": "42", "started_at": "2026-11-20T09:00:00+03:00", "agent_id": "A-101",'
        ' "customer_phone": "8 916 555 01 01", "direction": "inbound", "queue": "billing",'
        ' "channel_layout": "stereo_agent_right", "audio_file": "a.flac", "queue_wait_s": "12", "hold_s": 30}]',
        encoding="utf-8")
    (call,) = list(read_calls([tmp_path / "calls.json"], CONFIG))
    assert isinstance(call, Interaction)
    assert call.interaction_id == "call:42" and call.status == Status.AWAITING_TRANSCRIPTION
    assert call.turns == []  # never invented text
    assert call.audio == AudioRef(path=str((tmp_path / "a.flac").resolve()), layout="stereo", agent_channel=1)
    assert call.customer.phone == "+79165550101"
    assert call.metadata["queue_wait_s"] == 12.0 and call.metadata["direction"] == "inbound"


def test_bad_sidecar_rows_are_rejected(fixtures: Path):
    items = list(read_calls([fixtures / "night_broken" / "calls" / "calls.csv"], CONFIG))
    rejected = {r.item: r.reason for r in items if isinstance(r, Rejected)}
    assert rejected["k-1"] == "audio file not found: missing.flac"
    assert rejected["k-2"].startswith("unknown channel_layout 'quadraphonic'")
    assert rejected["k-3"].startswith("bad timestamp")
    # k-4 points at a corrupt file: ingest passes it on, transcription quarantines it
    assert [i.interaction_id for i in items if isinstance(i, Interaction)] == ["call:k-4"]


def test_night_folder_routes_every_file(fixtures: Path):
    result = ingest_night(fixtures / "night_broken", IngestConfig(company_domains=["ladoga-telecom.ru"]))
    reasons = [r.reason for r in result.rejected]
    assert any("unsupported file type .txt in chats/" in r for r in reasons)
    ids = {i.interaction_id for i in result.interactions}
    assert {"chat:g-1", email_interaction_id("good-1@rambler.ru"), "call:k-4"} <= ids
