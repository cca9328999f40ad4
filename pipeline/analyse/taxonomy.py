"""Topic taxonomies (``rules/topics/<name>.yaml``): contact reasons with descriptions and seed phrases."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from pipeline.config import DEFAULT_RULES_DIR, load_rules

_TOPIC_ID = re.compile(r"^[a-z][a-z0-9_]*$")


class TopicSpec(BaseModel):
    """One contact reason: what it means and how customers phrase it, per language."""

    model_config = ConfigDict(extra="forbid")

    description: str = Field(min_length=3)
    seeds: dict[str, list[str]] = Field(default_factory=dict)

    @field_validator("seeds")
    @classmethod
    def _clean_seeds(cls, value: dict[str, list[str]]) -> dict[str, list[str]]:
        for lang, phrases in value.items():
            if not re.fullmatch(r"[a-z]{2}", lang):
                raise ValueError(f"seed language {lang!r} must be a two-letter code such as ru or en")
            empty = [i for i, p in enumerate(phrases) if not isinstance(p, str) or not p.strip()]
            if empty:
                raise ValueError(f"seeds.{lang}: empty phrase at position(s) {empty}")
        return {lang: [p.strip() for p in phrases] for lang, phrases in value.items()}

    def all_seeds(self) -> list[str]:
        return [p for phrases in self.seeds.values() for p in phrases]


TopicScorer = Literal["seed_head", "zero_shot", "distilled"]


class ZeroShotSettings(BaseModel):
    """How the zero-shot matcher (:mod:`pipeline.analyse.zero_shot`) scores and distils a taxonomy."""

    model_config = ConfigDict(extra="forbid")

    encoder: Literal["e5", "use"] = "e5"
    # softmax temperature of the cosine scores: 0.012 ≈ the NLL fit on three dev sets (0.009-0.013,
    # bench/zero_shot_distil_tune.py); at 0.05 only 3-10 % of texts reached min_confidence 0.25
    temperature: float = Field(default=0.012, gt=0.0, le=1.0)
    # distillation (``servicelens train topics --unlabelled``): a pool text is a pseudo-label when the
    # matcher's confidence (at ``temperature``) in its best topic reaches this, at most ``per_topic_cap`` texts
    # per topic; 0.5 picked on the dev sets (bench/zero_shot_distil_tune.py; docs/SIGNALS.md)
    pseudo_label_confidence: float = Field(default=0.5, ge=0.0, lt=1.0)
    per_topic_cap: int = Field(default=1500, ge=1)


class Taxonomy(BaseModel):
    """A topic taxonomy. ``min_seeds`` seed phrases per topic (all languages together) are required.

    ``scorer`` says what scores it while no labelled data trains a model (a model trained on labelled
    data in ``models/topics-<name>/`` always wins): ``seed_head`` — the fast TF-IDF head fitted on the
    seed phrases; ``zero_shot`` — the sentence-embedding matcher on names, descriptions and seeds
    (encoder-bound: tens of interactions/s); ``distilled`` — the fast head trained on the seeds plus the
    matcher's confident labels of unlabelled in-domain texts (``servicelens train topics --unlabelled``),
    nightly speed, no encoder at night; the matcher itself until that model is built.
    """

    model_config = ConfigDict(extra="forbid")

    name: str
    description: str = ""
    languages: list[str] = Field(default_factory=lambda: ["ru", "en"])
    min_confidence: float = Field(default=0.25, gt=0.0, lt=1.0)
    max_topics: int = Field(default=3, ge=1, le=20)
    fallback_topic: str = "other"
    min_seeds: int = Field(default=10, ge=0)
    scorer: TopicScorer = "seed_head"
    zero_shot: ZeroShotSettings = Field(default_factory=ZeroShotSettings)
    topics: dict[str, TopicSpec]

    @model_validator(mode="after")
    def _check(self) -> "Taxonomy":
        if len(self.topics) < 2:
            raise ValueError("topics: a taxonomy needs at least two topics")
        bad = [t for t in self.topics if not _TOPIC_ID.match(t)]
        if bad:
            raise ValueError(f"topics: ids must be snake_case ascii (a-z, 0-9, _): {bad}")
        if self.fallback_topic not in self.topics:
            raise ValueError(f"fallback_topic: {self.fallback_topic!r} is not one of the topics")
        few = {t: len(s.all_seeds()) for t, s in self.topics.items() if len(s.all_seeds()) < self.min_seeds}
        if few:
            raise ValueError(f"topics: fewer than {self.min_seeds} seed phrases in {few}")
        if self.scorer == "seed_head":
            unseeded = [t for t, s in self.topics.items() if not s.all_seeds()]
            if unseeded:
                raise ValueError(f"scorer seed_head needs seed phrases for every topic (none in {unseeded[:10]}); "
                                 "write some, or set scorer: zero_shot or distilled")
        for topic, spec in self.topics.items():
            missing = [lang for lang in self.languages if not spec.seeds.get(lang)] if self.min_seeds else []
            if missing:
                raise ValueError(f"topics.{topic}.seeds: no seed phrases for language(s) {missing}")
        return self

    def seed_examples(self) -> tuple[list[str], list[str]]:
        """(texts, labels) of every seed phrase, for training the no-labelled-data model."""
        texts, labels = [], []
        for topic, spec in self.topics.items():
            for phrase in spec.all_seeds():
                texts.append(phrase)
                labels.append(topic)
        return texts, labels


def taxonomy_path(name: str, rules_dir: str | Path | None = None) -> Path:
    return (Path(rules_dir) if rules_dir else DEFAULT_RULES_DIR) / "topics" / f"{name}.yaml"


def load_taxonomy(name: str = "default", rules_dir: str | Path | None = None) -> Taxonomy:
    """Load and validate ``rules/topics/<name>.yaml``; :class:`~pipeline.config.ConfigError` if invalid."""
    base = Path(rules_dir) if rules_dir else DEFAULT_RULES_DIR
    return load_rules(base / "topics", name, Taxonomy)
