"""Criteria that learn from sentences: a multiple-instance vote for the forbidden-behaviour criteria.

``no_rudeness`` and ``no_blame_shifting`` fail when **some** agent sentence is rude / shifts the blame;
the labels say which contacts fail, not which sentence. So each contact is a *bag* of agent sentences
(multiple-instance learning) and one classifier per criterion scores single sentences:

* negatives: every agent sentence of a contact labelled ``pass``, and the written polite near-misses;
* positives: the written rude / blame-shifting sentences (``tests/data/scorecard_written``), and in
  each contact labelled ``fail`` the sentence the current model finds most violating (``rounds``
  times: train, re-pick, retrain);
* features: TF-IDF of words (1–2) and characters (2–5, within words; numbers, e-mails and URLs masked,
  n-grams of at least two sentences) + logistic regression with
  balanced classes (sentence encoders were tried: lower recall at the same precision, and
  ~50 sentences/s would make the night much slower — ``docs`` of the model card).

A contact's score is its most violating sentence; it fails when that score reaches the criterion's
threshold (one per language with ``per_language``), which :func:`train_sentence_model` chooses by
leave-one-batch-out cross-validation on the tuning data only (each demo split and each real split is
one fold; the written sentences and the reviewers' verdicts are always training data): the threshold with the highest fail recall of the
rule **or** vote whose fail precision and pass precision stay ≥ ``min_precision`` and whose vote adds
at most ``max_false_alarms`` false alarms on the real replies. The vote only adds fails: a contact
the rule fails stays failed, a contact below the threshold keeps the rule's decision. Settings:
``rules/scorecard_learned.yaml``.

At scoring time :class:`LinearScorer` reads the fitted pipeline as a vocabulary index and arrays (the same
probabilities as ``predict_proba``, about a millisecond per contact for both criteria instead of 4–6).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import chain, repeat
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from pipeline.config import PROJECT_ROOT, load_rules

SETTINGS_FILE = "scorecard_learned.yaml"
SENTENCE = re.compile(r"[^.!?\s][^.!?\n]*[.!?]*")  # starts at a non-space: the span is the sentence
UNLABELLED_FOLD = "real:unlabelled"  # a real fold: its passes count in the false-alarm bar of the threshold


class SentenceCriterionSettings(BaseModel):
    model_config = ConfigDict(extra="forbid")
    C: float = Field(default=3.0, gt=0)
    class_weight: Literal["balanced", "none"] = "balanced"


class UnlabelledRealSettings(BaseModel):
    """Real replies no split labels, taken as passes of ``criteria`` (an official reply is never rude: none of
    the labelled ones is): the first ``size`` of them in ``sha1(salt:id)`` order, one per template."""

    model_config = ConfigDict(extra="forbid")
    criteria: list[str] = Field(default_factory=list)
    size: int = Field(default=800, ge=0)
    salt: str = "vote-negatives"


class SentenceVoteSettings(BaseModel):
    """``rules/scorecard_learned.yaml``."""

    model_config = ConfigDict(extra="forbid")
    sentence_criteria: dict[str, SentenceCriterionSettings] = Field(default_factory=dict)
    written: list[str] = Field(default_factory=lambda: ["tests/data/scorecard_written/sentences.jsonl"])
    demo_splits: list[str] = Field(default_factory=lambda: ["dev", "heldout", "blind", "blind2", "blind3"])
    word_ngrams: tuple[int, int] = (1, 2)
    char_ngrams: tuple[int, int] = (2, 5)
    # a threshold per language (ru, en), each chosen like the shared one on its own language's folds
    per_language: bool = False
    rounds: int = Field(default=2, ge=0)
    thresholds: list[float] = Field(default_factory=lambda: [0.8, 0.85, 0.9, 0.93, 0.95, 0.97])
    min_precision: float = Field(default=0.9, ge=0, le=1)
    max_false_alarms: float = Field(default=0.01, ge=0, le=1)
    unlabelled_real: UnlabelledRealSettings = Field(default_factory=UnlabelledRealSettings)

    @field_validator("written", mode="before")
    @classmethod
    def _one_or_more(cls, value: Any) -> Any:
        return [value] if isinstance(value, str) else value

    def written_paths(self) -> list[Path]:
        return [p if p.is_absolute() else PROJECT_ROOT / p for p in map(Path, self.written)]


def load_settings(rules_dir: str | Path | None = None) -> SentenceVoteSettings:
    return load_rules(rules_dir, SETTINGS_FILE, SentenceVoteSettings)


def sentences(text: str) -> list[str]:
    """The sentences of one text (a call turn without punctuation is one sentence)."""
    return [m.group() for m in SENTENCE.finditer(text or "")]


@dataclass(frozen=True, slots=True)
class Bag:
    """The agent sentences of one labelled contact (or one written sentence)."""

    sentences: tuple[str, ...]
    label: str  # pass | fail
    fold: str  # cross-validation group: a demo split, a real split, "written", "qa_review"
    rule: str | None = None  # the rule's own decision, when known (for the rule-or-vote figures)
    known: bool = False  # a written sentence: the instance label itself, not a bag's
    language: str | None = None  # ru | en


@dataclass(frozen=True, slots=True)
class Features:
    """How sentences become features: TF-IDF of words and of characters within words."""

    word_ngrams: tuple[int, int] = (1, 2)
    char_ngrams: tuple[int, int] = (2, 5)
    class_weight: str | None = "balanced"

    @classmethod
    def of(cls, settings: SentenceVoteSettings, criterion: str) -> Features:
        weight = settings.sentence_criteria[criterion].class_weight if criterion in settings.sentence_criteria \
            else "balanced"
        return cls(tuple(settings.word_ngrams), tuple(settings.char_ngrams),  # type: ignore[arg-type]
                   None if weight == "none" else weight)


class LinearScorer:
    """A fitted TF-IDF (words + characters) + logistic regression pipeline as a vocabulary index and a few
    arrays: the same probabilities as ``predict_proba`` without building sparse matrices (~10x cheaper on a
    contact's handful of sentences). All sentences of a call are scored in one pass; the n-grams of a
    sentence are cached (:func:`_analysed`), so the second criterion scoring the same agent sentences only
    looks its vocabulary up."""

    def __init__(self, pipeline: Any) -> None:
        import numpy as np

        union, lr = pipeline.steps[0][1], pipeline.steps[-1][1]
        coef = lr.coef_[0]
        self.intercept = float(lr.intercept_[0])
        self.sign = 1.0 if list(lr.classes_).index(1) == 1 else -1.0
        self.blocks: list[tuple[tuple, dict[str, int], Any, Any]] = []
        offset = 0
        for _, vec in union.transformer_list:
            vocab, idf = vec.vocabulary_, np.asarray(vec.idf_, dtype=float)
            # the fitted vectoriser's own analyser, shared by every block that analyses text the same way
            key = (vec.analyzer, tuple(vec.ngram_range), vec.lowercase, vec.token_pattern, vec.preprocessor)
            _ANALYSERS.setdefault(key, vec.build_analyzer())
            # per n-gram index: idf and idf * coefficient
            self.blocks.append((key, dict(vocab), idf, idf * coef[offset:offset + len(vocab)]))
            offset += len(vocab)

    def probabilities(self, texts: Sequence[str]) -> list[float]:
        import numpy as np

        n = len(texts)
        if not n:
            return []
        z = np.full(n, self.intercept)
        for key, index, idf, weight in self.blocks:
            rows = [_analysed(key, t) for t in texts]
            grams = chain.from_iterable(r[0] for r in rows)
            ids = np.fromiter(map(index.get, grams, repeat(-1)), dtype=np.int64)
            if not len(ids):
                continue
            tf = np.concatenate([r[1] for r in rows])
            owner = np.repeat(np.arange(n), [len(r[0]) for r in rows])
            keep = ids >= 0
            ids, tf, owner = ids[keep], tf[keep], owner[keep]
            x = tf * idf[ids]
            norm = np.bincount(owner, weights=x * x, minlength=n)
            dot = np.bincount(owner, weights=tf * weight[ids], minlength=n)
            z += np.divide(dot, np.sqrt(norm), out=np.zeros(n), where=norm > 0)
        return [float(p) for p in 1.0 / (1.0 + np.exp(-np.clip(self.sign * z, -500, 500)))]


@lru_cache(maxsize=2048)
def _analysed(key: tuple, text: str) -> tuple[tuple[str, ...], Any]:
    """The n-grams of one sentence for one feature block and their sublinear term frequencies
    ``1 + log(count)`` (cached: both criteria read them)."""
    import numpy as np

    counts = Counter(_ANALYSERS[key](text))
    return tuple(counts), 1.0 + np.log(np.fromiter(counts.values(), dtype=float, count=len(counts)))


# analysis settings -> the fitted vectoriser's analyser (registered by LinearScorer)
_ANALYSERS: dict[tuple, Any] = {}


@dataclass
class SentenceModel:
    """One criterion's sentence classifier and the threshold a contact fails at."""

    criterion: str
    pipeline: Any
    threshold: float
    c: float
    counts: dict[str, int] = field(default_factory=dict)  # bags per source and label
    cv: dict[str, float] = field(default_factory=dict)  # rule-or-vote figures out of fold
    thresholds: dict[str, float] = field(default_factory=dict)  # per language, when chosen so
    scorer: LinearScorer | None = None  # built from the pipeline on first use (not pickled)

    def __getstate__(self) -> dict[str, Any]:  # the scorer is rebuilt from the pipeline on first use
        return {**self.__dict__, "scorer": None}

    def __setstate__(self, state: dict[str, Any]) -> None:  # models pickled before the per-language fields
        self.__dict__.update({"thresholds": {}, **state, "scorer": None})

    def threshold_for(self, language: str | None) -> float:
        return self.thresholds.get((language or "")[:2].lower(), self.threshold)

    def probabilities(self, texts: Sequence[str]) -> list[float]:
        if not texts:
            return []
        if self.scorer is None:
            self.scorer = LinearScorer(self.pipeline)
        return self.scorer.probabilities(texts)

    def worst(self, texts: Sequence[str]) -> tuple[int, float] | None:
        """The index and score of the most violating sentence (None without sentences)."""
        scores = self.probabilities(texts)
        if not scores:
            return None
        best = max(range(len(scores)), key=scores.__getitem__)
        return best, scores[best]


def _pipeline(c: float, features: Features = Features()) -> Any:
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import FeatureUnion, make_pipeline

    from pipeline.analyse.text_features import mask_identifiers

    union = FeatureUnion([  # numbers, e-mails and URLs masked: none of the real replies' becomes a feature
        ("words", TfidfVectorizer(ngram_range=features.word_ngrams, min_df=2, sublinear_tf=True,
                                  preprocessor=mask_identifiers)),
        ("chars", TfidfVectorizer(analyzer="char_wb", ngram_range=features.char_ngrams, min_df=2,
                                  sublinear_tf=True, preprocessor=mask_identifiers)),
    ])
    return make_pipeline(union, LogisticRegression(C=c, max_iter=3000, class_weight=features.class_weight))


def _positive(model: Any, texts: list[str]) -> Any:
    return model.predict_proba(texts)[:, list(model.classes_).index(1)]


def fit_sentences(bags: Iterable[Bag], c: float, rounds: int, features: Features = Features()) -> Any:
    """The multiple-instance fit: known sentences + pass bags, then the worst sentence of each fail bag."""
    fixed: list[tuple[str, int]] = []
    fail_bags: list[tuple[str, ...]] = []
    for bag in bags:
        if bag.known:
            fixed += [(s, int(bag.label == "fail")) for s in bag.sentences]
        elif bag.label == "pass":
            fixed += [(s, 0) for s in bag.sentences]
        elif bag.sentences:
            fail_bags.append(bag.sentences)
    texts, labels = [t for t, _ in fixed], [y for _, y in fixed]
    if len(set(labels)) < 2:
        raise ValueError("need both violating and clean sentences to train")
    model = _pipeline(c, features).fit(texts, labels)
    for _ in range(rounds):
        flat = [s for sents in fail_bags for s in sents]
        probs: list[float] = list(_positive(model, flat)) if flat else []
        picks, pos = [], 0
        for sents in fail_bags:
            part = probs[pos:pos + len(sents)]
            picks.append(sents[max(range(len(part)), key=part.__getitem__)])
            pos += len(sents)
        model = _pipeline(c, features).fit(texts + picks, labels + [1] * len(picks))
    return model


Row = tuple  # (gold, rule decision, score[, language])


def _counts(rows: Sequence[Row], threshold: float | dict[str, float]) -> Counter:
    """(gold, predicted) counts of the rule-or-vote decision at ``threshold`` (one, or one per language)."""
    out: Counter = Counter()
    for row in rows:
        gold, rule, score = row[0], row[1], row[2]
        t = threshold if isinstance(threshold, float | int) else threshold.get(row[3] if len(row) > 3 else "", 2.0)
        out[(gold, "fail" if rule == "fail" or score >= t else "pass")] += 1
    return out


def precision_recall(counts: Counter, cls: str) -> tuple[float | None, float | None]:
    other = "pass" if cls == "fail" else "fail"
    tp, fp, fn = counts[(cls, cls)], counts[(other, cls)], counts[(cls, other)]
    return (tp / (tp + fp) if tp + fp else None, tp / (tp + fn) if tp + fn else None)


def out_of_fold(bags: list[Bag], c: float, rounds: int, features: Features = Features()) -> dict[int, float]:
    """Each evaluable bag's score from a model that did not see its fold."""
    folds = sorted({b.fold for b in bags if not b.known and b.fold not in ("written", "qa_review")})
    scores: dict[int, float] = {}
    for fold in folds:
        model = fit_sentences([b for b in bags if b.fold != fold], c, rounds, features)
        held = [(i, b) for i, b in enumerate(bags) if b.fold == fold and b.sentences]
        flat = [s for _, b in held for s in b.sentences]
        probs = _positive(model, flat) if flat else []
        pos = 0
        for i, b in held:
            scores[i] = float(max(probs[pos:pos + len(b.sentences)]))
            pos += len(b.sentences)
    return scores


def _pick(demo: Sequence[Row], real: Sequence[Row], settings: SentenceVoteSettings) -> float | None:
    real_pass = [r for r in real if r[0] == "pass"]
    best: tuple[float, float] | None = None
    for t in sorted(settings.thresholds):
        counts = _counts(demo, t)
        p_fail, r_fail = precision_recall(counts, "fail")
        p_pass, _ = precision_recall(counts, "pass")
        added = sum(1 for r in real_pass if r[1] != "fail" and r[2] >= t)
        if (p_fail or 0) < settings.min_precision or (p_pass or 0) < settings.min_precision:
            continue
        if real_pass and added / len(real_pass) > settings.max_false_alarms:
            continue
        if best is None or (r_fail or 0) >= best[1]:
            best = (t, r_fail or 0)
    return best[0] if best else None


def choose_threshold(demo: Sequence[Row], real: Sequence[Row],
                     settings: SentenceVoteSettings) -> tuple[float, dict[str, float]]:
    """The threshold of the highest out-of-fold fail recall that keeps both precisions ≥ ``min_precision``
    on the demo folds and the vote's own false alarms on real pass replies ≤ ``max_false_alarms``
    (ties: the higher threshold). Falls back to the highest threshold when none qualifies."""
    picked = _pick(demo, real, settings)
    threshold = picked if picked is not None else max(settings.thresholds)
    return threshold, figures(demo, real, threshold)


def choose_language_thresholds(demo: Sequence[Row], real: Sequence[Row], settings: SentenceVoteSettings,
                               shared: float) -> dict[str, float]:
    """One threshold per language (rows carry it 4th), each chosen as :func:`choose_threshold` on that
    language's rows; a language with fewer than 5 failed contacts keeps the shared threshold."""
    out = {}
    for lang in sorted({r[3] for r in demo if len(r) > 3 and r[3]}):
        rows = [r for r in demo if r[3] == lang]
        picked = _pick(rows, [r for r in real if r[3] == lang], settings) \
            if sum(r[0] == "fail" for r in rows) >= 5 else None
        out[lang] = picked if picked is not None else shared
    return out


def figures(demo: Sequence[Row], real: Sequence[Row], threshold: float | dict[str, float]) -> dict[str, float]:
    """Rule-or-vote precision / recall on the demo rows and the vote's false alarms on the real ones."""
    counts = _counts(demo, threshold)
    rule_only = _counts(demo, 2.0)
    p_fail, r_fail = precision_recall(counts, "fail")
    p_pass, r_pass = precision_recall(counts, "pass")
    real_counts = _counts(real, threshold)
    n_real_pass = sum(v for (g, _), v in real_counts.items() if g == "pass")
    return {
        "threshold": threshold if isinstance(threshold, float | int) else max(threshold.values()),
        "P_fail": p_fail or 0.0, "R_fail": r_fail or 0.0, "P_pass": p_pass or 0.0, "R_pass": r_pass or 0.0,
        "rule_R_fail": precision_recall(rule_only, "fail")[1] or 0.0,
        "demo_fail": float(sum(1 for r in demo if r[0] == "fail")), "demo_n": float(len(demo)),
        "real_false_alarms": float(real_counts[("pass", "fail")]), "real_pass": float(n_real_pass),
        "real_added": float(real_counts[("pass", "fail")] - _counts(real, 2.0)[("pass", "fail")]),
    }


def cross_validate(bags: list[Bag], settings: SentenceVoteSettings, c: float, features: Features,
                   per_language: bool | None = None) -> tuple[float, dict[str, float], dict[str, float]]:
    """Leave one batch out: (shared threshold, per-language thresholds or {}, rule-or-vote figures there).
    ``per_language`` (default: the settings') may also be a list to get several answers from one run."""
    return cv_choices(out_of_fold(bags, c, settings.rounds, features), bags, settings,
                      settings.per_language if per_language is None else per_language)


def cv_choices(oof: dict[int, float], bags: list[Bag], settings: SentenceVoteSettings, per_language: bool
               ) -> tuple[float, dict[str, float], dict[str, float]]:
    """The thresholds and figures of :func:`cross_validate` from out-of-fold scores."""
    rows = {i: (b.label, b.rule, oof[i], b.language or "ru") for i, b in enumerate(bags) if i in oof}
    demo = [row for i, row in rows.items() if not bags[i].fold.startswith("real:")]
    real = [row for i, row in rows.items() if bags[i].fold.startswith("real:")]
    threshold, cv = choose_threshold(demo, real, settings)
    if not per_language:
        return threshold, {}, cv
    per_lang = choose_language_thresholds(demo, real, settings, threshold)
    cv = figures(demo, real, per_lang)
    cv.update({f"threshold_{k}": v for k, v in per_lang.items()})
    return threshold, per_lang, cv


def train_sentence_model(criterion: str, bags: list[Bag], settings: SentenceVoteSettings) -> SentenceModel:
    """Cross-validate (threshold), then fit on every bag."""
    c = settings.sentence_criteria[criterion].C
    features = Features.of(settings, criterion)
    threshold, per_lang, cv = cross_validate(bags, settings, c, features)
    counts = Counter(f"{'unlabelled real' if b.fold == UNLABELLED_FOLD else b.fold.split(':')[0]} {b.label}"
                     for b in bags)
    pipeline = fit_sentences(bags, c, settings.rounds, features)
    return SentenceModel(criterion, pipeline, threshold, c, dict(counts), cv, per_lang)


# --- the training bags ------------------------------------------------------------------------------

def written_bags(criterion: str, path: Path) -> list[Bag]:
    """The committed written sentences labelled for ``criterion`` (one known sentence each)."""
    out = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                rec = json.loads(line)
                label = rec["gold"].get(criterion)
                if label in ("pass", "fail"):
                    out.append(Bag((rec["text"],), label, "written", known=True, language=rec.get("language")))
    return out


def demo_bags(criterion: str, splits: Iterable[str], rule_engine: Any | None = None) -> list[Bag]:
    """The labelled demo contacts of ``splits`` (tuning splits only), with the rule's decision."""
    from pipeline.commands.evaluate_scorecard import load_split, record_to_interaction
    from pipeline.model import Speaker

    out = []
    for split in splits:
        for rec in load_split(split):
            label = rec["gold"].get(criterion)
            if label not in ("pass", "fail"):
                continue
            inter = record_to_interaction(rec)
            sents = tuple(s for t in inter.turns_by(Speaker.AGENT) for s in sentences(t.text or ""))
            out.append(Bag(sents, label, f"demo:{split}", _rule_decision(rule_engine, inter, criterion),
                           language=rec.get("language")))
    return out


def real_bags(criterion: str, splits: Iterable[str], rule_engine: Any | None = None,
              replies: dict | None = None) -> list[Bag]:
    """The hand-labelled real replies of ``splits`` (texts from ``../shared/data``)."""
    from pipeline.training.real_reply_set import load_labels, read_replies, reply_to_interaction

    replies = replies if replies is not None else read_replies()
    out = []
    for split in splits:
        for rec in load_labels([split]):
            label = rec["gold"].get(criterion)
            if label not in ("pass", "fail"):
                continue
            reply = replies[rec["id"]]
            rule = _rule_decision(rule_engine, reply_to_interaction(reply), criterion)
            out.append(Bag(tuple(sentences(reply.text)), label, f"real:{split}", rule, language="ru"))
    return out


def unlabelled_real_bags(criterion: str, settings: UnlabelledRealSettings, rule_engine: Any | None,
                         replies: dict) -> list[Bag]:
    """Unlabelled real replies as passes of ``criterion`` when the settings name it (none otherwise)."""
    from pipeline.training.real_reply_set import reply_to_interaction, vote_negative_ids

    if criterion not in settings.criteria:
        return []
    return [Bag(tuple(sentences(replies[rid].text)), "pass", UNLABELLED_FOLD,
                _rule_decision(rule_engine, reply_to_interaction(replies[rid]), criterion), language="ru")
            for rid in vote_negative_ids(replies, settings.size, settings.salt)]


def text_bags(criterion: str, examples: Iterable[Any], fold: str = "qa_review") -> list[Bag]:
    """Labelled agent texts (:class:`pipeline.training.criteria.LabelledText`, e.g. reviewers' verdicts)."""
    return [Bag(tuple(sentences(ex.text)), ex.label, fold) for ex in examples
            if ex.criterion == criterion and ex.label in ("pass", "fail")]


def rules_only_engine(rules_dir: str | Path | None = None) -> Any:
    """The scorecard engine with every learned vote switched off: the rule's own decisions."""
    from pipeline.scoring.scorecard_engine import ScorecardEngine
    from pipeline.scoring.scorecard_rules import load_scorecards

    cards = load_scorecards(rules_dir)
    for card in cards.values():
        for crit in card.criteria:
            crit.classifier, crit.vote_threshold = None, None
    return ScorecardEngine(cards)


def sentence_vote_scorecards(rules_dir: str | Path | None = None) -> dict:
    """The scorecards with the learned sentence vote switched on for every criterion of ``sentence_criteria``
    (``rules/scorecard_learned.yaml``) at the model's trained thresholds (a scorecard's ``vote_threshold`` set
    aside), as a deployment does by naming ``classifier: learned`` alone."""
    from pipeline.scoring.scorecard_rules import load_scorecards

    voted = set(load_settings(rules_dir).sentence_criteria)
    cards = load_scorecards(rules_dir)
    for card in cards.values():
        for crit in card.criteria:
            if crit.id in voted:
                crit.classifier, crit.vote_threshold = "learned", None
    return cards


def sentence_vote_engine(rules_dir: str | Path | None = None) -> Any:
    """The scorecard engine of :func:`sentence_vote_scorecards`; the other criteria as the rules say."""
    from pipeline.scoring.scorecard_engine import ScorecardEngine

    return ScorecardEngine(sentence_vote_scorecards(rules_dir))


def _rule_decision(engine: Any | None, interaction: Any, criterion: str) -> str | None:
    if engine is None:
        return None
    return next((r.result for r in engine.evaluate(interaction) if r.criterion_id == criterion), None)


def train_sentence_models(verdicts: Iterable[Any] = (), real_set: bool = True,
                          settings: SentenceVoteSettings | None = None,
                          rules_dir: str | Path | None = None) -> dict[str, SentenceModel]:
    """Every criterion of ``sentence_criteria``: written sentences + demo tuning splits + the real set's
    training splits (when its texts are there) + the reviewers' verdicts."""
    from pipeline.training.real_reply_set import REPLIES_PATH, read_replies

    settings = settings or load_settings(rules_dir)
    engine = rules_only_engine(rules_dir)
    replies = read_replies() if real_set and REPLIES_PATH.exists() else None
    verdicts = list(verdicts)
    models = {}
    for criterion in settings.sentence_criteria:
        bags = training_bags(criterion, settings, engine, replies, verdicts)
        models[criterion] = train_sentence_model(criterion, bags, settings)
    return models


def training_bags(criterion: str, settings: SentenceVoteSettings, engine: Any, replies: dict | None,
                  verdicts: Iterable[Any] = ()) -> list[Bag]:
    """Written sentences + demo tuning splits + the real set's training splits (``replies``: their texts,
    None without them) + the reviewers' verdicts."""
    from pipeline.training.real_reply_set import TRAINING_SPLITS

    bags = [b for path in settings.written_paths() for b in written_bags(criterion, path)]
    bags += demo_bags(criterion, settings.demo_splits, engine)
    if replies is not None:
        bags += real_bags(criterion, TRAINING_SPLITS, engine, replies)
        bags += unlabelled_real_bags(criterion, settings.unlabelled_real, engine, replies)
    return bags + text_bags(criterion, verdicts)
