"""The cue margin of the Russian sentiment head, chosen on hand-labelled real requests.

A Russian text without emotional cues (:mod:`pipeline.analyse.sentiment_cues`) is called negative
only when the head's negative decision beats the neutral one by ``cue_margin``: a plain problem
report is neutral in a contact centre, while the tweets the head learnt from call every complaint
negative. The margin is chosen on the SPb appeals labelled ``split=tune`` and ``split=tune2``
(:data:`TUNE_SPLITS`) in ``tests/data/spb_appeals_sentiment_labels.csv`` (guide beside it): the smallest margin whose
negative precision reaches the target there (else the one with the best F0.5). The ``report``
rows are never used to choose anything; they give the figures of the model card and the bench.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np

from pipeline.analyse.sentiment_cues import NEGATIVE, apply_cue_margin
from pipeline.config import PROJECT_ROOT

__all__ = ["RequestSet", "apply_cue_margin", "call_figures", "f_half", "load_request_set", "negative_figures", "report_sets",
           "tune_cue_margin"]

LABELS_PATH = PROJECT_ROOT / "tests" / "data" / "spb_appeals_sentiment_labels.csv"
RELABEL_PATH = PROJECT_ROOT / "tests" / "data" / "spb_appeals_sentiment_relabel.csv"  # report, relabelled blind
DEFAULT_APPEALS = PROJECT_ROOT.parent / "shared" / "data" / "spb_citizen_complaints_ru" / "appeals.csv"
MARGIN_GRID = tuple(float(m) for m in np.round(np.arange(0.0, 3.01, 0.25), 2))
TARGET_PRECISION = 0.80
TUNE_SPLITS = ("tune", "tune2")  # the appeals that choose the cue margin; "report" chooses nothing
REPORT_SPLITS = ("report", "report2")  # labelled requests that choose nothing


@dataclass(frozen=True)
class RequestSet:
    """Hand-labelled requests of one split: ids, texts, gold labels."""

    split: str
    ids: list[str]
    texts: list[str]
    labels: np.ndarray


def load_request_set(split: str | tuple[str, ...], appeals_csv: str | Path | None = None,
                     labels_csv: str | Path | None = None) -> RequestSet | None:
    """The labelled SPb appeals of ``split`` (``tune``, ``tune2``, ``report``, or a tuple of them, e.g.
    :data:`TUNE_SPLITS`) with their texts; None when the appeals file is absent (the texts are never
    in the repository)."""
    splits = (split,) if isinstance(split, str) else tuple(split)
    import pandas as pd

    appeals = Path(appeals_csv) if appeals_csv else DEFAULT_APPEALS
    if not appeals.exists():
        return None
    gold = pd.read_csv(Path(labels_csv) if labels_csv else LABELS_PATH, dtype=str)
    if "split" not in gold.columns:
        raise ValueError("the labels file needs a 'split' column (tune / report)")
    gold = gold[gold["split"].isin(splits)]
    frame = pd.read_csv(appeals, dtype=str, keep_default_na=False, usecols=["appeal_id", "text"])
    text_of = dict(zip(frame["appeal_id"], frame["text"]))
    gold = gold[gold["appeal_id"].isin(text_of)]
    ids = gold["appeal_id"].tolist()
    return RequestSet("+".join(splits), ids, [text_of[i] for i in ids], gold["label"].to_numpy())


def report_sets(appeals_csv: str | Path | None = None) -> dict[str, RequestSet]:
    """The labelled requests that choose nothing, by name: ``report`` (first labels), ``report_relabel`` (the same
    appeals relabelled blind against the whole guide) and ``report2`` (200 more, labelled before any model ran on
    them). Empty when the appeals file is absent."""
    sets = {"report": load_request_set("report", appeals_csv),
            "report_relabel": load_request_set("report", appeals_csv, RELABEL_PATH),
            "report2": load_request_set("report2", appeals_csv)}
    return {name: s for name, s in sets.items() if s is not None and len(s.texts)}


def call_figures(called: np.ndarray, gold: np.ndarray) -> dict:
    """How many texts are called negative (``called``, bools), and their precision / recall against ``gold`` (bools)."""
    hits = int((called & gold).sum())
    return {"rows": int(len(gold)), "gold_negative": int(gold.sum()), "called_negative": int(called.sum()),
            "negative_precision": round(hits / max(1, int(called.sum())), 4),
            "negative_recall": round(hits / max(1, int(gold.sum())), 4)}


def negative_figures(decisions: np.ndarray, labels: np.ndarray) -> dict:
    """How many argmax calls are negative, and their precision / recall against ``labels``."""
    return call_figures(decisions.argmax(axis=1) == NEGATIVE, np.asarray(labels) == "negative")


def f_half(f: dict) -> float:
    """F0.5 of negative precision and recall in figures of :func:`call_figures` (precision weighs more)."""
    p, r = f["negative_precision"], f["negative_recall"]
    return 0.0 if p + r == 0 else 1.25 * p * r / (0.25 * p + r)


def tune_cue_margin(decisions: np.ndarray, has_cue: np.ndarray, labels: np.ndarray,
                    target: float = TARGET_PRECISION, grid=MARGIN_GRID) -> tuple[float, dict]:
    """The smallest margin of ``grid`` reaching ``target`` negative precision, else the best F0.5.
    Returns (margin, {margin: figures})."""
    by_margin = {m: negative_figures(apply_cue_margin(decisions, has_cue, m), labels) for m in grid}
    reaching = [m for m in grid if by_margin[m]["negative_precision"] >= target and by_margin[m]["called_negative"]]
    if reaching:
        return min(reaching), by_margin
    return max(grid, key=lambda m: (f_half(by_margin[m]), -m)), by_margin
