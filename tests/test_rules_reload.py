"""One SLA setting, and a long-running process (``servicelens serve``) that picks up edited rules.

Two nights run in one process, as ``serve`` runs them; between them the chat SLA in
``rules/kpi.yaml`` is edited. The second night's loader column, KPI view and scorecard criterion
must all use the new threshold, none of them a cached old one.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import yaml

from pipeline.config import DEFAULT_RULES_DIR
from pipeline.flows.nightly import run_night
from pipeline.warehouse import Warehouse

SQL_FIRST_RESPONSES = """
SELECT i.interaction_id, i.first_response_s, i.sla_threshold_s, i.sla_met, k.sla_met, c.result
FROM fct_interaction i
JOIN stg_interaction_kpi k ON k.interaction_id = i.interaction_id
JOIN fct_criterion c ON c.interaction_id = i.interaction_id AND c.criterion_id = 'first_response_sla'
WHERE i.channel = 'chat' AND i.first_response_s IS NOT NULL
ORDER BY i.interaction_id
"""


def _set_chat_sla(rules: Path, seconds: float) -> None:
    path = rules / "kpi.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["sla"]["chat"]["threshold_s"] = seconds
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")


def _first_responses(url: str) -> list[tuple]:
    with Warehouse.connect(url, read_only=True) as wh:
        return wh.query(SQL_FIRST_RESPONSES)


def test_an_edited_sla_reaches_loader_views_and_scorecard_on_the_next_night(fixtures: Path, tmp_path: Path):
    rules = tmp_path / "rules"
    shutil.copytree(DEFAULT_RULES_DIR, rules)
    url = f"duckdb:///{tmp_path / 'wh.duckdb'}"

    _set_chat_sla(rules, 1)  # every timed first response breaks a 1-second SLA
    run_night("2026-11-20", fixtures / "night_small", url, rules_dir=str(rules), use_prefect=False)
    first = _first_responses(url)
    assert first, "the fixture night has timed chat replies"
    slow = [row for row in first if row[1] > 1]
    assert slow
    for _id, _seconds, threshold, loaded_met, view_met, criterion in slow:
        assert (threshold, loaded_met, view_met, criterion) == (1.0, False, False, "fail")

    _set_chat_sla(rules, 86_400)  # the same process, the next run: a day is within the SLA
    run_night("2026-11-20", fixtures / "night_small", url, rules_dir=str(rules), use_prefect=False)
    second = _first_responses(url)
    assert [row[0] for row in second] == [row[0] for row in first]
    for _id, _seconds, threshold, loaded_met, view_met, criterion in second:
        assert (threshold, loaded_met, view_met, criterion) == (86_400.0, True, True, "pass")
