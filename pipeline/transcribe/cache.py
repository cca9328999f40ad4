"""Transcript cache: one JSON file per (audio sha256, model, transcript-changing options).

What is cached is the raw engine output (language and per-channel segments with word timings),
not the turns: merge and metrics are cheap and may change without invalidating transcripts.
A re-run or a backfill of the same recording with the same model and options skips the engine.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from pathlib import Path

from pipeline.transcribe.engine import CallTranscript, SpeechSegment

CACHE_FORMAT = 2  # bump when the engine output changes (VAD packing, time mapping, fields)


def transcript_to_json(value: CallTranscript) -> dict:
    return {
        "format": CACHE_FORMAT,
        "language": value.language,
        "language_confidence": value.language_confidence,
        "channels": [[s.to_dict() for s in ch] for ch in value.channels],
    }


def transcript_from_json(data: dict) -> CallTranscript:
    if data.get("format") != CACHE_FORMAT:
        raise ValueError("old cache format")
    return CallTranscript(
        language=data["language"],
        language_confidence=float(data["language_confidence"]),
        channels=[[SpeechSegment.from_dict(s) for s in ch] for ch in data["channels"]],
    )


def cache_key(audio_sha256: str, model_id: str, fingerprint: dict, layout: str) -> str:
    payload = json.dumps(
        {"audio": audio_sha256, "model": model_id, "options": fingerprint, "layout": layout, "format": CACHE_FORMAT},
        sort_keys=True,
    )
    return hashlib.sha256(payload.encode()).hexdigest()


class TranscriptCache:
    """JSON files under ``directory`` (``<key[:2]>/<key>.json``); ``None`` directory = disabled."""

    def __init__(self, directory: Path | None):
        self.directory = Path(directory) if directory else None

    def _path(self, key: str) -> Path:
        assert self.directory is not None
        return self.directory / key[:2] / f"{key}.json"

    def get(self, key: str) -> CallTranscript | None:
        if self.directory is None:
            return None
        path = self._path(key)
        try:
            return transcript_from_json(json.loads(path.read_text(encoding="utf-8")))
        except FileNotFoundError:
            return None
        except (ValueError, KeyError, TypeError):  # a damaged entry is a miss, rewritten later
            return None

    def put(self, key: str, value: CallTranscript) -> None:
        if self.directory is None:
            return
        path = self._path(key)
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(transcript_to_json(value), fh, ensure_ascii=False)
        os.replace(tmp, path)
