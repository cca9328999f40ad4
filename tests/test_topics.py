"""Topic taxonomy, seed model, trained models, CLI, and the embedding cache."""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pytest
import yaml
from click.testing import CliRunner

from pipeline.analyse import topics as topics_mod
from pipeline.analyse.taxonomy import load_taxonomy
from pipeline.analyse.topics import load_topic_classifier, split_sentences
from pipeline.commands.evaluate_models import topics as evaluate_topics
from pipeline.commands.train import train
from pipeline.config import DEFAULT_RULES_DIR, ConfigError
from pipeline.model import TopicResult

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
EXPECTED = {
    "order_delivery", "payment_charges", "refund_return", "product_defect", "technical_problem", "account_access",
    "tariff_pricing", "cancellation", "staff_behaviour", "information_request", "other",
}


@pytest.fixture()
def no_encoder(monkeypatch):
    """Fail the test if anything tries to load a sentence encoder."""

    def boom(*args, **kwargs):
        raise AssertionError("the fast path must not call a sentence encoder")

    monkeypatch.setattr("pipeline.nlp.embeddings._load_backend", boom)


@pytest.fixture()
def empty_models(tmp_path):
    return tmp_path / "models"


# ------------------------------------------------------------------ taxonomy


def test_default_taxonomy_has_all_topics_with_ru_and_en_seeds():
    tax = load_taxonomy("default")
    assert set(tax.topics) == EXPECTED
    for name, spec in tax.topics.items():
        assert len(spec.description) > 10, name
        assert len(spec.seeds["ru"]) >= 10, name
        assert len(spec.seeds["en"]) >= 10, name
    texts, labels = tax.seed_examples()
    assert len(texts) == len(labels) >= 11 * 20


def _write_taxonomy(rules: Path, data: dict, name: str = "mini") -> None:
    (rules / "topics").mkdir(parents=True, exist_ok=True)
    (rules / "topics" / f"{name}.yaml").write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")


def _mini_taxonomy() -> dict:
    return {
        "name": "mini",
        "min_seeds": 2,
        "topics": {
            "billing": {"description": "money", "seeds": {"ru": ["списали деньги", "большой счет"],
                                                           "en": ["charged twice", "bill too high"]}},
            "other": {"description": "anything else", "seeds": {"ru": ["привет", "спасибо"], "en": ["hi", "thanks"]}},
        },
    }


def test_invalid_taxonomy_names_file_and_field(tmp_path):
    bad = _mini_taxonomy()
    bad["fallback_topic"] = "misc"
    bad["topics"]["billing"]["seeds"]["en"] = ["", "x"]
    _write_taxonomy(tmp_path, bad)
    with pytest.raises(ConfigError) as err:
        load_taxonomy("mini", tmp_path)
    assert "mini.yaml" in str(err.value)
    assert "topics.billing.seeds" in str(err.value)


def test_taxonomy_rejects_missing_fallback_and_too_few_seeds(tmp_path):
    bad = _mini_taxonomy()
    bad["fallback_topic"] = "misc"
    _write_taxonomy(tmp_path, bad)
    with pytest.raises(ConfigError, match="fallback_topic"):
        load_taxonomy("mini", tmp_path)
    bad = _mini_taxonomy()
    bad["min_seeds"] = 10
    _write_taxonomy(tmp_path, bad)
    with pytest.raises(ConfigError, match="fewer than 10 seed phrases"):
        load_taxonomy("mini", tmp_path)
    bad = _mini_taxonomy()
    bad["topics"]["Bad Name"] = bad["topics"].pop("billing")
    _write_taxonomy(tmp_path, bad)
    with pytest.raises(ConfigError, match="snake_case"):
        load_taxonomy("mini", tmp_path)


# ------------------------------------------------------------------ seed (no labelled data) model

# Paraphrases that are NOT seed phrases: the seed model has to generalise to them.
HELD_OUT = [
    ("Уже пятый день нет интернета, роутер мигает красным", "technical_problem"),
    ("Курьер должен был привезти заказ вчера, но так и не приехал", "order_delivery"),
    ("Мне списали 300 рублей за какую-то подписку", "payment_charges"),
    ("Купленный у вас смартфон не включается, это брак", "product_defect"),
    ("Хочу перейти на тариф подешевле", "tariff_pricing"),
    ("Расторгните договор, я ухожу к другому провайдеру", "cancellation"),
    ("Девушка на линии мне нагрубила и бросила трубку", "staff_behaviour"),
    ("Не получается зайти в личный кабинет, пишет неверный пароль", "account_access"),
    ("Какие документы нужны для подключения интернета?", "information_request"),
    ("Верните мне деньги за возвращенный телевизор", "refund_return"),
    ("My package still hasn't been delivered", "order_delivery"),
    ("The internet keeps dropping every evening", "technical_problem"),
    ("I can't sign in, the password reset code never comes", "account_access"),
    ("I'd like to switch to a cheaper plan", "tariff_pricing"),
    ("Please cancel my contract, I'm moving to another provider", "cancellation"),
    ("I want a refund for the broken headphones I sent back", "refund_return"),
]


def test_seed_model_generalises_to_paraphrases_in_both_languages(no_encoder, empty_models):
    clf = load_topic_classifier("default", models_dir=empty_models)
    assert clf.source == "seeds" and clf.head == "fast"
    predicted = clf.predict([t for t, _ in HELD_OUT])
    correct = sum(p == gold for p, (_, gold) in zip(predicted, HELD_OUT))
    assert correct >= 13, list(zip(predicted, [g for _, g in HELD_OUT]))


def test_predict_topics_is_multilabel_sorted_with_fallback(no_encoder, empty_models):
    clf = load_topic_classifier("default", models_dir=empty_models)
    texts = [
        "Здравствуйте. Телефон, который я у вас купил, сломался через два дня. Хочу вернуть деньги.",
        "Добрый день, спасибо, до свидания",
        "",
    ]
    out = clf.predict_topics(texts)
    assert len(out) == 3
    first = [r.topic for r in out[0]]
    assert {"product_defect", "refund_return"} <= set(first), out[0]
    assert "other" not in first
    confidences = [r.confidence for r in out[0]]
    assert confidences == sorted(confidences, reverse=True)
    assert all(0.0 < c <= 1.0 for c in confidences)
    assert all(isinstance(r, TopicResult) and r.taxonomy == "default" for r in out[0])
    assert [r.topic for r in out[1]] == ["other"]
    assert [r.topic for r in out[2]] == ["other"] and out[2][0].confidence == 1.0
    assert clf.predict_topics([]) == []


def test_split_sentences():
    assert split_sentences("Привет! Не работает интернет.\nПомогите") == ["Привет!", "Не работает интернет.", "Помогите"]
    assert split_sentences("") == [""]


def test_unknown_taxonomy_is_a_clear_error(empty_models):
    with pytest.raises(FileNotFoundError, match="no_such"):
        load_topic_classifier("no_such", models_dir=empty_models)


# ------------------------------------------------------------------ training through the CLI


def _labelled_csv(path: Path, n_per_class: int = 12) -> Path:
    import csv

    rng = np.random.default_rng(0)
    vocab = {
        "billing": ["списали деньги", "двойное списание", "счет за месяц", "charged twice", "unknown charge"],
        "internet": ["нет интернета", "низкая скорость", "роутер не работает", "wifi is down", "slow internet"],
        "delivery": ["где мой заказ", "курьер опоздал", "доставка задерживается", "parcel not delivered", "track order"],
    }
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["id", "body", "reason"])
        for label, phrases in vocab.items():
            for i in range(n_per_class):
                a, b = rng.choice(phrases, 2, replace=False)
                w.writerow([f"{label}{i}", f"{a}, {b} #{i}", label])
    return path


def test_train_and_evaluate_topics_cli(tmp_path, no_encoder):
    data = _labelled_csv(tmp_path / "labelled.csv")
    models = tmp_path / "models"
    runner = CliRunner()
    result = runner.invoke(train, ["topics", "--taxonomy", "helpdesk", "--data", str(data), "--text-column", "body",
                                   "--label-column", "reason", "--encoder", "none", "--folds", "3",
                                   "--models-dir", str(models), "--rules-dir", str(tmp_path / "rules"), "--cache", ""])
    assert result.exit_code == 0, result.output
    out = models / "topics-helpdesk"
    assert (out / "model.joblib").exists()
    card = (out / "MODEL_CARD.md").read_text(encoding="utf-8")
    assert "labelled.csv" in card and "36 rows" in card and "3 labels" in card
    clf = load_topic_classifier("helpdesk", models_dir=models, rules_dir=tmp_path / "rules")
    assert clf.source == str(out) and clf.head == "fast" and set(clf.topics) == {"billing", "internet", "delivery"}
    assert clf.predict(["с меня опять списали деньги", "the wifi is down again"]) == ["billing", "internet"]

    result = runner.invoke(evaluate_topics, ["--model", "helpdesk", "--data", str(data), "--text-column", "body",
                                             "--label-column", "reason", "--models-dir", str(models),
                                             "--json-out", str(tmp_path / "m.json")])
    assert result.exit_code == 0, result.output
    assert "accuracy" in result.output and "macro-F1" in result.output
    import json

    figures = json.loads((tmp_path / "m.json").read_text())
    assert set(figures) == {"fast"} and figures["fast"]["accuracy"] > 0.9


def test_train_topics_cli_reports_bad_input(tmp_path):
    data = _labelled_csv(tmp_path / "labelled.csv")
    runner = CliRunner()
    result = runner.invoke(train, ["topics", "--taxonomy", "x", "--data", str(data), "--models-dir",
                                   str(tmp_path / "m"), "--rules-dir", str(tmp_path / "rules")])
    assert result.exit_code != 0
    assert "missing column" in result.output and "body" in result.output
    # labels outside an existing taxonomy are refused
    result = runner.invoke(train, ["topics", "--taxonomy", "default", "--data", str(data), "--text-column", "body",
                                   "--label-column", "reason", "--encoder", "none", "--models-dir",
                                   str(tmp_path / "m")])
    assert result.exit_code != 0 and "labels not in taxonomy" in result.output


def test_seed_artifact_is_rebuilt_when_the_taxonomy_changes(tmp_path, no_encoder):
    rules = tmp_path / "rules"
    (rules / "topics").mkdir(parents=True)
    shutil.copy(DEFAULT_RULES_DIR / "topics" / "default.yaml", rules / "topics" / "default.yaml")
    models = tmp_path / "models"
    runner = CliRunner()
    result = runner.invoke(train, ["topics", "--taxonomy", "default", "--encoder", "none", "--models-dir", str(models),
                                   "--rules-dir", str(rules)])
    assert result.exit_code == 0, result.output
    assert load_topic_classifier("default", models, rules).source == str(models / "topics-default")
    with open(rules / "topics" / "default.yaml", "a", encoding="utf-8") as fh:
        fh.write("\n# edited\n")
    assert load_topic_classifier("default", models, rules).source == "seeds"


def test_fast_head_needs_no_encoder(no_encoder, empty_models):
    """The nightly path predicts without the encoder (speed: ``bench/zero_shot_night_speed.py``)."""
    clf = load_topic_classifier("default", models_dir=empty_models)
    chat = ("Здравствуйте. У меня не работает домашний интернет уже второй день. Роутер перезагружал. "
            "Когда починят? Мне списали абонентскую плату, а услуги нет. Сделайте перерасчет.\n"
            "Спасибо, жду.")
    texts = [chat + f" #{i}" for i in range(400)]
    predictions = clf.predict_topics(texts)
    assert len(predictions) == len(texts)
    assert len({tuple(t.topic for t in p) for p in predictions}) == 1  # the "#i" suffix changes nothing


# ------------------------------------------------------------------ embedding cache


def test_encoder_cache_by_text_hash(tmp_path, monkeypatch):
    from pipeline.nlp import embeddings

    calls = []

    def fake_backend(name, threads):
        def encode(batch):
            calls.append(list(batch))
            return np.array([[len(t), 1.0, 0.0] for t in batch], dtype=np.float32)

        return encode

    monkeypatch.setattr(embeddings, "_load_backend", fake_backend)
    cache = tmp_path / "emb.sqlite"
    enc = embeddings.Encoder("use", batch_size=2, cache_path=cache)
    v = enc.encode(["ab", "abc", "ab", "abcd"])
    assert v.shape == (4, 3) and enc.computed == 3  # the duplicate is encoded once
    assert np.allclose(np.linalg.norm(v, axis=1), 1.0)
    assert np.allclose(v[0], v[2])
    # a new encoder on the same file reads from disk
    enc2 = embeddings.Encoder("use", cache_path=cache)
    assert np.allclose(enc2.encode(["abcd", "ab"]), v[[3, 0]]) and enc2.computed == 0
    enc2.encode(["new text"])
    assert enc2.computed == 1
    # keys include the encoder name
    assert embeddings.text_key("use", "x") != embeddings.text_key("e5", "x")
    with pytest.raises(ValueError):
        embeddings.Encoder("bert")


@pytest.mark.slow
def test_use_encoder_is_multilingual():
    from pipeline.nlp.embeddings import Encoder

    v = Encoder("use").encode(["Где мой заказ?", "Where is my order?", "Какая погода завтра?"])
    assert v.shape == (3, 512)
    assert float(v[0] @ v[1]) > float(v[0] @ v[2]) + 0.2


# ------------------------------------------------------------------ real data (skipped when absent)


@pytest.mark.slow
@pytest.mark.skipif(not (DATA / "banking77_en" / "train.csv").exists(), reason="BANKING77 not available")
def test_banking77_accuracy_through_the_cli(tmp_path):
    import pandas as pd

    for split in ("train", "test"):
        frame = pd.read_csv(DATA / "banking77_en" / f"{split}.csv")
        frame.rename(columns={"category": "label"}).to_csv(tmp_path / f"{split}.csv", index=False)
    models = tmp_path / "models"
    runner = CliRunner()
    result = runner.invoke(train, ["topics", "--taxonomy", "banking77", "--data", str(tmp_path / "train.csv"),
                                   "--folds", "2", "--models-dir", str(models), "--rules-dir", str(tmp_path)])
    assert result.exit_code == 0, result.output
    result = runner.invoke(evaluate_topics, ["--model", "banking77", "--data", str(tmp_path / "test.csv"),
                                             "--models-dir", str(models), "--head", "both", "--json-out", str(tmp_path / "m.json")])
    assert result.exit_code == 0, result.output
    import json

    figures = json.loads((tmp_path / "m.json").read_text())
    assert figures["full"]["accuracy"] >= 0.93
    assert figures["fast"]["accuracy"] >= 0.90


@pytest.mark.skipif(not (topics_mod.DEFAULT_MODELS_DIR / "topics-default" / "model.joblib").exists(),
                    reason="models/topics-default not built")
def test_shipped_default_model_is_used_and_fast(no_encoder):
    clf = load_topic_classifier("default")
    assert clf.source.endswith("topics-default") and clf.head == "fast"
    assert set(clf.topics) == EXPECTED
    out = clf.predict_topics(["Не работает интернет", "Where is my order?"])
    assert out[0][0].topic == "technical_problem" and out[1][0].topic == "order_delivery"


def test_cards_name_data_files_without_machine_paths():
    """Issue 11: model cards carried absolute machine paths (/work/shared/data/...)."""
    from pipeline.training.topics import short_path

    assert short_path("/work/shared/data/banking77_en/train.csv") == "banking77_en/train.csv"
    assert short_path("train.csv") == "train.csv"
