"""Hand-labelled English support requests (BANKING77 / NLU++) for the English sentiment head's domain check.

Ids and labels live in ``tests/data/en_requests_sentiment_labels.csv`` (guide beside it); the texts are read
back from ``../shared/data`` and never committed. :func:`request_figures` says how a labeller (the trained
head, VADER) calls them: how many plain (neutral) requests it calls negative, and negative precision / recall.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from pipeline.config import PROJECT_ROOT

LABELS_PATH = PROJECT_ROOT / "tests" / "data" / "en_requests_sentiment_labels.csv"
DEFAULT_DATA = PROJECT_ROOT.parent / "shared" / "data"


@dataclass(frozen=True)
class EnglishRequests:
    """One split of the labelled English requests: ids, texts, gold labels (negative / neutral / positive)."""

    split: str
    ids: list[str]
    texts: list[str]
    labels: np.ndarray


def _texts(data: Path) -> dict[tuple[str, str], str]:
    import pandas as pd

    out: dict[tuple[str, str], str] = {}
    bank = data / "banking77_en" / "test.csv"
    if bank.exists():
        frame = pd.read_csv(bank, dtype=str, keep_default_na=False)
        out.update({("banking77", i): t for i, t in zip(frame["id"], frame["text"])})
    for name in ("banking", "hotels"):
        path = data / "nlupp_en" / f"{name}.jsonl"
        if path.exists():
            for line in path.read_text(encoding="utf-8").splitlines():
                row = json.loads(line)
                out[("nlupp", row["id"])] = row["text"]
    return out


def load_english_requests(split: str, data_dir: str | Path | None = None,
                          labels_csv: str | Path | None = None) -> EnglishRequests | None:
    """The labelled rows of ``split`` (``tune`` / ``report``) whose texts are in ``data_dir``
    (default ``../shared/data``); None when none are (the data is absent)."""
    import pandas as pd

    gold = pd.read_csv(Path(labels_csv) if labels_csv else LABELS_PATH, dtype=str, keep_default_na=False)
    gold = gold[gold["split"] == split]
    text_of = _texts(Path(data_dir) if data_dir else DEFAULT_DATA)
    keep = [(s, i) in text_of for s, i in zip(gold["source"], gold["id"])]
    gold = gold[keep]
    if gold.empty:
        return None
    keys = list(zip(gold["source"], gold["id"]))
    return EnglishRequests(split, [f"{s}:{i}" for s, i in keys], [text_of[k] for k in keys], gold["label"].to_numpy())


def request_figures(predicted: np.ndarray, gold: np.ndarray) -> dict:
    """Neutral requests called negative, and negative precision / recall / accuracy of ``predicted`` labels."""
    predicted, gold = np.asarray(predicted), np.asarray(gold)
    called = predicted == "negative"
    hits = int((called & (gold == "negative")).sum())
    neutral = gold == "neutral"
    return {"rows": int(len(gold)), "gold_negative": int((gold == "negative").sum()),
            "neutral": int(neutral.sum()), "neutral_called_negative": int((called & neutral).sum()),
            "called_negative": int(called.sum()),
            "negative_precision": round(hits / max(1, int(called.sum())), 4),
            "negative_recall": round(hits / max(1, int((gold == "negative").sum())), 4),
            "accuracy": round(float((predicted == gold).mean()), 4)}
