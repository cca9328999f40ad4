"""The topic-aware clustering space (``space: topic_aware``): sentence vectors joined to their projection on
the directions that separate the confidently filed topics, so two wordings of one problem come closer."""

from __future__ import annotations

from datetime import date

import numpy as np

from pipeline.themes import ThemeConfig, ThemeDoc, discover
from pipeline.themes.discover import find_clusters
from pipeline.themes.space import fit_labels, topic_aware

NIGHT = date(2026, 11, 20)
DIM = 24
TOPIC_AWARE = ThemeConfig(space="topic_aware", space_weight=0.5)


def _unit(rows: np.ndarray) -> np.ndarray:
    return rows / np.linalg.norm(rows, axis=1, keepdims=True)


def _window(seed: int = 5) -> tuple[np.ndarray, list[str | None], np.ndarray]:
    """Six known topics that differ along the first 6 axes, each said in two wordings (axes 6 and 7: the
    wording is what the sentence encoder sees most); a new problem (axes 0 and 1 together) in the same two
    wordings (what separates known problems separates it too). Returns vectors, the confident topic per row (None for the new problem), and the new
    problem's wording (0/1; -1 for known rows)."""
    rnd = np.random.default_rng(seed)
    rows, topics, wording = [], [], []
    for k in range(6):
        for w in (0, 1):
            centre = np.zeros(DIM)
            centre[k], centre[6 + w] = 1.0, 2.0
            rows.append(centre + rnd.normal(size=(30, DIM)) * 0.15)
            topics += [f"t{k}"] * 30
            wording += [-1] * 30
    for w in (0, 1):
        centre = np.zeros(DIM)
        centre[0] = centre[1] = 1.0  # between two known topics, along the directions that separate them
        centre[6 + w] = 2.0
        rows.append(centre + rnd.normal(size=(20, DIM)) * 0.15)
        topics += [None] * 20
        wording += [w] * 20
    return _unit(np.vstack(rows)).astype(np.float32), topics, np.array(wording)


def test_fit_labels_are_confident_configured_topics_only():
    config = ThemeConfig(space_min_confidence=0.5, catch_all_topics=["other"])
    docs = [ThemeDoc("a", NIGHT, "t", topic="payment", topic_confidence=0.9),
            ThemeDoc("b", NIGHT, "t", topic="payment", topic_confidence=0.4),
            ThemeDoc("c", NIGHT, "t", topic="other", topic_confidence=0.9),
            ThemeDoc("d", NIGHT, "t", topic=None)]
    assert fit_labels(docs, config) == ["payment", None, None, None]


def test_the_joined_cosine_mixes_the_sentence_and_the_topic_cosine():
    vectors, topics, _ = _window()
    for weight in (0.2, 0.5):
        z = topic_aware(vectors, topics, ThemeConfig(space="topic_aware", space_weight=weight, space_dims=4))
        assert z.shape == (len(vectors), DIM + 4)
        assert np.allclose(np.linalg.norm(z, axis=1), 1, atol=1e-5)
        sentence = vectors @ vectors.T
        mixed = z @ z.T
        topic_part = (mixed - (1 - weight) * sentence) / weight
        assert np.all(topic_part <= 1 + 1e-4) and np.all(topic_part >= -1 - 1e-4)
        assert np.allclose(z[:, :DIM] / np.sqrt(1 - weight), vectors, atol=1e-5)


def test_without_two_taught_topics_the_space_is_the_sentence_space():
    vectors, topics, _ = _window()
    one = [t if t == "t0" else None for t in topics]
    assert topic_aware(vectors, one, TOPIC_AWARE) is vectors
    assert topic_aware(vectors, topics, TOPIC_AWARE.model_copy(update={"space_weight": 0.0})) is vectors
    few = TOPIC_AWARE.model_copy(update={"space_min_per_topic": 100})  # no topic has 100 confident contacts
    assert topic_aware(vectors, topics, few) is vectors


def test_the_projection_discounts_the_wording_that_known_topics_share():
    vectors, topics, wording = _window()
    z = topic_aware(vectors, topics, TOPIC_AWARE)
    a, b = vectors[wording == 0].mean(axis=0), vectors[wording == 1].mean(axis=0)
    za, zb = z[wording == 0].mean(axis=0), z[wording == 1].mean(axis=0)
    cos = float(a @ b / np.linalg.norm(a) / np.linalg.norm(b))
    zcos = float(za @ zb / np.linalg.norm(za) / np.linalg.norm(zb))
    assert zcos > cos + 0.1, (cos, zcos)


def test_topics_change_the_clusters_only_in_the_topic_aware_space():
    vectors, topics, wording = _window()
    texts = ["текст"] * len(vectors)
    config = ThemeConfig(min_cluster_size=8, merge_shared_terms=0)  # texts alike: merging by centres alone
    sentence = find_clusters(texts, vectors, config, topics)
    assert np.array_equal(sentence, find_clusters(texts, vectors, config))
    new = wording >= 0
    assert len(set(sentence[new].tolist()) - {-1}) == 2  # the two wordings of the new problem: two themes
    aware = find_clusters(texts, vectors, config.model_copy(update={"space": "topic_aware", "space_weight": 0.8}),
                          topics)
    assert len(set(aware[new].tolist()) - {-1}) == 1, aware[new]  # one theme
    assert not set(aware[new].tolist()) & set(aware[~new].tolist())  # of the new problem only


def test_discover_teaches_the_space_the_windows_confident_topics():
    vectors, topics, wording = _window()
    docs = [ThemeDoc(f"chat:{i}", NIGHT, "текст", topic=t or "payment", topic_confidence=0.9 if t else 0.2)
            for i, t in enumerate(topics)]
    config = ThemeConfig(min_cluster_size=8, merge_shared_terms=0)
    new = set(np.flatnonzero(wording >= 0).tolist())

    def new_themes(result) -> int:
        return sum(bool(new & set(t.members)) for t in result.themes)

    assert new_themes(discover(docs, vectors, NIGHT, config, describe=False)) == 2
    aware = config.model_copy(update={"space": "topic_aware", "space_weight": 0.8})
    assert new_themes(discover(docs, vectors, NIGHT, aware, describe=False)) == 1
    unsure = [ThemeDoc(d.interaction_id, d.day, d.text, topic=d.topic, topic_confidence=0.2) for d in docs]
    assert new_themes(discover(unsure, vectors, NIGHT, aware, describe=False)) == 2  # nothing to learn from
