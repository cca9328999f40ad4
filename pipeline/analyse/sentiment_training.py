"""Training the default sentiment model from SentiRuEval-2016 (bank + telecom train tweets).

Reproducible: fixed folds (seed), the regularisation ``C`` chosen by grouped stratified 5-fold
cross-validation on F1(pos,neg) (the SentiRuEval metric), the confidence temperature fitted on the
out-of-fold decisions of the chosen ``C``, then one fit on all rows. Groups = hash of the
normalised text without placeholders, so retweets and copies never sit on both sides of a fold.
"""

from __future__ import annotations

import hashlib
import json
import platform
import time
from datetime import datetime, timezone
from pathlib import Path

import joblib
import numpy as np

from pipeline.analyse.linear_text import LinearTextClassifier, fit_temperature
from pipeline.analyse.model_io import read_labelled_csv, sentiment_summary
from pipeline.analyse.sentiment import ARTIFACT_VERSION, LABELS, MODEL_FILE
from pipeline.analyse.text_features import TextTfidf, normalise_text
from pipeline.config import DEFAULT_MODELS_DIR, PROJECT_ROOT

DEFAULT_DATA_DIR = PROJECT_ROOT.parent / "shared" / "data" / "sentirueval2016_ru"
SENTIRUEVAL_FILES = ("bank_train.csv", "ttk_train.csv")
C_GRID = (0.1, 0.3, 0.5, 1.0)
CLASS_WEIGHT = "balanced"
SEED = 13
_PLACEHOLDERS = {"ment", "url", "company", "0"}


def dedup_group(text: str) -> str:
    words = [w for w in normalise_text(text).split() if w not in _PLACEHOLDERS]
    return hashlib.md5(" ".join(words).encode("utf-8")).hexdigest()[:16]


def load_training_data(data_dir: str | Path | None = None, extra: list[str] | None = None,
                       text_column: str = "text", label_column: str = "label"):
    """Texts, labels and source description: the SentiRuEval train files (minus 'mixed') + extras."""
    base = Path(data_dir) if data_dir else DEFAULT_DATA_DIR
    texts, labels, sources = [], [], []
    for name in SENTIRUEVAL_FILES:
        path = base / name
        if not path.exists():
            raise FileNotFoundError(f"{path} not found (SentiRuEval-2016 train file); pass --data-dir")
        d = read_labelled_csv(path, "text", "label", drop_labels=("mixed",))
        texts += d.texts
        labels += d.labels
        sources.append({"path": str(path), "rows": d.rows, "sha256": d.sha256})
    for path in extra or []:
        d = read_labelled_csv(path, text_column, label_column, drop_labels=("mixed",))
        texts += d.texts
        labels += d.labels
        sources.append({"path": str(path), "rows": d.rows, "sha256": d.sha256})
    bad = sorted(set(labels) - set(LABELS))
    if bad:
        raise ValueError(f"labels must be one of {LABELS}; found {bad[:10]}")
    return texts, labels, sources


def cross_validate(texts: list[str], labels: list[str], folds: int = 5, c_grid=C_GRID, progress=None) -> dict:
    """Grouped stratified CV over ``c_grid``; returns the figures of each C and the best one."""
    from sklearn.model_selection import StratifiedGroupKFold
    from sklearn.svm import LinearSVC

    y = np.asarray(labels)
    groups = [dedup_group(t) for t in texts]
    classes = np.array(sorted(set(labels)))
    decisions = {c: np.zeros((len(y), len(classes)), dtype=np.float32) for c in c_grid}
    splitter = StratifiedGroupKFold(folds, shuffle=True, random_state=SEED)
    for tr, te in splitter.split(texts, y, groups):
        feats = TextTfidf()
        a = feats.fit_transform([texts[i] for i in tr])
        b = feats.transform([texts[i] for i in te])
        for c in c_grid:
            svm = LinearSVC(C=c, class_weight=CLASS_WEIGHT).fit(a, y[tr])
            decisions[c][te] = svm.decision_function(b)
        if progress is not None:
            progress()
    per_c = {}
    for c in c_grid:
        pred = classes[decisions[c].argmax(axis=1)]
        s = sentiment_summary(y, pred)
        per_c[c] = {k: s[k] for k in ("accuracy", "macro_f1", "f1_pos", "f1_neg", "f1_pos_neg")}
    best = max(c_grid, key=lambda c: per_c[c]["f1_pos_neg"])
    temperature = fit_temperature(decisions[best], np.searchsorted(classes, y))
    return {"folds": folds, "grouped_by": "hash of normalised text", "per_C": per_c, "best_C": best,
            "temperature": temperature, **per_c[best]}


def train_sentiment(data_dir: str | Path | None = None, extra: list[str] | None = None, text_column: str = "text",
                    label_column: str = "label", folds: int = 5, models_dir: str | Path | None = None,
                    show_progress: bool = True, c_grid=C_GRID) -> dict:
    """Build ``models/sentiment/`` and return its metadata (also written to metrics.json)."""
    start = time.perf_counter()
    texts, labels, sources = load_training_data(data_dir, extra, text_column, label_column)
    cv = None
    progress = None
    if show_progress:
        from rich.progress import Progress

        progress = Progress()
        task = progress.add_task("training sentiment", total=(folds if folds >= 2 else 0) + 1)
        progress.start()
    try:
        if folds >= 2:
            cv = cross_validate(texts, labels, folds, c_grid,
                                progress=(lambda: progress.advance(task)) if progress else None)
        best_c = cv["best_C"] if cv else 0.3
        model = LinearTextClassifier(encoder=None, C=best_c, class_weight=CLASS_WEIGHT,
                                     temperature=cv["temperature"] if cv else 0.5)
        model.fit(texts, labels)
        if progress is not None:
            progress.advance(task)
    finally:
        if progress is not None:
            progress.stop()
    seconds = time.perf_counter() - start
    counts = {lab: int(labels.count(lab)) for lab in LABELS}
    meta = {
        "version": ARTIFACT_VERSION,
        "trained_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "training_seconds": round(seconds, 1),
        "rows": len(texts),
        "label_counts": counts,
        "sources": sources,
        "cv": cv,
        "params": {"features": "TF-IDF word 1-2 + char_wb 2-5 of normalised text", "model": "LinearSVC",
                   "C": best_c, "class_weight": CLASS_WEIGHT, "temperature": model.temperature,
                   "c_grid": list(c_grid)},
        "english": "VADER (vaderSentiment), compound score, thresholds ±0.05",
    }
    out = Path(models_dir) if models_dir else DEFAULT_MODELS_DIR
    out = out / "sentiment"
    out.mkdir(parents=True, exist_ok=True)
    joblib.dump({**meta, "russian": model}, out / MODEL_FILE, compress=3)
    meta["artifact_bytes"] = (out / MODEL_FILE).stat().st_size
    (out / "metrics.json").write_text(json.dumps(meta, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    (out / "MODEL_CARD.md").write_text(sentiment_model_card(meta), encoding="utf-8")
    return meta


def _f(v) -> str:
    return "—" if v is None else f"{v:.4f}"


def sentiment_model_card(meta: dict) -> str:
    cv = meta.get("cv") or {}
    grid = "\n".join(
        f"| {c} | {_f(r['f1_pos_neg'])} | {_f(r['f1_pos'])} | {_f(r['f1_neg'])} | {_f(r['accuracy'])} | {_f(r['macro_f1'])} |"
        for c, r in (cv.get("per_C") or {}).items()
    )
    sources = "\n".join(f"- `{s['path']}` — {s['rows']} rows (sha256 `{s['sha256'][:16]}…`)" for s in meta["sources"])
    return f"""# Model card — sentiment

Per-turn / per-contact sentiment (negative / neutral / positive, score in [-1, 1], confidence) for
Russian and English customer texts. Code: `pipeline/analyse/sentiment.py`.

## What runs
- **Russian (and any non-English text)**: TF-IDF (word 1–2 + char_wb 2–5) of normalised text →
  linear SVM (C={meta['params']['C']}, class_weight=balanced); confidences = softmax(decision / T),
  T={meta['params']['temperature']:.3f} fitted on out-of-fold decisions; score = P(pos) − P(neg).
  Normalisation replaces URLs, @mentions, company names (banks, operators, «Ладога Телеком»)
  and numbers by placeholders, so the model does not learn which company people disliked back then.
- **English**: VADER compound score (rule-based lexicon from `vaderSentiment`), thresholds ±0.05.
  No English labelled data of this domain is available to train or evaluate on; VADER is the
  documented, well-understood baseline for short informal English text.
- Both are fast linear/lexicon models: this is the nightly per-turn path; no sentence encoder.

## Training data
SentiRuEval-2016 **train** files (tweets about banks and telecom operators, training period), tweet-level
labels, rows labelled `mixed` dropped. Research use only (see the data folder's SOURCE.md).
{sources}

Label counts: {json.dumps(meta['label_counts'], ensure_ascii=False)}. Trained {meta['trained_at']} in
{meta['training_seconds']} s (incl. CV; {platform.machine()}, Python {platform.python_version()}).

## Cross-validation (model selection)
{cv.get('folds', '—')}-fold stratified **grouped** CV (groups = hash of the normalised text without
placeholders: retweets and copies stay in one fold); C chosen on F1(pos,neg).

| C | F1(pos,neg) | F1 pos | F1 neg | accuracy | macro-F1 |
|---|---|---|---|---|---|
{grid}

Chosen: C={cv.get('best_C', '—')} → **F1(pos,neg) {_f(cv.get('f1_pos_neg'))}**, accuracy {_f(cv.get('accuracy'))},
macro-F1 {_f(cv.get('macro_f1'))}.

## Limitations
- The official SentiRuEval-2016 test set (a later period) is held out and was never seen; expect
  lower figures there than in CV (time gap: new events, new products).
- Tweets, not dialogues: agent turns (polite formulas) are mostly scored neutral, which is the intent.
- Sarcasm and mixed sentiment are not modelled (tweets labelled `mixed` were dropped).

## Rebuild
```
servicelens train sentiment            # --data-dir ../shared/data/sentirueval2016_ru by default
servicelens evaluate sentiment --data FILE.csv
```
"""
