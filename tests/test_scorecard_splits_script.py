"""scripts/scorecard_splits.py: the per-round check of issue 15 reads every blind batch's README row right."""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))

from pipeline.commands.init_rules import DOMAINS, company_forms  # noqa: E402
from scorecard_splits import init_rules_args, scored_splits, split_rows  # noqa: E402


def test_every_company_batch_row_gives_a_company_and_a_known_domain():
    rows = split_rows()
    parsed = {s: init_rules_args(r, s) for s, r in rows.items()}
    with_company = {s: a for s, a in parsed.items() if a is not None}
    assert len(with_company) >= 220
    for split, (company, aliases, domain) in with_company.items():
        assert company and domain in DOMAINS, split
        assert company_forms(company, aliases), split
    assert parsed["blind224"] == ("Саянский Барс", ("SayanLeopard Motors", "SayanLeopard"), "retail")
    assert parsed["dev"] is None  # the demo splits are scored with the project's rules as they are
    assert parsed["blind8"][0] == "Сытый Кот"  # an early batch, before the rows named the command


def test_a_batch_written_but_not_scored_is_left_out(tmp_path):
    readme = tmp_path / "README.md"
    readme.write_text(
        "| `blind2.jsonl` | 40 | 464 | scored once |\n"
        "| `blind3.jsonl` | 40 | 464 | written; not scored yet (to be scored with `init-rules --company \"X\" "
        "--domain retail`) |\n",
        encoding="utf-8")
    rows = split_rows(readme)
    assert set(rows) == {"blind2", "blind3"}
    splits = scored_splits(rows)
    assert "blind3" not in splits and "blind2" in splits
    assert init_rules_args(rows["blind3"]) == ("X", (), "retail")


def test_diff_lists_what_a_round_fixed_and_added(tmp_path, capsys):
    from scorecard_splits import diff

    before = {"splits": {"b": {"errors": [["b-1", "no_rudeness", "fail", "pass"]], "accuracy": 0.9}}}
    after = {"splits": {"b": {"errors": [["b-2", "greeting", "pass", "fail"]], "accuracy": 0.9}}}
    (tmp_path / "a.json").write_text(json.dumps(before), encoding="utf-8")
    (tmp_path / "b.json").write_text(json.dumps(after), encoding="utf-8")

    class Args:
        before, after, all = str(tmp_path / "a.json"), str(tmp_path / "b.json"), False
    diff(Args)
    out = capsys.readouterr().out
    assert "fixed b-1 no_rudeness fail pass" in out
    assert "NEW   b-2 greeting pass fail" in out
    assert "in all: fixed 1, new 1" in out
