"""Criteria that learn: a text classifier per scorecard criterion that votes with the rule.

Training data (:class:`LabelledText`: the agent's redacted text, a criterion, pass/fail):

* the hand-labelled real replies (``tests/data/scorecard_real``, **tune + untouched + fresh** splits: the
  fresh2 split stays for evaluation), texts read by id from ``../shared/data``;
* reviewers' verdicts in the warehouse table ``qa_review`` (written by the QA workspace,
  :mod:`pipeline.app.verdicts`, copied by :mod:`pipeline.app.sync`): ``agree`` keeps the automatic
  result, ``disagree`` takes the reviewer's corrected result (pass ↔ fail when none was given); a
  verdict that ends at ``na`` is no label.

One model per criterion with at least ``min_per_class`` examples of both classes: TF-IDF of word
and character n-grams + logistic regression (balanced classes), with cross-validated precision
and recall for the model card. ``servicelens train scorecard`` writes
``models/scorecard_criteria/model.joblib`` and ``MODEL_CARD.md``.

Voting: :func:`register_learned` registers the classifier ``learned`` with the scorecard engine;
a criterion that names ``classifier: learned`` keeps the rule's decision unless the model is more
confident than the rule (``min_confidence``). When the model decides "present", its evidence is the
agent's sentence the model finds most "present" (the sentence that decided); otherwise the rule's
matches stay the evidence.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pipeline.model import Interaction, Speaker
from pipeline.scoring.rule_engine import Match
from pipeline.scoring.scorecard_engine import LEARNED_MODEL_DIR
from pipeline.training.sentence_vote import SENTENCE, SentenceModel

MODEL_DIR_NAME = LEARNED_MODEL_DIR
MODEL_FILE = "model.joblib"
FLIP = {"pass": "fail", "fail": "pass"}
_SENTENCE = SENTENCE  # starts at a non-space: the span is the sentence


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
        return self.probabilities_pass([text])[0]

    def probabilities_pass(self, texts: list[str]) -> list[float]:
        classes = list(self.pipeline.classes_)
        return [float(row[classes.index("pass")]) for row in self.pipeline.predict_proba(texts)]


def real_set_examples(splits: Iterable[str] | str | None = None, replies: dict | None = None) -> list[LabelledText]:
    """The hand labels of the real set's training splits (tune + untouched + fresh; never ``fresh2``,
    which is kept for evaluation), the agent's reply text, scorecard ids."""
    from pipeline.training.real_reply_set import CRITERION_MAP, TRAINING_SPLITS, load_labels, read_replies

    chosen = [splits] if isinstance(splits, str) else list(splits or TRAINING_SPLITS)
    replies = replies if replies is not None else read_replies()
    out = []
    for rec in load_labels(chosen):
        text = replies[rec["id"]].text
        for name, gold in rec["gold"].items():
            if name in CRITERION_MAP and gold in FLIP:
                out.append(LabelledText(text, CRITERION_MAP[name][0], gold, "real_set"))
    return out


def read_verdict_examples(warehouse_url: str | None) -> list[LabelledText]:
    """:func:`verdict_examples` of the warehouse at ``warehouse_url``, opened read-only.

    Raises ``WarehouseError`` when it cannot be opened (no warehouse yet: no verdicts)."""
    from pipeline.warehouse.backend import Warehouse

    wh = Warehouse.connect(warehouse_url, read_only=True)
    try:
        return verdict_examples(wh)
    finally:
        wh.close()


def verdict_examples(warehouse: Any) -> list[LabelledText]:
    """Reviewer verdicts as labels: the agent's turns of the reviewed contact, the corrected result."""
    rows = warehouse.query(
        """
        SELECT r.criterion_id, r.verdict, r.auto_result, r.corrected_result,
               string_agg(t.text, '\n' ORDER BY t.turn_index) AS agent_text
        FROM qa_review r
        JOIN fct_turn t ON t.interaction_id = r.interaction_id AND t.speaker = 'agent'
        WHERE r.auto_result IN ('pass', 'fail') AND r.verdict IN ('agree', 'disagree')
        GROUP BY r.review_id, r.criterion_id, r.verdict, r.auto_result, r.corrected_result
        """
    )
    out = []
    for crit, verdict, auto, corrected, text in rows:
        label = verdict_label(verdict, auto, corrected)
        if text and label is not None:
            out.append(LabelledText(text, crit, label, "qa_review"))
    return out


def verdict_label(verdict: str, auto_result: str, corrected_result: str | None) -> str | None:
    """The label a reviewer's verdict gives: pass / fail, or None (ends at na: no label)."""
    if verdict == "agree":
        return auto_result if auto_result in FLIP else None
    if corrected_result:
        return corrected_result if corrected_result in FLIP else None
    return FLIP.get(auto_result)


def _pipeline(c: float = 10.0) -> Any:
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import FeatureUnion, make_pipeline

    from pipeline.analyse.text_features import mask_identifiers

    # numbers, e-mails and URLs masked and n-grams of two texts at least: the vocabulary holds no appeal
    # number, address or other string of a single real reply
    features = FeatureUnion([
        ("words", TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True, preprocessor=mask_identifiers)),
        ("chars", TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), min_df=2, sublinear_tf=True,
                                  preprocessor=mask_identifiers)),
    ])
    return make_pipeline(features, LogisticRegression(C=c, max_iter=2000, class_weight="balanced"))


def _cross_validated(texts: list[str], labels: list[str], folds: int, c: float = 10.0) -> dict[str, float]:
    from sklearn.metrics import precision_recall_fscore_support
    from sklearn.model_selection import StratifiedKFold, cross_val_predict

    k = min(folds, min(Counter(labels).values()))
    if k < 2:
        return {}
    predicted = cross_val_predict(_pipeline(c), texts, labels, cv=StratifiedKFold(k, shuffle=True, random_state=0))
    p, r, _, _ = precision_recall_fscore_support(labels, predicted, labels=["pass", "fail"], zero_division=0)
    return {"P_pass": float(p[0]), "R_pass": float(r[0]), "P_fail": float(p[1]), "R_fail": float(r[1]), "folds": k}


def train_criteria(examples: Iterable[LabelledText], min_per_class: int = 5, folds: int = 5, c: float = 10.0
                   ) -> tuple[dict[str, CriterionModel], dict[str, Counter]]:
    """One model per criterion with enough examples of both classes; the counts of every criterion.

    ``c``: the inverse regularisation of the logistic regression. The default 10 keeps the
    probabilities of a few dozen short examples decisive enough to outvote a rule's "absent"
    (0.75); with C=1 a model trained on 24 verdicts stays below 0.7 even on clear cases."""
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
        pipe = _pipeline(c).fit(texts, labels)
        models[crit] = CriterionModel(crit, pipe, n["pass"], n["fail"], _cross_validated(texts, labels, folds, c))
    return models, counts


HELDOUT_FILE = "HELDOUT.md"  # held-out figures of the shipped vote (bench/scorecard_learned_eval.py --demo)


def model_card(models: dict[str, CriterionModel], counts: dict[str, Counter],
               sentence_models: dict[str, SentenceModel] | None = None, heldout: str | None = None) -> str:
    lines = ["# Scorecard criteria that learn", ""]
    if heldout:
        lines += [heldout.strip(), ""]
    if sentence_models:
        lines += sentence_card(sentence_models)
    lines += ["## Whole-text classifiers", "",
              "Per-criterion text classifiers (TF-IDF words + characters, logistic regression) that vote with the",
              "rules (`pipeline/training/criteria.py`). Trained on the real set's tuning splits (tune + untouched + fresh) and on",
              "the reviewers' verdicts in `qa_review`; figures are cross-validated on the training examples. A criterion",
              "with a sentence vote above uses that instead.", "",
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
    n_real = sum(v for c in counts.values() for (src, _), v in c.items() if src == "real_set")
    lines[1:1] = ["", f"Trained on **{n_verdicts} reviewer verdicts** (`qa_review`) and {n_real} hand labels of the "
                      "real set."]
    lines += ["", f"Reviewer verdicts used: {n_verdicts}."]
    return "\n".join(lines) + "\n"


def sentence_card(sentence_models: dict[str, SentenceModel]) -> list[str]:
    """The model card's section on the sentence votes (:mod:`pipeline.training.sentence_vote`)."""
    lines = ["## Sentence votes (multiple-instance)", "",
             "One classifier per criterion scores each agent sentence (TF-IDF of words and of characters within",
             "words, logistic regression); a contact fails when its most violating sentence reaches the threshold",
             "(one per language where the card names two), and that sentence is the evidence. The vote only adds",
             "fails to the rule's. Trained on the written sentences (`tests/data/scorecard_written/`), the demo",
             "tuning splits, the real set's training splits and the reviewers' verdicts",
             "(`rules/scorecard_learned.yaml`). Cross-validated figures: leave one batch out on the tuning data",
             "(rule **or** vote, out of fold; the threshold is chosen on them, so they are tuning figures).",
             "", "| criterion | examples (bags) | features | C | threshold | CV P / R fail | CV P / R pass | "
             "rule alone R fail | real false alarms (rule's + vote's) |", "|---|---|---|---|---|---|---|---|---|"]
    for crit, m in sentence_models.items():
        cv = m.cv
        examples = ", ".join(f"{k} {v}" for k, v in sorted(m.counts.items()))
        union, lr = m.pipeline.steps[0][1], m.pipeline.steps[-1][1]
        feats = " + ".join(f"{'chars' if v.analyzer == 'char_wb' else 'words'} {v.ngram_range[0]}–{v.ngram_range[1]}"
                           for _, v in union.transformer_list) + f", {lr.class_weight or 'unweighted'}"
        thresholds = " / ".join(f"{k} {v:g}" for k, v in sorted(m.thresholds.items())) or f"{m.threshold:g}"
        lines.append(f"| {crit} | {examples} | {feats} | {m.c:g} | {thresholds} | {cv['P_fail']:.2f} / "
                     f"{cv['R_fail']:.2f} | {cv['P_pass']:.2f} / {cv['R_pass']:.2f} | {cv['rule_R_fail']:.2f} | "
                     f"{cv['real_false_alarms'] - cv.get('real_added', 0):.0f} + {cv.get('real_added', 0):.0f} of "
                     f"{cv['real_pass']:.0f} |")
    n_verdicts = sum(v for m in sentence_models.values() for k, v in m.counts.items() if k.startswith("qa_review"))
    return lines + ["", f"Reviewer verdicts in the sentence votes: {n_verdicts}.", ""]


def write_models(models: dict[str, CriterionModel], counts: dict[str, Counter], out_dir: Path,
                 sentence_models: dict[str, SentenceModel] | None = None) -> Path:
    import joblib

    out_dir.mkdir(parents=True, exist_ok=True)
    merged: dict[str, CriterionModel | SentenceModel] = {**models, **(sentence_models or {})}
    joblib.dump(merged, out_dir / MODEL_FILE)
    heldout_path = out_dir / HELDOUT_FILE
    heldout = heldout_path.read_text(encoding="utf-8") if heldout_path.is_file() else None
    (out_dir / "MODEL_CARD.md").write_text(model_card(models, counts, sentence_models, heldout), encoding="utf-8")
    return out_dir / MODEL_FILE


class LearnedVoter:
    """The ``learned`` classifier of the scorecard engine: (result, confidence) or None."""

    def __init__(self, models: dict[str, CriterionModel | SentenceModel], min_confidence: float = 0.9) -> None:
        self.models = models
        self.min_confidence = min_confidence

    def __call__(self, interaction: Interaction, criterion: Any) -> tuple[str, float, Match | None] | None:
        model = self.models.get(criterion.id)
        turns = [t for t in interaction.turns_by(Speaker.AGENT) if t.text]
        text = "\n".join(t.text for t in turns)
        if model is None or not text:
            return None
        if isinstance(model, SentenceModel):
            return sentence_vote(model, turns, interaction.language, getattr(criterion, "vote_threshold", None))
        p = model.probability_pass(text)
        result, confidence = ("pass", p) if p >= 0.5 else ("fail", 1.0 - p)
        if confidence < self.min_confidence:
            return None
        return result, round(confidence, 3), deciding_sentence(model, turns) if result == "pass" else None


def sentence_vote(model: SentenceModel, turns: list[Any], language: str | None = None,
                  floor: float | None = None) -> tuple[str, float, Match | None] | None:
    """A sentence model's vote: fail, with the most violating agent sentence as evidence, when that
    sentence reaches the model's threshold (or ``floor``, the criterion's ``vote_threshold``, when that is
    higher); otherwise no vote (the rule decides)."""
    spans = [(t.index, m.start(), m.end(), m.group()) for t in turns for m in _SENTENCE.finditer(t.text)]
    worst = model.worst([s[3] for s in spans])
    if worst is None or worst[1] < max(model.threshold_for(language), floor or 0.0):
        return None
    turn_index, start, end, sentence = spans[worst[0]]
    score = round(worst[1], 3)
    return "fail", score, Match(turn_index, start, end, sentence, f"learned:{model.criterion}", score)


def deciding_sentence(model: CriterionModel, turns: list[Any]) -> Match | None:
    """The agent's sentence the model finds most "present": the evidence of a learned pass."""
    spans = [(t.index, m.start(), m.end(), m.group()) for t in turns for m in _SENTENCE.finditer(t.text)]
    if not spans:
        return None
    scores = model.probabilities_pass([s[3] for s in spans])
    best = max(range(len(spans)), key=scores.__getitem__)
    turn_index, start, end, sentence = spans[best]
    return Match(turn_index, start, end, sentence, f"learned:{model.criterion}", round(scores[best], 3))


def learned_model_path(models_dir: str | Path | None = None) -> Path:
    """Where ``train scorecard`` writes the learned criteria (the project's ``models/`` by default)."""
    from pipeline.config import DEFAULT_MODELS_DIR

    return Path(models_dir or DEFAULT_MODELS_DIR) / MODEL_DIR_NAME / MODEL_FILE


def register_learned(models_dir: str | Path | None = None, min_confidence: float = 0.9) -> bool:
    """Register ``learned`` with the scorecard engine when a trained model exists."""
    import joblib

    from pipeline.runtime.rules_cache import built_for
    from pipeline.scoring.scorecard_engine import register_classifier

    path = learned_model_path(models_dir)
    if not path.is_file():
        return False
    # one load per trained file (the process-wide cache, keyed on the model folder's files): every scorecard
    # engine built after shares it
    voter = built_for(f"learned_voter:{min_confidence:g}", lambda: LearnedVoter(joblib.load(path), min_confidence),
                      path.parent)
    register_classifier("learned", voter)
    return True
