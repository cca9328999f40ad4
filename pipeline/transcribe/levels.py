"""Per-channel loudness: measure each channel's speech level and bring quiet passages up.

A contact-centre channel often holds speech at very different levels (a customer who turns away
from the handset, a quiet second line, AGC of the phone). Whisper and its VAD miss passages far
below the rest, so before VAD and decoding each *active region* of a channel (frames clearly above
the channel's noise floor, short gaps closed) is scaled to ``target_dbfs``. Silence and the noise
floor between regions are left as they are, so noise is never boosted on its own; gains change
with short ramps (no clicks) and are capped by ``max_gain_db`` and by the region's peak
(no clipping).

Levels are RMS in dBFS over 20 ms frames of 16 kHz float audio (full scale = 1.0).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import overload

import numpy as np

from pipeline.transcribe.audio import SAMPLE_RATE
from pipeline.transcribe.options import LevelOptions

FRAME_S = 0.02
_FLOOR_DB = -120.0


@dataclass(slots=True)
class ChannelLevel:
    """Loudness of one channel before normalisation (dBFS); ``None`` when it holds no activity."""

    speech_dbfs: float | None  # RMS of the active frames
    noise_floor_dbfs: float  # 10th percentile of frame levels
    peak_dbfs: float
    quietest_region_dbfs: float | None  # the quietest active region (a far-away speaker)
    max_gain_applied_db: float  # largest gain the normaliser gave a region (0 when off)


@overload
def _db(power: np.ndarray) -> np.ndarray: ...
@overload
def _db(power: float | np.floating) -> float: ...
def _db(power: np.ndarray | float | np.floating) -> np.ndarray | float:
    return 10.0 * np.log10(np.maximum(power, 10 ** (_FLOOR_DB / 10)))


def frame_levels_db(audio: np.ndarray, frame: int) -> np.ndarray:
    """RMS level in dBFS of consecutive ``frame``-sample frames (the last partial frame dropped)."""
    n = len(audio) // frame
    if n == 0:
        return np.zeros(0)
    frames = audio[: n * frame].astype(np.float64).reshape(n, frame)
    return _db(np.mean(frames**2, axis=1))


def active_regions(levels_db: np.ndarray, options: LevelOptions) -> tuple[list[tuple[int, int]], float]:
    """Frame ranges ``[start, end)`` clearly above the noise floor (gaps up to ``join_gap_s`` closed,
    regions shorter than ``min_region_s`` dropped) and the noise floor in dBFS."""
    if len(levels_db) == 0:
        return [], _FLOOR_DB
    floor = float(np.percentile(levels_db, 10))
    threshold = max(floor + options.activity_above_floor_db, options.activity_min_dbfs)
    active = levels_db > threshold
    join = int(round(options.join_gap_s / FRAME_S))
    min_len = int(round(options.min_region_s / FRAME_S))
    regions: list[list[int]] = []
    for i in np.flatnonzero(active):
        if regions and i - regions[-1][1] <= join:
            regions[-1][1] = int(i) + 1
        else:
            regions.append([int(i), int(i) + 1])
    return [(s, e) for s, e in regions if e - s >= min_len], floor


def normalise_channel(audio: np.ndarray, options: LevelOptions) -> tuple[np.ndarray, ChannelLevel]:
    """``audio`` with every active region scaled towards ``target_dbfs``, and the channel's levels."""
    frame = int(FRAME_S * SAMPLE_RATE)
    levels = frame_levels_db(audio, frame)
    regions, floor = active_regions(levels, options)
    peak = float(_db(float(np.max(np.abs(audio))) ** 2)) if len(audio) else _FLOOR_DB
    if not regions:
        return audio, ChannelLevel(None, round(floor, 1), round(peak, 1), None, 0.0)
    region_db, region_gain = [], []
    gain = np.ones(len(audio), dtype=np.float32)
    ramp = max(1, int(options.ramp_s * SAMPLE_RATE))
    for s, e in regions:
        a, b = s * frame, min(len(audio), e * frame)
        region_level = float(_db(np.mean(audio[a:b].astype(np.float64) ** 2)))
        region_db.append(region_level)
        headroom = -float(_db(float(np.max(np.abs(audio[a:b]))) ** 2)) - 1.0  # keep 1 dB below full scale
        g_db = min(options.target_dbfs - region_level, options.max_gain_db, headroom)
        g_db = max(g_db, 0.0)  # only ever raise: loud speech is left alone
        region_gain.append(g_db)
        if not options.normalise or g_db <= 0.0:
            continue
        g = 10 ** (g_db / 20)
        lo, hi = max(0, a - ramp), min(len(audio), b + ramp)
        gain[a:b] = np.maximum(gain[a:b], g)
        if a > lo:
            gain[lo:a] = np.maximum(gain[lo:a], np.linspace(1.0, g, a - lo, endpoint=False, dtype=np.float32))
        if hi > b:
            gain[b:hi] = np.maximum(gain[b:hi], np.linspace(g, 1.0, hi - b, dtype=np.float32))
    active_power = np.mean(np.concatenate([audio[s * frame : e * frame].astype(np.float64) ** 2 for s, e in regions]))
    level = ChannelLevel(
        speech_dbfs=round(float(_db(active_power)), 1),
        noise_floor_dbfs=round(floor, 1),
        peak_dbfs=round(peak, 1),
        quietest_region_dbfs=round(min(region_db), 1),
        max_gain_applied_db=round(max(region_gain), 1) if options.normalise else 0.0,
    )
    if not options.normalise:
        return audio, level
    return (audio * gain).astype(np.float32), level
