"""Review flags from scorecard results and analysis signals (pipeline.scoring.flags + rules/flags.yaml)."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from pipeline.model import (
    AudioMetrics,
    Channel,
    CriterionResult,
    Evidence,
    Flag,
    Interaction,
    InteractionSentiment,
    SignalResult,
    Speaker,
    Turn,
)
from pipeline.scoring.flags import FlagRules, apply_flags, flag_interaction, in_review_sample, load_flag_rules


@pytest.fixture(scope="module")
def rules() -> FlagRules:
    return load_flag_rules()


def interaction(**kw) -> Interaction:
    turns = [Turn(0, Speaker.CUSTOMER, "Верните деньги, я буду жаловаться"), Turn(1, Speaker.AGENT, "Ждите.")]
    return Interaction("chat:f", Channel.CHAT, datetime(2026, 11, 20, tzinfo=timezone.utc), turns=turns, **kw)


def names(flags: list[Flag]) -> list[str]:
    return [f.flag for f in flags]


def test_clean_interaction_has_no_flags(rules):
    inter = interaction(criteria=[CriterionResult("greeting", "pass", 0.9)], qa_score=100.0,
                        sentiment=InteractionSentiment("neutral", 0.1, 0.0, 0.2, "improved"))
    assert flag_interaction(inter, rules) == []


def test_critical_failure_is_priority_one_with_evidence(rules):
    ev = Evidence(1, 0, 5, "Ждите")
    inter = interaction(criteria=[CriterionResult("no_rudeness", "fail", 0.9, critical=True, evidence=[ev])],
                        qa_score=0.0)
    flags = flag_interaction(inter, rules)
    assert names(flags) == ["critical_failure"]  # low score is implied, not repeated
    assert flags[0].priority == 1 and flags[0].evidence == [ev] and "no_rudeness" in flags[0].reason


def test_low_score_negative_end_and_drop(rules):
    inter = interaction(criteria=[CriterionResult("greeting", "fail", 0.8)], qa_score=40.0,
                        sentiment=InteractionSentiment("negative", -0.5, 0.2, -0.8, "worsened"))
    flags = flag_interaction(inter, rules)
    assert names(flags) == ["low_qa_score", "negative_end_sentiment", "sentiment_drop"]
    assert "greeting" in flags[0].reason
    assert flags[1].evidence[0].turn_index == 0  # the customer's last turn


def test_risk_signals_respect_confidence(rules):
    inter = interaction(signals=[SignalResult("legal", True, 0.9, [Evidence(0, 0, 5, "Верни")]),
                                 SignalResult("churn", True, 0.3), SignalResult("escalation", False, 0.8)])
    flags = flag_interaction(inter, rules)
    assert names(flags) == ["legal_risk"]
    assert flags[0].priority == 1


def test_sla_breach_and_long_hold_from_criteria_and_metrics(rules):
    from datetime import timedelta

    def replied_after(seconds: float) -> Interaction:
        inter = interaction(criteria=[CriterionResult("first_response_sla", "fail", 0.95, note="slow")])
        inter.turns[0].started_at = inter.started_at
        inter.turns[1].started_at = inter.started_at + timedelta(seconds=seconds)
        return inter

    floor = rules.flags["sla_breach"].min_first_response_s["chat"]
    assert names(flag_interaction(replied_after(floor + 1), rules)) == ["sla_breach"]
    assert flag_interaction(replied_after(floor - 1), rules) == []  # over the SLA, not bad enough to review
    metrics = AudioMetrics(300, 100, 100, 0.5, 0.3, 120, 60, 0, 0, 0, 100)
    call = interaction(audio_metrics=metrics, criteria=[CriterionResult("hold_announced", "pass", 0.9)])
    flags = flag_interaction(call, rules)
    assert names(flags) == ["long_hold"] and "120 s" in flags[0].reason


def test_apply_flags_keeps_flags_of_other_stages(rules):
    inter = interaction(qa_score=10.0, flags=[Flag("repeat_contact", 3, "second contact in 24 h")])
    apply_flags(inter, rules)
    assert set(names(inter.flags)) == {"repeat_contact", "low_qa_score"}
    apply_flags(inter, rules)  # idempotent
    assert len(inter.flags) == 2


def test_review_sample_is_deterministic_and_near_the_rate():
    ids = [f"chat:{i}" for i in range(5000)]
    picked = [i for i in ids if in_review_sample(i, 0.05)]
    assert picked == [i for i in ids if in_review_sample(i, 0.05)]
    assert 180 < len(picked) < 320
    assert not any(in_review_sample(i, 0.0) for i in ids[:200])
