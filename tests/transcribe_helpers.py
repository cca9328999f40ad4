"""Shared helpers of the transcription tests: synthetic recordings and a fake engine."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import numpy as np
import soundfile as sf

from pipeline.model import AudioRef, Channel, Interaction, Status
from pipeline.transcribe.engine import CallTranscript, SpeechSegment, WordTiming

RATE = 16_000
FIXTURES = Path(__file__).parent / "fixtures" / "audio"


def tone(seconds: float, freq: float, rate: int = RATE) -> np.ndarray:
    t = np.arange(int(seconds * rate)) / rate
    return (0.3 * np.sin(2 * np.pi * freq * t)).astype(np.float32)


def write_stereo(path: Path, left: list[tuple[float, float]], right: list[tuple[float, float]], duration: float) -> Path:
    """A stereo FLAC with 300 Hz bursts on the left and 1200 Hz bursts on the right at given times."""
    data = np.zeros((int(duration * RATE), 2), dtype=np.float32)
    for ch, spans, freq in ((0, left, 300.0), (1, right, 1200.0)):
        for start, end in spans:
            burst = tone(end - start, freq)
            at = int(start * RATE)
            data[at : at + len(burst), ch] = burst
    sf.write(path, data, RATE, format="FLAC")
    return path


def bursts(audio: np.ndarray, min_silence_ms: int = 500) -> list[tuple[float, float]]:
    """Stand-in for the VAD on the tone recordings above: where the signal is not silent (seconds)."""
    frame = RATE // 100
    loud = np.abs(audio[: len(audio) // frame * frame]).reshape(-1, frame).max(axis=1) > 1e-3
    spans: list[list[float]] = []
    for i in np.flatnonzero(loud):
        if spans and i / 100 - spans[-1][1] <= min_silence_ms / 1000:
            spans[-1][1] = (i + 1) / 100
        else:
            spans.append([i / 100, (i + 1) / 100])
    return [(s, e) for s, e in spans]


def call(path: Path, call_id: str = "c1", layout: str = "stereo", agent_channel: int = 0) -> Interaction:
    return Interaction(
        interaction_id=f"call:{call_id}",
        channel=Channel.CALL,
        status=Status.AWAITING_TRANSCRIPTION,
        started_at=datetime(2026, 11, 20, 9, 0, tzinfo=timezone.utc),
        audio=AudioRef(path=str(path), layout=layout, agent_channel=agent_channel),
        agent_id="A-101",
    )


def seg(start: float, end: float, text: str) -> SpeechSegment:
    """A segment whose words are spread evenly over [start, end]."""
    words = text.split()
    step = (end - start) / len(words)
    timings = [WordTiming(w, round(start + i * step, 3), round(start + (i + 1) * step - 0.05, 3)) for i, w in enumerate(words)]
    timings[-1].end = end
    return SpeechSegment(start=start, end=end, text=text, words=timings)


class FakeTranscriber:
    """Returns prepared segments per stream and counts how often it was asked."""

    model_id = "fake-model:1"

    def __init__(self, channels: list[list[SpeechSegment]], language: str = "ru"):
        self.channels = channels
        self.language = language
        self.calls = 0

    def transcribe_call(self, streams, language, allowed, speech=None):
        self.calls += 1
        self.speech = speech
        assert all(s.dtype == np.float32 for s in streams)
        return CallTranscript(language or self.language, 0.9, self.channels[: len(streams)])
