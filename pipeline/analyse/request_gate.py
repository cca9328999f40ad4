"""Request-negativity gate: which Russian texts the nightly head calls negative stay negative.

Under the ``requests`` definition (``rules/sentiment_cues.yaml``) a plain problem report is neutral.
The head learnt "negative" from tweets; the gate is a regularised logistic regression trained on labelled
*requests* (:mod:`pipeline.analyse.request_text`): the text's word + char TF-IDF and mean navec vector, and a few
interpretable features of a text the head called negative — the head's calibrated negative probability and
its margin over the next class, counts of the emotional cue groups (reproach, criticism of the service,
emotive words), whether the wording is a fault stated as a fact («не работает», «отсутствует») or an
evaluative frame («почему», «сколько можно»), exclamation / question marks, shouting, length and
formal-appeal markers (``rules/request_gate.yaml``). It is fitted on hand-labelled SPb appeals by
``servicelens train sentiment`` (:mod:`pipeline.training.request_gate`) and kept in the sentiment
artifact; a text it does not pass becomes neutral. It reads only the texts the head calls negative.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Sequence

import numpy as np
from pydantic import Field, field_validator

from pipeline.analyse.linear_text import softmax
from pipeline.analyse.request_text import RequestTextModel, RequestTextRules
from pipeline.analyse.sentiment_cues import NEGATIVE, NEUTRAL, POSITIVE, SHOUTED_WORD, SentimentCues
from pipeline.config import RulesModel, check_regexes, load_rules

GROUP_CAP = 3


class RequestGateRules(RulesModel):
    """``rules/request_gate.yaml``: feature pattern groups, the request-text block, regularisation, CV and
    precision target."""

    groups: dict[str, list[str]] = Field(default_factory=dict)
    text: RequestTextRules = Field(default_factory=RequestTextRules)
    fit_splits: list[str] = Field(default_factory=lambda: ["tune", "tune2", "tune3", "tune4"], min_length=1)
    C_grid: list[float] = Field(default_factory=lambda: [10.0], min_length=1)
    folds: int = Field(5, ge=2, le=20)
    repeats: int = Field(5, ge=1, le=50)
    target_precision: float = Field(0.85, gt=0, le=1)

    @field_validator("groups")
    @classmethod
    def _compile(cls, value: dict[str, list[str]]) -> dict[str, list[str]]:
        for patterns in value.values():
            check_regexes(patterns)
        return value

    @field_validator("fit_splits")
    @classmethod
    def _not_report(cls, value: list[str]) -> list[str]:
        chosen = set(value) & {"report", "report2"}
        if chosen:
            raise ValueError(f"the report appeals choose nothing: {sorted(chosen)} cannot be a fit split")
        return value

    @field_validator("C_grid")
    @classmethod
    def _positive(cls, value: list[float]) -> list[float]:
        if any(c <= 0 for c in value):
            raise ValueError("every C must be > 0")
        return value

    @cached_property
    def _compiled(self) -> dict[str, list[re.Pattern]]:
        return {name: [re.compile(p) for p in patterns] for name, patterns in self.groups.items()}

    def group_counts(self, text: str) -> list[int]:
        """Per group (in file order): how many of its patterns occur in ``text``, capped at 3."""
        low = (text or "").lower().replace("ё", "е")
        return [min(GROUP_CAP, sum(1 for p in pats if p.search(low))) for pats in self._compiled.values()]


def load_request_gate_rules(rules_dir: str | Path | None = None) -> RequestGateRules:
    """The validated ``rules_dir/request_gate.yaml`` (default ``rules/``)."""
    return load_rules(rules_dir, "request_gate", RequestGateRules)


def feature_names(rules: RequestGateRules) -> list[str]:
    return (["head_p_negative", "head_margin", "any_cue", "punctuation_cues", "exclamations", "questions",
             "shouted_words", "log_length"] + [f"group_{name}" for name in rules.groups])



def gate_features(texts: Sequence[str], decisions: np.ndarray, temperature: float, rules: RequestGateRules,
                  cues: SentimentCues | None) -> np.ndarray:
    """One row of :func:`feature_names` per text; ``decisions`` are the head's (class offsets included)."""
    d = np.asarray(decisions, dtype=np.float64)
    p_neg = softmax(d, temperature)[:, NEGATIVE] if len(d) else np.zeros(0)
    margin = d[:, NEGATIVE] - np.maximum(d[:, NEUTRAL], d[:, POSITIVE]) if len(d) else np.zeros(0)
    rows = []
    for i, text in enumerate(texts):
        text = text or ""
        punct = cues.punctuation_count(text) if cues is not None else 0
        rows.append([p_neg[i], margin[i], float(cues is not None and cues.find(text) is not None), min(3, punct),
                     min(3, text.count("!")), min(3, text.count("?")), min(3, len(SHOUTED_WORD.findall(text))),
                     np.log1p(len(text))] + rules.group_counts(text))
    return np.asarray(rows, dtype=np.float64).reshape(len(rows), 8 + len(rules.groups))


def demote_negative(decisions: np.ndarray, mask: np.ndarray) -> np.ndarray:
    """Decisions where each text of ``mask`` becomes neutral (its negative and positive decisions put just
    below the neutral one); the others are unchanged; the input is not modified."""
    out = np.array(decisions, dtype=np.float32, copy=True)
    mask = np.asarray(mask, dtype=bool)
    top = out[mask, NEUTRAL] - np.float32(1e-3)
    out[mask, NEGATIVE] = np.minimum(out[mask, NEGATIVE], top)
    out[mask, POSITIVE] = np.minimum(out[mask, POSITIVE], top)
    return out


@dataclass
class RequestGate:
    """The fitted gate: ``model`` (:class:`RequestTextModel`: the text's TF-IDF and navec vector with the
    interpretable features of :func:`feature_names`), the threshold chosen by cross-validation, and the rules it
    was fitted with."""

    rules: RequestGateRules
    model: RequestTextModel  # artifacts of round 2: an sklearn Pipeline over the interpretable features alone
    threshold: float
    names: list[str] = field(default_factory=list)
    figures: dict = field(default_factory=dict)

    def probability(self, texts: Sequence[str], decisions: np.ndarray, temperature: float,
                    cues: SentimentCues | None) -> np.ndarray:
        """P(negative | the head called it negative) per text."""
        if not len(texts):
            return np.zeros(0)
        x = gate_features(texts, decisions, temperature, self.rules, cues)
        if not isinstance(self.model, RequestTextModel):  # a round-2 artifact: features only
            return self.model.predict_proba(x)[:, 1]
        return self.model.predict_proba(texts, x)[:, 1]

    def apply(self, texts: Sequence[str], decisions: np.ndarray, temperature: float,
              cues: SentimentCues | None) -> np.ndarray:
        """``decisions`` with every head-negative text the gate does not pass made neutral."""
        d = np.asarray(decisions)
        called = np.flatnonzero(d.argmax(axis=1) == NEGATIVE)
        if not len(called):
            return np.array(d, dtype=np.float32, copy=True)
        p = self.probability([texts[int(i)] for i in called], d[called], temperature, cues)
        veto = np.zeros(len(d), dtype=bool)
        veto[called[p < self.threshold]] = True
        return demote_negative(d, veto)

    def coefficients(self) -> dict[str, float]:
        """Logistic-regression weight per standardised interpretable feature (for the model card)."""
        weights = (self.model.feature_weights() if isinstance(self.model, RequestTextModel)
                   else self.model[-1].coef_[0])
        return {n: round(float(w), 3) for n, w in zip(self.names, weights)}
