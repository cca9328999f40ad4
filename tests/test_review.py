"""`servicelens review` against a small DuckDB warehouse built from the labelled contacts."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from pipeline.scoring.stage import score_stage
from pipeline.commands.evaluate_scorecard import load_split, record_to_interaction
from pipeline.commands.review import review
from pipeline.config import DEFAULT_RULES_DIR
from pipeline.scoring.flags import in_review_sample
from pipeline.warehouse import Warehouse, ensure_schema
from pipeline.warehouse.load import RunInfo, load_interactions

SAMPLE_RATE = 0.5


@pytest.fixture(scope="module")
def rules_dir(tmp_path_factory) -> Path:
    base = tmp_path_factory.mktemp("rules")
    shutil.copytree(DEFAULT_RULES_DIR / "scorecards", base / "scorecards")
    shutil.copy(DEFAULT_RULES_DIR / "kpi.yaml", base / "kpi.yaml")  # the SLA thresholds
    flags = yaml.safe_load((DEFAULT_RULES_DIR / "flags.yaml").read_text(encoding="utf-8"))
    flags["review_sample_rate"] = SAMPLE_RATE
    (base / "flags.yaml").write_text(yaml.safe_dump(flags), encoding="utf-8")
    return base


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory, rules_dir) -> tuple[str, list]:
    url = f"duckdb:///{tmp_path_factory.mktemp('wh') / 'warehouse.duckdb'}"
    records = load_split("dev")
    interactions = [record_to_interaction(r) for r in records]
    for n, inter in enumerate(interactions):
        inter.agent_id = f"agent-{n % 3}"
    scored = score_stage(interactions, rules_dir)
    assert not scored.rejected
    wh = Warehouse.connect(url)
    ensure_schema(wh)
    load_interactions(wh, scored.interactions, [], RunInfo("run-1", date(2026, 11, 20)))
    wh.close()
    return url, scored.interactions


def run(*args: str) -> str:
    result = CliRunner(env={"COLUMNS": "220"}).invoke(review, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


def test_queue_lists_flagged_by_priority_then_the_sample(warehouse, rules_dir):
    url, interactions = warehouse
    out = run("--warehouse", url, "--rules-dir", str(rules_dir), "--limit", "100")
    assert "QA review queue" in out
    flagged = [i for i in interactions if i.flags]
    sampled = [i for i in interactions if not i.flags and i.qa_score is not None
               and in_review_sample(i.interaction_id, SAMPLE_RATE)]
    skipped = [i for i in interactions if not i.flags and i not in sampled]
    assert flagged and sampled and skipped
    for inter in flagged + sampled:
        assert inter.interaction_id in out
    for inter in skipped:
        assert inter.interaction_id not in out
    # the most urgent come first: every critical failure is listed before any sampled row
    critical = [i.interaction_id for i in flagged if i.flags[0].priority == 1]
    assert max(out.index(c) for c in critical) < min(out.index(s.interaction_id) for s in sampled)
    assert "random sample" in out


def test_show_renders_transcript_evidence_and_criteria(warehouse):
    url, _ = warehouse
    out = run("--warehouse", url, "show", "chat:dev-ru-chat-02")
    assert "Это не ко мне, звоните в бухгалтерию." in out
    assert "no_blame_shifting" in out and "«не ко мне»" in out
    assert "first_response_sla" in out and "first response 200 s" in out  # criterion note
    assert "low_qa_score" in out  # the flag, with its reason


def test_show_unknown_id_is_an_error(warehouse):
    url, _ = warehouse
    result = CliRunner().invoke(review, ["--warehouse", url, "show", "chat:nope"])
    assert result.exit_code != 0 and "no interaction 'chat:nope'" in result.output


def test_verdicts_and_agreement(warehouse):
    url, _ = warehouse
    run("--warehouse", url, "verdict", "chat:dev-ru-chat-02", "greeting", "agree", "--reviewer", "anna")
    run("--warehouse", url, "verdict", "chat:dev-ru-chat-02", "no_blame_shifting", "disagree",
        "--comment", "клиенту дали номер", "--reviewer", "anna")
    run("verdict", "chat:dev-ru-chat-01", "greeting", "agree", "--reviewer", "oleg", "--warehouse", url)
    bad = CliRunner().invoke(review, ["--warehouse", url, "verdict", "chat:dev-ru-chat-02", "nonsense", "agree"])
    assert bad.exit_code != 0 and "no criterion 'nonsense'" in bad.output

    wh = Warehouse.connect(url)
    rows = wh.query("SELECT criterion_id, verdict, auto_result, comment FROM qa_review "
                    "WHERE interaction_id = 'chat:dev-ru-chat-02' ORDER BY criterion_id")
    assert rows == [("greeting", "agree", "fail", None), ("no_blame_shifting", "disagree", "fail", "клиенту дали номер")]
    agreement = dict((r[0], r[1:]) for r in wh.query(
        "SELECT criterion_id, verdicts, agreed, agreement_rate, false_fails FROM qa_review_agreement"))
    wh.close()
    assert agreement["greeting"][:2] == (2, 2)
    assert float(agreement["no_blame_shifting"][2]) == 0.0 and agreement["no_blame_shifting"][3] == 1

    out = run("--warehouse", url, "--agreement")
    assert "greeting" in out and "100%" in out and "no_blame_shifting" in out and "0%" in out


def test_interactive_records_answers(warehouse):
    url, _ = warehouse
    wh = Warehouse.connect(url)
    n_criteria = wh.query("SELECT COUNT(*) FROM fct_criterion WHERE interaction_id = 'chat:dev-ru-chat-03'")[0][0]
    wh.close()
    answers = "a\n\nd\nимя не использовано\n" + "s\n" * (n_criteria - 2)
    result = CliRunner(env={"COLUMNS": "220"}).invoke(review, ["--warehouse", url, "interactive", "chat:dev-ru-chat-03",
                                         "--reviewer", "vera"], input=answers)
    assert result.exit_code == 0, result.output
    assert "2 verdict(s) recorded" in result.output
    wh = Warehouse.connect(url)
    assert wh.query("SELECT COUNT(*) FROM qa_review WHERE reviewer = 'vera'")[0][0] == 2
    wh.close()


def test_agent_scorecard_view(warehouse):
    url, interactions = warehouse
    wh = Warehouse.connect(url)
    rows = wh.query("SELECT agent_id, interactions, avg_qa_score, critical_failures, criterion_id, applicable, "
                    "passed, pass_rate FROM agent_scorecard WHERE agent_id = 'agent-0' AND criterion_id = 'greeting'")
    wh.close()
    mine = [i for i in interactions if i.agent_id == "agent-0"]
    greet = [c for i in mine for c in i.criteria if c.criterion_id == "greeting" and c.result != "na"]
    crit = sum(any(c.critical and c.result == "fail" for c in i.criteria) for i in mine)
    scores = [i.qa_score for i in mine if i.qa_score is not None]
    (agent, n, avg, n_crit, cid, applicable, passed, rate), = rows
    assert (agent, n, n_crit, applicable) == ("agent-0", len(mine), crit, len(greet))
    assert float(avg) == pytest.approx(sum(scores) / len(scores), abs=0.05)
    assert passed == sum(c.result == "pass" for c in greet)
    assert float(rate) == pytest.approx(passed / applicable, abs=0.001)
