"""On the demo nights every complaint has a configured topic (demo/nights/*/labels.csv says which), so a
theme that is mostly one configured topic must never read as "new"."""

from __future__ import annotations

import csv
import json
import shutil
from collections import Counter
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parent.parent
DEMO_NIGHTS = PROJECT / "demo" / "nights"
ONE_TOPIC = 0.6  # a theme "matches" a configured topic when this share of its contacts carry it (true label)


def _true_topics() -> dict[str, str]:
    from pipeline.ingest.emails import email_interaction_id

    out = {}
    for labels in DEMO_NIGHTS.glob("*/labels.csv"):
        with labels.open(encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                key = row["interaction_id"]  # email threads are stored under a hash of the root Message-ID
                out[email_interaction_id(key[len("email:"):]) if key.startswith("email:") else key] = row["topic"]
    return out


@pytest.mark.slow
def test_demo_themes_of_a_configured_topic_are_not_new(tmp_path: Path) -> None:
    nights = sorted(p for p in DEMO_NIGHTS.iterdir() if p.is_dir()) if DEMO_NIGHTS.is_dir() else []
    if not nights:
        pytest.skip(f"demo data absent: no night folder under {DEMO_NIGHTS}")
    from pipeline.flows.nightly import run_night
    from pipeline.warehouse import Warehouse

    source = tmp_path / "nights"  # the calls need Whisper; themes are about written complaints
    shutil.copytree(DEMO_NIGHTS, source, ignore=shutil.ignore_patterns("calls"))
    url = f"duckdb:///{tmp_path / 'warehouse.duckdb'}"
    for night in nights:
        run_night(night.name, source, warehouse_url=url, use_prefect=False)
    truth = _true_topics()
    with Warehouse.connect(url) as wh:
        last = wh.query("SELECT max(night) FROM fct_theme")[0][0]
        themes = wh.query("SELECT theme_id, emerging_reason, matched_topic FROM fct_theme WHERE night = ?", [last])
        members = wh.query("SELECT theme_id, interaction_id FROM fct_interaction_theme WHERE night = ?", [last])
        keywords = dict(wh.query("SELECT theme_id, keywords FROM fct_theme WHERE night = ?", [last]))
    topics_of: dict[str, Counter] = {}
    for theme_id, interaction_id in members:
        topics_of.setdefault(theme_id, Counter())[truth.get(interaction_id, "?")] += 1
    one_topic = []
    for theme_id, reason, matched in themes:
        topic, n = topics_of[theme_id].most_common(1)[0]
        if topic != "?" and n / sum(topics_of[theme_id].values()) >= ONE_TOPIC:
            one_topic.append(theme_id)
            assert not (reason or "").startswith("new"), (
                f"{theme_id} is {n}/{sum(topics_of[theme_id].values())} {topic} (matched {matched}, "
                f"keywords {json.loads(keywords[theme_id])[:4]}) yet reads as new: {reason}")
    assert len(one_topic) >= 3, topics_of  # the check above looked at real themes
