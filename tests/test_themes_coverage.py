"""New vs known with the calibrated coverage settings of rules/themes.yaml."""

from __future__ import annotations

from datetime import date, timedelta

import numpy as np

from pipeline.themes import ThemeDoc, discover, load_theme_config

NIGHT = date(2026, 11, 20)


def _unit(rows: np.ndarray) -> np.ndarray:
    return rows / np.linalg.norm(rows, axis=1, keepdims=True)


def _window():
    """Theme 0: 9 of 20 contacts carry `payment_charges`, the rest scatter over related topics, and it lies
    close to the other payment contacts; theme 1: every contact a different topic; 10 more payment contacts."""
    rnd = np.random.default_rng(5)
    dim = 64
    pay, new = _unit(rnd.normal(size=(2, dim)))
    vectors = np.vstack([_unit(pay + rnd.normal(size=(20, dim)) * 0.05),
                         _unit(new + rnd.normal(size=(20, dim)) * 0.05),
                         _unit(pay + rnd.normal(size=(10, dim)) * 0.08)]).astype(np.float32)
    topics = (["payment_charges"] * 9 + [f"related_{i % 4}" for i in range(11)]
              + [f"topic_{i}" for i in range(20)] + ["payment_charges"] * 10)
    docs = [ThemeDoc(f"chat:{i}", NIGHT - timedelta(days=i % 3), "текст", topic=t, topic_confidence=0.8)
            for i, t in enumerate(topics)]
    labels = np.array([0] * 20 + [1] * 20 + [-1] * 10)
    return docs, vectors, labels


def test_a_theme_mostly_of_one_topic_near_its_contacts_is_covered_and_a_scattered_one_is_new():
    docs, vectors, labels = _window()
    result = discover(docs, vectors, NIGHT, load_theme_config(), labels=labels, describe=False)
    assert len(result.themes) == 2
    known = next(t for t in result.themes if min(t.members) < 20)
    scattered = next(t for t in result.themes if min(t.members) >= 20)
    assert known.matched_topic == "payment_charges" and known.topic_coverage == 0.45
    assert known.is_covered and not known.emerging_reason.startswith("new"), known.emerging_reason
    assert not scattered.is_covered and scattered.emerging_reason.startswith("new: no configured topic")


def test_a_theme_far_from_its_topics_other_contacts_is_not_covered():
    docs, vectors, labels = _window()
    vectors = vectors.copy()
    vectors[40:] = -vectors[40:]  # the other payment contacts now lie opposite the theme
    result = discover(docs, vectors, NIGHT, load_theme_config(), labels=labels, describe=False)
    known = next(t for t in result.themes if min(t.members) < 20)
    assert known.topic_similarity is not None and known.topic_similarity < 0
    assert not known.is_covered and known.emerging_reason.startswith("new")
