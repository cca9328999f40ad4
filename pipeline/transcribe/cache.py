"""Transcript cache: one JSON file per (audio sha256, model, transcript-changing options).

What is cached is the raw engine output (language and per-channel segments with word timings),
not the turns: merge and metrics are cheap and may change without invalidating transcripts.
A re-run or a backfill of the same recording with the same model and options skips the engine.

The engine output is the unredacted transcript (redaction runs later, in the analysis stage), so
an entry is never written in clear: it is encrypted with Fernet (AES-128-CBC + HMAC-SHA256) under
the deployment's cache key (``SERVICELENS_TRANSCRIPT_CACHE_KEY``, else the 0600 key file
``cache_key_file``). Entries older than ``cache_retention_days`` are deleted when the stage starts;
entries of an older, unencrypted format are deleted on sight. A lost or rotated key only costs
re-transcription (an entry that does not decrypt is a miss).
"""

from __future__ import annotations

import base64
import hashlib
import json
import logging
import os
import tempfile
import time
from pathlib import Path

from cryptography.fernet import Fernet, InvalidToken

from pipeline.transcribe.engine import CallTranscript, SpeechSegment

CACHE_FORMAT = 2  # bump when the engine output changes (VAD packing, time mapping, fields)
SUFFIX = ".fernet"  # encrypted entries; plaintext ``.json`` entries of older versions are purged
log = logging.getLogger(__name__)


def fernet_for(secret: str) -> Fernet:
    """A Fernet cipher from any secret string (SHA-256 → the 32-byte key Fernet wants)."""
    return Fernet(base64.urlsafe_b64encode(hashlib.sha256(secret.encode()).digest()))


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
    """Encrypted files under ``directory`` (``<key[:2]>/<key>.fernet``); ``None`` directory = disabled.

    ``secret``: the deployment's cache key (required when ``directory`` is set); ``retention_days``:
    :meth:`purge` deletes entries older than that (None keeps them).
    """

    def __init__(self, directory: Path | None, secret: str | None = None, retention_days: float | None = None):
        self.directory = Path(directory) if directory else None
        if self.directory is not None and not secret:
            raise ValueError("an enabled transcript cache needs the deployment's cache key (secret)")
        self._fernet = fernet_for(secret) if secret else None
        self.retention_days = retention_days

    @classmethod
    def from_options(cls, options) -> "TranscriptCache":
        """The cache of ``rules/transcribe.yaml`` (key from the environment or the key file), purged."""
        if options.cache_dir is None:
            return cls(None)
        from pipeline.runtime.secret_files import secret_from_env_or_file

        secret, _ = secret_from_env_or_file(options.cache_key_env, options.cache_key_file)
        cache = cls(options.cache_dir, secret, options.cache_retention_days)
        cache.purge()
        return cache

    def _path(self, key: str) -> Path:
        assert self.directory is not None
        return self.directory / key[:2] / f"{key}{SUFFIX}"

    def get(self, key: str) -> CallTranscript | None:
        if self.directory is None or self._fernet is None:
            return None
        path = self._path(key)
        try:
            if self._expired(path.stat().st_mtime, time.time()):
                return None
            return transcript_from_json(json.loads(self._fernet.decrypt(path.read_bytes())))
        except FileNotFoundError:
            return None
        except (InvalidToken, ValueError, KeyError, TypeError):  # damaged or another key: a miss, rewritten later
            return None

    def put(self, key: str, value: CallTranscript) -> None:
        if self.directory is None or self._fernet is None:
            return
        path = self._path(key)
        path.parent.mkdir(parents=True, exist_ok=True)
        token = self._fernet.encrypt(json.dumps(transcript_to_json(value), ensure_ascii=False).encode())
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(fd, "wb") as fh:
            fh.write(token)
        os.replace(tmp, path)

    def _expired(self, mtime: float, now: float) -> bool:
        return self.retention_days is not None and now - mtime > self.retention_days * 86400

    def purge(self, now: float | None = None) -> int:
        """Delete entries past the retention, plaintext entries of old versions and stale temp files."""
        if self.directory is None or not self.directory.is_dir():
            return 0
        now = time.time() if now is None else now
        removed = 0
        for path in self.directory.glob("*/*"):
            try:
                mtime = path.stat().st_mtime
                stale = (path.suffix == ".json"  # an unencrypted entry of an older version
                         or (path.suffix == SUFFIX and self._expired(mtime, now))
                         or (path.suffix == ".tmp" and now - mtime > 3600))
                if stale and path.is_file():
                    path.unlink()
                    removed += 1
            except FileNotFoundError:  # removed by a concurrent run
                continue
        if removed:
            log.info("transcript cache: %d entries past retention or unencrypted removed", removed)
        return removed
