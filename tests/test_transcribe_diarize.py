"""Voices of one-channel calls: two synthesised voices are told apart, one voice stays one speaker.

Real audio (the committed clips), words placed from the reference turns (no recogniser needed).
"""

from __future__ import annotations

import json

import numpy as np
from faster_whisper import decode_audio

from pipeline.model import Speaker
from pipeline.transcribe.diarize import mfcc
from pipeline.transcribe.merge import label_mono_voices
from pipeline.transcribe.options import load_options
from pipeline.transcribe.vad import speech_chunks
from transcribe_helpers import FIXTURES, seg

MERGE = load_options().merge


def _clip(name: str):
    ref = json.loads((FIXTURES / f"{name}.json").read_text(encoding="utf-8"))
    segments = [seg(t["start_s"], t["end_s"], t["text"]) for t in ref["turns"]]
    return ref, segments


def _role_accuracy(ref, labelled) -> float:
    ok = n = 0
    for x in labelled:
        for w in x.segment.words:
            mid = (w.start + w.end) / 2
            truth = [t["speaker"] for t in ref["turns"] if t["start_s"] <= mid < t["end_s"]]
            if len(truth) == 1:  # overlapped speech is not scored
                n += 1
                ok += truth[0] == x.speaker.value
    return ok / n


def _ru_mix():
    left, right = decode_audio(str(FIXTURES / "ru_stereo.flac"), split_stereo=True)
    return ((left + right) / 2).astype(np.float32)


def test_two_voices_on_one_channel_get_their_roles():
    # Festival agent + the same voice pitched up for the customer, summed to one channel; the
    # customer speaks 3 s after the agent and the agent cuts in 1.5 s before the customer ends
    ref, segments = _clip("ru_stereo")
    audio = _ru_mix()
    labelled, voices = label_mono_voices(segments, audio, speech_chunks(audio, 500), MERGE)
    assert voices == 2
    assert _role_accuracy(ref, labelled) >= 0.9
    assert [x.speaker for x in labelled][0] == Speaker.AGENT
    # the pause heuristic it replaces gets this call's roles wrong from the second turn on
    pauses = MERGE.model_copy(update={"diarization": MERGE.diarization.model_copy(update={"method": "pauses"})})
    old, _ = label_mono_voices(segments, audio, speech_chunks(audio, 500), pauses)
    assert _role_accuracy(ref, old) < _role_accuracy(ref, labelled)


def test_one_voice_stays_one_speaker():
    ref, segments = _clip("ru_stereo")
    left, _ = decode_audio(str(FIXTURES / "ru_stereo.flac"), split_stereo=True)
    agent_segments = [s for s, t in zip(segments, ref["turns"]) if t["speaker"] == "agent"]
    labelled, voices = label_mono_voices(agent_segments, left, speech_chunks(left, 500), MERGE)
    assert voices == 1
    assert {x.speaker for x in labelled} == {Speaker.AGENT}


def test_the_greeting_voice_is_the_agent_even_when_the_customer_speaks_first():
    ref, segments = _clip("ru_stereo")
    audio = _ru_mix()
    merge = MERGE.model_copy(update={"mono_first_speaker": "customer"})
    labelled, _ = label_mono_voices(segments, audio, speech_chunks(audio, 500), merge)
    assert labelled[0].speaker == Speaker.AGENT  # "Здравствуйте, компания Ладога Телеком, меня зовут Ольга"
    no_phrases = merge.model_copy(update={"diarization": merge.diarization.model_copy(update={"agent_phrases": []})})
    labelled, _ = label_mono_voices(segments, audio, speech_chunks(audio, 500), no_phrases)
    assert labelled[0].speaker == Speaker.CUSTOMER  # no greeting rule: the configured first speaker


def test_pause_method_is_still_available():
    ref, segments = _clip("en_mono")
    audio = decode_audio(str(FIXTURES / "en_mono.flac"))
    merge = MERGE.model_copy(update={"diarization": MERGE.diarization.model_copy(update={"method": "pauses"})})
    labelled, voices = label_mono_voices(segments, audio, speech_chunks(audio, 500), merge)
    assert voices == 0 and [x.speaker for x in labelled][:2] == [Speaker.AGENT, Speaker.CUSTOMER]


def test_mfcc_ignores_level():
    audio = decode_audio(str(FIXTURES / "en_mono.flac"))[: 16000 * 3]
    frames = np.lib.stride_tricks.sliding_window_view(audio, 400)[::160]
    audible = 10 * np.log10(np.mean(frames**2, axis=1) + 1e-12) > -60  # near-silent frames hit the log floor
    assert np.allclose(mfcc(audio)[audible], mfcc(audio * 0.05)[audible], atol=0.05)
