"""Sentiment of a text (turn or whole contact): negative / neutral / positive, score in [-1, 1].

Routed by language (the ``languages`` argument; detected from the script when not given):

* **Russian** (and any non-English text): a linear SVM over TF-IDF word 1–2 + char 2–5 n-grams
  of normalised text (URLs, @mentions, company names and numbers replaced by placeholders, so
  the model learns how people speak about *a* company, not which company), trained on the
  SentiRuEval-2016 bank + telecom tweets (``servicelens train sentiment``), shipped in
  ``models/sentiment/``. Class offsets from a validation slice; with the ``requests`` definition
  (default, ``rules/sentiment_cues.yaml``) a text without an emotional cue is negative only when the
  negative decision beats neutral by the artifact's ``cue_margin`` (a plain problem report is
  neutral); artifacts with a request gate (:mod:`pipeline.analyse.request_gate`, fitted on hand-labelled
  requests) let it decide instead which head-negative texts stay negative; ``social`` keeps tweet-style labels. Confidences: softmax of the decision values with
  the temperature of least ECE on the validation slice; ``score = P(positive) − P(negative)``.
* **English**: a trained head (TweetEval tweets; TF-IDF + VADER lexicon features), VADER
  (compound score, ±0.05 thresholds) as the fallback when the artifact has none.

The default (``fast``) Russian head and VADER are fast (thousands of turns per second on one
core): this is the per-turn path of the nightly analysis. With ``e5_share`` > 0 (the stage passes
``sentiment.e5_cascade_share`` of ``rules/risk.yaml``) and ``models/sentiment/e5_head.joblib``, the Russian customer
turns (``e5_eligible``) the fast head is least sure of (a margin threshold fixed at training time) are re-decided by
the e5 head over the int8 e5 encoder (:mod:`pipeline.analyse.sentiment_cascade`; 8 layers, share 0.32: the
sentiment step then runs ~500–670 turns/s on 2 cores).
``load_sentiment_model(fast=False)`` gives the ``full`` Russian head (TF-IDF + USE embedding of
the normalised text), which holds up better on later data but runs at encoder speed: for
evaluation and offline re-scoring.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Sequence

import joblib
import numpy as np

from pipeline.analyse.sentiment_cues import SentimentCues, apply_cue_margin
from pipeline.config import DEFAULT_MODELS_DIR
from pipeline.model import SentimentResult

if TYPE_CHECKING:
    from pipeline.analyse.linear_text import LinearTextClassifier
    from pipeline.analyse.request_gate import RequestGate
    from pipeline.analyse.sentiment_cascade import E5Cascade

LABELS = ("negative", "neutral", "positive")
MODEL_FILE = "model.joblib"
ARTIFACT_VERSION = 1
VADER_THRESHOLD = 0.05

_CYRILLIC = re.compile(r"[а-яА-ЯёЁ]")
_LATIN = re.compile(r"[a-zA-Z]")


def guess_language(text: str) -> str:
    """'en' or 'ru': which sentiment head scores ``text``, for callers without a per-turn language id.

    The language detector (:mod:`pipeline.nlp.language`) reads the text without URLs, @mentions,
    e-mail addresses and placeholders (``py3langid`` for mixed scripts); English → 'en'. A text
    it calls another language (or cannot decide) goes by its remaining letters: mostly Latin →
    'en', else 'ru' (the Russian head takes Cyrillic texts of any language)."""
    from pipeline.nlp.language import EN, RU, detect_language, language_text

    lang = detect_language(text or "").language
    if lang in (EN, RU):
        return lang
    clean = language_text(text or "")
    return "en" if len(_LATIN.findall(clean)) > len(_CYRILLIC.findall(clean)) else "ru"


class VaderEnglish:
    """VADER compound score → :class:`SentimentResult`."""

    def __init__(self, threshold: float = VADER_THRESHOLD):
        from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

        self.threshold = threshold
        self._analyzer = SentimentIntensityAnalyzer()

    def predict_one(self, text: str) -> SentimentResult:
        compound = float(self._analyzer.polarity_scores(text)["compound"])
        if compound >= self.threshold:
            label = "positive"
        elif compound <= -self.threshold:
            label = "negative"
        else:
            label = "neutral"
        # confidence: how far the compound is from the decision boundary, in [0.5, 1]
        if label == "neutral":
            confidence = 1.0 - 0.5 * abs(compound) / self.threshold
        else:
            confidence = 0.5 + 0.5 * min(1.0, (abs(compound) - self.threshold) / (1 - self.threshold) * 2)
        return SentimentResult(label, round(compound, 4), round(confidence, 4))


@dataclass
class SentimentModel:
    """The shipped sentiment model; :meth:`predict` is the nightly per-turn path."""

    russian: LinearTextClassifier  # classes negative/neutral/positive
    meta: dict = field(default_factory=dict)
    head: str = "fast"  # "fast" (TF-IDF, nightly) or "full" (TF-IDF + USE embedding)
    english_head: LinearTextClassifier | None = None  # trained on English tweets; None → VADER
    # Russian texts without an emotional cue (rules/sentiment_cues.yaml, copied into the artifact)
    # are negative only when the negative decision beats neutral by ``cue_margin`` (chosen on
    # hand-labelled requests by `servicelens train sentiment`): a plain problem report is neutral.
    cues: SentimentCues | None = None
    cue_margin: float = 0.0
    definition: str = "requests"  # "social" (tweet labels: every complaint is negative) switches the margin off
    # Request-negativity gate (pipeline/analyse/request_gate.py, fitted on hand-labelled requests): with the
    # ``requests`` definition it decides which head-negative texts stay negative, in place of the cue margin.
    gate: RequestGate | None = None
    # fast-e5 cascade (pipeline/analyse/sentiment_cascade.py): Russian turns whose fast-head margin is below a
    # threshold fixed at training time are re-decided by the e5 head; None = the fast head alone
    e5_cascade: E5Cascade | None = None
    _vader: VaderEnglish | None = field(default=None, repr=False)

    @property
    def english(self) -> VaderEnglish:
        if self._vader is None:
            self._vader = VaderEnglish()
        return self._vader

    def route(self, texts: Sequence[str], languages: Sequence[str | None] | None = None) -> list[str]:
        """Which scorer takes each text: ``empty``, ``english`` (or ``vader`` when the artifact has
        no English head) or ``russian``. ``languages`` (ISO codes, None allowed) overrides the
        detected language per text."""
        if languages is not None and len(languages) != len(texts):
            raise ValueError(f"languages has {len(languages)} items for {len(texts)} texts")
        english = "english" if getattr(self, "english_head", None) is not None else "vader"
        out = []
        for i, text in enumerate(texts):
            text = text or ""
            lang = languages[i] if languages is not None and languages[i] else None
            if not text.strip():
                out.append("empty")
            elif (lang or guess_language(text)) == "en":
                out.append(english)
            else:
                out.append("russian")
        return out

    def predict(self, texts: Sequence[str], languages: Sequence[str | None] | None = None,
                e5_eligible: Sequence[bool] | None = None) -> list[SentimentResult]:
        """One :class:`SentimentResult` per text. ``languages`` (ISO codes, one per text, None
        allowed) routes English to the English scorer and everything else to the Russian model.
        ``e5_eligible`` (one flag per text, None: all): which texts the e5 cascade may re-decide (the analysis
        stage: customer turns; the others keep the fast head whatever their margin)."""
        texts = [t or "" for t in texts]
        if e5_eligible is not None and len(e5_eligible) != len(texts):
            raise ValueError(f"e5_eligible has {len(e5_eligible)} flags for {len(texts)} texts")
        routes = self.route(texts, languages)
        results: list[SentimentResult | None] = [None] * len(texts)
        ru_idx = []
        for i, (text, route) in enumerate(zip(texts, routes)):
            if route == "empty":
                results[i] = SentimentResult("neutral", 0.0, 0.0)
            elif route == "vader":
                results[i] = self.english.predict_one(text)
            elif route == "russian":
                ru_idx.append(i)
        en_idx = [i for i, r in enumerate(routes) if r == "english"]
        if ru_idx:
            proba = self.russian_proba([texts[i] for i in ru_idx],  # with the cue margin
                                       None if e5_eligible is None else [bool(e5_eligible[i]) for i in ru_idx])
            for i, res in zip(ru_idx, _results(proba, list(self.russian.classes_))):
                results[i] = res
        if en_idx and self.english_head is not None:  # "english" is routed only when the head exists
            proba = self.english_head.predict_proba([texts[i] for i in en_idx])
            for i, res in zip(en_idx, _results(proba, list(self.english_head.classes_))):
                results[i] = res
        scored = [r for r in results if r is not None]
        if len(scored) != len(texts):  # every route above fills its texts
            raise RuntimeError(f"{len(texts) - len(scored)} text(s) got no sentiment route")
        return scored

    def russian_decisions(self, texts: Sequence[str]) -> np.ndarray:
        """Decision values of the Russian head (class offsets included) with the request gate (or, in an
        artifact without one, the cue margin) applied under the ``requests`` definition."""
        return self._requests(list(texts), self.russian.decision_function(list(texts)), self.russian.temperature)

    def _requests(self, texts: list[str], d: np.ndarray, temperature: float) -> np.ndarray:
        """The request gate (or the cue margin) over decision values ``d`` of ``texts``."""
        if self.gate is not None and self.definition == "requests":
            return self.gate.apply(texts, d, temperature, self.cues)
        if self.cues is not None and self.cue_margin and self.definition == "requests":
            d = apply_cue_margin(d, self.cues.has_cue(texts), self.cue_margin)
        return d

    def russian_proba(self, texts: Sequence[str], e5_eligible: Sequence[bool] | None = None) -> np.ndarray:
        """Calibrated class probabilities of the Russian head (softmax of :meth:`russian_decisions` / T); with
        the e5 cascade, the rows below the fast head's margin threshold (among ``e5_eligible``, None: all) come
        from the e5 head (its own offsets, temperature, and the same request gate / cue margin)."""
        from pipeline.analyse.linear_text import softmax

        texts = list(texts)
        d = self.russian.decision_function(texts)
        proba = softmax(self._requests(texts, d, self.russian.temperature), self.russian.temperature)
        cascade = self.e5_cascade
        if cascade is not None and self.head == "fast" and len(texts):
            low = cascade.chosen(d, e5_eligible)
            if len(low):
                head = cascade.head
                sub = [texts[int(i)] for i in low]
                d2 = head.decision_function(sub)
                proba[low] = softmax(self._requests(sub, d2, head.temperature), head.temperature)
        return proba


def _results(proba: np.ndarray, classes: list) -> list[SentimentResult]:
    """Label = most probable class; score = P(positive) − P(negative); confidence = P(label)."""
    neg, pos = classes.index("negative"), classes.index("positive")
    best = proba.argmax(axis=1)
    return [SentimentResult(str(classes[b]), round(float(p[pos] - p[neg]), 4), round(float(p[b]), 4))
            for p, b in zip(proba, best)]


def model_path(models_dir: str | Path | None = None) -> Path:
    return (Path(models_dir) if models_dir else DEFAULT_MODELS_DIR) / "sentiment" / MODEL_FILE


def _load(path: str, mtime: float, fast: bool, definition: str | None, models_dir: str | None,
          e5_share: float) -> SentimentModel:
    model = _load_base(path, mtime, fast, definition)
    if model.head != "fast" or e5_share <= 0:
        return model
    from pipeline.analyse.sentiment_cascade import load_e5_cascade

    cascade = load_e5_cascade(models_dir, e5_share)
    if cascade is None:
        return model
    return replace(model, e5_cascade=cascade)


@functools.lru_cache(maxsize=4)
def _load_base(path: str, mtime: float, fast: bool, definition: str | None) -> SentimentModel:
    artifact = joblib.load(path)
    if artifact.get("version") != ARTIFACT_VERSION:
        raise ValueError(f"{path}: artifact version {artifact.get('version')} != {ARTIFACT_VERSION}; "
                         "run `servicelens train sentiment`")
    full = artifact.get("russian_full")
    head = "fast" if fast or full is None else "full"
    meta = {k: v for k, v in artifact.items() if k not in ("russian", "russian_full", "english_head", "request_gate")}
    cues = artifact.get("cues")  # absent in artifacts written before the cue margin existed
    return SentimentModel(russian=artifact["russian"] if head == "fast" else full, meta=meta, head=head,
                          english_head=artifact.get("english_head"),
                          cues=SentimentCues.model_validate(cues) if cues and head == "fast" else None,
                          cue_margin=float(artifact.get("cue_margin") or 0.0) if head == "fast" else 0.0,
                          definition=definition or (cues or {}).get("definition", "requests"),
                          gate=artifact.get("request_gate") if head == "fast" else None)


def load_sentiment_model(models_dir: str | Path | None = None, fast: bool = True,
                         definition: str | None = None, e5_share: float | None = 0.0) -> SentimentModel:
    """The model in ``models/sentiment/`` (rebuilt by ``servicelens train sentiment``).

    ``fast=True`` (default; the nightly per-turn path): TF-IDF head, no encoder. ``fast=False``: the
    TF-IDF + USE head when the artifact has one (better on later data, encoder-bound).
    ``definition``: ``requests`` (a plain problem report is neutral: the cue margin is on) or
    ``social`` (tweet labels: the margin is off); default: the one the artifact was trained with
    (``definition`` in ``rules/sentiment_cues.yaml``).
    ``e5_share``: share of Russian turns the e5 head re-decides (fast head only; the threshold is fixed in
    ``models/sentiment/e5_head.joblib``); the nightly stage passes ``sentiment.e5_cascade_share`` of
    ``rules/risk.yaml``; default 0, or no e5 head file: the fast head alone."""
    if definition not in (None, "requests", "social"):
        raise ValueError(f"definition must be 'requests' or 'social', not {definition!r}")
    path = model_path(models_dir)
    if not path.exists():
        raise FileNotFoundError(f"{path} not found: run `servicelens train sentiment`")
    share = float(e5_share or 0.0)
    return _load(str(path), path.stat().st_mtime, bool(fast), definition,
                 str(models_dir) if models_dir is not None else None, share if fast else 0.0)
