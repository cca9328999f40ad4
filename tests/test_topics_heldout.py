"""The default topic model card leads with hand-labelled held-out figures (issue 11, item 9)."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from pipeline.analyse.taxonomy import load_taxonomy, taxonomy_path
from pipeline.training.topics import topic_model_card
from pipeline.training.topics_heldout import HeadScore, HeldOut, TopicScore, load_heldout, save_heldout

ROOT = Path(__file__).resolve().parents[1]
LABELS = ROOT / "tests" / "data" / "topics_default_labels.csv"
DATA = ROOT.parent / "shared" / "data"
TAX = taxonomy_path("default")


def _heldout(trained_at: str) -> HeldOut:
    head = HeadScore(label="fast head", n=10, top1=0.4, top3=0.7, texts_per_s=900.0,
                     per_topic={"payment_charges": TopicScore(support=6, precision=0.5, recall=0.33)})
    return HeldOut(labels_file="tests/data/x.csv", guide="tests/data/X.md", description="Ten messages.",
                   trained_at=trained_at, n=10, stored_top1=0.3, heads=[head], notes=["one labeller"])


def _meta(trained_at: str) -> dict:
    return {"taxonomy": "default", "trained_at": trained_at, "training_seconds": 1.0, "params": {},
            "cv": {"fast": {"folds": 3, "accuracy": 0.55, "macro_f1": None}}}


def test_card_leads_with_heldout_figures_before_cross_validation(tmp_path):
    save_heldout(tmp_path, _heldout("2026-12-02T03:34:09+00:00"))
    loaded = load_heldout(tmp_path)
    assert loaded is not None and loaded.heads[0].per_topic["payment_charges"].recall == 0.33
    card = topic_model_card(_meta("2026-12-02T03:34:09+00:00"), None, TAX, loaded)
    assert card.index("## Held-out figures") < card.index("## Training") < card.index("## Cross-validated")
    assert "| fast head | 10 | 0.400 | 0.700 | 900 |" in card and "| payment_charges | 6 | 0.50 | 0.33 |" in card
    assert "Stale" not in card and "- one labeller" in card


def test_card_says_when_figures_belong_to_an_earlier_artifact(tmp_path):
    card = topic_model_card(_meta("2026-12-03T00:00:00+00:00"), None, TAX, _heldout("2026-12-02T03:34:09+00:00"))
    assert "**Stale:**" in card and "2026-12-02T03:34:09+00:00" in card
    assert load_heldout(tmp_path) is None
    assert "## Held-out figures" not in topic_model_card(_meta("x"), None, TAX, None)


def test_shipped_card_and_heldout_file_agree():
    out = ROOT / "models" / "topics-default"
    heldout = load_heldout(out)
    assert heldout is not None, "models/topics-default/heldout.json is missing"
    meta = json.loads((out / "metrics.json").read_text(encoding="utf-8"))
    assert heldout.trained_at == meta["trained_at"]  # figures of the shipped artifact, not an older one
    card = (out / "MODEL_CARD.md").read_text(encoding="utf-8")
    assert card.index("## Held-out figures") < card.index("## Cross-validated")
    assert f"| {heldout.heads[0].top1:.3f} |" in card and "/work/" not in card


def test_label_file_is_a_valid_blind_set_for_the_default_taxonomy():
    labels = pd.read_csv(LABELS, dtype=str, keep_default_na=False)
    assert list(labels.columns) == ["source", "id", "topic"] and len(labels) >= 150
    assert not labels.duplicated(["source", "id"]).any()
    assert set(labels["topic"]) <= set(load_taxonomy("default").topics)
    assert set(labels["source"]) == {"sentirueval_ttk", "sentirueval_bank", "banking77_test", "nlupp_banking"}


@pytest.mark.skipif(not (DATA / "banking77_en").exists(), reason="../shared/data is not here")
def test_every_labelled_id_resolves_to_a_real_text():
    import importlib.util

    spec = importlib.util.spec_from_file_location("heldout_bench", ROOT / "bench" / "topics_default_heldout.py")
    assert spec is not None and spec.loader is not None
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    texts, gold, _ = bench.labelled_set(DATA)
    assert len(texts) == len(gold) >= 150 and all(t.strip() for t in texts)
