"""The real-reply evaluation set: hand labels of official written replies, texts read by id.

The labels (``tests/data/scorecard_real/labels.jsonl``) hold only ids and per-criterion labels;
the texts stay in ``../shared/data/spb_citizen_complaints_ru/answers_sample.jsonl`` (research use,
never copied into the repository). How the replies were sampled and labelled:
``tests/data/scorecard_real/GUIDE.md``.

A reply id is ``"<appeal_id>:<answer index>"``. Each reply becomes a two-turn written
:class:`~pipeline.model.Interaction`: the resident's complaint (the category they picked, then
their text), then the organisation's reply
(``complaint`` signal set, as the analysis stage would). :func:`evaluate_real` scores it with the
scorecard engine and counts, per labelled criterion, the gold/predicted pairs.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from pipeline.scoring.scorecard_engine import ScorecardEngine
from pipeline.config import PROJECT_ROOT
from pipeline.model import Channel, Interaction, SignalResult, Speaker, Status, Turn

REAL_SET_DIR = PROJECT_ROOT / "tests" / "data" / "scorecard_real"
REPLIES_PATH = PROJECT_ROOT.parent / "shared" / "data" / "spb_citizen_complaints_ru" / "answers_sample.jsonl"
SPLITS = ("tune", "untouched")
# labelled criterion -> scorecard criterion ids that decide it, first one present wins
CRITERION_MAP: dict[str, tuple[str, ...]] = {
    "greeting": ("greeting", "email_greeting"),
    "name_use": ("name_use",),
    "empathy": ("empathy",),
    "clear_language": ("clear_language",),
    "solution_next_steps": ("solution_next_steps",),
    "time_frame": ("time_frame",),
    "more_help": ("more_help",),
    "closing": ("closing",),
    "no_blame_shifting": ("no_blame_shifting",),
    "no_rudeness": ("no_rudeness",),
}
_PORTAL_MASK = re.compile(r"\[СКРЫТО\]")


@dataclass(frozen=True, slots=True)
class Reply:
    """One official reply with the complaint it answers."""

    reply_id: str
    complaint: str
    text: str
    answered_at: datetime


def split_of(reply_id: str) -> str:
    """The fixed split rule: a third of the ids (by hash) is kept untouched."""
    return "untouched" if int(hashlib.sha1(f"split:{reply_id}".encode()).hexdigest(), 16) % 3 == 0 else "tune"


def read_replies(path: Path = REPLIES_PATH) -> dict[str, Reply]:
    """Every reply of the source file by id (the portal's masks become the PII placeholder)."""
    out: dict[str, Reply] = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            # the resident picked the category from the portal's list: its words are theirs too
            complaint = _PORTAL_MASK.sub("[NAME]", f"{row.get('reason') or ''}. {row.get('text') or ''}".strip(". "))
            for i, answer in enumerate(row.get("answers") or []):
                rid = f"{row['appeal_id']}:{i}"
                out[rid] = Reply(rid, complaint, _PORTAL_MASK.sub("[NAME]", answer.get("text") or ""),
                                 datetime.fromisoformat(answer["dt"]))
    return out


def sample_reply_ids(replies: dict[str, Reply], n: int = 330) -> list[str]:
    """The sampling rule of the guide: order by sha1(id), skip a reply whose first 150 folded
    characters repeat an earlier one (templates) or that is shorter than 20 characters."""
    seen: set[str] = set()
    chosen: list[str] = []
    for _, rid in sorted((hashlib.sha1(rid.encode()).hexdigest(), rid) for rid in replies):
        text = replies[rid].text
        key = re.sub(r"\W+", " ", text.lower())[:150]
        if key in seen or len(text.strip()) < 20:
            continue
        seen.add(key)
        chosen.append(rid)
        if len(chosen) >= n:
            break
    return chosen


def load_labels(splits: Iterable[str] = SPLITS, label_dir: Path = REAL_SET_DIR) -> list[dict]:
    wanted = set(splits)
    with open(label_dir / "labels.jsonl", encoding="utf-8") as fh:
        return [rec for rec in map(json.loads, filter(str.strip, fh)) if rec["split"] in wanted]


def reply_to_interaction(reply: Reply, channel: Channel = Channel.EMAIL) -> Interaction:
    """The reply as the scoring stage would see a one-reply written contact."""
    turns = [
        Turn(index=0, speaker=Speaker.CUSTOMER, text=reply.complaint, started_at=reply.answered_at),
        Turn(index=1, speaker=Speaker.AGENT, text=reply.text, started_at=reply.answered_at),
    ]
    inter = Interaction(
        interaction_id=f"{channel.value}:spb-{reply.reply_id}",
        channel=channel,
        started_at=reply.answered_at,
        language="ru",
        turns=turns,
        status=Status.INGESTED,
    )
    inter.signals = [SignalResult("complaint", True, 1.0)]
    return inter


@dataclass
class ClassCounts:
    """Gold/predicted pairs of one criterion; ``pass`` = present, ``fail`` = absent/violation."""

    counts: dict[tuple[str, str], int] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)

    def add(self, gold: str, predicted: str, reply_id: str) -> None:
        self.counts[(gold, predicted)] = self.counts.get((gold, predicted), 0) + 1
        if gold != predicted:
            self.errors.append(f"{reply_id}: gold {gold}, predicted {predicted}")

    def gold(self, cls: str) -> int:
        return sum(v for (g, _), v in self.counts.items() if g == cls)

    def precision_recall(self, cls: str) -> tuple[float | None, float | None]:
        tp = self.counts.get((cls, cls), 0)
        predicted = sum(v for (_, p), v in self.counts.items() if p == cls)
        actual = self.gold(cls)
        return (tp / predicted if predicted else None, tp / actual if actual else None)

    def false_alarm_rate(self) -> float | None:
        """On a criterion whose gold is all one class: the share predicted as the other class."""
        classes = {g for (g, _) in self.counts}
        if len(classes) != 1:
            return None
        only = classes.pop()
        n = sum(self.counts.values())
        return sum(v for (_, p), v in self.counts.items() if p != only) / n if n else None


def evaluate_real(records: list[dict], replies: dict[str, Reply], engine: ScorecardEngine,
                  channel: Channel = Channel.EMAIL) -> dict[str, ClassCounts]:
    """Per labelled criterion, the counts of (gold, predicted); ``na`` predictions count as fail."""
    stats: dict[str, ClassCounts] = {}
    for rec in records:
        reply = replies.get(rec["id"])
        if reply is None:
            raise KeyError(f"reply {rec['id']} not in the source file")
        predicted = {r.criterion_id: r.result for r in engine.evaluate(reply_to_interaction(reply, channel))}
        for name, gold in rec["gold"].items():
            ids = CRITERION_MAP.get(name)
            if ids is None:
                continue
            pred = next((predicted[c] for c in ids if c in predicted), "na")
            stats.setdefault(name, ClassCounts()).add(gold, "pass" if pred == "pass" else "fail", rec["id"])
    return stats
