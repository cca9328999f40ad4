"""Flags that send an interaction to QA review, from the scorecard and the analysis signals.

``FlagRules`` is ``rules/flags.yaml``; ``flag_interaction(interaction, rules)`` returns the flags
(and ``apply_flags`` stores them in ``interaction.flags``), each with a priority (1 = most urgent),
a reason a reviewer can read and the evidence behind it:

* ``critical_failure`` — a critical scorecard criterion failed (the QA score is then 0);
* ``low_qa_score`` — the QA score is under the threshold;
* ``negative_end_sentiment`` — the customer ends the contact strongly negative;
* ``sentiment_drop`` — the customer's sentiment fell by at least ``min_drop`` from start to end;
* ``legal_risk`` / ``escalation_risk`` / ``churn_risk`` / ``abuse`` — analysis signals detected;
* ``sla_breach`` — the first-response criterion failed (by at least ``min_first_response_s``);
* ``long_hold`` — a call silence over ``max_silence_s`` or a failed hold-announcement criterion.

The repeat-contact flag is added in SQL by the repeat-contact linking.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from pipeline.config import load_rules
from pipeline.model import CriterionResult, Evidence, Flag, Interaction
from pipeline.kpi.timings import first_response_seconds


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class FlagRule(_Strict):
    priority: int = Field(ge=1, le=9)
    enabled: bool = True
    below: float | None = None
    min_drop: float | None = Field(default=None, gt=0)
    signal: str | None = None
    min_confidence: float = Field(default=0.5, ge=0, le=1)
    criterion: str | None = None
    max_silence_s: float | None = Field(default=None, gt=0)
    # sla_breach: flag only breaches at least this long (seconds per channel); the criterion
    # itself fails at the SLA, the review queue only needs the bad ones
    min_first_response_s: dict[str, float] = Field(default_factory=dict)


class FlagRules(_Strict):
    review_sample_rate: float = Field(default=0.05, ge=0, le=1)
    flags: dict[str, FlagRule]


def load_flag_rules(rules_dir: str | Path | None = None) -> FlagRules:
    return load_rules(rules_dir, "flags", FlagRules)


def _criterion(interaction: Interaction, cid: str | None) -> CriterionResult | None:
    if cid is None:
        return None
    return next((c for c in interaction.criteria if c.criterion_id == cid), None)


def _turn_evidence(interaction: Interaction, index: int) -> list[Evidence]:
    turn = next((t for t in interaction.turns if t.index == index), None)
    if turn is None:
        return []
    text = turn.text[:160]
    return [Evidence(turn.index, 0, len(text), text)]


def _last_customer_evidence(interaction: Interaction) -> list[Evidence]:
    customer = [t for t in interaction.turns if t.speaker.value == "customer"]
    return _turn_evidence(interaction, customer[-1].index) if customer else []


def flag_interaction(interaction: Interaction, rules: FlagRules) -> list[Flag]:
    """All flags that apply to ``interaction``, most urgent first."""
    flags: list[Flag] = []
    on = {name: rule for name, rule in rules.flags.items() if rule.enabled}

    rule = on.get("critical_failure")
    if rule:
        failed = [c for c in interaction.criteria if c.critical and c.result == "fail"]
        if failed:
            flags.append(Flag("critical_failure", rule.priority,
                              "critical criterion failed: " + ", ".join(c.criterion_id for c in failed),
                              [e for c in failed for e in c.evidence][:5]))

    rule = on.get("low_qa_score")
    if rule and rule.below is not None and interaction.qa_score is not None:
        critical = any(f.flag == "critical_failure" for f in flags)
        if interaction.qa_score < rule.below and not critical:
            failed_ids = [c.criterion_id for c in interaction.criteria if c.result == "fail"]
            flags.append(Flag("low_qa_score", rule.priority,
                              f"QA score {interaction.qa_score:.0f} < {rule.below:.0f}; failed: {', '.join(failed_ids)}"))

    sentiment = interaction.sentiment
    rule = on.get("negative_end_sentiment")
    if rule and rule.below is not None and sentiment and sentiment.customer_end is not None:
        if sentiment.customer_end <= rule.below:
            flags.append(Flag("negative_end_sentiment", rule.priority,
                              f"customer sentiment at the end {sentiment.customer_end:+.2f} ≤ {rule.below:+.2f}",
                              _last_customer_evidence(interaction)))

    rule = on.get("sentiment_drop")
    if rule and sentiment and sentiment.customer_start is not None and sentiment.customer_end is not None:
        drop = sentiment.customer_start - sentiment.customer_end
        if drop >= (rule.min_drop or 0.0):
            flags.append(Flag("sentiment_drop", rule.priority,
                              f"customer sentiment fell {sentiment.customer_start:+.2f} → "
                              f"{sentiment.customer_end:+.2f} ({sentiment.trajectory or 'worsened'})",
                              _last_customer_evidence(interaction)))

    for name, rule in on.items():
        if not rule.signal:
            continue
        sig = interaction.signal(rule.signal)
        if sig is not None and sig.detected and sig.confidence >= rule.min_confidence:
            flags.append(Flag(name, rule.priority,
                              f"{rule.signal} signal detected (confidence {sig.confidence:.2f})",
                              list(sig.evidence)[:5]))

    rule = on.get("sla_breach")
    if rule:
        crit = _criterion(interaction, rule.criterion or "first_response_sla")
        floor = rule.min_first_response_s.get(interaction.channel.value, 0.0)
        seconds = first_response_seconds(interaction) if floor else None
        if crit is not None and crit.result == "fail" and (not floor or (seconds or 0.0) >= floor):
            flags.append(Flag("sla_breach", rule.priority, crit.note or "first response over the SLA",
                              list(crit.evidence)))

    rule = on.get("long_hold")
    if rule:
        crit = _criterion(interaction, rule.criterion)
        metrics = interaction.audio_metrics
        if crit is not None and crit.result == "fail":
            flags.append(Flag("long_hold", rule.priority, crit.note or "unannounced long hold",
                              list(crit.evidence)))
        elif rule.max_silence_s and metrics is not None and metrics.longest_silence_s > rule.max_silence_s:
            flags.append(Flag("long_hold", rule.priority,
                              f"silence of {metrics.longest_silence_s:.0f} s at {metrics.longest_silence_at_s:.0f} s "
                              f"(> {rule.max_silence_s:.0f} s)"))

    flags.sort(key=lambda f: (f.priority, f.flag))
    return flags


def apply_flags(interaction: Interaction, rules: FlagRules) -> Interaction:
    """Replace the scorecard's flags on ``interaction``; flags other stages set are kept."""
    ours = set(rules.flags)
    kept = [f for f in interaction.flags if f.flag not in ours]
    interaction.flags = sorted(kept + flag_interaction(interaction, rules), key=lambda f: (f.priority, f.flag))
    return interaction


def sample_threshold_hex(rate: float) -> str:
    """The review sample rate as the 4-hex-digit bound the SQL view compares md5 prefixes with."""
    return f"{min(int(round(rate * 0x10000)), 0xFFFF):04x}" if rate < 1 else "ffff~"


def in_review_sample(interaction_id: str, rate: float) -> bool:
    """Whether an unflagged interaction falls into the review sample — exactly as the view
    ``qa_review_queue`` decides it: ``substr(md5(id), 1, 4) < threshold``. Deterministic, so
    re-running a night samples the same interactions."""
    return hashlib.md5(interaction_id.encode()).hexdigest()[:4] < sample_threshold_hex(rate)


def sync_review_settings(wh, rules_dir: str | Path | None = None, rules: FlagRules | None = None) -> None:
    """Write the review sample rate of ``rules/flags.yaml`` into ``cfg_qa_review`` (read by the
    view ``qa_review_queue``). Call after loading a night and before reading the queue."""
    rules = rules or load_flag_rules(rules_dir)
    rows = [("review_sample_rate", f"{rules.review_sample_rate:g}"),
            ("review_sample_below", sample_threshold_hex(rules.review_sample_rate))]
    wh.execute("DELETE FROM cfg_qa_review WHERE setting IN ('review_sample_rate', 'review_sample_below')")
    wh.insert_rows("cfg_qa_review", ["setting", "value"], rows)
