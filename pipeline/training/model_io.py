"""Small helpers shared by model training and evaluation: labelled CSVs, metrics, model cards."""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import numpy as np


class DataError(ValueError):
    """A labelled CSV cannot be used; the message says which file and why."""


@dataclass
class LabelledData:
    path: str
    texts: list[str]
    labels: list[str]
    sha256: str

    @property
    def rows(self) -> int:
        return len(self.texts)


def read_labelled_csv(path: str | Path, text_column: str = "text", label_column: str = "label",
                      drop_labels: tuple[str, ...] = ()) -> LabelledData:
    """Read ``text_column``/``label_column`` of a CSV; rows with an empty text or label are dropped."""
    import pandas as pd

    path = Path(path)
    if not path.exists():
        raise DataError(f"{path}: file not found")
    try:
        frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    except Exception as exc:  # pandas raises many kinds
        raise DataError(f"{path}: not a readable CSV: {exc}") from exc
    missing = [c for c in (text_column, label_column) if c not in frame.columns]
    if missing:
        raise DataError(f"{path}: missing column(s) {missing}; columns are {list(frame.columns)}")
    frame = frame[(frame[text_column].str.strip() != "") & (frame[label_column].str.strip() != "")]
    if drop_labels:
        frame = frame[~frame[label_column].isin(drop_labels)]
    if frame.empty:
        raise DataError(f"{path}: no rows with both a text and a label")
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    return LabelledData(str(path), frame[text_column].tolist(), frame[label_column].str.strip().tolist(), digest)


def classification_summary(y_true, y_pred, top_confused: int = 10) -> dict:
    """Accuracy, macro-F1, per-class F1 and the most frequent (true → predicted) confusions."""
    from sklearn.metrics import accuracy_score, f1_score, precision_recall_fscore_support

    y_true = np.asarray([str(v) for v in y_true])
    y_pred = np.asarray([str(v) for v in y_pred])
    labels = sorted(set(y_true) | set(y_pred))
    per_class = f1_score(y_true, y_pred, labels=labels, average=None, zero_division=0)
    precision, recall, _, support = precision_recall_fscore_support(y_true, y_pred, labels=labels, zero_division=0)
    confused = Counter((t, p) for t, p in zip(y_true, y_pred) if t != p).most_common(top_confused)
    return {
        "n": int(len(y_true)),
        "accuracy": float(accuracy_score(y_true, y_pred)),
        "macro_f1": float(f1_score(y_true, y_pred, labels=sorted(set(y_true)), average="macro", zero_division=0)),
        "per_class_f1": {lab: float(f) for lab, f in zip(labels, per_class)},
        "per_class": {lab: {"precision": float(p), "recall": float(r), "f1": float(f), "support": int(n)}
                      for lab, p, r, f, n in zip(labels, precision, recall, per_class, support)},
        "macro_recall": float(np.mean([r for lab, r in zip(labels, recall) if lab in set(y_true)])),
        "confused_pairs": [{"true": t, "predicted": p, "count": c} for (t, p), c in confused],
    }


def sentiment_summary(y_true, y_pred) -> dict:
    """The SentiRuEval figures: accuracy, macro-F1 (3 classes) and F1(pos,neg) = mean F1 of
    positive and negative."""
    from sklearn.metrics import f1_score

    base = classification_summary(y_true, y_pred, top_confused=6)
    f1 = f1_score([str(v) for v in y_true], [str(v) for v in y_pred], labels=["positive", "negative"],
                  average=None, zero_division=0)
    base["f1_pos"], base["f1_neg"] = float(f1[0]), float(f1[1])
    base["f1_pos_neg"] = float(f1.mean())
    return base
