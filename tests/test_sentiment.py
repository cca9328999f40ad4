"""Sentiment: the shipped model, language routing, text normalisation, training and evaluation CLIs."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.analyse.sentiment import guess_language, load_sentiment_model
from pipeline.analyse.text_features import normalise_text
from pipeline.commands.evaluate_models import sentiment as evaluate_sentiment
from pipeline.commands.train import train
from pipeline.config import DEFAULT_MODELS_DIR
from pipeline.model import SentimentResult

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "sentirueval2016_ru"
SHIPPED = (DEFAULT_MODELS_DIR / "sentiment" / "model.joblib").exists()
needs_model = pytest.mark.skipif(not SHIPPED, reason="models/sentiment not built (servicelens train sentiment)")


def test_normalise_text_placeholders():
    text = "RT @ivan_ivanov: Сбербанк опять списал 100 руб!!! Ужааасно http://t.co/x #МТС Ладога Телеком"
    norm = normalise_text(text)
    for raw in ("@ivan", "http", "сбербанк", "мтс", "ладога", "100"):
        assert raw not in norm, (raw, norm)
    assert norm.startswith("ment : company опять списал 0 руб!!!")
    assert "ужаасно" in norm and norm.count("company") == 3 and " url " in norm
    assert normalise_text("") == ""


def test_guess_language():
    assert guess_language("Спасибо большое!") == "ru"
    assert guess_language("Thanks a lot!") == "en"
    assert guess_language("Мой iPhone не работает") == "ru"
    assert guess_language("12345") == "ru"


@needs_model
def test_shipped_model_russian_and_english():
    model = load_sentiment_model()
    texts = [
        "Это ужасно, третий день нет интернета, вы издеваетесь? Верните деньги!",
        "Спасибо огромное, всё быстро починили, вы лучшие!",
        "Подскажите, пожалуйста, адрес ближайшего офиса",
        "This is the worst service ever, I am furious",
        "Thank you so much, that was really helpful!",
        "What time does the shop open?",
        "",
    ]
    out = model.predict(texts, ["ru", "ru", "ru", "en", "en", "en", "en"])
    assert [r.label for r in out] == ["negative", "positive", "neutral", "negative", "positive", "neutral", "neutral"]
    assert all(isinstance(r, SentimentResult) and -1.0 <= r.score <= 1.0 and 0.0 <= r.confidence <= 1.0 for r in out)
    assert out[0].score < -0.3 and out[1].score > 0.3 and out[3].score < -0.3 and out[4].score > 0.3
    assert out[-1].confidence == 0.0
    # languages detected when not given: same answers
    assert [r.label for r in model.predict(texts)] == [r.label for r in out]


@needs_model
def test_language_routing_changes_the_engine():
    model = load_sentiment_model()
    text = "Thank you so much, great help!"
    en = model.predict([text], ["en"])[0]
    ru = model.predict([text], ["ru"])[0]
    assert en.label == "positive"
    assert en.score != ru.score  # VADER's compound vs the Russian model's P(pos) - P(neg)
    with pytest.raises(ValueError, match="languages has 1 items for 2 texts"):
        model.predict(["a", "b"], ["ru"])


@needs_model
def test_nightly_sentiment_path_needs_no_encoder(monkeypatch):
    """The per-turn path never loads the sentence encoder (speed: ``bench/sentiment_bench.py``)."""
    def boom(*args, **kwargs):
        raise AssertionError("no sentence encoder in the per-turn path")

    monkeypatch.setattr("pipeline.nlp.embeddings._load_backend", boom)
    model = load_sentiment_model()
    turns = [
        "Здравствуйте, у меня не работает интернет уже второй день",
        "Добрый день! Меня зовут Анна, сейчас проверю вашу линию.",
        "Спасибо, жду",
        "Hello, my order has not arrived yet and I'm quite upset",
    ] * 1000
    turns = [f"{t} {i}" for i, t in enumerate(turns)]
    results = model.predict(turns)
    assert len(results) == len(turns)
    assert {r.label for r in results[:4]} <= {"positive", "neutral", "negative"}


@needs_model
def test_evaluate_sentiment_cli(tmp_path):
    path = tmp_path / "eval.csv"
    rows = [
        ("Отвратительный сервис, деньги списали, интернета нет", "negative"),
        ("Спасибо большое, очень довольна, всё работает!", "positive"),
        ("Где находится ближайший салон связи?", "neutral"),
        ("What a horrible experience, never again", "negative"),
        ("ок", "mixed"),
    ]
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["message", "tone"])
        w.writerows(rows)
    result = CliRunner().invoke(evaluate_sentiment, ["--data", str(path), "--text-column", "message", "--label-column",
                                                     "tone", "--head", "fast", "--json-out", str(tmp_path / "s.json")])
    assert result.exit_code == 0, result.output
    assert "F1(pos,neg)" in result.output and "macro-F1" in result.output
    figures = json.loads((tmp_path / "s.json").read_text())["fast"]
    assert figures["n"] == 4  # 'mixed' left out
    assert figures["accuracy"] == 1.0 and figures["f1_pos_neg"] == 1.0


def test_evaluate_sentiment_rejects_unknown_labels(tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text("text,label\nхорошо,good\n", encoding="utf-8")
    result = CliRunner().invoke(evaluate_sentiment, ["--data", str(path)])
    assert result.exit_code != 0 and "negative/neutral/positive" in result.output


def _fake_sentirueval(folder: Path) -> None:
    neg = ["ужасный сервис", "опять нет связи", "верните деньги", "хуже оператора нет", "бесит этот банк"]
    pos = ["спасибо за помощь", "отличный сервис", "очень доволен", "лучший банк", "быстро помогли"]
    neu = ["взять кредит", "адрес офиса", "новый тариф", "курс валют", "часы работы"]
    folder.mkdir(parents=True, exist_ok=True)
    for name in ("bank_train.csv", "ttk_train.csv"):
        with open(folder / name, "w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh)
            w.writerow(["id", "text", "label"])
            k = 0
            for label, phrases in (("negative", neg), ("positive", pos), ("neutral", neu)):
                for i, p in enumerate(phrases):
                    for j in range(3):
                        k += 1
                        w.writerow([k, f"@user{j} {p} {['!', '', '...'][j]} {name[:3]}{i}", label])
            w.writerow([k + 1, "и хорошо и плохо", "mixed"])


def test_train_sentiment_cli_on_small_data(tmp_path):
    data_dir = tmp_path / "senti"
    _fake_sentirueval(data_dir)
    models = tmp_path / "models"
    result = CliRunner().invoke(train, ["sentiment", "--data-dir", str(data_dir), "--models-dir", str(models),
                                        "--folds", "3", "--encoder", "none",
                                        "--english-data-dir", str(tmp_path / "no_english")])
    assert result.exit_code == 0, result.output
    assert "F1(pos,neg)" in result.output
    meta = json.loads((models / "sentiment" / "metrics.json").read_text())
    assert meta["rows"] == 90 and meta["label_counts"] == {"negative": 30, "neutral": 30, "positive": 30}
    assert meta["cv"]["folds"] == 3 and meta["cv"]["best_C"] in meta["params"]["c_grid"]
    assert meta["heads"] == ["fast"] and meta["cv_full"] is None
    card = (models / "sentiment" / "MODEL_CARD.md").read_text(encoding="utf-8")
    assert "bank_train.csv" in card and "F1(pos,neg)" in card
    model = load_sentiment_model(models)
    assert model.predict(["ужасный сервис, верните деньги"], ["ru"])[0].label == "negative"
    assert model.predict(["спасибо, отличный сервис"], ["ru"])[0].label == "positive"
    # the request gate is a step of training: fitted when the tune appeals are there, stored with its figures
    assert "request_gate_figures" in meta
    assert (model.gate is None) == (meta["request_gate_figures"] is None)
    if model.gate is not None:
        assert model.gate.threshold == meta["request_gate_figures"]["tune"]["threshold"]
        assert "Request-negativity gate" in card


def test_train_sentiment_missing_data_is_a_clear_error(tmp_path):
    result = CliRunner().invoke(train, ["sentiment", "--data-dir", str(tmp_path / "nope"), "--models-dir",
                                        str(tmp_path / "m")])
    assert result.exit_code != 0 and "bank_train.csv" in result.output


@pytest.mark.slow
@pytest.mark.skipif(not (DATA / "bank_train.csv").exists(), reason="SentiRuEval-2016 not available")
def test_sentirueval_cross_validation_figure():
    from pipeline.training.sentiment import cross_validate, load_training_data

    texts, labels, _ = load_training_data(DATA)
    cv = cross_validate(texts, labels, folds=5, c_grid=(0.3,))
    assert cv["f1_pos_neg"] >= 0.68 and cv["accuracy"] >= 0.8


@pytest.fixture()
def fake_encoder(monkeypatch, tmp_path):
    """A deterministic stand-in for USE (bag of hashed words), with its own cache file."""
    import numpy as np

    from pipeline.nlp import embeddings

    def backend(name, threads):
        def encode(batch):
            out = np.zeros((len(batch), 64), dtype=np.float32)
            for i, text in enumerate(batch):
                for word in text.split():
                    out[i, hash(word) % 64] += 1.0
                out[i, 0] += 0.01
            return out

        return encode

    monkeypatch.setattr(embeddings, "_load_backend", backend)
    monkeypatch.setattr(embeddings, "_SHARED", {})
    monkeypatch.setattr(embeddings, "DEFAULT_CACHE_PATH", tmp_path / "emb.sqlite")


def test_train_sentiment_full_head_and_evaluate_both(tmp_path, fake_encoder):
    data_dir = tmp_path / "senti"
    _fake_sentirueval(data_dir)
    models = tmp_path / "models"
    result = CliRunner().invoke(train, ["sentiment", "--data-dir", str(data_dir), "--models-dir", str(models),
                                        "--folds", "3", "--cache", str(tmp_path / "emb.sqlite"),
                                        "--english-data-dir", str(tmp_path / "no_english")])
    assert result.exit_code == 0, result.output
    assert "full head" in result.output
    meta = json.loads((models / "sentiment" / "metrics.json").read_text())
    assert meta["heads"] == ["fast", "full"] and meta["cv_full"]["best_C"] in (0.3, 1.0)
    assert "Two Russian heads" in (models / "sentiment" / "MODEL_CARD.md").read_text(encoding="utf-8")
    fast, full = load_sentiment_model(models), load_sentiment_model(models, fast=False)
    assert fast.head == "fast" and full.head == "full"
    assert full.predict(["ужасный сервис, верните деньги"], ["ru"])[0].label == "negative"
    path = tmp_path / "eval.csv"
    path.write_text("text,label\nужасный сервис,negative\nотличный сервис,positive\nадрес офиса,neutral\n",
                    encoding="utf-8")
    result = CliRunner().invoke(evaluate_sentiment, ["--data", str(path), "--models-dir", str(models), "--head", "both",
                                                     "--json-out", str(tmp_path / "e.json")])
    assert result.exit_code == 0, result.output
    figures = json.loads((tmp_path / "e.json").read_text())
    assert set(figures) == {"full", "fast"} and figures["fast"]["accuracy"] == 1.0


def test_sentiment_router_reads_the_language_not_the_urls():
    """Issue 11: counting Cyrillic vs Latin letters of the raw text sent Russian tweets full of
    URLs and @mentions to the English scorer; a Latin-script text in another language goes to English."""
    assert guess_language("RT @sberbank_online_help: отличный http://t.co/AbCdEfGh") == "ru"
    assert guess_language("@tele2_russia @beeline_ru ну и где?") == "ru"
    assert guess_language("Hola, mi internet no funciona desde ayer") == "en"
    assert guess_language("Добрий день, у мене не працює інтернет") == "ru"
