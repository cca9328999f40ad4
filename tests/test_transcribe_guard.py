"""Hallucination guard (phantoms, text off speech) and speech the recogniser returned nothing for."""

from __future__ import annotations

import pytest

from pipeline.transcribe.guard import GuardReport, guard_channel, is_phantom, phantom_key, unrecognised_speech
from pipeline.transcribe.options import load_options
from pipeline.transcribe.stage import transcribe_stage
from transcribe_helpers import FakeTranscriber, bursts, call, seg, write_stereo

GUARD = load_options().guard


@pytest.mark.parametrize(
    "text",
    ["you", " You.", "Продолжение следует...", "Субтитры сделал DimaTorzok", "субтитры создавал Иван",
     "Спасибо за просмотр!", "Thanks for watching!"],
)
def test_known_phantoms_are_recognised(text):
    assert is_phantom(text, GUARD.phantom_phrases)


@pytest.mark.parametrize(
    "text", ["Thank you.", "Are you there?", "Продолжение следует оформить отдельно", "Субботу", "Спасибо, до свидания."]
)
def test_real_phrases_are_not_phantoms(text):
    assert not is_phantom(text, GUARD.phantom_phrases)


def test_phantom_key_ignores_case_punctuation_and_yo():
    assert phantom_key("  Продолжение  следует…!  ") == "продолжение следует"
    assert phantom_key("Всё") == "все"


def test_words_off_speech_and_phantoms_are_dropped_and_counted():
    speech = [(0.5, 3.0), (5.0, 7.0)]
    segments = [
        seg(0.5, 3.0, "Здравствуйте, меня зовут Ольга."),
        seg(3.6, 4.6, "лишние слова"),  # in the pause between chunks
        seg(5.0, 6.0, "Продолжение следует..."),
        seg(6.0, 7.0, "да конечно"),
    ]
    report = GuardReport()
    kept = guard_channel(segments, speech, GUARD, report)
    assert [s.text for s in kept] == ["Здравствуйте, меня зовут Ольга.", "да конечно"]
    assert (report.phantom_segments, report.words_off_speech, report.by_channel) == (1, 2, [2])


def test_a_segment_half_on_speech_keeps_only_its_words_on_speech():
    segment = seg(2.0, 6.0, "one two three four")  # words 2-3, 3-4, 4-5, 5-6; speech ends at 4.0
    kept = guard_channel([segment], [(0.0, 4.0)], GUARD, GuardReport())
    assert kept[0].text == "one two" and kept[0].end <= 4.2


def test_without_vad_only_phantoms_are_dropped():
    kept = guard_channel([seg(0, 1, "you"), seg(9, 10, "hello there")], None, GUARD, GuardReport())
    assert [s.text for s in kept] == ["hello there"]


def test_unrecognised_speech_lists_chunks_no_word_touches():
    speech = [(0.5, 3.0), (5.0, 7.0), (8.0, 8.3)]
    got = unrecognised_speech(speech, [seg(0.6, 2.9, "hello there")], min_s=0.8)
    assert got == [(5.0, 7.0)]  # 8.0-8.3 is shorter than min_s


@pytest.fixture(autouse=True)
def tones_are_speech(monkeypatch):
    monkeypatch.setattr("pipeline.transcribe.stage.speech_chunks", bursts)


def test_stage_flags_speech_without_text_and_drops_phantoms(tmp_path):
    options = load_options().model_copy(update={"cache_dir": None, "progress": False})
    # customer speaks at 3.8-7.0 s but the engine returns nothing for it; the agent channel ends
    # with a phantom over silence after its last speech
    recording = write_stereo(tmp_path / "c.flac", left=[(0.5, 3.0)], right=[(3.8, 7.0)], duration=12.0)
    engine = FakeTranscriber([[seg(0.5, 3.0, "Здравствуйте, меня зовут Ольга."), seg(10.0, 11.0, "Продолжение следует")], []])
    (out,) = transcribe_stage([call(recording)], options, transcriber=engine).interactions
    assert [t.text for t in out.turns] == ["Здравствуйте, меня зовут Ольга."]
    meta = out.metadata["transcription"]
    assert meta["speech_without_text"] is True
    assert meta["unrecognised_speech"] == [{"channel": 1, "start_s": 3.8, "end_s": 7.0}]
    assert meta["phantom_segments_dropped"] == 1
    levels = meta["channel_levels"]
    assert len(levels) == 2 and all(lv["speech_dbfs"] == pytest.approx(-13.5, abs=0.5) for lv in levels)
    # the engine was handed the stage's speech chunks (one list per channel)
    assert engine.speech == [[(0.5, 3.0)], [(3.8, 7.0)]]
