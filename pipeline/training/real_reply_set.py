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
SPLITS = ("tune", "untouched", "fresh", "fresh2", "fresh3", "fresh4")
# the first 330 (tune + untouched) were both read through the rules by now: both are tuning data
TUNING_SPLITS = ("tune", "untouched")
# what the learned criteria train on: every split the rules were already tuned on; fresh2 stays
# for evaluation (GUIDE.md, "Second fresh split")
TRAINING_SPLITS = ("tune", "untouched", "fresh")
FRESH_LABELS = "labels_fresh.jsonl"
FRESH2_LABELS = "labels_fresh2.jsonl"
FRESH3_LABELS = "labels_fresh3.jsonl"
FRESH4_LABELS = "labels_fresh4.jsonl"
# labels changed by a later guide decision (GUIDE.md, "The lead's decision on clear_language"): the
# label files keep the labels as first given, this file says what the decision changed
RELABELS = "labels_relabel.jsonl"
# The fresh set's second stratum: replies whose words hint at the criteria that had no positive
# example in the first 330. A cue is a hint for *sampling* only (chosen before labelling, never the
# rules' output); the label is still read against the guide.
FRESH_CUES: dict[str, str] = {
    "more_help": r"обращайтесь|обратитесь|повторно обрат|обратиться повторно|просим (?:вас )?сообщить|сообщите|"
                 r"при возникновении|в случае (?:повтор|если|возникнов|необходимост)|направьте",
    "closing": r"с уважением|спасибо|благодар",
    "name_use": r"уважаем\w* (?!пользовател|житель|заявител|автор)[А-ЯЁ]",
    "empathy": r"сожале|понима[ею]|извин|беспоко",
}
# The second fresh set's ``hint`` stratum: words taken from the guide's own examples of the rare
# criteria (GUIDE.md, label table), written before any fresh2 reply was read and never from the
# rules' phrases. A hint only picks a candidate for labelling; the label is read against the guide.
FRESH2_HINTS: dict[str, str] = {
    "more_help": r"по телефону|нов\w* (?:сообщени|обращени)|если проблема|при возникновении вопрос|"
                 r"просим (?:вас )?(?:сообщ|направ|обращ|размест)|повторн\w* (?:нарушени|обращ)|обращайтесь|"
                 r"вы можете",
    "closing": r"благодарим за|спасибо за|с уважением|гражданск\w* позици",
    "no_blame_shifting": r"компетенци|зон\w* ответственност|в ведении|рекомендуем обратиться|не входит в|не относится",
    "empathy": r"понимаем|сожалеем|беспокойств|столкнуться",
    "name_use": r"уважаем\w* (?:\[СКРЫТО\]|\[NAME\]|(?!пользовател|житель|заявител|автор)[А-ЯЁ])",
}
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


def _template_key(text: str) -> str:
    return re.sub(r"\W+", " ", text.lower())[:150]


def unlabelled_in_hash_order(replies: dict[str, Reply], labelled: Iterable[str], salt: str) -> list[str]:
    """The fresh splits' candidate order: every reply not in ``labelled``, ≥ 20 characters, ordered by
    ``sha1(salt + ":" + id)``, skipping one whose first 150 folded characters repeat a labelled reply
    or an earlier candidate (one template is labelled once)."""
    labelled = set(labelled)
    seen = {_template_key(replies[rid].text) for rid in labelled if rid in replies}
    candidates: list[str] = []
    for _, rid in sorted((hashlib.sha1(f"{salt}:{rid}".encode()).hexdigest(), rid) for rid in replies):
        if rid in labelled:
            continue
        key = _template_key(replies[rid].text)
        if key in seen or len(replies[rid].text.strip()) < 20:
            continue
        seen.add(key)
        candidates.append(rid)
    return candidates


def sample_fresh_ids(replies: dict[str, Reply], labelled: Iterable[str], n_random: int = 115,
                     n_cue: int = 40) -> list[tuple[str, str]]:
    """The fresh set's sampling rule (guide, "Fresh split"): ``(id, stratum)`` pairs.

    Every reply not labelled before, ≥ 20 characters, ordered by ``sha1("fresh:" + id)``; a reply
    whose first 150 folded characters repeat a labelled one or an earlier pick is skipped. The first
    ``n_random`` are the ``random`` stratum; then, from the rest in the same order, every reply with
    a cue of more_help / closing / name_use and then of empathy (:data:`FRESH_CUES`), up to ``n_cue``
    in all, is the ``cue`` stratum.
    """
    candidates = unlabelled_in_hash_order(replies, labelled, "fresh")
    chosen = [(rid, "random") for rid in candidates[:n_random]]
    rest = candidates[n_random:]
    rare = [rid for rid in rest if any(re.search(FRESH_CUES[c], replies[rid].text, re.IGNORECASE if c != "name_use" else 0)
                                         for c in ("more_help", "closing", "name_use"))]
    empathy = [rid for rid in rest if rid not in rare and re.search(FRESH_CUES["empathy"], replies[rid].text, re.I)]
    chosen += [(rid, "cue") for rid in (rare + empathy)[:n_cue]]
    return chosen


def sample_fresh2_ids(replies: dict[str, Reply], labelled: Iterable[str], n_random: int = 110,
                      n_hint: int = 40) -> list[tuple[str, str]]:
    """The second fresh set's sampling rule (guide, "Second fresh split"): ``(id, stratum)`` pairs.

    Every reply not labelled before (``labelled``: the first 330 and the fresh 155), ≥ 20
    characters, ordered by ``sha1("fresh2:" + id)``, skipping one whose first 150 folded characters
    repeat a labelled reply or an earlier pick. The first ``n_random`` are the ``random`` stratum;
    then, from the rest in the same order, the ``hint`` stratum takes in turn (more_help, closing,
    no_blame_shifting, empathy, name_use, again…) the next reply holding a hint of that criterion
    (:data:`FRESH2_HINTS`), up to ``n_hint`` in all; a criterion without further hits drops out.
    """
    candidates = unlabelled_in_hash_order(replies, labelled, "fresh2")
    chosen = [(rid, "random") for rid in candidates[:n_random]]
    queues = {name: [rid for rid in candidates[n_random:]
                     if re.search(hint, replies[rid].text, 0 if name == "name_use" else re.IGNORECASE)]
              for name, hint in FRESH2_HINTS.items()}
    taken: set[str] = set()
    while len(taken) < n_hint and any(queues.values()):
        for queue in queues.values():
            while queue and queue[0] in taken:
                queue.pop(0)
            if queue and len(taken) < n_hint:
                rid = queue.pop(0)
                taken.add(rid)
                chosen.append((rid, "hint"))
    return chosen


def sample_fresh3_ids(replies: dict[str, Reply], labelled: Iterable[str], n: int = 100) -> list[str]:
    """The third fresh set's sampling rule (guide, "Third fresh split"): random only.

    Every reply not labelled before (``labelled``: tune, untouched, fresh, fresh2), ≥ 20 characters,
    ordered by ``sha1("fresh3:" + id)``, skipping one whose first 150 folded characters repeat a
    labelled reply or an earlier pick; the first ``n`` (fewer if the pool has fewer).
    """
    return unlabelled_in_hash_order(replies, labelled, "fresh3")[:n]


def sample_fresh4_ids(replies: dict[str, Reply], labelled: Iterable[str], n: int = 100) -> list[str]:
    """The fourth fresh set's sampling rule (guide, "Fourth fresh split"): the fresh3 rule with the
    salt ``"fresh4"``, over every reply not in tune, untouched, fresh, fresh2 or fresh3."""
    return unlabelled_in_hash_order(replies, labelled, "fresh4")[:n]


def load_relabels(label_dir: Path = REAL_SET_DIR) -> dict[tuple[str, str], dict]:
    """The guide decisions' label changes, by ``(reply id, criterion)``."""
    path = label_dir / RELABELS
    if not path.is_file():
        return {}
    with open(path, encoding="utf-8") as fh:
        return {(rec["id"], rec["criterion"]): rec for rec in map(json.loads, filter(str.strip, fh))}


def vote_negative_ids(replies: dict[str, Reply], size: int, salt: str = "vote-negatives") -> list[str]:
    """The unlabelled replies the learned sentence vote takes as passes (``rules/scorecard_learned.yaml``,
    ``unlabelled_real``): the first ``size`` candidates of :func:`unlabelled_in_hash_order` with every labelled
    reply excluded. A new real split must leave these out (they are training data)."""
    labelled = [rec["id"] for rec in load_labels(SPLITS, first_labels=True)]
    return unlabelled_in_hash_order(replies, labelled, salt)[:size]


def load_labels(splits: Iterable[str] = SPLITS, label_dir: Path = REAL_SET_DIR, *,
                first_labels: bool = False) -> list[dict]:
    """The labelled replies of the given splits (``fresh`` … ``fresh4`` live in their own files).

    By default a label a later guide decision changed (:data:`RELABELS`) is the changed one and the
    record keeps the first in ``first_gold``; ``first_labels=True`` gives the labels as first given.
    """
    wanted = set(splits)
    out: list[dict] = []
    for name in ("labels.jsonl", FRESH_LABELS, FRESH2_LABELS, FRESH3_LABELS, FRESH4_LABELS):
        path = label_dir / name
        if path.is_file():
            with open(path, encoding="utf-8") as fh:
                out += [rec for rec in map(json.loads, filter(str.strip, fh)) if rec["split"] in wanted]
    if first_labels:
        return out
    relabels = load_relabels(label_dir)
    for rec in out:
        changed = {crit: ch for (rid, crit), ch in relabels.items() if rid == rec["id"]}
        if changed:
            rec["first_gold"] = dict(rec["gold"])
            rec["gold"] = {**rec["gold"], **{crit: ch["relabel"] for crit, ch in changed.items()}}
    return out


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
