"""Speech chunks of one stream (Silero VAD, as bundled with faster-whisper), in seconds.

The stage runs the VAD once per stream, on the level-normalised audio, and hands the chunks to the
engine (which decodes only them), to the hallucination guard (text must lie on speech) and to the
check for speech that got no text.
"""

from __future__ import annotations

import numpy as np

from pipeline.transcribe.audio import SAMPLE_RATE

Interval = tuple[float, float]


def speech_chunks(audio: np.ndarray, min_silence_ms: int) -> list[Interval]:
    """Where ``audio`` (16 kHz mono float32) holds speech, as sorted ``(start_s, end_s)``."""
    if len(audio) == 0:
        return []
    from faster_whisper.vad import VadOptions, get_speech_timestamps

    chunks = get_speech_timestamps(audio, VadOptions(min_silence_duration_ms=min_silence_ms))
    return [(c["start"] / SAMPLE_RATE, c["end"] / SAMPLE_RATE) for c in chunks]
