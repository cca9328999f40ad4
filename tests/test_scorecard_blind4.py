"""blind4: 40 demo contacts written by someone who had not seen the rules (BLIND4.md), committed
before they were scored, never tuned on (tests/data/scorecard_eval/README.md, round 8). The test checks
that the batch loads and that every target criterion is reported; it asserts the target only on the
criteria that met it with the round's final rules (greeting, introduction, name_use, closing,
more_help) — no_blame_shifting and no_rudeness missed it."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from pipeline.commands.evaluate_scorecard import TARGET_CRITERIA, evaluate, load_split, meets_target, scorecard
from pipeline.scoring.scorecard_engine import ScorecardEngine

MET_AT_SCORING = ("greeting", "introduction", "name_use", "closing", "more_help")


@pytest.fixture(scope="module")
def blind4() -> list[dict]:
    return load_split("blind4")


def test_blind4_is_a_separate_varied_batch(blind4):
    assert len(blind4) == 40
    assert all(r["split"] == "blind4" and r["id"].startswith("bl4-") for r in blind4)
    assert {r["language"] for r in blind4} == {"ru", "en"}
    assert {r["channel"] for r in blind4} == {"chat", "call", "email"}
    assert len({r["id"] for r in blind4}) == 40
    earlier = {r["id"] for s in ("dev", "heldout", "blind", "blind2", "blind3") for r in load_split(s)}
    assert not earlier & {r["id"] for r in blind4}


def test_blind4_reports_every_target_criterion(blind4):
    stats = evaluate(blind4, ScorecardEngine.from_rules())
    for cid in TARGET_CRITERIA:
        assert stats[cid].n >= 30, cid
        assert stats[cid].pr("fail")[2] >= 5 and stats[cid].pr("pass")[2] >= 5, cid
    for cid in MET_AT_SCORING:
        assert meets_target(stats[cid]), (cid, stats[cid].errors)


def test_the_command_scores_blind4():
    result = CliRunner(env={"COLUMNS": "200"}).invoke(scorecard, ["--split", "blind4"])
    assert result.exit_code == 0, result.output
    assert "split 'blind4'" in result.output and "no_rudeness" in result.output
