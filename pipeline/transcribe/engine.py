"""Speech-to-text engines behind one small interface.

The stage talks to a :class:`Transcriber`: ``transcribe_call`` gets the streams of one call
(two for stereo, one for mono), detects the language once for the call and transcribes each stream. Results are plain dataclasses
(:class:`SpeechSegment`, :class:`WordTiming`), so the cache, the merge and the metrics never see
engine types, and tests can swap in a fake engine.
"""

from __future__ import annotations

import bisect
from contextvars import ContextVar
from dataclasses import asdict, dataclass, field
from typing import Protocol

import numpy as np

from pipeline.transcribe.audio import SAMPLE_RATE
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


@dataclass(slots=True)
class CallTranscript:
    """Engine output for one call: the language and one segment list per transcribed stream."""

    language: str
    language_confidence: float
    channels: list[list[SpeechSegment]]


class Transcriber(Protocol):
    """What the stage needs from an engine."""

    model_id: str

    def transcribe_call(
        self,
        streams: list[np.ndarray],
        language: str | None,
        allowed: list[str],
        speech: list[list[tuple[float, float]]] | None = None,
    ) -> CallTranscript:
        """Transcribe each 16 kHz mono stream of one call; ``language`` None = detect among ``allowed``;
        ``speech``: the VAD's speech chunks (seconds) of each stream, None = the engine finds them."""
        ...


def transcribe_kwargs(options: TranscribeOptions) -> dict:
    """Keyword arguments of ``WhisperModel.transcribe`` for ``options`` (shared with the bench)."""
    kwargs: dict = {
        "beam_size": options.beam_size,
        "vad_filter": options.vad,
        "word_timestamps": options.word_timestamps,
        "condition_on_previous_text": options.condition_on_previous_text,
    }
    if options.initial_prompt:
        kwargs["initial_prompt"] = options.initial_prompt
    if options.hotwords:
        kwargs["hotwords"] = options.hotwords
    if not options.temperature_fallback:
        kwargs["temperature"] = 0.0
    if options.vad:
        kwargs["vad_parameters"] = {"min_silence_duration_ms": options.vad_min_silence_ms}
    if options.hallucination_silence_threshold is not None and options.word_timestamps:
        kwargs["hallucination_silence_threshold"] = options.hallucination_silence_threshold
    return kwargs


# Pad-free decoding. Whisper's encoder takes a 30 s window; faster-whisper pads every window (and
# the language-detection sample) with silence to 30 s, so a 5 s call costs as much as a 30 s one.
# CTranslate2's encoder accepts shorter inputs, so while this is set (by the engine, per thread),
# windows are padded only to their content plus this many frames (10 ms each). With no margin at all
# Whisper loops and repeats itself; a few seconds of silence keep it well-behaved (measured in
# bench/call_length_bench.py).
_PAD_MARGIN_FRAMES: ContextVar[int | None] = ContextVar("pad_margin_frames", default=None)
_PAD_FREE_MARK = "servicelens_pad_free"  # attribute on our wrapper of pad_or_trim (installed once)


def _install_pad_free() -> None:
    """Route faster-whisper's ``pad_or_trim`` through :data:`_PAD_MARGIN_FRAMES` (once per process;
    unchanged behaviour wherever the variable is unset)."""
    import faster_whisper.transcribe as fwt

    if getattr(fwt.pad_or_trim, _PAD_FREE_MARK, False):
        return
    original = fwt.pad_or_trim

    def pad_or_trim(array, length: int = 3000, *, axis: int = -1):
        margin = _PAD_MARGIN_FRAMES.get()
        if margin is not None:
            length = min(length, array.shape[axis] + margin)
        return original(array, length, axis=axis)

    setattr(pad_or_trim, _PAD_FREE_MARK, True)
    fwt.pad_or_trim = pad_or_trim


def load_whisper_model(options: TranscribeOptions):
    """A ``faster_whisper.WhisperModel`` for ``options`` and the model id (for the cache key)."""
    from faster_whisper import WhisperModel

    from pipeline.transcribe.weights import resolve_model_dir

    model_dir, model_id = resolve_model_dir(options.model_dir, options.model_cache_dir)
    model = WhisperModel(
        str(model_dir),
        device=options.resolved_device(),
        compute_type=options.resolved_compute_type(),
        cpu_threads=options.threads_per_worker(),
        num_workers=options.concurrency,
        local_files_only=True,
    )
    return model, model_id


@dataclass(slots=True)
class _SpeechMap:
    """Where each VAD speech chunk lies in the original stream and in the concatenated speech."""

    original: list[tuple[float, float]]
    packed_starts: list[float]

    def to_original(self, packed_start: float, packed_end: float) -> tuple[float, float]:
        """Original times of a word. Its chunk is the one it overlaps most (Whisper starts the first
        word of a chunk a little early and stretches the last word of a chunk into the next one),
        and both ends are clamped to that chunk, so a word never lands in the other party's turn."""
        i = max(0, bisect.bisect_right(self.packed_starts, packed_start + 1e-6) - 1)
        best, best_overlap = i, -1.0
        for j in range(i, len(self.original)):
            lo = self.packed_starts[j]
            hi = lo + self.original[j][1] - self.original[j][0]
            if lo > packed_end:
                break
            overlap = min(hi, packed_end) - max(lo, packed_start)
            if overlap > best_overlap:
                best, best_overlap = j, overlap
        o_start, o_end = self.original[best]
        offset = o_start - self.packed_starts[best]
        start = min(max(packed_start + offset, o_start), o_end)
        end = min(max(packed_end + offset, start), o_end)
        return start, end


class FasterWhisperTranscriber:
    """faster-whisper (CTranslate2): int8 on CPU, float16 on CUDA; thread-safe up to ``concurrency``.

    VAD runs here rather than inside faster-whisper (same Silero model, same settings, so the cost
    is the same): the stage needs the speech chunks to map word times back to the recording, to
    detect the language once per call on both parties' speech, and to clamp word ends to their chunk.
    """

    LANGUAGE_SAMPLE_S = 15.0  # speech of each stream used for language detection

    def __init__(self, options: TranscribeOptions, model=None, model_id: str | None = None):
        self.options = options
        if model is None:
            model, model_id = load_whisper_model(options)
        self.model = model
        self.model_id = model_id or "faster-whisper"
        kwargs = transcribe_kwargs(options)
        kwargs.pop("vad_parameters", None)
        kwargs["vad_filter"] = False
        self._kwargs = kwargs
        self._pad_margin = None if options.pad_margin_s is None else int(round(options.pad_margin_s * 100))
        if self._pad_margin is not None:
            _install_pad_free()

    def _speech(self, audio: np.ndarray, chunks: list[tuple[float, float]] | None) -> tuple[np.ndarray, _SpeechMap]:
        """The speech of ``audio`` packed back to back; ``chunks`` (seconds) from the stage's VAD,
        or None to run the VAD here (or take the whole stream when VAD is off)."""
        if not self.options.vad:
            return audio, _SpeechMap([(0.0, len(audio) / SAMPLE_RATE)], [0.0])
        if chunks is None:
            from pipeline.transcribe.vad import speech_chunks

            chunks = speech_chunks(audio, self.options.vad_min_silence_ms)
        if not chunks:
            return np.zeros(0, dtype=np.float32), _SpeechMap([], [])
        packed, starts, original, at = [], [], [], 0
        for start_s, end_s in chunks:
            a, b = int(round(start_s * SAMPLE_RATE)), int(round(end_s * SAMPLE_RATE))
            packed.append(audio[a:b])
            starts.append(at / SAMPLE_RATE)
            original.append((a / SAMPLE_RATE, b / SAMPLE_RATE))
            at += b - a
        return np.concatenate(packed), _SpeechMap(original, starts)

    def _detect(self, speech: list[np.ndarray], allowed: list[str]) -> tuple[str, float]:
        sample = np.concatenate([s[: int(self.LANGUAGE_SAMPLE_S * SAMPLE_RATE)] for s in speech])
        if len(sample) == 0:
            return allowed[0], 0.0
        token = _PAD_MARGIN_FRAMES.set(self._pad_margin)
        try:
            _, _, probs = self.model.detect_language(sample)
        finally:
            _PAD_MARGIN_FRAMES.reset(token)
        table = dict(probs)
        best = max(allowed, key=lambda lang: table.get(lang, 0.0))
        return best, float(table.get(best, 0.0))

    def transcribe_call(
        self,
        streams: list[np.ndarray],
        language: str | None,
        allowed: list[str],
        speech: list[list[tuple[float, float]]] | None = None,
    ) -> CallTranscript:
        packed = [self._speech(s, speech[k] if speech is not None else None) for k, s in enumerate(streams)]
        if language is None:
            language, confidence = self._detect([p for p, _ in packed], allowed)
        else:
            confidence = 1.0
        channels = [self._transcribe(p, m, language) for p, m in packed]
        return CallTranscript(language, round(confidence, 4), channels)

    def _transcribe(self, speech: np.ndarray, speech_map: _SpeechMap, language: str) -> list[SpeechSegment]:
        if len(speech) == 0:
            return []
        token = _PAD_MARGIN_FRAMES.set(self._pad_margin)
        try:
            return self._decode(speech, speech_map, language)
        finally:
            _PAD_MARGIN_FRAMES.reset(token)

    def _decode(self, speech: np.ndarray, speech_map: _SpeechMap, language: str) -> list[SpeechSegment]:
        segments, _info = self.model.transcribe(speech, language=language, **self._kwargs)
        out: list[SpeechSegment] = []
        for seg in segments:
            text = seg.text.strip()
            if not text:
                continue
            words = []
            for w in seg.words or []:
                if not w.word.strip():
                    continue
                start, end = speech_map.to_original(w.start, w.end)
                words.append(
                    WordTiming(w.word.strip(), round(float(start), 3), round(float(max(end, start)), 3), round(float(w.probability), 4))
                )
            if words:
                start, end = words[0].start, words[-1].end
            else:
                start, end = speech_map.to_original(seg.start, seg.end)
            out.append(
                SpeechSegment(
                    start=round(float(start), 3),
                    end=round(float(end), 3),
                    text=text,
                    words=words,
                    avg_logprob=round(float(seg.avg_logprob), 4),
                    no_speech_prob=round(float(seg.no_speech_prob), 4),
                )
            )
        return out
