"""The hand-labelled complaint set: sample plan, texts read back by id, the fixed tune/report split.

Only ``source,id,label[,note]`` is committed (``tests/data/complaint_labels.csv``); the texts stay in
``../shared/data`` (research use) and are read back here by id. Ids per source (see
``tests/data/COMPLAINT_LABELLING.md``):

* ``spb``         ``appeal_id`` of ``spb_citizen_complaints_ru/appeals.csv`` (the first message, ``text``);
* ``sentirueval`` ``id`` of ``sentirueval2016_ru/{bank,ttk}_train.csv`` (``bank_train_12``);
* ``banking77``   ``id`` of ``banking77_en/test.csv`` (``test_3``);
* ``nlupp``       ``id`` of ``nlupp_en/{banking,hotels}.jsonl`` (``hotels_f0_1``);
* ``tweeteval``   ``train_<row>``: 0-based data row of ``tweeteval_sentiment_en/train.csv``.

The split is a fixed rule, stratified by source: within each source the labelled ids are ordered
by ``sha1("source:id")`` and the first 60 % are ``tune``, the rest ``report``. Nothing is tuned on
``report``.
"""

from __future__ import annotations

import csv
import hashlib
import json
import random
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from pipeline.config import PROJECT_ROOT

DATA_DIR = PROJECT_ROOT.parent / "shared" / "data"
LABELS_PATH = PROJECT_ROOT / "tests" / "data" / "complaint_labels.csv"
SEED = 2611
TUNE_SHARE = 0.6
SPLITS = ("tune", "report", "all")
LANGUAGE = {"spb": "ru", "sentirueval": "ru", "banking77": "en", "nlupp": "en", "tweeteval": "en"}


@dataclass(frozen=True)
class SourcePlan:
    """How many messages of a source are drawn; ``negative`` of them among the source's own
    negative-sentiment rows (tweets: complaints are rare among all tweets)."""

    source: str
    size: int
    negative: int = 0


SAMPLE_PLAN = (
    SourcePlan("spb", 150),
    SourcePlan("sentirueval", 80, negative=40),
    SourcePlan("banking77", 80),
    SourcePlan("nlupp", 80),
    SourcePlan("tweeteval", 60, negative=30),
)


@dataclass(frozen=True)
class Message:
    source: str
    id: str
    text: str

    @property
    def language(self) -> str:
        return LANGUAGE[self.source]


@dataclass(frozen=True)
class Labelled:
    source: str
    id: str
    label: int  # 1 complaint, 0 not
    split: str
    text: str

    @property
    def language(self) -> str:
        return LANGUAGE[self.source]


class MissingData(FileNotFoundError):
    """``../shared/data`` (or one of its files) is not on this machine."""


def _csv_rows(path: Path) -> list[dict[str, str]]:
    if not path.is_file():
        raise MissingData(f"{path} not found (the research data lives in ../shared/data)")
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def _jsonl_rows(path: Path) -> list[dict]:
    if not path.is_file():
        raise MissingData(f"{path} not found (the research data lives in ../shared/data)")
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def source_rows(source: str, data_dir: Path = DATA_DIR) -> list[tuple[str, str, str | None]]:
    """``(id, text, source's own sentiment label or None)`` of every usable row of a source."""
    if source == "spb":
        rows = _csv_rows(data_dir / "spb_citizen_complaints_ru" / "appeals.csv")
        return [(r["appeal_id"], r["text"], None) for r in rows if (r.get("text") or "").strip()]
    if source == "sentirueval":
        out: list[tuple[str, str, str | None]] = []
        for name in ("bank_train.csv", "ttk_train.csv"):
            out += [(r["id"], r["text"], r["label"]) for r in _csv_rows(data_dir / "sentirueval2016_ru" / name)]
        return out
    if source == "banking77":
        return [(r["id"], r["text"], None) for r in _csv_rows(data_dir / "banking77_en" / "test.csv")]
    if source == "nlupp":
        out = []
        for name in ("banking.jsonl", "hotels.jsonl"):
            out += [(r["id"], r["text"], None) for r in _jsonl_rows(data_dir / "nlupp_en" / name)]
        return out
    if source == "tweeteval":
        rows = _csv_rows(data_dir / "tweeteval_sentiment_en" / "train.csv")
        return [(f"train_{i}", r["text"], r["label"]) for i, r in enumerate(rows)]
    raise ValueError(f"unknown source {source!r}; known: {sorted(LANGUAGE)}")


def draw_sample(data_dir: Path = DATA_DIR, plan: Iterable[SourcePlan] = SAMPLE_PLAN, seed: int = SEED) -> list[Message]:
    """The labelling sample: a fixed draw per source (same data and seed → same sample)."""
    out: list[Message] = []
    for p in plan:
        rng = random.Random(f"{seed}:{p.source}")
        rows = source_rows(p.source, data_dir)
        negative = [r for r in rows if r[2] == "negative"]
        rest = [r for r in rows if r[2] != "negative"]
        picked = rng.sample(negative, p.negative) + rng.sample(rest, p.size - p.negative)
        rng.shuffle(picked)  # the labeller does not see which stratum a text came from
        out += [Message(p.source, rid, text) for rid, text, _ in picked]
    return out


def split_of(labels: Iterable[tuple[str, str]], share: float = TUNE_SHARE) -> dict[tuple[str, str], str]:
    """``(source, id) → tune|report``: per source, the first ``share`` by sha1 of ``source:id``."""
    by_source: dict[str, list[str]] = {}
    for source, rid in labels:
        by_source.setdefault(source, []).append(rid)
    out: dict[tuple[str, str], str] = {}
    for source, ids in by_source.items():
        ordered = sorted(ids, key=lambda i: hashlib.sha1(f"{source}:{i}".encode()).hexdigest())
        n_tune = round(len(ordered) * share)
        for k, rid in enumerate(ordered):
            out[(source, rid)] = "tune" if k < n_tune else "report"
    return out


def read_labels(path: Path = LABELS_PATH) -> list[tuple[str, str, int]]:
    """``(source, id, label)`` of the committed labels file (label ``complaint`` → 1, ``not`` → 0)."""
    rows = []
    with Path(path).open(encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            label = r["label"].strip().lower()
            if label not in ("complaint", "not"):
                raise ValueError(f"{path}: label {label!r} of {r['source']}:{r['id']} is not complaint|not")
            rows.append((r["source"].strip(), r["id"].strip(), int(label == "complaint")))
    return rows


def load_labelled(split: str = "all", path: Path = LABELS_PATH, data_dir: Path = DATA_DIR) -> list[Labelled]:
    """The labelled messages of one split with their texts read back from ``data_dir``."""
    if split not in SPLITS:
        raise ValueError(f"split {split!r}; choose one of {SPLITS}")
    labels = read_labels(path)
    splits = split_of((s, i) for s, i, _ in labels)
    texts: dict[str, dict[str, str]] = {}
    out = []
    for source, rid, label in labels:
        if source not in texts:
            texts[source] = {i: t for i, t, _ in source_rows(source, data_dir)}
        if rid not in texts[source]:
            raise MissingData(f"{source}:{rid} not found in {data_dir}")
        part = splits[(source, rid)]
        if split in ("all", part):
            out.append(Labelled(source, rid, label, part, texts[source][rid]))
    return out
