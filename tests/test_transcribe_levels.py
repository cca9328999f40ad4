"""Per-channel loudness: quiet passages are raised to the target level, silence and noise are not."""

from __future__ import annotations

import numpy as np
import pytest

from pipeline.transcribe.levels import normalise_channel
from pipeline.transcribe.options import LevelOptions

RATE = 16_000


def _tone(seconds: float, db: float, freq: float = 440.0) -> np.ndarray:
    t = np.arange(int(seconds * RATE)) / RATE
    return (np.sqrt(2) * 10 ** (db / 20) * np.sin(2 * np.pi * freq * t)).astype(np.float32)


def _rms_db(x: np.ndarray) -> float:
    return float(20 * np.log10(np.sqrt(np.mean(x.astype(np.float64) ** 2))))


def _channel() -> np.ndarray:
    """1 s noise floor, a -20 dBFS passage, 1 s floor, the same passage 18 dB quieter, 1 s floor."""
    rng = np.random.default_rng(0)
    parts = [np.zeros(RATE), _tone(2, -20), np.zeros(RATE), _tone(2, -38), np.zeros(RATE)]
    x = np.concatenate(parts).astype(np.float32)
    return x + rng.normal(0, 10 ** (-65 / 20), len(x)).astype(np.float32)


def test_quiet_passage_is_raised_to_the_level_of_the_rest():
    x = _channel()
    y, level = normalise_channel(x, LevelOptions())
    loud, quiet = y[int(1.2 * RATE) : int(2.8 * RATE)], y[int(4.2 * RATE) : int(5.8 * RATE)]
    assert _rms_db(quiet) == pytest.approx(-20.0, abs=0.5)
    assert _rms_db(loud) == pytest.approx(-20.0, abs=0.5)  # already at the target: untouched
    # the noise floor between passages is not boosted
    assert _rms_db(y[int(3.2 * RATE) : int(3.8 * RATE)]) == pytest.approx(-65.0, abs=1.0)
    assert level.quietest_region_dbfs == pytest.approx(-38.0, abs=0.5)
    assert level.max_gain_applied_db == pytest.approx(18.0, abs=0.5)
    assert level.noise_floor_dbfs < -60 and level.speech_dbfs == pytest.approx(-23.0, abs=1.0)


def test_gain_is_capped_and_never_clips_or_lowers():
    x = np.concatenate([np.zeros(RATE), _tone(1, -60), np.zeros(RATE), _tone(1, -6)]).astype(np.float32)
    y, level = normalise_channel(x, LevelOptions(max_gain_db=30))
    assert _rms_db(y[int(1.2 * RATE) : int(1.8 * RATE)]) == pytest.approx(-30.0, abs=0.5)  # capped at +30 dB
    assert np.max(np.abs(y)) <= 1.0
    assert np.allclose(y[3 * RATE :], x[3 * RATE :])  # loud speech is left alone


def test_measuring_only_and_silent_channels():
    x = _channel()
    y, level = normalise_channel(x, LevelOptions(normalise=False))
    assert y is x and level.max_gain_applied_db == 0.0 and level.quietest_region_dbfs == pytest.approx(-38, abs=0.5)
    silent, level = normalise_channel(np.zeros(RATE, dtype=np.float32), LevelOptions())
    assert level.speech_dbfs is None and not silent.any()


def test_gain_fades_in_before_a_raised_passage():
    x = _channel()
    y, _ = normalise_channel(x, LevelOptions())
    at = 4 * RATE  # the quiet passage starts here (give or take one 20 ms frame)
    ratio = lambda a, b: _rms_db(y[a:b]) - _rms_db(x[a:b])  # noqa: E731
    assert 0.5 < ratio(at - int(0.06 * RATE), at - int(0.04 * RATE)) < 12  # part of the 18 dB, not all of it
    assert ratio(at + int(0.1 * RATE), at + int(0.2 * RATE)) == pytest.approx(18, abs=0.5)
