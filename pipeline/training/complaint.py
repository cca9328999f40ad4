"""Training the complaint model (``servicelens train complaint``): TF-IDF + logistic regression.

Data (never the ``report`` part of ``tests/data/complaint_labels.csv``):

* the ``tune`` part of the hand labels (``pipeline.training.complaint_set``);
* weak labels, each from a source's own annotation, never from our detector:
  - BANKING77 **train** (the labelled sample is drawn from its test file): intents that are problem
    reports by name → complaint, how-to / information / own-mishap intents → not, mixed intents
    (fees, pending, card arrival) left out — :data:`BANKING77_COMPLAINT`, :data:`BANKING77_NOT`;
  - SPb city appeals not in the labelled sample → complaint (the portal takes problem reports only;
    the hand labels found 145 of 150 to be complaints);
  - SentiRuEval tweets labelled neutral or positive, not in the labelled sample → not (news,
    adverts, thanks; negative tweets mix complaints and news and are left out);
  - TweetEval train tweets not in the labelled sample → not (public tweets are not contacts).

The model is a scikit-learn pipeline (word 1–2-grams + character 2–5-grams, logistic regression)
with ``predict_proba``; the analysis stage adds ``model_weight × P(complaint)`` to the complaint
evidence (:mod:`pipeline.analyse.complaint`). ``complaint_definition_`` on the pipeline records the
definition its labels follow: a deployment with another definition does not use it.
"""

from __future__ import annotations

import json
import random
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from pipeline.training.complaint_set import DATA_DIR, LABELS_PATH, Labelled, load_labelled, source_rows

DEFINITION = "dissatisfaction_or_problem"
SEED = 2611

BANKING77_COMPLAINT = frozenset({
    "card_not_working", "contactless_not_working", "virtual_card_not_working", "wrong_amount_of_cash_received",
    "card_payment_not_recognised", "direct_debit_payment_not_recognised", "cash_withdrawal_not_recognised",
    "declined_cash_withdrawal", "declined_transfer", "declined_card_payment", "Refund_not_showing_up",
    "card_swallowed", "transaction_charged_twice", "failed_transfer", "top_up_failed", "top_up_reverted",
    "reverted_card_payment?", "balance_not_updated_after_bank_transfer",
    "balance_not_updated_after_cheque_or_cash_deposit", "transfer_not_received_by_recipient",
    "extra_charge_on_statement", "card_payment_wrong_exchange_rate", "wrong_exchange_rate_for_cash_withdrawal",
    "unable_to_verify_identity", "pin_blocked",
})
BANKING77_NOT = frozenset({
    "card_linking", "exchange_rate", "fiat_currency_support", "card_delivery_estimate", "automatic_top_up",
    "exchange_via_app", "lost_or_stolen_card", "age_limit", "top_up_limits", "supported_cards_and_currencies",
    "getting_virtual_card", "card_acceptance", "edit_personal_details", "why_verify_identity", "get_physical_card",
    "visa_or_mastercard", "topping_up_by_card", "disposable_card_limits", "atm_support", "passcode_forgotten",
    "lost_or_stolen_phone", "terminate_account", "verify_source_of_funds", "transfer_timing", "change_pin",
    "receiving_money", "transfer_into_account", "verify_top_up", "getting_spare_card", "top_up_by_cash_or_cheque",
    "order_physical_card", "get_disposable_virtual_card", "activate_my_card", "card_about_to_expire",
    "apple_pay_or_google_pay", "verify_my_identity", "country_support", "cancel_transfer",
})


@dataclass(frozen=True)
class WeakSizes:
    """How many weakly labelled texts of each origin join the tune part (a fixed draw)."""

    banking77: int = 3000
    spb: int = 1500
    sentirueval: int = 1500
    tweeteval: int = 800


@dataclass(frozen=True)
class Example:
    text: str
    label: int
    origin: str  # "hand" or the weak source
    id: str = ""  # the id in its source file


def weak_examples(exclude: set[tuple[str, str]], sizes: WeakSizes = WeakSizes(),
                  data_dir: Path = DATA_DIR) -> list[Example]:
    """Weakly labelled texts (see the module docstring); ``exclude`` holds the labelled ``(source, id)``."""
    import csv

    rng = random.Random(SEED)
    out: list[Example] = []
    with (data_dir / "banking77_en" / "train.csv").open(encoding="utf-8", newline="") as f:
        b77 = [(r["id"], r["text"], 1 if r["category"] in BANKING77_COMPLAINT else 0) for r in csv.DictReader(f)
               if r["category"] in BANKING77_COMPLAINT | BANKING77_NOT]
    out += [Example(t, y, "banking77-train", i) for i, t, y in rng.sample(b77, min(sizes.banking77, len(b77)))]
    spb = [(i, t) for i, t, _ in source_rows("spb", data_dir) if ("spb", i) not in exclude]
    out += [Example(t, 1, "spb-appeals", i) for i, t in rng.sample(spb, min(sizes.spb, len(spb)))]
    senti = [(i, t) for i, t, lab in source_rows("sentirueval", data_dir)
             if lab in ("neutral", "positive") and ("sentirueval", i) not in exclude]
    out += [Example(t, 0, "sentirueval-neutral-positive", i) for i, t in rng.sample(senti, min(sizes.sentirueval, len(senti)))]
    tweets = [(i, t) for i, t, _ in source_rows("tweeteval", data_dir) if ("tweeteval", i) not in exclude]
    out += [Example(t, 0, "tweeteval", i) for i, t in rng.sample(tweets, min(sizes.tweeteval, len(tweets)))]
    return out


def build_pipeline(C: float = 2.0):
    """TF-IDF (words + character n-grams of the text with identifiers masked) → balanced logistic regression."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import FeatureUnion, Pipeline

    from pipeline.analyse.text_features import mask_identifiers

    features = FeatureUnion([  # numbers, e-mails and URLs masked: no appeal's number or address is a feature
        ("words", TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True, max_features=60000,
                                  preprocessor=mask_identifiers)),
        ("chars", TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), min_df=2, sublinear_tf=True,
                                  max_features=120000, preprocessor=mask_identifiers)),
    ])
    return Pipeline([("features", features),
                     ("clf", LogisticRegression(C=C, class_weight="balanced", max_iter=2000))])


def _fit(examples: list[Example], hand_weight: float, C: float):
    model = build_pipeline(C)
    weights = np.array([hand_weight if e.origin == "hand" else 1.0 for e in examples])
    model.fit([e.text for e in examples], [e.label for e in examples], clf__sample_weight=weights)
    model.complaint_definition_ = DEFINITION
    return model


def out_of_fold(tune: list[Labelled], weak: list[Example], folds: int, hand_weight: float, C: float) -> list[float]:
    """P(complaint) of every tune message from a model that never saw it (stratified by source)."""
    from sklearn.model_selection import StratifiedKFold

    strata = [f"{it.source}:{it.label}" for it in tune]
    # strata too small for the folds fall back to the source
    counts = {s: strata.count(s) for s in strata}
    strata = [s if counts[s] >= folds else s.split(":")[0] for s in strata]
    proba = [0.0] * len(tune)
    for train_idx, test_idx in StratifiedKFold(folds, shuffle=True, random_state=SEED).split(tune, strata):
        hand = [Example(tune[i].text, tune[i].label, "hand") for i in train_idx]
        model = _fit(hand + weak, hand_weight, C)
        for i, p in zip(test_idx, model.predict_proba([tune[i].text for i in test_idx])[:, 1]):
            proba[i] = float(p)
    return proba


def train_complaint(models_dir: str | Path | None = None, labels: Path = LABELS_PATH, data_dir: Path = DATA_DIR,
                    folds: int = 5, hand_weight: float = 5.0, C: float = 2.0, sizes: WeakSizes = WeakSizes()) -> dict:
    """Train on the tune part + weak labels, write ``model.joblib`` and ``metrics.json``; returns the metrics
    (the tune out-of-fold probabilities included, for :func:`pipeline.training.complaint_card`)."""
    import joblib

    from pipeline.config import DEFAULT_MODELS_DIR

    started = time.time()
    all_items = load_labelled("all", labels, data_dir)
    tune = [it for it in all_items if it.split == "tune"]
    weak = weak_examples({(it.source, it.id) for it in all_items}, sizes, data_dir)
    oof = out_of_fold(tune, weak, folds, hand_weight, C) if folds >= 2 else []
    model = _fit([Example(it.text, it.label, "hand") for it in tune] + weak, hand_weight, C)
    out_dir = Path(models_dir or DEFAULT_MODELS_DIR) / "complaint"
    out_dir.mkdir(parents=True, exist_ok=True)
    joblib.dump(model, out_dir / "model.joblib", compress=3)
    origins: dict[str, dict[str, int]] = {}
    for e in weak:
        origins.setdefault(e.origin, {"complaint": 0, "not": 0})["complaint" if e.label else "not"] += 1
    meta = {
        "definition": DEFINITION, "C": C, "hand_weight": hand_weight, "folds": folds, "seed": SEED,
        "tune_messages": len(tune), "tune_complaints": sum(it.label for it in tune), "weak": origins,
        "labels_file": str(Path(labels).relative_to(Path(labels).parents[2])) if len(Path(labels).parents) > 2 else str(labels),
        "training_seconds": round(time.time() - started, 1),
        "tune_oof": [{"source": it.source, "id": it.id, "label": it.label, "p": round(p, 4)} for it, p in zip(tune, oof)],
    }
    (out_dir / "metrics.json").write_text(json.dumps(meta, ensure_ascii=False, indent=1), encoding="utf-8")
    return meta
