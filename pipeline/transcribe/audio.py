"""Reading a call recording: probe, decode to 16 kHz float32, split stereo, hash.

Decoding goes through PyAV (``faster_whisper.decode_audio``), so FLAC, WAV, Ogg/Opus and MP3 work
without ffmpeg installed. Every problem with a file is raised as :class:`BadAudio` with a reason a
person can act on; the stage turns it into a quarantine row.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

import numpy as np

SAMPLE_RATE = 16_000


class BadAudio(ValueError):
    """The recording cannot be transcribed (missing, empty, corrupt, unsupported, too long)."""


@dataclass(slots=True)
class DecodedAudio:
    """A recording as 16 kHz mono float32 arrays, one per channel (one for mono files)."""

    channels: list[np.ndarray]
    duration_s: float
    sha256: str
    source_channels: int

    @property
    def is_stereo(self) -> bool:
        return len(self.channels) == 2


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while block := fh.read(1 << 20):
            digest.update(block)
    return digest.hexdigest()


def probe(path: Path) -> tuple[int, float | None]:
    """(channel count, duration in seconds or None when the container does not say)."""
    import av

    try:
        with av.open(str(path), mode="r", metadata_errors="ignore") as container:
            if not container.streams.audio:
                raise BadAudio("the file has no audio stream")
            stream = container.streams.audio[0]
            if stream.codec_context is None or not stream.codec_context.name:
                raise BadAudio("unsupported audio codec")
            channels = stream.codec_context.channels or stream.channels
            duration = None
            if stream.duration is not None and stream.time_base is not None:
                duration = float(stream.duration * stream.time_base)
            elif container.duration is not None:
                duration = container.duration / 1_000_000
            return int(channels), duration
    except BadAudio:
        raise
    except av.error.InvalidDataError as exc:
        raise BadAudio(f"corrupt or unrecognised audio file ({exc.strerror or exc})") from exc
    except av.error.FFmpegError as exc:
        raise BadAudio(f"cannot open audio ({exc.__class__.__name__}: {exc.strerror or exc})") from exc


def load_audio(path: str | Path, max_duration_s: float) -> DecodedAudio:
    """Decode ``path``; stereo files give two channels (left, right), anything else one."""
    from faster_whisper import decode_audio

    p = Path(path)
    if not p.is_file():
        raise BadAudio(f"audio file not found: {p}")
    if p.stat().st_size == 0:
        raise BadAudio("audio file is empty (0 bytes)")
    n_channels, declared = probe(p)
    if declared is not None and declared > max_duration_s:
        raise BadAudio(f"recording is {declared:.0f} s long, over the limit of {max_duration_s:.0f} s")
    try:
        if n_channels >= 2:
            left, right = decode_audio(str(p), sampling_rate=SAMPLE_RATE, split_stereo=True)
            channels = [np.ascontiguousarray(left), np.ascontiguousarray(right)]
        else:
            channels = [decode_audio(str(p), sampling_rate=SAMPLE_RATE)]
    except Exception as exc:  # PyAV raises many error types for broken streams
        raise BadAudio(f"cannot decode audio ({exc.__class__.__name__}: {exc})") from exc
    samples = len(channels[0])
    if samples == 0:
        raise BadAudio("no audio samples could be decoded (zero length or corrupt stream)")
    duration = samples / SAMPLE_RATE
    if duration > max_duration_s:
        raise BadAudio(f"recording is {duration:.0f} s long, over the limit of {max_duration_s:.0f} s")
    return DecodedAudio(channels=channels, duration_s=duration, sha256=file_sha256(p), source_channels=n_channels)
