"""Settings of theme discovery (``rules/themes.yaml``)."""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from pipeline.config import load_rules


class ThemeConfig(BaseModel):
    model_config = ConfigDict(extra="forbid")

    enabled: bool = True
    window_days: int = Field(14, ge=1, le=120)
    complaints_only: bool = True
    encoder: str = Field("use", pattern="^(use|e5)$")
    max_chars: int = Field(1000, ge=50)
    clean_text: bool = False  # rules/themes.yaml turns it on, with its clean_patterns
    clean_patterns: list[str] = []
    clean_min_chars: int = Field(8, ge=0)
    pca_dims: int = Field(32, ge=2, le=256)
    min_cluster_size: int = Field(8, ge=2)
    min_samples: int = Field(2, ge=1)
    cluster_selection: str = Field("eom", pattern="^(leaf|eom)$")
    max_cluster_points: int = Field(6000, ge=100)
    max_clustered: int = Field(8000, ge=100)
    chunk_size: int = Field(5000, ge=100)
    merge_similarity: float = Field(0.8, ge=-1, le=1)
    merge_shared_terms: int = Field(2, ge=0)
    merge_top_terms: int = Field(10, ge=1, le=50)
    min_member_similarity: float = Field(0.6, ge=-1, le=1)
    absorb_similarity: float = Field(0.7, ge=-1, le=1)
    n_keywords: int = Field(8, ge=1, le=30)
    n_examples: int = Field(3, ge=1, le=10)
    example_chars: int = Field(240, ge=40)
    covered_share: float = Field(0.3, gt=0, le=1)
    min_topic_confidence: float = Field(0.5, ge=0, le=1)
    covered_similarity: float = Field(0.5, ge=-1, le=1)
    catch_all_topics: list[str] = ["other"]
    recent_days: int = Field(3, ge=1)
    alpha: float = Field(0.05, gt=0, lt=1)
    min_recent: int = Field(5, ge=1)
    match_similarity: float = Field(0.85, ge=-1, le=1)
    residual_clustering: bool = False
    residual_max_confidence: float = Field(0.5, ge=0, le=1)
    residual_min_cluster_size: int = Field(5, ge=2)
    carry_known_themes: bool = True
    match_overlap: float = Field(0.5, gt=0, le=1)
    space: str = Field("sentence", pattern="^(sentence|topic_aware)$")
    space_weight: float = Field(0.5, ge=0, le=1)
    space_dims: int = Field(32, ge=1, le=512)
    space_shrinkage: float = Field(-1.0, ge=-1, le=1)  # -1: Ledoit-Wolf ("auto")
    space_min_confidence: float = Field(0.5, ge=0, le=1)
    space_min_per_topic: int = Field(5, ge=2)


def load_theme_config(rules_dir: str | Path | None = None) -> ThemeConfig:
    return load_rules(rules_dir, "themes", ThemeConfig)
