"""Emerging complaint themes: discovery on a real encoder, stable ids, warehouse round trip, CLI."""

from __future__ import annotations

import json
import shutil
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from pathlib import Path

import numpy as np
import pytest
import yaml
from click.testing import CliRunner

from pipeline.analyse.taxonomy import load_taxonomy
from pipeline.commands.themes import themes as themes_cli
from pipeline.config import DEFAULT_RULES_DIR
from pipeline.nlp.embeddings import Encoder
from pipeline.themes import KnownTheme, ThemeConfig, discover, run_themes
from pipeline.themes.model import ThemeDoc
from pipeline.warehouse import Warehouse, ensure_schema
from themes_corpus import corpus

NIGHT = date(2026, 11, 20)


@pytest.fixture(scope="module")
def encoder() -> Encoder:
    return Encoder("use")


def _vectors(encoder: Encoder, docs: list[ThemeDoc]) -> np.ndarray:
    return encoder.encode([d.text for d in docs])


def _new_ones(docs, theme) -> int:
    return sum(docs[i].interaction_id.startswith("chat:n") for i in theme.members)


def test_a_new_problem_is_one_emerging_theme_and_known_topics_are_not(encoder):
    docs = corpus(NIGHT)
    result = discover(docs, _vectors(encoder, docs), NIGHT, ThemeConfig())
    assert len(result.emerging) == 1, [(t.keywords, t.emerging_reason) for t in result.themes]
    theme = result.emerging[0]
    n_new = sum(d.interaction_id.startswith("chat:n") for d in docs)
    assert _new_ones(docs, theme) / theme.size >= 0.9  # purity
    assert _new_ones(docs, theme) / n_new >= 0.8  # recall
    assert theme.emerging_reason.startswith("new: no configured topic covers it")
    assert {"приложение", "обновление"} & set(theme.keywords), theme.keywords
    assert len(theme.examples) == 3 and all(e["interaction_id"].startswith("chat:n") for e in theme.examples)
    assert theme.channels == {"chat": theme.size} and "mobile_app" in theme.queues
    assert 0 < theme.repeat_share < 1 and sum(theme.daily_counts.values()) == theme.size
    covered = [t for t in result.themes if not t.is_emerging]
    assert covered and all(t.matched_topic in {"payment_charges", "order_delivery", "internet_outage"}
                           for t in covered)


def test_a_known_topic_that_grows_is_emerging_for_its_growth(encoder):
    docs = corpus(NIGHT, new=0)
    payments = [d for d in docs if d.topic == "payment_charges"]
    spike = [replace(d, interaction_id=f"chat:s{i}", day=NIGHT - timedelta(days=i % 3))
             for i, d in enumerate(payments * 3)]  # three times the usual payment complaints, in 3 days
    docs = docs + spike
    result = discover(docs, _vectors(encoder, docs), NIGHT, ThemeConfig())
    assert result.emerging, [(t.matched_topic, t.q_value, t.n_recent, t.size) for t in result.themes]
    for theme in result.emerging:
        assert theme.matched_topic == "payment_charges" and theme.emerging_reason.startswith("growing")
        assert theme.q_value < 0.05


def test_a_theme_keeps_its_id_the_next_night(encoder):
    today = corpus(NIGHT)
    first = discover(today, _vectors(encoder, today), NIGHT, ThemeConfig())
    known = [KnownTheme(t.theme_id, t.centroid, t.first_seen) for t in first.themes]
    tomorrow = corpus(NIGHT + timedelta(days=1), seed=8)
    second = discover(tomorrow, _vectors(encoder, tomorrow), NIGHT + timedelta(days=1), ThemeConfig(), known)
    old = {t.theme_id for t in first.themes}
    new_problem = max(second.themes, key=lambda t: _new_ones(tomorrow, t))
    assert new_problem.theme_id == first.emerging[0].theme_id
    assert new_problem.first_seen == NIGHT
    assert len({t.theme_id for t in second.themes} & old) >= 2 * len(old) // 3  # small themes may re-split


def test_too_few_contacts_make_no_theme():
    docs = corpus(NIGHT, per_topic=2, new=2)
    result = discover(docs, np.eye(len(docs), 8, dtype=np.float32), NIGHT, ThemeConfig())
    assert result.themes == [] and result.n_noise == len(docs)
    empty = discover([], np.zeros((0, 8), dtype=np.float32), NIGHT, ThemeConfig())
    assert empty.themes == [] and empty.n_docs == 0


def _load(wh: Warehouse, docs: list[ThemeDoc]) -> None:
    wh.insert_rows("fct_interaction", ["interaction_id", "channel", "started_at", "run_date", "queue",
                                       "is_complaint", "is_repeat", "customer_sentiment_end"],
                   [(d.interaction_id, d.channel, datetime.combine(d.day, time(12)), d.day, d.queue, True,
                     d.is_repeat, -0.8 if d.negative_end else 0.1) for d in docs])
    wh.insert_rows("fct_turn", ["interaction_id", "turn_index", "speaker", "text"],
                   [row for d in docs for row in ((d.interaction_id, 0, "customer", d.text),
                                                  (d.interaction_id, 1, "agent", "Проверим и вернемся."))])
    wh.insert_rows("fct_topic", ["interaction_id", "taxonomy", "topic", "confidence", "rank"],
                   [(d.interaction_id, "default", d.topic, d.topic_confidence, 1) for d in docs])


@pytest.fixture
def warehouse(tmp_path) -> str:
    url = f"duckdb:///{tmp_path / 'wh.duckdb'}"
    with Warehouse.connect(url) as wh:
        ensure_schema(wh)
        _load(wh, corpus(NIGHT))
    return url


def test_themes_are_stored_idempotently_and_shown(warehouse, tmp_path):
    cache = tmp_path / "emb.sqlite"
    with Warehouse.connect(warehouse) as wh:
        first = run_themes(wh, NIGHT, cache_path=cache)
        run_themes(wh, NIGHT, cache_path=cache)  # a re-run replaces the night's rows
        n_themes = wh.query("SELECT count(*) FROM fct_theme WHERE night = ?", [NIGHT])[0][0]
        n_members = wh.query("SELECT count(*) FROM fct_interaction_theme")[0][0]
        emerging = wh.query("SELECT theme_id, keywords, examples FROM emerging_themes")
    assert n_themes == len(first.themes) and n_members == sum(t.size for t in first.themes)
    assert len(emerging) == 1
    assert "приложение" in json.loads(emerging[0][1]) or "обновление" in json.loads(emerging[0][1])
    assert len(json.loads(emerging[0][2])) == 3
    out = CliRunner().invoke(themes_cli, ["--warehouse", warehouse])
    assert out.exit_code == 0, out.output
    assert emerging[0][0] in out.output and "new: no configured" in out.output


def test_promote_writes_a_topic_for_review(warehouse, tmp_path):
    with Warehouse.connect(warehouse) as wh:
        theme_id = run_themes(wh, NIGHT, cache_path=tmp_path / "emb.sqlite").emerging[0].theme_id
    rules = tmp_path / "rules"
    shutil.copytree(DEFAULT_RULES_DIR, rules)
    out = CliRunner().invoke(themes_cli, ["promote", theme_id, "--topic", "app_crash", "--warehouse", warehouse,
                                          "--rules", str(rules)])
    assert out.exit_code == 0, out.output
    # the demo taxonomy wants seeds in ru and en: Russian-only seeds go to a proposal file, never break it
    assert "app_crash" not in load_taxonomy("default", rules).topics
    proposal = yaml.safe_load((rules / "topics" / "default.proposed.yaml").read_text(encoding="utf-8"))
    seeds = proposal["app_crash"]["seeds"]["ru"]
    assert len(seeds) >= 10 and any("приложени" in s.lower() for s in seeds)
    assert theme_id in proposal["app_crash"]["description"]
    again = CliRunner().invoke(themes_cli, ["promote", theme_id, "--topic", "billing!", "--warehouse", warehouse,
                                            "--rules", str(rules)])
    assert again.exit_code != 0 and "snake_case" in again.output


def test_a_failing_discovery_does_not_fail_the_night(warehouse, monkeypatch):
    import pipeline.themes as themes_pkg
    from pipeline.flows import steps
    from pipeline.warehouse.load import RunInfo

    def broken(*args, **kwargs):
        raise RuntimeError("encoder missing")

    monkeypatch.setattr(themes_pkg, "run_themes", broken)
    with Warehouse.connect(warehouse) as wh:
        out = steps.themes(wh, RunInfo(run_id="r1", run_date=NIGHT), Path(DEFAULT_RULES_DIR))
    assert out == {"error": "encoder missing"}


def test_trends_report_shows_emerging_themes(warehouse, tmp_path):
    from pipeline.commands.trends import trends

    with Warehouse.connect(warehouse) as wh:
        theme = run_themes(wh, NIGHT, cache_path=tmp_path / "emb.sqlite").emerging[0]
    out = tmp_path / "reports"
    res = CliRunner().invoke(trends, ["--from", str(NIGHT - timedelta(days=6)), "--to", str(NIGHT),
                                      "--warehouse", warehouse, "--out", str(out)])
    assert res.exit_code == 0, res.output
    html = next(out.glob("*.html")).read_text(encoding="utf-8")
    assert "Emerging themes" in html and theme.theme_id in html and theme.examples[0]["interaction_id"] in html
    assert next(out.glob("*_themes.png")).stat().st_size > 5000
