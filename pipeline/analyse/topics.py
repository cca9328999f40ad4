"""Contact-reason topics: multi-label with confidences, Russian and English.

Two heads, both linear models over the same TF-IDF features (:class:`TextTfidf`):

* ``fast`` — TF-IDF (word 1–2 + char 2–5) + linear SVM. Thousands of texts per second: this is
  what :func:`load_topic_classifier` returns by default and what the nightly analysis uses.
* ``full`` — the same TF-IDF concatenated with the unit-norm USE-multilingual sentence embedding.
  More accurate (BANKING77 0.93 vs 0.91) but bound by the encoder (~250–1500 short texts/s on 2 cores, far
  less on long texts): for offline evaluation and re-scoring (``load_topic_classifier(...,
  fast=False)``).

Where the model comes from:

* ``models/topics-<taxonomy>/model.joblib`` when it exists (``servicelens train topics``);
  ``models/topics-default/`` is built from the seed phrases with its fast head *distilled* from
  the USE head on unlabelled in-domain texts (``--unlabelled``; see :func:`distil_student`);
* otherwise the seed phrases of ``rules/topics/<taxonomy>.yaml`` (no labelled data needed),
  fitted in about a second when first asked for (also when the shipped seed model is older than
  the taxonomy file).

The taxonomy's ``scorer`` decides what a taxonomy without a labelled model gets: ``seed_head`` (the
above), ``zero_shot`` (the sentence-embedding matcher of :mod:`pipeline.analyse.zero_shot_head`, encoder-bound)
or ``distilled`` (the fast head trained on the matcher's labels of unlabelled in-domain texts by
``servicelens train topics --unlabelled``; the matcher until it is built).

Confidences are a softmax over the SVM decision values with a temperature fitted on
cross-validated decisions. A topic is returned when its confidence reaches the taxonomy's
``min_confidence`` (at most ``max_topics``), highest first; the fallback topic (``other``) when
nothing fits. Seed models score every sentence of a text and keep each topic's maximum, so one
contact can carry several reasons.
"""

from __future__ import annotations

import functools
import hashlib
import logging
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Sequence

import joblib
import numpy as np

from pipeline.analyse.linear_text import LinearTextClassifier, fit_with_cv
from pipeline.analyse.taxonomy import Taxonomy, load_taxonomy, taxonomy_path
from pipeline.config import DEFAULT_MODELS_DIR
from pipeline.model import TopicResult

log = logging.getLogger(__name__)

MODEL_FILE = "model.joblib"
ARTIFACT_VERSION = 1
_SENTENCE_SPLIT = re.compile(r"(?<=[.!?…])\s+|\n+")


TopicModel = LinearTextClassifier  # the topic model is the generic linear text classifier


def split_sentences(text: str, max_segments: int = 30) -> list[str]:
    parts = [p.strip() for p in _SENTENCE_SPLIT.split(text or "") if p and p.strip()]
    return parts[:max_segments] or [text or ""]


@dataclass
class TopicClassifier:
    """Multi-label contact-reason classifier of one taxonomy (see the module docs)."""

    taxonomy: str
    model: TopicModel
    min_confidence: float = 0.25
    max_topics: int = 3
    fallback_topic: str = "other"
    segment: bool = False  # score each sentence and keep the max per topic (seed models)
    source: str = "seeds"  # "seeds" or the model directory
    head: str = "fast"

    @property
    def topics(self) -> list[str]:
        return [str(c) for c in self.model.classes_]

    def predict_proba(self, texts: Sequence[str]) -> np.ndarray:
        """Confidence per topic (columns = :attr:`topics`) for each text."""
        texts = [t or "" for t in texts]
        if not self.segment:
            return self.model.predict_proba(texts)
        segments, owner = [], []
        for i, text in enumerate(texts):
            parts = split_sentences(text)
            segments.extend(parts)
            owner.extend([i] * len(parts))
        proba = self.model.predict_proba(segments)
        out = np.zeros((len(texts), proba.shape[1]), dtype=np.float64)
        np.maximum.at(out, np.asarray(owner), proba)
        return out

    def predict_topics(self, texts: list[str]) -> list[list[TopicResult]]:
        """Topics of each text, highest confidence first; the fallback topic when nothing fits."""
        if not texts:
            return []
        proba = self.predict_proba(texts)
        classes = self.topics
        fallback_idx = classes.index(self.fallback_topic) if self.fallback_topic in classes else None
        results: list[list[TopicResult]] = []
        for text, row in zip(texts, proba):
            if not (text or "").strip():
                results.append([TopicResult(self.fallback_topic, 1.0, self.taxonomy)])
                continue
            order = np.argsort(-row)
            chosen = [
                TopicResult(classes[j], round(float(row[j]), 4), self.taxonomy)
                for j in order
                if row[j] >= self.min_confidence and j != fallback_idx
            ][: self.max_topics]
            if not chosen:
                conf = float(row[fallback_idx]) if fallback_idx is not None else 1.0 - float(row.max())
                chosen = [TopicResult(self.fallback_topic, round(conf, 4), self.taxonomy)]
            results.append(chosen)
        return results

    def predict(self, texts: list[str]) -> list[str]:
        """Single best topic per text (for evaluation against single-label data)."""
        return [str(self.model.classes_[j]) for j in np.argmax(self.predict_proba(texts), axis=1)]


# ---------------------------------------------------------------- artifacts


def model_dir(taxonomy: str, models_dir: str | Path | None = None) -> Path:
    return (Path(models_dir) if models_dir else DEFAULT_MODELS_DIR) / f"topics-{taxonomy}"


def file_digest(path: Path) -> str | None:
    return hashlib.sha256(path.read_bytes()).hexdigest()[:12] if path.exists() else None


def save_artifact(directory: Path, artifact: dict) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / MODEL_FILE
    joblib.dump(artifact, path, compress=3)
    return path


def distil_student(teacher: LinearTextClassifier, seed_texts: list[str], seed_labels: list[str], pool: list[str],
                   min_confidence: float = 0.5, per_class_cap: int = 1500, seed_repeat: int = 3) -> LinearTextClassifier:
    """A fast TF-IDF head trained on the seeds plus the unlabelled ``pool`` labelled by the encoder
    ``teacher`` (kept when its confidence ≥ ``min_confidence``, at most ``per_class_cap`` most
    confident per topic). Seeds are repeated ``seed_repeat`` times so they outweigh pseudo-labels."""
    from pipeline.analyse.zero_shot_head import pseudo_labels

    picked = pseudo_labels(teacher.predict_proba(pool), [str(c) for c in teacher.classes_], min_confidence,
                           per_class_cap)
    texts = list(seed_texts) * seed_repeat + [pool[i] for i, _ in picked]
    labels = list(seed_labels) * seed_repeat + [topic for _, topic in picked]
    return LinearTextClassifier(encoder=None, C=1.0, temperature=teacher.temperature).fit(texts, labels)


def distil_cv(seed_texts: list[str], seed_labels: list[str], pool: list[str], folds: int = 3,
              cache_path: str | None = None, seed: int = 13, progress=None, **kwargs) -> dict:
    """Accuracy on held-out seed phrases of: the plain fast head, the distilled student, the teacher."""
    from sklearn.model_selection import StratifiedKFold

    x, y = np.asarray(seed_texts, dtype=object), np.asarray(seed_labels)
    hits = {"fast": 0, "distilled": 0, "teacher": 0}
    for tr, te in StratifiedKFold(folds, shuffle=True, random_state=seed).split(x, y):
        teacher = LinearTextClassifier(encoder="use", cache_path=cache_path).fit(list(x[tr]), y[tr])
        student = distil_student(teacher, list(x[tr]), list(y[tr]), pool, **kwargs)
        plain = LinearTextClassifier().fit(list(x[tr]), y[tr])
        for name, m in (("fast", plain), ("distilled", student), ("teacher", teacher)):
            hits[name] += int((m.predict(list(x[te])) == y[te]).sum())
        if progress is not None:
            progress()
    return {"folds": folds, **{f"{k}_accuracy": v / len(y) for k, v in hits.items()}}


def build_seed_artifact(tax: Taxonomy, rules_dir: str | Path | None = None, with_encoder: bool = False,
                        pool: list[str] | None = None, cache_path: str | None = None, folds: int = 5,
                        progress=None) -> dict:
    """Fit the fast (and optionally the USE) head on the taxonomy's seed phrases.

    With ``pool`` (unlabelled in-domain texts) and an encoder, the fast head is distilled from
    the USE head (:func:`distil_student`): the nightly model then generalises beyond the seeds
    without calling the encoder.
    """
    texts, labels = tax.seed_examples()
    heads = {}
    reports = {}
    for head, encoder in (("fast", None), ("full", "use")):
        if head == "full" and not with_encoder:
            continue
        model, report = fit_with_cv(TopicModel(encoder=encoder, C=1.0, cache_path=cache_path), texts, labels,
                                    folds=folds)
        heads[head] = model
        reports[head] = report
    cv: dict[str, dict[str, float | None] | None] = {
        h: (None if r is None else {"accuracy": r.accuracy, "macro_f1": r.macro_f1, "folds": r.folds})
        for h, r in reports.items()}
    distilled: dict[str, Any] | None = None  # the artifact's JSON record of the distillation
    if pool and "full" in heads:
        heads["fast"] = distil_student(heads["full"], texts, labels, pool)
        distilled = {"pool_texts": len(pool), "min_confidence": 0.5, "per_class_cap": 1500}
        if folds >= 2:
            distilled["seed_cv"] = distil_cv(texts, labels, pool, folds=folds, cache_path=cache_path,
                                             progress=progress)
            cv["fast"] = {"accuracy": distilled["seed_cv"]["distilled_accuracy"], "macro_f1": None,
                          "folds": folds}
    return {
        "version": ARTIFACT_VERSION,
        "taxonomy": tax.name,
        "heads": heads,
        "segment": True,
        "settings": {"min_confidence": tax.min_confidence, "max_topics": tax.max_topics,
                     "fallback_topic": tax.fallback_topic},
        "taxonomy_digest": file_digest(taxonomy_path(tax.name, rules_dir)),
        "cv": cv,
        "distilled": distilled,
        "data": "seed phrases",
    }


@functools.lru_cache(maxsize=16)
def _seed_artifact_cached(name: str, rules_dir: str | None, digest: str | None) -> dict:
    return build_seed_artifact(load_taxonomy(name, rules_dir), rules_dir)


def load_artifact(taxonomy: str, models_dir: str | Path | None = None) -> dict | None:
    path = model_dir(taxonomy, models_dir) / MODEL_FILE
    if not path.exists():
        return None
    artifact = joblib.load(path)
    if artifact.get("version") != ARTIFACT_VERSION:
        raise ValueError(f"{path}: artifact version {artifact.get('version')} != {ARTIFACT_VERSION}; retrain it")
    return artifact


def build_distilled_artifact(tax: Taxonomy, pool: list[str], rules_dir: str | Path | None = None,
                             cache_path: str | None = None, folds: int = 3) -> dict:
    """The seed-mode artifact of a ``distilled`` taxonomy: the fast head distilled from the zero-shot
    matcher on the unlabelled ``pool`` (:func:`pipeline.analyse.zero_shot_head.distil_matcher`)."""
    from pipeline.analyse.zero_shot_head import distil_matcher

    head, record = distil_matcher(tax, pool, cache_path=cache_path, folds=folds)
    return {
        "version": ARTIFACT_VERSION,
        "taxonomy": tax.name,
        "heads": {"fast": head},
        "segment": False,
        "settings": {"min_confidence": tax.min_confidence, "max_topics": tax.max_topics,
                     "fallback_topic": tax.fallback_topic},
        "taxonomy_digest": file_digest(taxonomy_path(tax.name, rules_dir)),
        "cv": {},
        "distilled": record,
        "scorer": "distilled",
        "data": "seed phrases",
    }


def zero_shot_classifier(tax: Taxonomy, cache_path: str | None = None) -> TopicClassifier:
    """The zero-shot matcher of ``tax`` as a :class:`TopicClassifier` (encoder-bound; vectors cached)."""
    from pipeline.analyse.zero_shot_head import ZeroShotHead, matcher_for

    return TopicClassifier(taxonomy=tax.name, model=ZeroShotHead(matcher_for(tax, cache_path)),  # type: ignore[arg-type]
                           min_confidence=tax.min_confidence, max_topics=tax.max_topics,
                           fallback_topic=tax.fallback_topic, segment=False, source="zero-shot matcher",
                           head="zero_shot")


def load_topic_classifier(
    taxonomy: str = "default",
    models_dir: str | Path | None = None,
    rules_dir: str | Path | None = None,
    fast: bool = True,
) -> TopicClassifier:
    """The classifier of ``taxonomy``: the trained model in ``models/topics-<taxonomy>/`` if any,
    else what the taxonomy's ``scorer`` asks for (``rules/topics/<taxonomy>.yaml``): the fast head
    fitted on its seed phrases (``seed_head``), the zero-shot matcher (``zero_shot``), or the fast
    head distilled from the matcher (``distilled``; the matcher until ``servicelens train topics
    --unlabelled`` has built it).

    ``fast=True`` (default, nightly) never calls a sentence encoder unless the taxonomy's scorer is
    the zero-shot matcher; ``fast=False`` uses the encoder head when the artifact has one (the matcher
    for a distilled one). A seed-built artifact whose taxonomy file has changed since training is
    ignored (rebuilt from the current seeds, or replaced by the matcher).
    """
    artifact = load_artifact(taxonomy, models_dir)
    source = str(model_dir(taxonomy, models_dir))
    tax_file = taxonomy_path(taxonomy, rules_dir)
    if artifact is not None and artifact.get("data") == "seed phrases":
        current = file_digest(tax_file)
        if current is not None and current != artifact.get("taxonomy_digest"):
            artifact = None  # the seeds were edited after the model was built
    tax = load_taxonomy(taxonomy, rules_dir) if tax_file.exists() else None
    if artifact is not None and artifact.get("data") == "seed phrases" and tax is not None:
        wanted = {"seed_head": None, "zero_shot": "zero_shot", "distilled": "distilled"}[tax.scorer]
        if artifact.get("scorer") != wanted or wanted == "zero_shot":
            artifact = None  # built for another scorer
    if artifact is not None and artifact.get("scorer") == "distilled" and not fast and tax is not None:
        return zero_shot_classifier(tax)  # the teacher, for re-scoring
    if artifact is None:
        if tax is None:
            raise FileNotFoundError(
                f"no model {model_dir(taxonomy, models_dir)} and no taxonomy {tax_file}"
            )
        if tax.scorer != "seed_head":
            if tax.scorer == "distilled":
                log.warning("topics-%s: no distilled model in %s (servicelens train topics --taxonomy %s "
                            "--unlabelled FILE builds it); the zero-shot matcher scores it, at encoder speed",
                            taxonomy, model_dir(taxonomy, models_dir), taxonomy)
            return zero_shot_classifier(tax)
        rd = str(rules_dir) if rules_dir else None
        artifact = _seed_artifact_cached(taxonomy, rd, file_digest(tax_file))
        source = "seeds"
    heads = artifact["heads"]
    head = "fast" if fast or "full" not in heads else "full"
    settings = artifact["settings"]
    return TopicClassifier(
        taxonomy=artifact["taxonomy"],
        model=heads[head],
        min_confidence=settings["min_confidence"],
        max_topics=settings["max_topics"],
        fallback_topic=settings["fallback_topic"],
        segment=artifact.get("segment", False),
        source=source,
        head=head,
    )
