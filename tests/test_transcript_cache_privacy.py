"""The transcript cache holds unredacted speech: encrypted at rest and purged by retention."""

from __future__ import annotations

import os
import stat
import time
from pathlib import Path

import pytest

from pipeline.transcribe.cache import TranscriptCache
from pipeline.transcribe.options import load_options
from pipeline.transcribe.stage import transcribe_stage
from transcribe_helpers import FakeTranscriber, call, seg, write_stereo

SECRET_WORDS = "меня зовут Светлана Кузнецова карта 4111 1111 1111 1111"


def _files(root: Path) -> list[Path]:
    return [p for p in root.rglob("*") if p.is_file()]


def test_cache_entries_are_encrypted_and_read_back(tmp_path: Path) -> None:
    from pipeline.transcribe.engine import CallTranscript

    value = CallTranscript("ru", 0.9, [[seg(0.0, 2.0, SECRET_WORDS)]])
    cache = TranscriptCache(tmp_path / "c", secret="deployment-secret-1")
    cache.put("ab" * 32, value)
    [entry] = _files(tmp_path / "c")
    raw = entry.read_bytes()
    for needle in ("Светлана", "Кузнецова", "4111", "меня зовут"):
        assert needle.encode() not in raw and needle not in raw.decode("latin-1")
    assert cache.get("ab" * 32).channels[0][0].text == SECRET_WORDS
    # another key cannot read it: a miss, not an error (re-transcribed and rewritten)
    assert TranscriptCache(tmp_path / "c", secret="deployment-secret-2").get("ab" * 32) is None


def test_enabled_cache_without_a_key_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="cache key"):
        TranscriptCache(tmp_path / "c", secret=None)


def test_retention_purges_old_entries_and_legacy_plaintext(tmp_path: Path) -> None:
    from pipeline.transcribe.engine import CallTranscript

    value = CallTranscript("ru", 0.9, [[seg(0.0, 1.0, "привет")]])
    cache = TranscriptCache(tmp_path / "c", secret="s" * 20, retention_days=30)
    cache.put("aa" + "0" * 62, value)
    cache.put("bb" + "0" * 62, value)
    old = tmp_path / "c" / "aa" / ("aa" + "0" * 62 + ".fernet")
    forty_days = time.time() - 40 * 86400
    os.utime(old, (forty_days, forty_days))
    legacy = tmp_path / "c" / "cc" / ("cc" + "0" * 62 + ".json")  # an unencrypted entry of an old version
    legacy.parent.mkdir()
    legacy.write_text('{"format": 2, "channels": [[{"text": "Светлана"}]]}')
    assert cache.get("aa" + "0" * 62) is None  # past retention: never served, even before the purge
    assert cache.purge() == 2
    assert not old.exists() and not legacy.exists()
    assert cache.get("bb" + "0" * 62) is not None  # a fresh entry stays


def test_stage_writes_only_encrypted_entries_with_the_deployment_key(tmp_path: Path, monkeypatch) -> None:
    from transcribe_helpers import bursts

    # the fake recording holds tone bursts, which Silero rightly ignores: here they count as speech
    monkeypatch.setattr("pipeline.transcribe.stage.speech_chunks", bursts)
    monkeypatch.delenv("SERVICELENS_TRANSCRIPT_CACHE_KEY", raising=False)
    key_file = tmp_path / "secrets" / "cache.key"
    options = load_options().model_copy(update={"cache_dir": tmp_path / "cache", "progress": False,
                                                "cache_key_file": key_file})
    assert options.cache_retention_days == 30  # rules/transcribe.yaml
    audio = write_stereo(tmp_path / "a.flac", [(0.0, 2.0)], [(2.5, 4.0)], 5.0)
    fake = FakeTranscriber([[seg(0.0, 2.0, SECRET_WORDS)], [seg(2.5, 4.0, "спасибо")]])
    out = transcribe_stage([call(audio)], options, transcriber=fake)
    assert not out.rejected and fake.calls == 1
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    entries = _files(tmp_path / "cache")
    assert entries and all(p.suffix == ".fernet" for p in entries)
    assert all(b"4111" not in p.read_bytes() and "Светлана".encode() not in p.read_bytes() for p in entries)
    # the next run reads it back with the same key file: no engine call
    fake2 = FakeTranscriber([[seg(0.0, 1.0, "другое")]])
    again = transcribe_stage([call(audio)], options, transcriber=fake2)
    assert fake2.calls == 0 and again.interactions[0].turns[0].text == out.interactions[0].turns[0].text
