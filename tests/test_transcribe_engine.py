"""The faster-whisper engine glue: speech chunks packed for decoding, word times mapped back."""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np
import pytest

import faster_whisper.vad
from pipeline.transcribe.engine import FasterWhisperTranscriber, _SpeechMap
from pipeline.transcribe.options import TranscribeOptions

RATE = 16_000


def test_word_times_map_back_to_their_chunk_and_are_clamped():
    # speech at 1-3 s and 10-12 s of the recording, packed back to back as 0-2 and 2-4
    m = _SpeechMap(original=[(1.0, 3.0), (10.0, 12.0)], packed_starts=[0.0, 2.0])
    assert m.to_original(0.5, 1.0) == (1.5, 2.0)
    assert m.to_original(2.5, 3.0) == (10.5, 11.0)
    # last word of chunk 1 stretched into chunk 2: stays in chunk 1, end clamped to 3.0
    assert m.to_original(1.6, 2.3) == pytest.approx((2.6, 3.0))
    # first word of chunk 2 started a little early: mostly in chunk 2, so it belongs there
    assert m.to_original(1.95, 2.5) == pytest.approx((10.0, 10.5))


class _FakeModel:
    """Stands in for WhisperModel: one segment with two words in *packed* time."""

    def __init__(self):
        self.calls = []

    def detect_language(self, audio):
        self.calls.append(("detect", len(audio)))
        return "en", 0.9, [("en", 0.6), ("de", 0.3), ("ru", 0.1)]

    def transcribe(self, audio, language, **kwargs):
        self.calls.append(("transcribe", len(audio), language, kwargs["vad_filter"]))
        words = [SimpleNamespace(word=" hello", start=0.1, end=0.9, probability=0.9),
                 SimpleNamespace(word=" there", start=2.1, end=2.8, probability=0.8)]
        seg = SimpleNamespace(text=" hello there", start=0.0, end=2.8, words=words, avg_logprob=-0.2, no_speech_prob=0.01)
        return iter([seg]), None


def test_call_is_packed_detected_once_and_mapped(monkeypatch):
    chunks = [{"start": 1 * RATE, "end": 3 * RATE}, {"start": 10 * RATE, "end": 12 * RATE}]
    monkeypatch.setattr(faster_whisper.vad, "get_speech_timestamps", lambda audio, opts: chunks if audio.any() else [])
    model = _FakeModel()
    engine = FasterWhisperTranscriber(TranscribeOptions(), model=model, model_id="fake")
    speech = np.ones(14 * RATE, dtype=np.float32)
    silent = np.zeros(14 * RATE, dtype=np.float32)
    result = engine.transcribe_call([speech, silent], None, ["ru", "en"])
    assert (result.language, result.language_confidence) == ("en", 0.6)
    # one detection per call; the silent channel is never decoded; VAD is not run twice
    assert model.calls == [("detect", 4 * RATE), ("transcribe", 4 * RATE, "en", False)]
    (seg,) = result.channels[0]
    assert result.channels[1] == []
    assert [(w.word, w.start, w.end) for w in seg.words] == [("hello", 1.1, 1.9), ("there", 10.1, 10.8)]
    assert (seg.start, seg.end, seg.text) == (1.1, 10.8, "hello there")


def test_language_is_restricted_to_the_allowed_ones(monkeypatch):
    monkeypatch.setattr(faster_whisper.vad, "get_speech_timestamps", lambda audio, opts: [{"start": 0, "end": RATE}])
    engine = FasterWhisperTranscriber(TranscribeOptions(), model=_FakeModel(), model_id="fake")
    result = engine.transcribe_call([np.ones(RATE, dtype=np.float32)], None, ["ru"])
    assert result.language == "ru"  # "en" and "de" score higher but are not allowed
    forced = engine.transcribe_call([np.ones(RATE, dtype=np.float32)], "ru", ["ru", "en"])
    assert (forced.language, forced.language_confidence) == ("ru", 1.0)


class _PadProbe(_FakeModel):
    """Records the window length faster-whisper would pad a 5 s window to, while decoding."""

    def __init__(self):
        super().__init__()
        self.padded = []

    def detect_language(self, audio):
        import faster_whisper.transcribe as fwt

        self.padded.append(("detect", fwt.pad_or_trim(np.zeros((80, 500))).shape[-1]))
        return super().detect_language(audio)

    def transcribe(self, audio, language, **kwargs):
        import faster_whisper.transcribe as fwt

        def lazy():  # faster-whisper decodes lazily, while the segments are iterated
            self.padded.append(("decode", fwt.pad_or_trim(np.zeros((80, 500))).shape[-1]))
            yield from super(_PadProbe, self).transcribe(audio, language, **kwargs)[0]

        return lazy(), None


def test_pad_free_windows_are_padded_to_content_plus_margin_only_while_decoding(monkeypatch):
    import faster_whisper.transcribe as fwt

    monkeypatch.setattr(faster_whisper.vad, "get_speech_timestamps", lambda audio, opts: [{"start": 0, "end": 5 * RATE}])
    probe = _PadProbe()
    engine = FasterWhisperTranscriber(TranscribeOptions(pad_margin_s=3.0), model=probe, model_id="fake")
    engine.transcribe_call([np.ones(5 * RATE, dtype=np.float32)], None, ["en"])
    assert probe.padded == [("detect", 800), ("decode", 800)]  # 500 frames + 3 s, not 3000
    assert fwt.pad_or_trim(np.zeros((80, 500))).shape[-1] == 3000  # outside the engine: unchanged
    classic = _PadProbe()
    FasterWhisperTranscriber(TranscribeOptions(pad_margin_s=None), model=classic, model_id="fake").transcribe_call(
        [np.ones(5 * RATE, dtype=np.float32)], None, ["en"]
    )
    assert classic.padded == [("detect", 3000), ("decode", 3000)]


def test_decoding_hints_reach_faster_whisper():
    from pipeline.transcribe.engine import transcribe_kwargs

    kwargs = transcribe_kwargs(TranscribeOptions(initial_prompt="Ладога Телеком", hotwords="Ладога", temperature_fallback=False))
    assert (kwargs["initial_prompt"], kwargs["hotwords"], kwargs["temperature"]) == ("Ладога Телеком", "Ладога", 0.0)
    plain = transcribe_kwargs(TranscribeOptions())
    assert "initial_prompt" not in plain and "hotwords" not in plain and "temperature" not in plain
