"""blind3: 40 demo contacts written by someone who had not seen the rules, committed before they
were scored and never tuned on (tests/data/scorecard_eval/README.md, round 7). The test checks that
the batch loads and that every target criterion is reported; it asserts the target only on the
criteria that met it with the round's final rules (greeting, introduction, name_use, closing) —
more_help, no_blame_shifting and no_rudeness missed it."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from pipeline.commands.evaluate_scorecard import TARGET_CRITERIA, evaluate, load_split, meets_target, scorecard
from pipeline.scoring.scorecard_engine import ScorecardEngine

MET_AT_SCORING = ("greeting", "introduction", "name_use", "closing")


@pytest.fixture(scope="module")
def blind3() -> list[dict]:
    return load_split("blind3")


def test_blind3_is_a_separate_varied_batch(blind3):
    assert len(blind3) == 40
    assert all(r["split"] == "blind3" and r["id"].startswith("bl3-") for r in blind3)
    assert {r["language"] for r in blind3} == {"ru", "en"}
    assert {r["channel"] for r in blind3} == {"chat", "call", "email"}
    assert len({r["id"] for r in blind3}) == 40
    earlier = {r["id"] for s in ("dev", "heldout", "blind", "blind2") for r in load_split(s)}
    assert not earlier & {r["id"] for r in blind3}


def test_blind3_reports_every_target_criterion(blind3):
    stats = evaluate(blind3, ScorecardEngine.from_rules())
    for cid in TARGET_CRITERIA:
        assert stats[cid].n >= 30, cid
        assert stats[cid].pr("fail")[2] >= 5 and stats[cid].pr("pass")[2] >= 5, cid
    for cid in MET_AT_SCORING:
        assert meets_target(stats[cid]), (cid, stats[cid].errors)


def test_the_command_scores_blind3():
    result = CliRunner(env={"COLUMNS": "200"}).invoke(scorecard, ["--split", "blind3"])
    assert result.exit_code == 0, result.output
    assert "split 'blind3'" in result.output and "no_rudeness" in result.output
