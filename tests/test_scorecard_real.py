"""The real-reply evaluation set (tests/data/scorecard_real): ids + labels only, texts read by id
from ../shared/data; skipped cleanly where the data is absent."""

from __future__ import annotations

import pytest
from click.testing import CliRunner
from rich.console import Console

from pipeline.scoring.scorecard_engine import ScorecardEngine
from pipeline.training.real_reply_set import (
    CRITERION_MAP,
    REAL_SET_DIR,
    REPLIES_PATH,
    evaluate_real,
    load_labels,
    read_replies,
    TUNING_SPLITS,
    sample_fresh2_ids,
    sample_fresh3_ids,
    sample_fresh_ids,
    sample_reply_ids,
    split_of,
)
from pipeline.commands.evaluate_scorecard_real import meets_target
from pipeline.model import Channel

needs_data = pytest.mark.skipif(not REPLIES_PATH.exists(), reason="../shared/data replies not present")


def test_labels_are_ids_and_labels_only():
    records = load_labels(TUNING_SPLITS, first_labels=True)
    assert len(records) >= 300
    for rec in records:
        assert set(rec) == {"id", "split", "gold"}
        assert rec["split"] == split_of(rec["id"])
        assert set(rec["gold"].values()) <= {"pass", "fail", "present", "absent"}
    assert (REAL_SET_DIR / "GUIDE.md").is_file()
    assert sum(r["split"] == "untouched" for r in records) >= 100
    fresh = load_labels(["fresh"], first_labels=True)
    assert len(fresh) >= 150
    assert not {r["id"] for r in fresh} & {r["id"] for r in records}
    for rec in fresh:
        assert set(rec) == {"id", "split", "stratum", "gold"} and rec["stratum"] in ("random", "cue")
        assert set(rec["gold"]) == set(records[0]["gold"])
    fresh2 = load_labels(["fresh2"], first_labels=True)
    assert len(fresh2) >= 150
    assert not {r["id"] for r in fresh2} & ({r["id"] for r in records} | {r["id"] for r in fresh})
    for rec in fresh2:
        assert set(rec) == {"id", "split", "stratum", "gold"} and rec["stratum"] in ("random", "hint")
        assert set(rec["gold"]) == set(records[0]["gold"])
        assert set(rec["gold"].values()) <= {"pass", "fail", "present", "absent"}


@pytest.fixture(scope="module")
def replies():
    return read_replies()


@needs_data
def test_the_sample_is_reproducible_from_the_guide_rule(replies):
    ids = [rec["id"] for rec in load_labels(TUNING_SPLITS)]
    assert sample_reply_ids(replies, len(ids)) == ids
    fresh = [(rec["id"], rec["stratum"]) for rec in load_labels(["fresh"])]
    assert sample_fresh_ids(replies, ids) == fresh
    fresh2 = [(rec["id"], rec["stratum"]) for rec in load_labels(["fresh2"])]
    assert sample_fresh2_ids(replies, ids + [rec_id for rec_id, _ in fresh]) == fresh2


@pytest.mark.slow
@needs_data
def test_the_fresh_split_solution_false_alarms_are_within_target(replies):
    """Scored after the solution_next_steps fix that was tuned on tune + untouched only."""
    stats = evaluate_real(load_labels(["fresh"]), replies, ScorecardEngine.from_rules())
    assert stats["solution_next_steps"].false_alarm_rate() <= 0.02
    for name in ("greeting", "clear_language", "time_frame", "empathy", "name_use", "no_rudeness"):
        assert meets_target(stats[name]) is not False, name


@pytest.mark.slow
@needs_data
def test_the_tune_split_meets_the_targets_it_was_tuned_to(replies):
    stats = evaluate_real(load_labels(["tune"]), replies, ScorecardEngine.from_rules())
    assert set(stats) == set(CRITERION_MAP)
    for name in ("greeting", "clear_language", "solution_next_steps", "time_frame", "empathy", "more_help",
                 "name_use", "no_rudeness"):
        assert meets_target(stats[name]) is not False, name
    assert stats["empathy"].false_alarm_rate() == 0.0   # stock apologies are not empathy


@pytest.mark.slow
@needs_data
def test_evaluate_command_prints_the_table():
    from pipeline.commands.evaluate_scorecard import scorecard_command

    result = CliRunner().invoke(scorecard_command, ["--set", "real", "--split", "tune"])
    assert result.exit_code == 0, result.output
    assert "clear_language" in result.output and "P present" in result.output
    bad = CliRunner().invoke(scorecard_command, ["--set", "demo", "--split", "tune"])
    assert bad.exit_code != 0


def test_a_missing_source_file_is_reported(tmp_path, monkeypatch):
    from pipeline.commands import evaluate_scorecard_real

    monkeypatch.setattr(evaluate_scorecard_real, "REPLIES_PATH", tmp_path / "absent.jsonl")
    with pytest.raises(SystemExit) as exc:
        evaluate_scorecard_real.run_real(ScorecardEngine.from_rules(), "tune", Channel.EMAIL, Console(), False)
    assert exc.value.code == 2


@pytest.mark.slow
@needs_data
def test_the_fresh2_split_meets_the_targets_of_the_fixed_criteria(replies):
    """fresh2 was labelled blind and never tuned on: the three criteria fixed in its round hold there."""
    stats = evaluate_real(load_labels(["fresh2"]), replies, ScorecardEngine.from_rules())
    assert meets_target(stats["more_help"]) is True          # 9 offers of more help, all found
    for name in ("closing", "empathy", "name_use"):         # all negative on fresh2: false alarms only
        assert stats[name].false_alarm_rate() <= 0.02, name
    p_pass, r_pass = stats["no_blame_shifting"].precision_recall("pass")
    assert r_pass >= 0.98                                   # false alarms of blame-shifting ≤ 2 %


def test_fresh2_is_a_split_of_the_real_set_command():
    from pipeline.commands.evaluate_scorecard import scorecard_command

    result = CliRunner().invoke(scorecard_command, ["--set", "demo", "--split", "fresh2"])
    assert result.exit_code != 0 and "split of --set real" in result.output


def test_fresh3_labels_are_ids_and_labels_only_and_new():
    """fresh3 (round 4): ≥ 100 more replies, random stratum only, none labelled in an earlier split."""
    earlier = {r["id"] for r in load_labels(["tune", "untouched", "fresh", "fresh2"])}
    fresh3 = load_labels(["fresh3"], first_labels=True)
    assert len(fresh3) >= 100
    assert not {r["id"] for r in fresh3} & earlier
    keys = set(load_labels(["tune"])[0]["gold"])
    for rec in fresh3:
        assert set(rec) == {"id", "split", "stratum", "gold"} and rec["stratum"] == "random"
        assert set(rec["gold"]) == keys
        assert set(rec["gold"].values()) <= {"pass", "fail", "present", "absent"}


@needs_data
def test_the_fresh3_sample_is_reproducible_from_the_guide_rule(replies):
    earlier = [r["id"] for r in load_labels(["tune", "untouched", "fresh", "fresh2"])]
    fresh3 = [r["id"] for r in load_labels(["fresh3"])]
    assert sample_fresh3_ids(replies, earlier, len(fresh3)) == fresh3


@pytest.mark.slow
@needs_data
def test_the_fresh3_split_holds_the_false_alarm_targets(replies):
    """fresh3 was labelled blind and never tuned on: the all-one-class criteria stay within ≤ 2 %
    false alarms (clear_language misses its target there: RESULTS.md, round 4)."""
    stats = evaluate_real(load_labels(["fresh3"]), replies, ScorecardEngine.from_rules())
    for name in ("solution_next_steps", "closing", "empathy", "name_use", "no_blame_shifting", "no_rudeness"):
        assert stats[name].false_alarm_rate() <= 0.02, name
    assert meets_target(stats["greeting"]) is True and meets_target(stats["time_frame"]) is True


def test_fresh3_is_a_split_of_the_real_set_command():
    from pipeline.commands.evaluate_scorecard import scorecard_command

    result = CliRunner().invoke(scorecard_command, ["--set", "demo", "--split", "fresh3"])
    assert result.exit_code != 0 and "split of --set real" in result.output
