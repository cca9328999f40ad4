"""Decision thresholds and calibrated confidences for the linear text heads.

* :func:`tune_class_bias` — per-class offsets added to the decision values, chosen on a
  validation slice (never the test slice) to maximise a metric (F1(pos,neg) for sentiment): this
  moves the neutral margin where the data says, instead of where ``class_weight`` left it.
* :func:`expected_calibration_error` and :func:`reliability_diagram` — how far stored confidences
  are from observed accuracy (10 equal-width bins), for the model cards.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable, Sequence

import numpy as np


def tune_class_bias(decisions: np.ndarray, y_index: np.ndarray, metric: Callable[[np.ndarray, np.ndarray], float],
                    free: Sequence[int], grid: Sequence[float] = tuple(np.round(np.arange(-1.0, 1.01, 0.1), 2))
                    ) -> tuple[np.ndarray, float]:
    """Offsets (one per class, 0 for classes not in ``free``) maximising ``metric(y_index, pred_index)``
    over a grid; ties keep the smaller offsets. Returns (bias, best metric)."""
    bias = np.zeros(decisions.shape[1], dtype=np.float32)
    best = metric(y_index, decisions.argmax(axis=1))
    free = list(free)

    def search(pos: int, current: np.ndarray) -> None:
        nonlocal bias, best
        if pos == len(free):
            score = metric(y_index, (decisions + current).argmax(axis=1))
            if score > best + 1e-9 or (abs(score - best) <= 1e-9 and np.abs(current).sum() < np.abs(bias).sum()):
                bias, best = current.copy(), score
            return
        for value in grid:
            current[free[pos]] = value
            search(pos + 1, current)
        current[free[pos]] = 0.0

    search(0, np.zeros_like(bias))
    return bias, float(best)


def expected_calibration_error(confidence: np.ndarray, correct: np.ndarray, bins: int = 10) -> float:
    """ECE: Σ_bins (n_bin / n) · |accuracy_bin − mean confidence_bin| over equal-width bins of the
    confidence of the predicted class."""
    confidence, correct = np.asarray(confidence, dtype=float), np.asarray(correct, dtype=float)
    if len(confidence) == 0:
        return 0.0
    edges = np.linspace(0.0, 1.0, bins + 1)
    idx = np.clip(np.digitize(confidence, edges[1:-1], right=True), 0, bins - 1)
    ece = 0.0
    for b in range(bins):
        mask = idx == b
        if mask.any():
            ece += mask.mean() * abs(correct[mask].mean() - confidence[mask].mean())
    return float(ece)


def reliability_table(confidence: np.ndarray, correct: np.ndarray, bins: int = 10) -> list[dict]:
    """Per bin: range, rows, mean confidence, accuracy (the points of the reliability diagram)."""
    confidence, correct = np.asarray(confidence, dtype=float), np.asarray(correct, dtype=float)
    edges = np.linspace(0.0, 1.0, bins + 1)
    idx = np.clip(np.digitize(confidence, edges[1:-1], right=True), 0, bins - 1)
    return [{"low": float(edges[b]), "high": float(edges[b + 1]), "rows": int((idx == b).sum()),
             "confidence": float(confidence[idx == b].mean()) if (idx == b).any() else None,
             "accuracy": float(correct[idx == b].mean()) if (idx == b).any() else None} for b in range(bins)]


def reliability_diagram(curves: dict[str, tuple[np.ndarray, np.ndarray]], path: str | Path, title: str) -> Path:
    """PNG of accuracy vs confidence per bin for each named (confidence, correct) pair."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(5, 5), dpi=100)
    ax.plot([0, 1], [0, 1], linestyle="--", color="grey", label="perfect calibration")
    for name, (conf, corr) in curves.items():
        pts = [r for r in reliability_table(conf, corr) if r["rows"]]
        ax.plot([r["confidence"] for r in pts], [r["accuracy"] for r in pts], marker="o",
                label=f"{name} (ECE {expected_calibration_error(conf, corr):.3f})")
    ax.set_xlabel("confidence of the predicted class")
    ax.set_ylabel("observed accuracy")
    ax.set_xlim(0, 1)
    ax.set_ylim(0, 1)
    ax.set_title(title, fontsize=9)
    ax.legend(fontsize=7, loc="upper left")
    fig.tight_layout()
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path)
    plt.close(fig)
    return path


def fit_temperature_ece(decisions: np.ndarray, y_index: np.ndarray,
                        grid: Sequence[float] = tuple(np.geomspace(0.1, 3.0, 241))) -> float:
    """Softmax temperature minimising the ECE of the predicted class's confidence on a validation
    slice (the argmax, hence every label, is unchanged). Log-loss temperature scaling fits the whole
    distribution; the stored confidences are read as "how sure is this label", which ECE measures."""
    from pipeline.analyse.linear_text import softmax

    pred = decisions.argmax(axis=1)
    correct = pred == y_index
    rows = np.arange(len(pred))
    return float(min(grid, key=lambda t: (expected_calibration_error(softmax(decisions, t)[rows, pred], correct), t)))
