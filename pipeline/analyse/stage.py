"""Analysis stage: language → PII redaction → topics → sentiment → complaint and risk signals.

``analyse_stage(interactions, rules_dir, models_dir)`` works in chunks of interactions so that the
model calls are batched across contacts (one topic text per interaction, one sentiment text per
customer/agent turn) while memory stays flat. Redaction replaces ``turn.text`` and ``subject``
in place before any analyser reads them, so every span after it refers to the redacted text.

The topic and sentiment models (:mod:`pipeline.analyse.topics`, :mod:`pipeline.analyse.sentiment`)
are imported lazily: when a module or its trained model is missing, that step is skipped with a
warning and the rest of the analysis still runs.

One bad interaction never stops the night: it comes back as ``Rejected(stage="analyse")`` and is
left out of the output. Calls still waiting for transcription (no turns) pass through untouched.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pipeline.analyse.complaint import ComplaintScorer, complaint_matches, load_complaint_model, model_probabilities
from pipeline.analyse.risk import RiskDetector, RiskSettings, SentimentSettings, load_risk_settings
from pipeline.model import Interaction, InteractionSentiment, Rejected, Speaker, Status
from pipeline.nlp.language import LanguageDetector
from pipeline.nlp.pii import PiiRedactor, apply_spans, load_pii_settings
from pipeline.model import StageResult

log = logging.getLogger(__name__)

STAGE = "analyse"
CHUNK_SIZE = 256  # interactions per batch of model calls
_SENTIMENT_SPEAKERS = (Speaker.CUSTOMER, Speaker.AGENT)


# ---- customer sentiment over the contact --------------------------------------------------------------
def customer_sentiment(interaction: Interaction, settings: SentimentSettings) -> InteractionSentiment | None:
    """Overall / start / end customer sentiment and the trajectory, from the scored customer turns."""
    scores = [t.sentiment.score for t in interaction.turns
              if t.speaker == Speaker.CUSTOMER and t.sentiment is not None]
    if not scores:
        return None
    overall = sum(scores) / len(scores)
    label = ("positive" if overall >= settings.positive_at
             else "negative" if overall <= settings.negative_at else "neutral")
    n = min(settings.edge_turns, max(1, len(scores) // 2))
    start = sum(scores[:n]) / n
    end = sum(scores[-n:]) / n
    if len(scores) < 2:
        trajectory = "stable"
    elif end - start >= settings.trajectory_threshold:
        trajectory = "improved"
    elif start - end >= settings.trajectory_threshold:
        trajectory = "worsened"
    else:
        trajectory = "stable"
    return InteractionSentiment(label, round(overall, 4), round(start, 4), round(end, 4), trajectory)


def customer_text(interaction: Interaction) -> str:
    """The customer's words of one contact (the subject first), the input of the topic model."""
    parts = [interaction.subject] if interaction.subject else []
    parts += [t.text for t in interaction.turns if t.speaker == Speaker.CUSTOMER and t.text]
    if len(parts) <= (1 if interaction.subject else 0):  # no customer turn: use what there is
        parts += [t.text for t in interaction.turns if t.speaker != Speaker.AGENT and t.text]
    return "\n".join(parts)


# ---- the analyser ----------------------------------------------------------------------------------------
@dataclass
class _Models:
    topics: Any | None
    sentiment: Any | None
    complaint: Any | None


def _load_optional(what: str, loader: Callable[[], Any], failures: dict[str, str] | None = None) -> Any | None:
    try:
        return loader()
    except Exception as exc:  # noqa: BLE001 - a missing model skips one step, not the night
        log.warning("analysis: %s unavailable, skipped (%s: %s)", what, type(exc).__name__, exc)
        if failures is not None:
            failures[what] = f"{what} unavailable, step skipped ({type(exc).__name__}: {exc})"
        return None


def _load_topics(rules_dir, models_dir):
    from pipeline.analyse.topics import load_topic_classifier

    return load_topic_classifier(taxonomy="default", models_dir=models_dir, rules_dir=rules_dir)


def _load_sentiment(models_dir, e5_share: float = 0.0):
    from pipeline.analyse.sentiment import load_sentiment_model

    return load_sentiment_model(models_dir=models_dir, e5_share=e5_share)


class Analyser:
    """Everything the stage needs, loaded once: rules, language detector, redactor, models."""

    def __init__(self, rules_dir: str | Path | None = None, models_dir: str | Path | None = None,
                 use_models: bool = True) -> None:
        self.rules_dir, self.models_dir = rules_dir, models_dir
        self.risk_settings: RiskSettings = load_risk_settings(rules_dir)
        self.language = LanguageDetector()
        self.redactor = PiiRedactor(load_pii_settings(rules_dir))
        self.risk = RiskDetector(self.risk_settings)
        self.complaint = ComplaintScorer(self.risk_settings.complaint, self.risk_settings.absent_confidence)
        self.load_failures: dict[str, str] = {}  # marks every night this analyser serves as degraded
        f = self.load_failures
        self.models = _Models(
            topics=_load_optional("topic model", lambda: _load_topics(rules_dir, models_dir), f) if use_models else None,
            sentiment=_load_optional("sentiment model", lambda: _load_sentiment(
                models_dir, self.risk_settings.sentiment.e5_cascade_share), f) if use_models else None,
            complaint=_load_optional("complaint model", lambda: load_complaint_model(
                models_dir, self.risk_settings.complaint.definition), f) if use_models else None,
        )

    # ---- the whole stage --------------------------------------------------------------------------
    def run(self, interactions: Sequence[Interaction], progress: bool | None = None) -> StageResult:
        from pipeline.runtime import degradation

        for reason in self.load_failures.values():
            degradation.note(reason)
        items = list(interactions)
        rejected: list[Rejected] = []
        failed: set[int] = set()
        todo = [i for i, it in enumerate(items)
                if (it.turns or it.subject) and it.status != Status.AWAITING_TRANSCRIPTION]
        show = progress if progress is not None else (sys.stderr.isatty() and len(todo) >= 2000)
        chunks: Iterable[list[int]] = [todo[k:k + CHUNK_SIZE] for k in range(0, len(todo), CHUNK_SIZE)]
        if show:
            from rich.progress import track

            chunks = track(chunks, description=f"analyse {len(todo)} interactions", transient=True)
        for chunk in chunks:
            batch = [items[i] for i in chunk]
            for pos, error in self.run_chunk(batch).items():
                failed.add(chunk[pos])
                it = batch[pos]
                rejected.append(Rejected(source=it.source_path or it.interaction_id, item=it.interaction_id,
                                         stage=STAGE, reason=self._safe_reason(error)))
        return StageResult([it for i, it in enumerate(items) if i not in failed], rejected)

    def _safe_reason(self, error: Exception) -> str:
        """The error as a quarantine reason, with numbers and addresses redacted (an error message
        may quote the text it failed on) and cut to a readable length."""
        text = f"{type(error).__name__}: {error}"
        try:
            text = apply_spans(text, self.redactor.structured_spans(text), self.redactor.settings).text
        except Exception:  # noqa: BLE001 - never fail while reporting a failure
            text = type(error).__name__
        return text[:500]

    def run_chunk(self, batch: list[Interaction]) -> dict[int, Exception]:
        """Analyse one chunk in place; returns the position → error of each item that failed."""
        errors: dict[int, Exception] = {}
        for pos, it in enumerate(batch):
            try:
                self.language.detect_interaction(it)
            except Exception as exc:  # noqa: BLE001
                errors[pos] = exc
        live = [p for p in range(len(batch)) if p not in errors]
        for p, redact_error in zip(live, self.redactor.redact_interactions([batch[p] for p in live])):
            if redact_error is not None:
                errors[p] = redact_error
        live = [p for p in range(len(batch)) if p not in errors]
        if self.models.topics is not None:
            self._topics(batch, live, errors)
            live = [p for p in live if p not in errors]
        if self.models.sentiment is not None:
            self._sentiment(batch, live, errors)
            live = [p for p in live if p not in errors]
        probabilities = self._complaint_model(batch, live, errors)
        for p in live:
            if p in errors:
                continue
            it = batch[p]
            try:
                if it.sentiment is None:
                    it.sentiment = customer_sentiment(it, self.risk_settings.sentiment)
                matches = self.risk.matches(it)
                signals = self.risk.signals(matches)
                complaint = self.complaint.score(it, complaint_matches(matches), signals, probabilities.get(p))
                # a signal the source already knows (web-form appeals are complaints) stays as it is
                known = {s.signal for s in it.signals}
                it.signals.extend(s for s in [complaint, *signals] if s.signal not in known)
                it.status = Status.ANALYSED
            except Exception as exc:  # noqa: BLE001
                errors[p] = exc
        return errors

    # ---- model steps, batched over the chunk with per-item fallback ---------------------------------------
    def _topics(self, batch: list[Interaction], live: list[int], errors: dict[int, Exception]) -> None:
        model = self.models.topics
        if model is None:
            return
        texts = {p: customer_text(batch[p]) for p in live}
        owners = [p for p in live if texts[p].strip()]
        results = _batched(lambda ps: model.predict_topics([texts[p] for p in ps]), owners, errors)
        for p, topics in results.items():
            # topics of other taxonomies (a web form's own categories) stay
            taxonomies = {t.taxonomy for t in topics}
            batch[p].topics = [t for t in batch[p].topics if t.taxonomy not in taxonomies] + list(topics)

    def _sentiment(self, batch: list[Interaction], live: list[int], errors: dict[int, Exception]) -> None:
        model = self.models.sentiment
        if model is None:
            return
        turns = {p: [t for t in batch[p].turns if t.speaker in _SENTIMENT_SPEAKERS and t.text.strip()] for p in live}
        owners = [p for p in live if turns[p]]

        def predict(ps: list[int]) -> list[list]:
            flat = [t for p in ps for t in turns[p]]
            # the e5 cascade re-decides customer turns only (a turn's own speaker, never its batch-mates)
            out = model.predict([t.text for t in flat],
                                [t.language or batch[p].language or "ru" for p in ps for t in turns[p]],
                                e5_eligible=[t.speaker == Speaker.CUSTOMER for t in flat])
            grouped, k = [], 0
            for p in ps:
                grouped.append(out[k:k + len(turns[p])])
                k += len(turns[p])
            return grouped

        for p, results in _batched(predict, owners, errors).items():
            for turn, res in zip(turns[p], results):
                turn.sentiment = res
            batch[p].sentiment = customer_sentiment(batch[p], self.risk_settings.sentiment)

    def _complaint_model(self, batch: list[Interaction], live: list[int], errors: dict[int, Exception]) -> dict[int, float]:
        if self.models.complaint is None:
            return {}
        texts = {p: customer_text(batch[p]) for p in live}
        return _batched(lambda ps: model_probabilities(self.models.complaint, [texts[p] for p in ps]), live, errors)


def _batched(fn: Callable[[list[int]], list], owners: list[int], errors: dict[int, Exception]) -> dict[int, Any]:
    """``fn`` over all owners at once; when the batch fails, owner by owner (failures → ``errors``)."""
    if not owners:
        return {}
    try:
        out = fn(owners)
        if len(out) != len(owners):
            raise ValueError(f"model returned {len(out)} results for {len(owners)} inputs")
        return dict(zip(owners, out))
    except Exception:  # noqa: BLE001 - find the item that broke the batch
        results = {}
        for p in owners:
            try:
                results[p] = fn([p])[0]
            except Exception as exc:  # noqa: BLE001
                errors[p] = exc
        return results


def get_analyser(rules_dir: str | Path | None = None, models_dir: str | Path | None = None) -> Analyser:
    """One :class:`Analyser` per process, rebuilt when its rules or models change on disk
    (a long-running ``servicelens serve`` picks up edited rules the next night)."""
    from pipeline.config import DEFAULT_MODELS_DIR, DEFAULT_RULES_DIR
    from pipeline.runtime.rules_cache import built_for

    rules, models = Path(rules_dir or DEFAULT_RULES_DIR), Path(models_dir or DEFAULT_MODELS_DIR)
    return built_for("analyser", lambda: Analyser(rules_dir, models_dir), rules, models)


def analyse_stage(interactions: list[Interaction], rules_dir=None, models_dir=None) -> StageResult:
    """Language, PII redaction, topics, sentiment, complaint and risk signals for each interaction."""
    return get_analyser(rules_dir, models_dir).run(interactions)
