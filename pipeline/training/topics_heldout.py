"""Held-out figures of a topic model (``models/topics-<name>/heldout.json``) that lead its model card.

The figures come from real messages labelled by hand (for ``default``:
``tests/data/topics_default_labels.csv``, written by ``bench/topics_default_heldout.py --write``), not
from cross-validation on seed phrases. They belong to one trained artifact: when the model is retrained
the card says the figures are from an earlier artifact until the bench is run again.
"""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import BaseModel, ConfigDict

HELDOUT_FILE = "heldout.json"


class TopicScore(BaseModel):
    """Precision and recall of one topic (top-1) on the held-out set."""

    model_config = ConfigDict(extra="forbid")

    support: int
    precision: float | None
    recall: float


class HeadScore(BaseModel):
    """Figures of one head (or matcher) on the held-out set."""

    model_config = ConfigDict(extra="forbid")

    label: str
    n: int
    top1: float
    top3: float
    texts_per_s: float | None = None
    per_topic: dict[str, TopicScore] = {}


class HeldOut(BaseModel):
    """Everything the card says about the held-out set."""

    model_config = ConfigDict(extra="forbid")

    labels_file: str
    guide: str
    description: str
    trained_at: str  # the artifact the figures were measured on
    n: int
    stored_top1: float | None = None  # the fast head as the night stores it (threshold + fallback)
    heads: list[HeadScore]
    with_reason: list[HeadScore] = []  # same, gold `other` left out
    notes: list[str] = []


def load_heldout(out_dir: str | Path) -> HeldOut | None:
    path = Path(out_dir) / HELDOUT_FILE
    if not path.exists():
        return None
    return HeldOut.model_validate(json.loads(path.read_text(encoding="utf-8")))


def save_heldout(out_dir: str | Path, heldout: HeldOut) -> Path:
    path = Path(out_dir) / HELDOUT_FILE
    path.write_text(json.dumps(heldout.model_dump(), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return path


def _row(h: HeadScore) -> str:
    speed = "—" if h.texts_per_s is None else f"{h.texts_per_s:,.0f}"
    return f"| {h.label} | {h.n} | {h.top1:.3f} | {h.top3:.3f} | {speed} |"


def heldout_card_lines(heldout: HeldOut, trained_at: str | None) -> list[str]:
    """The card's leading section: top-1 / top-3 per head, per-topic P/R, caveats."""
    lines = [
        "## Held-out figures (real messages labelled by hand)",
        f"{heldout.description} Labels: `{heldout.labels_file}` (ids + topics only; guide `{heldout.guide}`).",
        "",
    ]
    if trained_at and trained_at != heldout.trained_at:
        lines += [f"**Stale:** measured on the artifact trained {heldout.trained_at}; this one was trained "
                  f"{trained_at}. Re-run `python bench/topics_default_heldout.py --write`.", ""]
    lines += ["| head | n | top-1 | top-3 | texts/s (2 busy cores; — = encoder-bound, see docs/SIGNALS.md) |", "|---|---|---|---|---|",
              *(_row(h) for h in heldout.heads)]
    if heldout.with_reason:
        lines += ["", "Messages with a contact reason only (gold `other` left out):", "",
                  "| head | n | top-1 | top-3 | texts/s |", "|---|---|---|---|---|", *(_row(h) for h in heldout.with_reason)]
    if heldout.stored_top1 is not None:
        lines += ["", f"As the night stores it (fast head, confidence threshold, fallback `other`): top-1 "
                      f"{heldout.stored_top1:.3f}."]
    for head in heldout.heads:
        if not head.per_topic:
            continue
        lines += ["", f"Per topic, {head.label} (top-1; topics with ≥ 5 gold messages):", "",
                  "| topic | support | precision | recall |", "|---|---|---|---|"]
        for topic, s in head.per_topic.items():
            prec = "—" if s.precision is None else f"{s.precision:.2f}"
            lines.append(f"| {topic} | {s.support} | {prec} | {s.recall:.2f} |")
    if heldout.notes:
        lines += ["", *(f"- {n}" for n in heldout.notes)]
    return lines + [""]
