"""Speech-to-text engines behind one small interface.

The stage talks to a :class:`Transcriber`: ``detect_language`` on a whole call, then
``transcribe`` per channel with that language. Results are plain dataclasses
(:class:`SpeechSegment`, :class:`WordTiming`), so the cache, the merge and the metrics never see
engine types, and tests can swap in a fake engine.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Protocol

import numpy as np

from pipeline.transcribe.options import TranscribeOptions


@dataclass(slots=True)
class WordTiming:
    word: str
    start: float
    end: float
    probability: float = 1.0


@dataclass(slots=True)
class SpeechSegment:
    """One decoded stretch of speech of one channel, times in seconds from the file start."""

    start: float
    end: float
    text: str
    words: list[WordTiming] = field(default_factory=list)
    avg_logprob: float = 0.0
    no_speech_prob: float = 0.0

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict) -> SpeechSegment:
        words = [WordTiming(**w) for w in d.get("words", [])]
        return cls(**{**d, "words": words})


class Transcriber(Protocol):
    """What the stage needs from an engine."""

    model_id: str

    def detect_language(self, audio: np.ndarray, allowed: list[str]) -> tuple[str, float]:
        """The most probable language among ``allowed`` and its probability."""
        ...

    def transcribe(self, audio: np.ndarray, language: str) -> list[SpeechSegment]:
        """Segments of 16 kHz mono ``audio`` in ``language``."""
        ...


def transcribe_kwargs(options: TranscribeOptions) -> dict:
    """Keyword arguments of ``WhisperModel.transcribe`` for ``options`` (shared with the bench)."""
    kwargs: dict = {
        "beam_size": options.beam_size,
        "vad_filter": options.vad,
        "word_timestamps": options.word_timestamps,
        "condition_on_previous_text": options.condition_on_previous_text,
    }
    if options.vad:
        kwargs["vad_parameters"] = {"min_silence_duration_ms": options.vad_min_silence_ms}
    if options.hallucination_silence_threshold is not None and options.word_timestamps:
        kwargs["hallucination_silence_threshold"] = options.hallucination_silence_threshold
    return kwargs


def load_whisper_model(options: TranscribeOptions):
    """A ``faster_whisper.WhisperModel`` for ``options`` and the model id (for the cache key)."""
    from faster_whisper import WhisperModel

    from pipeline.transcribe.weights import resolve_model_dir

    model_dir, model_id = resolve_model_dir(options.model_dir, options.model_cache_dir)
    model = WhisperModel(
        str(model_dir),
        device=options.resolved_device(),
        compute_type=options.resolved_compute_type(),
        cpu_threads=options.cpu_threads,
        num_workers=options.concurrency,
        local_files_only=True,
    )
    return model, model_id


class FasterWhisperTranscriber:
    """faster-whisper (CTranslate2): int8 on CPU, float16 on CUDA; thread-safe up to ``concurrency``."""

    def __init__(self, options: TranscribeOptions, model=None, model_id: str | None = None):
        self.options = options
        if model is None:
            model, model_id = load_whisper_model(options)
        self.model = model
        self.model_id = model_id or "faster-whisper"
        self._kwargs = transcribe_kwargs(options)

    def detect_language(self, audio: np.ndarray, allowed: list[str]) -> tuple[str, float]:
        from faster_whisper.vad import VadOptions

        if len(audio) == 0:
            return allowed[0], 0.0
        vad = self.options.vad
        try:
            _, _, probs = self.model.detect_language(
                audio,
                vad_filter=vad,
                vad_parameters=VadOptions(min_silence_duration_ms=self.options.vad_min_silence_ms) if vad else None,
            )
        except ValueError:  # VAD found no speech at all: nothing to concatenate
            return allowed[0], 0.0
        table = dict(probs)
        best = max(allowed, key=lambda lang: table.get(lang, 0.0))
        return best, float(table.get(best, 0.0))

    def transcribe(self, audio: np.ndarray, language: str) -> list[SpeechSegment]:
        segments, _info = self.model.transcribe(audio, language=language, **self._kwargs)
        out: list[SpeechSegment] = []
        for seg in segments:
            text = seg.text.strip()
            if not text:
                continue
            words = [
                WordTiming(word=w.word.strip(), start=round(w.start, 3), end=round(w.end, 3), probability=round(w.probability, 4))
                for w in (seg.words or [])
                if w.word.strip()
            ]
            out.append(
                SpeechSegment(
                    start=round(words[0].start if words else seg.start, 3),
                    end=round(words[-1].end if words else seg.end, 3),
                    text=text,
                    words=words,
                    avg_logprob=round(seg.avg_logprob, 4),
                    no_speech_prob=round(seg.no_speech_prob, 4),
                )
            )
        return out
