"""Is this contact a complaint? One binary signal with a confidence and evidence.

Independent pieces of evidence, each with a weight from ``rules/risk.yaml`` (``complaint``),
combined as ``1 - Π(1 - w)``:

* complaint phrases in the customer's turns («жалоба», «безобразие», "unacceptable"...);
* problem-report cues («не работает», «не горит», "was charged", "still haven't received"...) when
  the deployment's ``definition`` is ``dissatisfaction_or_problem`` (the default: contact centres
  count any dissatisfaction or problem report); with ``dissatisfaction_only`` they are not looked for;
* the customer's negativity: ``max(0, -overall score)`` and that of their most negative turn;
* the risk signals already found (a legal threat or an escalation request is usually a complaint);
* a trained text classifier when ``models/complaint/model.joblib`` exists (a scikit-learn
  pipeline with ``predict_proba`` over the customer's text, positive class ``1``/``True``/
  ``complaint``): teams with labelled contacts train one; without it the rest still works.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from pipeline.analyse.risk import PROBLEM, ComplaintSettings, Match, decide
from pipeline.model import Evidence, Interaction, SignalResult, Speaker

COMPLAINT = "complaint"
log = logging.getLogger(__name__)


def load_complaint_model(models_dir: str | Path | None, definition: str | None = None) -> Any | None:
    """The optional complaint classifier in ``models_dir/complaint/model.joblib``, else None.

    A model trained under another complaint definition (its ``complaint_definition_``) than the
    deployment's ``definition`` is not used: its idea of a complaint is not this deployment's.
    """
    from pipeline.config import DEFAULT_MODELS_DIR

    path = Path(models_dir or DEFAULT_MODELS_DIR) / "complaint" / "model.joblib"
    if not path.is_file():
        return None
    import joblib

    model = joblib.load(path)
    trained_for = getattr(model, "complaint_definition_", None)
    if definition is not None and trained_for is not None and trained_for != definition:
        log.info("complaint model trained for %r, deployment counts %r: model not used", trained_for, definition)
        return None
    return model


def complaint_matches(matches: dict[str, list[Match]]) -> list[Match]:
    """The complaint cues found, with the problem-report cues when the definition counts them
    (the detector only looks for those then)."""
    return [*matches.get(COMPLAINT, []), *matches.get(PROBLEM, [])]


def model_probabilities(model: Any, texts: list[str]) -> list[float]:
    """P(complaint) of each text from a classifier with ``predict_proba`` and ``classes_``."""
    if not texts:
        return []
    proba = model.predict_proba(texts)
    classes = [str(c).lower() for c in getattr(model, "classes_", [0, 1])]
    positive = next((i for i, c in enumerate(classes) if c in ("1", "true", "complaint", "yes")), len(classes) - 1)
    return [float(row[positive]) for row in proba]


class ComplaintScorer:
    """Combine lexicon, sentiment, risk signals and an optional model into the complaint signal."""

    def __init__(self, settings: ComplaintSettings, absent_confidence: float = 0.85) -> None:
        self.settings = settings
        self.absent_confidence = absent_confidence

    def score(self, interaction: Interaction, matches: list[Match], signals: list[SignalResult],
              model_probability: float | None = None) -> SignalResult:
        s = self.settings
        weights = [m.weight for m in matches]
        evidence = [Evidence(m.turn_index, m.start, m.end, m.text) for m in matches]
        if interaction.sentiment is not None:
            weights.append(s.sentiment_weight * max(0.0, -interaction.sentiment.score))
        scored = [(t, t.sentiment) for t in interaction.turns
                  if t.speaker == Speaker.CUSTOMER and t.sentiment is not None]
        if scored:
            worst, worst_sentiment = min(scored, key=lambda pair: pair[1].score)
            negativity = max(0.0, -worst_sentiment.score)
            if negativity > 0:
                weights.append(s.worst_turn_weight * negativity)
                if not evidence and worst_sentiment.label == "negative":
                    evidence.append(Evidence(worst.index, 0, len(worst.text), worst.text))
        for sig in signals:
            if sig.detected and sig.signal in s.signal_weights:
                weights.append(s.signal_weights[sig.signal] * sig.confidence)
                if not matches:
                    evidence.extend(sig.evidence[:1])
        if model_probability is not None:
            weights.append(s.model_weight * model_probability)
        return decide(COMPLAINT, weights, s.threshold, evidence, self.absent_confidence)
