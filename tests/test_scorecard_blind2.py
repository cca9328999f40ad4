"""blind2: 40 demo contacts written by someone who had not seen the rules, committed before they
were scored and never tuned on (tests/data/scorecard_eval/README.md, history). The test checks that
the batch loads and that every target criterion is reported; it asserts the target only on the
criteria that met it at the first scoring (greeting, name_use, closing) — the others missed it."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from pipeline.commands.evaluate_scorecard import TARGET_CRITERIA, evaluate, load_split, meets_target, scorecard
from pipeline.scoring.scorecard_engine import ScorecardEngine

MET_AT_FIRST_SCORING = ("greeting", "name_use", "closing")


@pytest.fixture(scope="module")
def blind2() -> list[dict]:
    return load_split("blind2")


def test_blind2_is_a_separate_varied_batch(blind2):
    assert len(blind2) == 40
    assert all(r["split"] == "blind2" and r["id"].startswith("bl2-") for r in blind2)
    assert {r["language"] for r in blind2} == {"ru", "en"}
    assert {r["channel"] for r in blind2} == {"chat", "call", "email"}
    assert len({r["id"] for r in blind2}) == 40
    earlier = {r["id"] for s in ("dev", "heldout", "blind") for r in load_split(s)}
    assert not earlier & {r["id"] for r in blind2}


def test_blind2_reports_every_target_criterion(blind2):
    stats = evaluate(blind2, ScorecardEngine.from_rules())
    for cid in TARGET_CRITERIA:
        assert stats[cid].n >= 30, cid
        assert stats[cid].pr("fail")[2] >= 5 and stats[cid].pr("pass")[2] >= 5, cid
    for cid in MET_AT_FIRST_SCORING:
        assert meets_target(stats[cid]), (cid, stats[cid].errors)


def test_the_command_scores_blind2():
    result = CliRunner(env={"COLUMNS": "200"}).invoke(scorecard, ["--split", "blind2"])
    assert result.exit_code == 0, result.output
    assert "split 'blind2'" in result.output and "introduction" in result.output
