"""Emotional cues of a customer text (``rules/sentiment_cues.yaml``): reproach, criticism of the
service, evaluative or emotive words, rows of ``!``/``?``, shouting.

A plain problem report («Не убран снег на дороге») is neutral in a contact centre; it turns
negative when the writer shows dissatisfaction beyond the facts («Опять не убран снег!!»). The
Russian sentiment head learnt "negative" from tweets, where every complaint is negative, so the
nightly path (:class:`pipeline.analyse.sentiment.SentimentModel`) calls a text *without* cues
negative only when the head's negative decision beats neutral by a margin chosen on hand-labelled
requests (``cue_margin`` in the artifact). Pure regular expressions: tens of thousands of texts/s.
"""

from __future__ import annotations

import re
from functools import cached_property
from pathlib import Path
from typing import Literal, Sequence

import numpy as np
from pydantic import Field, field_validator

from pipeline.config import RulesModel, check_regexes, load_rules

SHOUTED_WORD = re.compile(r"\b[A-ZА-ЯЁ]{4,}\b")


class SentimentCues(RulesModel):
    """``rules/sentiment_cues.yaml``: the deployment's definition of negative, cue patterns per
    language, punctuation, shouting."""

    definition: Literal["requests", "social"] = "requests"
    ru: list[str] = Field(default_factory=list)
    en: list[str] = Field(default_factory=list)
    punctuation: list[str] = Field(default_factory=list)
    shouting_words: int = Field(2, ge=1, le=20)

    @field_validator("ru", "en", "punctuation")
    @classmethod
    def _compile(cls, value: list[str]) -> list[str]:
        return check_regexes(value)

    @cached_property
    def _words(self) -> re.Pattern:
        patterns = self.ru + self.en
        return re.compile("|".join(f"(?:{p})" for p in patterns)) if patterns else re.compile(r"(?!x)x")

    @cached_property
    def _punct(self) -> re.Pattern:
        return re.compile("|".join(f"(?:{p})" for p in self.punctuation)) if self.punctuation else re.compile(r"(?!x)x")

    def find(self, text: str) -> str | None:
        """The first cue found in ``text`` (the matched characters), or None."""
        text = text or ""
        m = self._punct.search(text)
        if m:
            return m.group(0)
        shouted = SHOUTED_WORD.findall(text)
        if len(shouted) >= self.shouting_words:
            return " ".join(shouted[: self.shouting_words])
        m = self._words.search(text.lower().replace("ё", "е"))
        return m.group(0) if m else None

    def punctuation_count(self, text: str) -> int:
        """How many punctuation cues (rows of ``!``/``?`` and the like) ``text`` holds."""
        return len(self._punct.findall(text or ""))

    def has_cue(self, texts: Sequence[str]) -> np.ndarray:
        """One bool per text: does it carry any cue?"""
        return np.fromiter((self.find(t) is not None for t in texts), dtype=bool, count=len(texts))


def load_sentiment_cues(rules_dir: str | Path | None = None) -> SentimentCues:
    """The validated cues of ``rules_dir/sentiment_cues.yaml`` (default ``rules/``)."""
    return load_rules(rules_dir, "sentiment_cues", SentimentCues)


NEGATIVE, NEUTRAL, POSITIVE = 0, 1, 2  # columns of the heads' decisions (classes sorted alphabetically)


def apply_cue_margin(decisions: np.ndarray, has_cue: np.ndarray, margin: float) -> np.ndarray:
    """Decisions with ``margin`` taken off the negative column of every text without a cue.

    A cue-less text the head called negative stays negative only when its negative decision beats
    neutral by ``margin``; otherwise it is a problem report and becomes neutral, never positive (its
    positive decision is capped just below the larger of the other two). Texts with a cue, texts not
    called negative, and margin 0 are unchanged; the input is not modified."""
    out = np.array(decisions, dtype=np.float32, copy=True)
    plain = ~np.asarray(has_cue, dtype=bool)
    if not margin or not plain.any():
        return out
    gated = plain & (out.argmax(axis=1) == NEGATIVE)
    out[plain, NEGATIVE] -= np.float32(margin)
    top = np.maximum(out[gated, NEGATIVE], out[gated, NEUTRAL])
    out[gated, POSITIVE] = np.minimum(out[gated, POSITIVE], top - np.float32(1e-3))
    return out
