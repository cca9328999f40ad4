"""The complaint signal measured on hand-labelled messages: P/R/F1 overall, per language, per source.

Each message becomes a one-turn chat from the customer and goes through the analysis stage exactly
as a night would (language, redaction, sentiment, complaint and risk cues, the complaint model when
one is shipped), so the figures are those of the signal stored in the warehouse.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from pipeline.model import Channel, Interaction, Speaker, Turn
from pipeline.training.complaint_set import Labelled

_EPOCH = datetime(2026, 1, 1, tzinfo=timezone.utc)


@dataclass(frozen=True)
class Counts:
    """A confusion count of the complaint class (positive = complaint)."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn, self.tn + other.tn)

    @property
    def n(self) -> int:
        return self.tp + self.fp + self.fn + self.tn

    @property
    def complaints(self) -> int:
        return self.tp + self.fn

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        if p is None or r is None or p + r == 0:
            return None
        return 2 * p * r / (p + r)

    @property
    def accuracy(self) -> float | None:
        return (self.tp + self.tn) / self.n if self.n else None


def count(gold: bool, predicted: bool) -> Counts:
    return Counts(tp=int(gold and predicted), fp=int(predicted and not gold),
                  fn=int(gold and not predicted), tn=int(not gold and not predicted))


@dataclass
class ComplaintReport:
    """Counts overall, per language and per source, and which split they were computed on."""

    split: str
    overall: Counts = field(default_factory=Counts)
    by_language: dict[str, Counts] = field(default_factory=dict)
    by_source: dict[str, Counts] = field(default_factory=dict)
    splits_seen: set[str] = field(default_factory=set)

    def add(self, item: Labelled, predicted: bool) -> None:
        c = count(bool(item.label), predicted)
        self.overall = self.overall + c
        self.by_language[item.language] = self.by_language.get(item.language, Counts()) + c
        self.by_source[item.source] = self.by_source.get(item.source, Counts()) + c
        self.splits_seen.add(item.split)

    def as_dict(self) -> dict:
        def one(c: Counts) -> dict:
            return {"n": c.n, "complaints": c.complaints, "tp": c.tp, "fp": c.fp, "fn": c.fn, "tn": c.tn,
                    "precision": c.precision, "recall": c.recall, "f1": c.f1}

        return {"split": self.split, "splits_seen": sorted(self.splits_seen), "overall": one(self.overall),
                "by_language": {k: one(v) for k, v in sorted(self.by_language.items())},
                "by_source": {k: one(v) for k, v in sorted(self.by_source.items())}}


def as_interaction(item: Labelled, k: int) -> Interaction:
    """One labelled message as a one-turn chat from the customer."""
    return Interaction(interaction_id=f"chat:complaint-eval-{k}", channel=Channel.CHAT, started_at=_EPOCH,
                       turns=[Turn(index=0, speaker=Speaker.CUSTOMER, text=item.text, started_at=_EPOCH)])


def detect(items: Sequence[Labelled], rules_dir: str | Path | None = None,
           models_dir: str | Path | None = None, analyser=None) -> list[tuple[bool, float]]:
    """``(detected, confidence)`` of the complaint signal for each message, through the analysis stage."""
    from pipeline.analyse.stage import Analyser

    analyser = analyser or Analyser(rules_dir, models_dir)
    interactions = [as_interaction(it, k) for k, it in enumerate(items)]
    out: list[tuple[bool, float]] = []
    for start in range(0, len(interactions), 256):
        batch = interactions[start:start + 256]
        errors = analyser.run_chunk(batch)
        for pos, inter in enumerate(batch):
            if pos in errors:
                raise RuntimeError(f"analysis failed on {items[start + pos].source}:{items[start + pos].id}: "
                                   f"{type(errors[pos]).__name__}")
            sig = next((s for s in inter.signals if s.signal == "complaint"), None)
            out.append((bool(sig and sig.detected), float(sig.confidence) if sig else 0.0))
    return out


def evaluate(items: Sequence[Labelled], split: str, rules_dir: str | Path | None = None,
             models_dir: str | Path | None = None) -> ComplaintReport:
    """The complaint signal against the hand labels of ``items`` (one split)."""
    report = ComplaintReport(split)
    for item, (predicted, _) in zip(items, detect(items, rules_dir, models_dir)):
        report.add(item, predicted)
    return report
