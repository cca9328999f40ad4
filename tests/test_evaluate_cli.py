"""``servicelens evaluate topics|sentiment`` (issue 11): per-class figures, which scorer took how many
rows, a clear error on disjoint labels, no writes into the project tree, unwrapped lines off a tty."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.commands.evaluate_models import sentiment as evaluate_sentiment
from pipeline.commands.evaluate_models import topics as evaluate_topics
from pipeline.commands.train import train
from pipeline.config import DEFAULT_MODELS_DIR, PROJECT_ROOT

needs_sentiment = pytest.mark.skipif(not (DEFAULT_MODELS_DIR / "sentiment" / "model.joblib").exists(),
                                     reason="models/sentiment not built")
needs_topics = pytest.mark.skipif(not (DEFAULT_MODELS_DIR / "topics-default" / "model.joblib").exists(),
                                  reason="models/topics-default not built")

ROWS = [
    ("Это ужасно, третий день нет интернета, верните деньги!", "negative"),
    ("Спасибо огромное, всё быстро починили, вы лучшие!", "positive"),
    ("Подскажите, пожалуйста, адрес ближайшего офиса", "neutral"),
    ("This is the worst service ever, I am furious", "negative"),
    ("", "neutral"),
]


def _csv(path: Path, rows, header=("text", "label")) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(header)
        w.writerows(rows)
    return path


def _project_files() -> dict[str, float]:
    skip = {".venv", ".git", "__pycache__", ".pytest_cache"}
    return {str(p): p.stat().st_mtime for p in PROJECT_ROOT.rglob("*")
            if p.is_file() and not skip & set(p.relative_to(PROJECT_ROOT).parts)}


@needs_sentiment
def test_sentiment_prints_per_class_figures_and_scorers_unwrapped(tmp_path, monkeypatch):
    monkeypatch.setenv("SERVICELENS_CACHE_DIR", str(tmp_path / "cache"))
    # a long path: the title line is far wider than 80 columns and must still come out whole
    data = _csv(tmp_path / ("a_rather_long_folder_name_for_a_labelled_file_" * 2) / "gold.csv",
                [(t, lab) for t, lab in ROWS if t])
    out_json = tmp_path / "out.json"
    result = CliRunner().invoke(evaluate_sentiment, ["--data", str(data), "--head", "fast", "--json-out", str(out_json)])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    title = next(line for line in lines if "sentiment [fast head]" in line)
    assert str(data) in title and title.endswith("texts/s)")  # not wrapped mid-figure
    scorers = next(line for line in lines if "scorers:" in line)
    assert "Russian head: 3 rows" in scorers and ("English head: 1 rows" in scorers or "VADER (fallback): 1 rows" in scorers)
    figures = json.loads(out_json.read_text())["fast"]
    assert set(figures["per_class"]) == {"negative", "neutral", "positive"}
    for lab in ("negative", "neutral", "positive"):
        assert 0.0 <= figures["per_class"][lab]["precision"] <= 1.0
        assert any(line.strip("│┃ ").startswith(lab + " ") for line in lines), lab  # a per-class row on screen
    assert figures["per_class"]["negative"]["support"] == 2
    assert sum(figures["scorers"].values()) == 4


@needs_sentiment
def test_sentiment_labels_sharing_nothing_with_the_model_is_an_error(tmp_path):
    data = _csv(tmp_path / "gold.csv", [("всё плохо", "bad"), ("всё хорошо", "good")])
    result = CliRunner().invoke(evaluate_sentiment, ["--data", str(data), "--head", "fast"])
    assert result.exit_code != 0
    assert "share nothing" in result.output


@needs_topics
def test_topics_labels_sharing_nothing_with_the_model_is_an_error(tmp_path):
    data = _csv(tmp_path / "gold.csv", [("where is my card", "card_arrival"), ("refund please", "request_refund")])
    result = CliRunner().invoke(evaluate_topics, ["--model", "default", "--data", str(data), "--head", "fast"])
    assert result.exit_code != 0
    assert "share nothing" in result.output


@needs_sentiment
@pytest.mark.slow
def test_evaluate_writes_nothing_into_the_project_tree(tmp_path, monkeypatch):
    """The full head embeds texts: the cache goes to --cache-dir, not to outputs/cache."""
    monkeypatch.delenv("SERVICELENS_CACHE_DIR", raising=False)
    data = _csv(tmp_path / "gold.csv", [(t, lab) for t, lab in ROWS if t][:3])
    before = _project_files()
    result = CliRunner().invoke(evaluate_sentiment, ["--data", str(data), "--head", "full", "--language", "ru",
                                                     "--cache-dir", str(tmp_path / "cache")])
    assert result.exit_code == 0, result.output
    assert _project_files() == before
    assert (tmp_path / "cache" / "embeddings.sqlite").exists()


@needs_sentiment
@pytest.mark.slow
@pytest.mark.skipif(not (DEFAULT_MODELS_DIR / "sentiment" / "e5_head.joblib").exists(), reason="no e5 head")
def test_evaluate_with_the_e5_cascade_builds_its_encoder_in_the_cache_dir(tmp_path, monkeypatch):
    """--e5-share loads the int8 e5 encoder: it is built under --cache-dir, never into the project tree."""
    pytest.importorskip("ctranslate2")
    import joblib

    from pipeline.nlp import e5_fast

    monkeypatch.delenv("SERVICELENS_CACHE_DIR", raising=False)
    e5_fast._shared.cache_clear()  # a process-wide encoder loaded by an earlier test would hide where it is built
    data = _csv(tmp_path / "gold.csv", [(t, lab) for t, lab in ROWS if t][:3])
    before = _project_files()
    try:
        result = CliRunner().invoke(evaluate_sentiment, ["--data", str(data), "--head", "fast", "--language", "ru",
                                                         "--e5-share", "1", "--cache-dir", str(tmp_path / "cache")])
    finally:
        e5_fast._shared.cache_clear()
    assert result.exit_code == 0, result.output
    assert _project_files() == before
    layers = joblib.load(DEFAULT_MODELS_DIR / "sentiment" / "e5_head.joblib").get("layers", 12)  # the head's depth
    assert (tmp_path / "cache" / e5_fast.model_dirname(None if layers == 12 else layers) / "model.bin").is_file()


def test_train_sentiment_help_has_no_doubled_percent():
    result = CliRunner().invoke(train, ["sentiment", "--help"], terminal_width=200)
    assert result.exit_code == 0
    assert "%%" not in result.output and "20%" in result.output
