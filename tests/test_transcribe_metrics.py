"""Audio metrics on constructed timings with known silences and overlaps."""

from __future__ import annotations

import pytest

from pipeline.transcribe.metrics import compute_metrics, intersection, speech_intervals, union
from pipeline.transcribe.options import MetricsOptions
from transcribe_helpers import seg


def test_union_and_intersection():
    assert union([(5, 6), (0, 2), (1, 3)]) == [(0, 3), (5, 6)]
    assert union([(0, 1), (1.2, 2)], join_gap_s=0.3) == [(0, 2)]
    assert intersection([(0, 3), (5, 8)], [(2, 6)]) == [(2, 3), (5, 6)]


def test_known_call_timeline():
    # 60 s call: agent 1-10, 40-50 (wait 25 s without speech = hold 15-40); customer 11-15,
    # then interrupts the agent at 45 and talks over him until 48 (3 s overtalk), and 52-58
    agent = [(1.0, 10.0), (40.0, 50.0)]
    customer = [(11.0, 15.0), (45.0, 48.0), (52.0, 58.0)]
    m = compute_metrics(agent, customer, 60.0, agent_words=38)
    assert m.duration_s == 60.0
    assert m.talk_agent_s == pytest.approx(19.0)
    assert m.talk_customer_s == pytest.approx(13.0)
    assert m.talk_ratio == pytest.approx(19 / 32, abs=1e-4)
    # speech union: 1-10, 11-15, 40-50, 52-58 = 29 s; silence 31 s
    assert m.silence_ratio == pytest.approx(31 / 60, abs=1e-4)
    assert m.longest_silence_s == pytest.approx(25.0)
    assert m.longest_silence_at_s == pytest.approx(15.0)
    assert m.overtalk_s == pytest.approx(3.0)
    assert m.interruptions_by_customer == 1
    assert m.interruptions_by_agent == 0
    assert m.agent_words_per_minute == pytest.approx(38 / (19 / 60), abs=0.1)


def test_leading_and_trailing_silence_is_not_a_hold():
    m = compute_metrics([(10.0, 12.0)], [(13.0, 14.0)], 40.0, agent_words=4)
    assert m.longest_silence_s == pytest.approx(1.0)
    assert m.silence_ratio == pytest.approx(37 / 40)


def test_short_overlap_and_continuing_speaker_are_not_interruptions():
    # customer says "угу" (0.3 s) inside the agent's turn: back-channel
    m = compute_metrics([(0.0, 10.0)], [(4.0, 4.3)], 12.0, agent_words=20)
    assert m.interruptions_by_customer == 0
    assert m.overtalk_s == pytest.approx(0.3)
    # the agent cuts in at 5 s while the customer keeps talking until 8 s: one interruption by the
    # agent; the customer, already talking, did not interrupt anyone
    m = compute_metrics([(0.0, 2.0), (5.0, 9.0)], [(2.5, 8.0)], 10.0, agent_words=10)
    assert (m.interruptions_by_agent, m.interruptions_by_customer) == (1, 0)
    assert m.overtalk_s == pytest.approx(3.0)


def test_interruption_thresholds_come_from_options():
    agent, customer = [(0.0, 10.0)], [(4.0, 4.4)]
    strict = MetricsOptions(interruption_min_overlap_s=0.3)
    assert compute_metrics(agent, customer, 12.0, 20, strict).interruptions_by_customer == 1
    assert compute_metrics(agent, customer, 12.0, 20).interruptions_by_customer == 0


def test_silent_call():
    m = compute_metrics([], [], 20.0, agent_words=0)
    assert (m.talk_ratio, m.silence_ratio, m.longest_silence_s, m.agent_words_per_minute) == (0.0, 1.0, 20.0, 0.0)


def test_speech_intervals_come_from_word_timings():
    s = seg(0.0, 3.0, "раз два три")  # words at 0-0.95, 1-1.95, 2-3
    assert speech_intervals([s], join_gap_s=0.1) == [(0.0, 3.0)]
    assert len(speech_intervals([s], join_gap_s=0.0)) == 3
