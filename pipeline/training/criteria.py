"""Criteria that learn: a text classifier per scorecard criterion that votes with the rule.

Training data (:class:`LabelledText`: the agent's redacted text, a criterion, pass/fail):

* the hand-labelled real replies (``tests/data/scorecard_real``, **tune** split only: the
  untouched third stays for evaluation), texts read by id from ``../shared/data``;
* reviewers' verdicts in the warehouse table ``qa_review``: ``agree`` keeps the automatic result,
  ``disagree`` flips it (pass ↔ fail); ``na`` results are skipped.

One model per criterion with at least ``min_per_class`` examples of both classes: TF-IDF of word
and character n-grams + logistic regression (balanced classes), with cross-validated precision
and recall for the model card. ``servicelens train scorecard`` writes
``models/scorecard_criteria/model.joblib`` and ``MODEL_CARD.md``.

Voting: :func:`register_learned` registers the classifier ``learned`` with the scorecard engine;
a criterion that names ``classifier: learned`` keeps the rule's decision unless the model is more
confident than the rule (``min_confidence``), and the evidence stays the rule's matched sentence.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pipeline.model import Interaction, Speaker

MODEL_DIR_NAME = "scorecard_criteria"
MODEL_FILE = "model.joblib"
FLIP = {"pass": "fail", "fail": "pass"}


@dataclass(frozen=True, slots=True)
class LabelledText:
    text: str
    criterion: str
    label: str  # pass | fail
    source: str  # real_set | qa_review


@dataclass
class CriterionModel:
    criterion: str
    pipeline: Any
    n_pass: int
    n_fail: int
    cv: dict[str, float] = field(default_factory=dict)  # precision/recall per class, cross-validated

    def probability_pass(self, text: str) -> float:
        proba = self.pipeline.predict_proba([text])[0]
        classes = list(self.pipeline.classes_)
        return float(proba[classes.index("pass")])


def real_set_examples(split: str = "tune", replies: dict | None = None) -> list[LabelledText]:
    """The hand labels of one split of the real set (the agent's reply text), scorecard ids."""
    from pipeline.training.real_reply_set import CRITERION_MAP, load_labels, read_replies

    replies = replies if replies is not None else read_replies()
    out = []
    for rec in load_labels([split]):
        text = replies[rec["id"]].text
        for name, gold in rec["gold"].items():
            if name in CRITERION_MAP and gold in FLIP:
                out.append(LabelledText(text, CRITERION_MAP[name][0], gold, "real_set"))
    return out


def verdict_examples(warehouse: Any) -> list[LabelledText]:
    """Reviewer verdicts as labels: the agent's turns of the reviewed contact, the corrected result."""
    rows = warehouse.query(
        """
        SELECT r.criterion_id, r.verdict, r.auto_result,
               string_agg(t.text, '\n' ORDER BY t.turn_index) AS agent_text
        FROM qa_review r
        JOIN fct_turn t ON t.interaction_id = r.interaction_id AND t.speaker = 'agent'
        WHERE r.auto_result IN ('pass', 'fail') AND r.verdict IN ('agree', 'disagree')
        GROUP BY r.review_id, r.criterion_id, r.verdict, r.auto_result
        """
    )
    return [LabelledText(text or "", crit, auto if verdict == "agree" else FLIP[auto], "qa_review")
            for crit, verdict, auto, text in rows if text]


def _pipeline() -> Any:
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import FeatureUnion, make_pipeline

    features = FeatureUnion([
        ("words", TfidfVectorizer(ngram_range=(1, 2), min_df=1, sublinear_tf=True)),
        ("chars", TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), min_df=2, sublinear_tf=True)),
    ])
    return make_pipeline(features, LogisticRegression(max_iter=2000, class_weight="balanced"))


def _cross_validated(texts: list[str], labels: list[str], folds: int) -> dict[str, float]:
    from sklearn.metrics import precision_recall_fscore_support
    from sklearn.model_selection import StratifiedKFold, cross_val_predict

    k = min(folds, min(Counter(labels).values()))
    if k < 2:
        return {}
    predicted = cross_val_predict(_pipeline(), texts, labels, cv=StratifiedKFold(k, shuffle=True, random_state=0))
    p, r, _, _ = precision_recall_fscore_support(labels, predicted, labels=["pass", "fail"], zero_division=0)
    return {"P_pass": float(p[0]), "R_pass": float(r[0]), "P_fail": float(p[1]), "R_fail": float(r[1]), "folds": k}


def train_criteria(examples: Iterable[LabelledText], min_per_class: int = 5, folds: int = 5
                   ) -> tuple[dict[str, CriterionModel], dict[str, Counter]]:
    """One model per criterion with enough examples of both classes; the counts of every criterion."""
    by_criterion: dict[str, list[LabelledText]] = {}
    for ex in examples:
        by_criterion.setdefault(ex.criterion, []).append(ex)
    models: dict[str, CriterionModel] = {}
    counts: dict[str, Counter] = {}
    for crit, items in sorted(by_criterion.items()):
        labels = [ex.label for ex in items]
        counts[crit] = Counter((ex.source, ex.label) for ex in items)
        n = Counter(labels)
        if n["pass"] < min_per_class or n["fail"] < min_per_class:
            continue
        texts = [ex.text for ex in items]
        pipe = _pipeline().fit(texts, labels)
        models[crit] = CriterionModel(crit, pipe, n["pass"], n["fail"], _cross_validated(texts, labels, folds))
    return models, counts


def model_card(models: dict[str, CriterionModel], counts: dict[str, Counter]) -> str:
    lines = ["# Scorecard criteria that learn", "",
             "Per-criterion text classifiers (TF-IDF words + characters, logistic regression) that vote with the",
             "rules (`pipeline/training/criteria.py`). Trained on the real set's tune split and on the",
             "reviewers' verdicts in `qa_review`; figures are cross-validated on the training examples.", "",
             "| criterion | real-set pass / fail | verdicts pass / fail | model | CV P / R pass | CV P / R fail |",
             "|---|---|---|---|---|---|"]
    for crit, c in counts.items():
        m = models.get(crit)
        cv = m.cv if m else {}
        fmt = (lambda a, b, cv=cv: f"{cv[a]:.2f} / {cv[b]:.2f}" if cv else "–")
        lines.append(f"| {crit} | {c[('real_set', 'pass')]} / {c[('real_set', 'fail')]} | "
                     f"{c[('qa_review', 'pass')]} / {c[('qa_review', 'fail')]} | "
                     f"{'trained' if m else 'too few of one class'} | {fmt('P_pass', 'R_pass')} | "
                     f"{fmt('P_fail', 'R_fail')} |")
    n_verdicts = sum(v for c in counts.values() for (src, _), v in c.items() if src == "qa_review")
    lines += ["", f"Reviewer verdicts used: {n_verdicts}."]
    return "\n".join(lines) + "\n"


def write_models(models: dict[str, CriterionModel], counts: dict[str, Counter], out_dir: Path) -> Path:
    import joblib

    out_dir.mkdir(parents=True, exist_ok=True)
    joblib.dump(models, out_dir / MODEL_FILE)
    (out_dir / "MODEL_CARD.md").write_text(model_card(models, counts), encoding="utf-8")
    return out_dir / MODEL_FILE


class LearnedVoter:
    """The ``learned`` classifier of the scorecard engine: (result, confidence) or None."""

    def __init__(self, models: dict[str, CriterionModel], min_confidence: float = 0.9) -> None:
        self.models = models
        self.min_confidence = min_confidence

    def __call__(self, interaction: Interaction, criterion: Any) -> tuple[str, float] | None:
        model = self.models.get(criterion.id)
        text = "\n".join(t.text for t in interaction.turns_by(Speaker.AGENT) if t.text)
        if model is None or not text:
            return None
        p = model.probability_pass(text)
        result, confidence = ("pass", p) if p >= 0.5 else ("fail", 1.0 - p)
        return (result, round(confidence, 3)) if confidence >= self.min_confidence else None


def register_learned(models_dir: str | Path | None = None, min_confidence: float = 0.9) -> bool:
    """Register ``learned`` with the scorecard engine when a trained model exists."""
    import joblib

    from pipeline.scoring.scorecard_engine import register_classifier
    from pipeline.config import DEFAULT_MODELS_DIR

    path = Path(models_dir or DEFAULT_MODELS_DIR) / MODEL_DIR_NAME / MODEL_FILE
    if not path.is_file():
        return False
    register_classifier("learned", LearnedVoter(joblib.load(path), min_confidence))
    return True
