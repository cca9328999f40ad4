"""Decoding: stereo split keeps the parties apart; bad files raise BadAudio with a clear reason."""

from __future__ import annotations

import numpy as np
import pytest
import soundfile as sf

from pipeline.transcribe.audio import BadAudio, load_audio
from transcribe_helpers import RATE, tone, write_stereo


def _energy(x: np.ndarray, start: float, end: float) -> float:
    return float(np.sqrt(np.mean(x[int(start * RATE) : int(end * RATE)] ** 2)))


def test_stereo_is_split_into_left_and_right(tmp_path):
    path = write_stereo(tmp_path / "s.flac", left=[(0.0, 1.0)], right=[(2.0, 3.0)], duration=4.0)
    audio = load_audio(path, max_duration_s=60)
    assert audio.is_stereo and audio.source_channels == 2
    left, right = audio.channels
    assert audio.duration_s == pytest.approx(4.0, abs=0.01)
    assert _energy(left, 0.1, 0.9) > 0.1 and _energy(left, 2.1, 2.9) < 1e-3
    assert _energy(right, 2.1, 2.9) > 0.1 and _energy(right, 0.1, 0.9) < 1e-3
    assert len(audio.sha256) == 64


def test_8khz_mono_is_resampled_to_16k(tmp_path):
    path = tmp_path / "m.wav"
    sf.write(path, tone(2.0, 300.0, rate=8000), 8000)
    audio = load_audio(path, max_duration_s=60)
    assert not audio.is_stereo
    assert len(audio.channels[0]) == pytest.approx(2 * RATE, abs=10)


@pytest.mark.parametrize(
    "content, reason",
    [
        (b"", "empty"),
        (b"fLaC" + bytes(range(256)) * 8, "corrupt"),
        (b"this is not audio at all\n" * 50, "corrupt"),
    ],
)
def test_bad_files_are_refused_with_a_reason(tmp_path, content, reason):
    path = tmp_path / "bad.flac"
    path.write_bytes(content)
    with pytest.raises(BadAudio, match=reason):
        load_audio(path, max_duration_s=60)


def test_missing_file(tmp_path):
    with pytest.raises(BadAudio, match="not found"):
        load_audio(tmp_path / "nope.flac", max_duration_s=60)


def test_recording_over_the_limit(tmp_path):
    path = write_stereo(tmp_path / "long.flac", left=[(0, 1)], right=[], duration=5.0)
    with pytest.raises(BadAudio, match="over the limit of 3 s"):
        load_audio(path, max_duration_s=3)


def test_zero_samples(tmp_path):
    path = tmp_path / "zero.wav"
    sf.write(path, np.zeros((0, 2), dtype=np.float32), RATE)
    with pytest.raises(BadAudio):
        load_audio(path, max_duration_s=60)
