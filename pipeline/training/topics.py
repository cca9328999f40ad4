"""Training a topic model from a labelled CSV (or from seed phrases) and writing its model card."""

from __future__ import annotations

import json
import platform
import time
from datetime import datetime, timezone
from pathlib import Path

from pipeline.training.model_io import LabelledData, read_labelled_csv
from pipeline.training.topics_heldout import HeldOut, heldout_card_lines, load_heldout
from pipeline.analyse.taxonomy import load_taxonomy, taxonomy_path
from pipeline.analyse.topics import (
    ARTIFACT_VERSION,
    TopicModel,
    build_seed_artifact,
    file_digest,
    fit_with_cv,
    model_dir,
    save_artifact,
)
from pipeline.nlp.embeddings import DEFAULT_CACHE_PATH


def _progress(total: int, label: str):
    from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

    progress = Progress(TextColumn("[bold]{task.description}"), BarColumn(), TextColumn("{task.completed}/{task.total}"),
                        TimeElapsedColumn(), transient=False)
    task = progress.add_task(label, total=total)
    return progress, (lambda: progress.advance(task))


def short_path(path) -> str:
    """``folder/file`` of a path: model cards and metrics name files without machine-specific prefixes."""
    p = Path(path)
    return f"{p.parent.name}/{p.name}" if p.parent.name else p.name


def train_topics(
    taxonomy: str,
    data: str | Path | None = None,
    text_column: str = "text",
    label_column: str = "label",
    encoder: str | None = "use",
    C: float = 1.0,
    folds: int = 5,
    class_weight: str | None = None,
    models_dir: str | Path | None = None,
    rules_dir: str | Path | None = None,
    cache_path: str | Path | None = DEFAULT_CACHE_PATH,
    show_progress: bool = True,
    unlabelled: list[str] | None = None,
    unlabelled_column: str = "text",
    pool_limit: int | None = None,
) -> dict:
    """Train ``models/topics-<taxonomy>/`` and return its metrics.

    With ``data``: a fast head (TF-IDF + linear SVM) and, unless ``encoder`` is None, a full head
    (TF-IDF + sentence embedding), each cross-validated (stratified ``folds``-fold) for the card
    and then fitted on all rows. Without ``data``: the seed phrases of the taxonomy file; with
    ``unlabelled`` CSVs (column ``unlabelled_column``) the fast head is distilled from the encoder
    head on those texts (see :func:`pipeline.analyse.topics.distil_student`); for a taxonomy with
    ``scorer: distilled`` the teacher is the zero-shot matcher instead (see
    :func:`pipeline.analyse.zero_shot_head.distil_matcher`; ``unlabelled`` is then required).
    ``pool_limit`` keeps a seeded random sample of that many pool texts (the encoder is the cost).
    """
    start = time.perf_counter()
    out_dir = model_dir(taxonomy, models_dir)
    tax_file = taxonomy_path(taxonomy, rules_dir)
    tax = load_taxonomy(taxonomy, rules_dir) if tax_file.exists() else None
    if data is None:
        if tax is None:
            raise FileNotFoundError(f"no --data given and no taxonomy file {tax_file} to take seed phrases from")
        pool = sample_pool(read_pool(unlabelled or [], unlabelled_column), pool_limit)
        if tax.scorer != "seed_head":
            return _train_distilled(tax, pool, unlabelled or [], out_dir, tax_file, rules_dir, cache_path, folds, start)
        progress, tick = (None, None)
        if show_progress and pool:
            progress, tick = _progress(folds, f"distilling topics-{taxonomy} from {len(pool)} unlabelled texts")
            progress.start()
        try:
            artifact = build_seed_artifact(tax, rules_dir, with_encoder=encoder is not None, pool=pool,
                                           cache_path=str(cache_path) if cache_path else None, folds=folds,
                                           progress=tick)
        finally:
            if progress is not None:
                progress.stop()
        if pool:
            artifact["distilled"]["sources"] = [short_path(p) for p in unlabelled or []]  # no machine paths on the card
        dataset = None
    else:
        dataset = read_labelled_csv(data, text_column, label_column)
        if tax is not None:
            unknown = sorted(set(dataset.labels) - set(tax.topics))
            if unknown:
                raise ValueError(f"{data}: labels not in taxonomy {tax_file}: {unknown[:20]}")
        settings = (
            {"min_confidence": tax.min_confidence, "max_topics": tax.max_topics, "fallback_topic": tax.fallback_topic}
            if tax is not None else {"min_confidence": 0.25, "max_topics": 3, "fallback_topic": "other"}
        )
        heads_spec = [("fast", None)] + ([("full", encoder)] if encoder else [])
        progress, tick = (None, None)
        if show_progress:
            progress, tick = _progress(len(heads_spec) * (folds + 1), f"training topics-{taxonomy}")
            progress.start()
        heads, cv = {}, {}
        try:
            for head, enc in heads_spec:
                proto = TopicModel(encoder=enc, C=C, class_weight=class_weight,
                                   cache_path=str(cache_path) if cache_path else None)
                if enc and progress is not None:
                    progress.console.print(f"encoding {dataset.rows} texts with {enc} (cached by text hash)")
                    proto._embed(dataset.texts)  # fill the cache once, outside the CV loop
                model, report = fit_with_cv(proto, dataset.texts, dataset.labels, folds=folds, progress=tick)
                if tick:
                    tick()
                heads[head] = model
                cv[head] = None if report is None else {
                    "folds": report.folds, "accuracy": report.accuracy, "macro_f1": report.macro_f1,
                    "seconds": round(report.seconds, 1),
                }
        finally:
            if progress is not None:
                progress.stop()
        artifact = {
            "version": ARTIFACT_VERSION,
            "taxonomy": taxonomy,
            "heads": heads,
            "segment": False,
            "settings": settings,
            "taxonomy_digest": file_digest(tax_file),
            "cv": cv,
            "data": short_path(dataset.path),
        }
    seconds = time.perf_counter() - start
    artifact["trained_at"] = datetime.now(timezone.utc).isoformat(timespec="seconds")
    artifact["training_seconds"] = round(seconds, 1)
    artifact["params"] = {"encoder": encoder, "C": C, "folds": folds, "class_weight": class_weight}
    if dataset is not None:
        artifact["rows"] = dataset.rows
        artifact["data_sha256"] = dataset.sha256
        artifact["labels"] = sorted(set(dataset.labels))
    for model in artifact["heads"].values():
        model.cache_path = None  # no machine-specific path inside the artifact
    path = save_artifact(out_dir, artifact)
    meta = {k: v for k, v in artifact.items() if k != "heads"}
    meta["artifact_bytes"] = path.stat().st_size
    (out_dir / "metrics.json").write_text(json.dumps(meta, ensure_ascii=False, indent=2, default=str) + "\n",
                                          encoding="utf-8")
    (out_dir / "MODEL_CARD.md").write_text(topic_model_card(meta, dataset, tax_file if tax else None, load_heldout(out_dir)),
                                           encoding="utf-8")
    return meta


def sample_pool(pool: list[str], limit: int | None, seed: int = 0) -> list[str]:
    """At most ``limit`` texts of ``pool`` (a seeded random sample, in pool order)."""
    if limit is None or len(pool) <= limit:
        return pool
    import numpy as np

    keep = np.sort(np.random.default_rng(seed).choice(len(pool), size=limit, replace=False))
    return [pool[i] for i in keep]


def _train_distilled(tax, pool: list[str], sources: list[str], out_dir: Path, tax_file: Path, rules_dir,
                     cache_path, folds: int, start: float) -> dict:
    """``models/topics-<name>/`` of a ``scorer: distilled`` taxonomy: the fast head distilled from the
    zero-shot matcher on ``pool``."""
    from pipeline.analyse.topics import build_distilled_artifact

    if tax.scorer == "zero_shot":
        raise ValueError(f"{tax_file}: scorer zero_shot needs no training (the matcher is built when the night "
                         "loads it); set scorer: distilled to train the nightly head from --unlabelled texts")
    if not pool:
        raise ValueError(f"{tax_file}: scorer distilled needs unlabelled in-domain texts (--unlabelled FILE)")
    artifact = build_distilled_artifact(tax, pool, rules_dir, cache_path=str(cache_path) if cache_path else None,
                                        folds=max(folds, 2))
    artifact["distilled"]["sources"] = [short_path(p) for p in sources]
    artifact["trained_at"] = datetime.now(timezone.utc).isoformat(timespec="seconds")
    artifact["training_seconds"] = round(time.perf_counter() - start, 1)
    artifact["params"] = {"teacher": "zero_shot", "encoder": tax.zero_shot.encoder, "pool_texts": len(pool)}
    path = save_artifact(out_dir, artifact)
    meta = {k: v for k, v in artifact.items() if k != "heads"}
    meta["artifact_bytes"] = path.stat().st_size
    (out_dir / "metrics.json").write_text(json.dumps(meta, ensure_ascii=False, indent=2, default=str) + "\n",
                                          encoding="utf-8")
    (out_dir / "MODEL_CARD.md").write_text(distilled_model_card(meta, tax_file), encoding="utf-8")
    return meta


def distilled_model_card(meta: dict, tax_file: Path) -> str:
    """Model card of a fast head distilled from the zero-shot matcher."""
    name, d = meta["taxonomy"], meta["distilled"]
    missing = d.get("topics_without_pseudo_labels") or []
    return "\n".join([
        f"# Model card — topics-{name} (distilled from the zero-shot matcher)",
        "",
        f"Nightly contact-reason head of taxonomy `{name}` (`scorer: distilled` in `{short_path(tax_file)}`): "
        "TF-IDF → linear SVM, no sentence encoder at night.",
        "",
        "## Training (no labelled data)",
        f"- Teacher: the zero-shot matcher (`pipeline/analyse/zero_shot.py`, encoder {d['encoder']}) on the "
        "taxonomy's names, descriptions and seed phrases.",
        f"- Pool: {d['pool_texts']} unlabelled in-domain texts from " + ", ".join(f"`{p}`" for p in d.get("sources", []))
        + f"; {d['pseudo_labelled']} kept as pseudo-labels (matcher confidence ≥ {d['pseudo_label_confidence']}, "
        f"≤ {d['per_topic_cap']} per topic) + the taxonomy's {d['taxonomy_phrases']} phrases ×3.",
        "- Topics the matcher gave no confident pool text: "
        + (f"{', '.join(missing)} (learnt from the taxonomy's phrases only)." if missing else "none."),
        f"- Trained: {meta['trained_at']} in {meta['training_seconds']} s ({platform.machine()}, "
        f"Python {platform.python_version()}).",
        f"- Artifact: `model.joblib`, {meta.get('artifact_bytes', 0) / 1e6:.1f} MB; metrics in `metrics.json`.",
        "",
        "## Use",
        f"- `load_topic_classifier(\"{name}\")` returns this head while the taxonomy file is unchanged (after an "
        "edit the matcher scores until it is rebuilt); `fast=False` gives the matcher itself.",
        "- Figures on test sets the matcher and pools never saw: `docs/SIGNALS.md` (zero-shot topics).",
        "",
        "## Limitations",
        "- It learns the matcher's mistakes as well as its hits; a labelled CSV (`--data`) beats it.",
        "- A larger pool helps: every in-domain text you have, not a sample (BANKING77 top-3 0.844 with 2,000 texts, "
        "0.883 with 10,003 and `per_topic_cap: 100`; `docs/SIGNALS.md`, round 3).",
        "",
        "## Rebuild",
        "```",
        f"servicelens train topics --taxonomy {name} --unlabelled POOL.csv",
        "```",
        "",
    ])


def read_pool(paths: list[str], column: str = "text") -> list[str]:
    """Unlabelled texts for distillation: normalised (placeholders for URLs, mentions, companies),
    de-duplicated, in file order."""
    import pandas as pd

    from pipeline.analyse.text_features import normalise_text

    seen: dict[str, None] = {}
    for path in paths:
        frame = pd.read_csv(path, dtype=str, keep_default_na=False)
        if column not in frame.columns:
            raise ValueError(f"{path}: no column {column!r}; columns are {list(frame.columns)}")
        for text in frame[column]:
            norm = normalise_text(text)
            if len(norm) >= 5:
                seen.setdefault(norm)
    return list(seen)


def _fmt(v) -> str:
    return "—" if v is None else f"{v:.4f}"


def topic_model_card(meta: dict, dataset: LabelledData | None, tax_file: Path | None,
                     heldout: HeldOut | None = None) -> str:
    """The model card; it leads with the hand-labelled held-out figures when ``heldout`` is given."""
    name = meta["taxonomy"]
    cv = meta.get("cv") or {}
    rows = []
    for head in ("full", "fast"):
        if head in cv:
            r = cv[head] or {}
            what = "TF-IDF + USE-multilingual embedding → linear SVM" if head == "full" else "TF-IDF → linear SVM (nightly)"
            if head == "fast" and meta.get("distilled"):
                what = "TF-IDF → linear SVM, distilled from the full head (nightly)"
            rows.append(f"| {head} | {what} | {r.get('folds', '—')} | {_fmt(r.get('accuracy'))} | {_fmt(r.get('macro_f1'))} |")
    data_lines = (
        [f"- Data file: `{short_path(dataset.path)}` (sha256 `{dataset.sha256[:16]}…`), {dataset.rows} rows, "
         f"{len(set(dataset.labels))} labels."]
        if dataset is not None else [f"- Data: the seed phrases of `{short_path(tax_file)}` (no labelled data)."]
    )
    distilled = meta.get("distilled")
    if distilled:
        scv = distilled.get("seed_cv") or {}
        data_lines += [
            f"- Fast head distilled from the full (USE) head: {distilled['pool_texts']} unlabelled texts from "
            + ", ".join(f"`{p}`" for p in distilled.get("sources", []))
            + f" labelled by the full head (kept when confidence ≥ {distilled['min_confidence']}, "
            f"≤ {distilled['per_class_cap']} per topic) + the seeds ×3.",
            f"- Accuracy on held-out seed phrases ({scv.get('folds', '—')}-fold): plain TF-IDF head "
            f"{_fmt(scv.get('fast_accuracy'))}, distilled {_fmt(scv.get('distilled_accuracy'))}, "
            f"full USE head {_fmt(scv.get('teacher_accuracy'))}.",
        ]
    return "\n".join([
        f"# Model card — topics-{name}",
        "",
        f"Contact-reason classifier for taxonomy `{name}` (multi-label output with confidences; "
        "see `pipeline/analyse/topics.py`).",
        "",
        *(heldout_card_lines(heldout, meta.get("trained_at")) if heldout is not None else []),
        "## Training",
        *data_lines,
        f"- Trained: {meta['trained_at']} in {meta['training_seconds']} s (incl. cross-validation and "
        f"embedding; {platform.machine()}, Python {platform.python_version()}).",
        f"- Parameters: {json.dumps(meta.get('params'), ensure_ascii=False)}.",
        f"- Artifact: `model.joblib`, {meta.get('artifact_bytes', 0) / 1e6:.1f} MB; metrics in `metrics.json`.",
        "",
        "## Cross-validated metrics (stratified k-fold on the training data)",
        "| head | features | folds | accuracy | macro-F1 |",
        "|---|---|---|---|---|",
        *rows,
        "",
        "Held-out figures: run `servicelens evaluate topics --model "
        f"{name} --data TEST.csv` (prints both heads).",
        "",
        "## Use",
        "- `load_topic_classifier(\"" + name + "\")` returns the **fast** head (no sentence encoder; thousands of "
        "texts/s): the nightly analysis uses it. `fast=False` gives the full head (encoder-bound).",
        "- Confidences: softmax of the SVM decision values with a temperature fitted on out-of-fold decisions.",
        "",
        "## Limitations",
        "- Trained on the data named above only; texts far from it (other domains, languages) get low confidences.",
        "- Labels are single per training row; multi-label output comes from confidence thresholds.",
        "",
        "## Rebuild",
        "```",
        f"servicelens train topics --taxonomy {name}"
        + (f" --data {short_path(dataset.path)}" if dataset is not None else ""),
        "```",
        "",
    ])
