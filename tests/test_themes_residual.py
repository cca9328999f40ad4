"""A small problem no configured topic covers forms a theme of its own (residual clustering), and a theme of
yesterday that today's clustering misses keeps its id from the contacts near its centre."""

from __future__ import annotations

from datetime import date, timedelta

import numpy as np

from pipeline.themes import KnownTheme, ThemeConfig, ThemeDoc, discover
from pipeline.themes.residual import add_residual_themes, poorly_covered

NIGHT = date(2026, 11, 20)
DIM = 64
RESIDUAL = ThemeConfig(residual_clustering=True)  # off by default (rules/themes.yaml says why)


def _unit(rows: np.ndarray) -> np.ndarray:
    return rows / np.linalg.norm(rows, axis=1, keepdims=True)


def _window(n_new: int = 6, seed: int = 3) -> tuple[list[ThemeDoc], np.ndarray]:
    """Three known problems of 40 contacts (confident topics), ``n_new`` contacts of a new problem that the
    classifier files under `payment` with a low confidence (all in the last 3 days), 30 scattered ones that
    no topic covers well either."""
    rnd = np.random.default_rng(seed)
    centres = _unit(rnd.normal(size=(4, DIM)))
    rows, docs = [], []
    for k, topic in enumerate(["payment", "delivery", "internet"]):
        rows.append(_unit(centres[k] + rnd.normal(size=(40, DIM)) * 0.06))
        docs += [ThemeDoc(f"chat:{topic}{i}", NIGHT - timedelta(days=i % 14), "текст", topic=topic,
                          topic_confidence=0.9) for i in range(40)]
    rows.append(_unit(centres[3] + rnd.normal(size=(n_new, DIM)) * 0.06))
    docs += [ThemeDoc(f"chat:n{i}", NIGHT - timedelta(days=i % 3), "текст", topic="payment",
                      topic_confidence=0.3) for i in range(n_new)]
    rows.append(_unit(rnd.normal(size=(30, DIM))))
    docs += [ThemeDoc(f"chat:x{i}", NIGHT - timedelta(days=i % 14), "текст", topic="other",
                      topic_confidence=0.6) for i in range(30)]
    return docs, np.vstack(rows).astype(np.float32)


def _new_members(docs: list[ThemeDoc], theme) -> int:
    return sum(docs[i].interaction_id.startswith("chat:n") for i in theme.members)


def test_poorly_covered_means_no_topic_a_catch_all_or_a_low_confidence():
    config = ThemeConfig(residual_max_confidence=0.5)
    docs = [ThemeDoc("a", NIGHT, "t", topic=None), ThemeDoc("b", NIGHT, "t", topic="other", topic_confidence=0.9),
            ThemeDoc("c", NIGHT, "t", topic="payment", topic_confidence=0.4),
            ThemeDoc("d", NIGHT, "t", topic="payment", topic_confidence=0.6)]
    assert poorly_covered(docs, config).tolist() == [True, True, True, False]


def test_a_problem_below_the_window_cluster_size_is_an_emerging_theme_only_with_residual_clustering():
    docs, vectors = _window(n_new=6)
    without = discover(docs, vectors, NIGHT, ThemeConfig(), describe=False)
    assert not any(_new_members(docs, t) >= 3 for t in without.themes)  # 6 < min_cluster_size 8

    result = discover(docs, vectors, NIGHT, RESIDUAL, describe=False)
    new = [t for t in result.themes if _new_members(docs, t)]
    assert len(new) == 1, [(t.size, _new_members(docs, t)) for t in new]
    theme = new[0]
    assert _new_members(docs, theme) == 6 and theme.size == 6  # recall and purity
    assert theme.is_emerging and theme.emerging_reason.startswith("new: no configured topic")
    known = [t for t in result.themes if not _new_members(docs, t)]
    assert len(known) == 3 and not any(t.is_emerging for t in known)


def test_a_residual_cluster_that_is_a_window_themes_core_adds_no_second_theme():
    docs, vectors = _window(n_new=20)  # large enough for the window's own clustering
    labels_off = discover(docs, vectors, NIGHT, ThemeConfig(), describe=False)
    result = discover(docs, vectors, NIGHT, RESIDUAL, describe=False)
    assert len(result.themes) == len(labels_off.themes) == 4
    assert [_new_members(docs, t) for t in result.themes if _new_members(docs, t)] == [20]


def test_residual_members_leave_the_window_theme_they_were_lumped_into():
    docs, vectors = _window(n_new=6)
    labels = np.full(len(docs), -1)
    labels[:40] = 0
    labels[120:126] = 0  # the window's clustering put the new problem into the payment theme
    out = add_residual_themes(docs, vectors, labels, RESIDUAL)
    assert len(set(out[120:126].tolist())) == 1 and out[120] not in (-1, out[0])
    assert (out[:40] == out[0]).all() and out[0] != -1


def test_yesterdays_theme_missed_by_todays_clustering_keeps_its_id_from_contacts_near_it():
    docs, vectors = _window(n_new=6)
    yesterday = date(2026, 11, 17)
    centre = _unit(vectors[120:126].mean(axis=0, keepdims=True))[0]
    known = [KnownTheme("th-20261117-004", centre, yesterday)]
    config = ThemeConfig()
    result = discover(docs, vectors, NIGHT, config, known, describe=False)
    kept = [t for t in result.themes if t.theme_id == "th-20261117-004"]
    assert len(kept) == 1 and kept[0].first_seen == yesterday and _new_members(docs, kept[0]) == 6
    assert kept[0].size == 6

    off = discover(docs, vectors, NIGHT, config.model_copy(update={"carry_known_themes": False}), known,
                   describe=False)
    assert not any(t.theme_id == "th-20261117-004" for t in off.themes)

    far = [KnownTheme("th-20261117-009", -centre, yesterday)]  # nothing lies near it today
    assert not any(t.theme_id == "th-20261117-009"
                   for t in discover(docs, vectors, NIGHT, config, far, describe=False).themes)


def test_a_theme_whose_centre_moved_keeps_its_id_when_it_holds_the_same_contacts():
    from pipeline.themes.tracking import assign_ids

    rnd = np.random.default_rng(8)
    old, moved = _unit(rnd.normal(size=(2, DIM)))  # centres far apart (a theme that grew an arm)
    assert float(old @ moved) < 0.85
    known = [KnownTheme("th-20261119-002", old, date(2026, 11, 19), frozenset(f"c{i}" for i in range(10)))]
    today = [frozenset(f"c{i}" for i in range(4, 20))]  # 6 of yesterday's 10 contacts, 10 new ones
    assert assign_ids([moved], known, NIGHT, 0.85, today, 0.5) == [("th-20261119-002", date(2026, 11, 19))]
    assert assign_ids([moved], known, NIGHT, 0.85) == [("th-20261120-001", NIGHT)]  # by centroid only
    few = [frozenset(f"c{i}" for i in range(8, 20))]  # 2 of 10
    assert assign_ids([moved], known, NIGHT, 0.85, few, 0.5)[0][0] == "th-20261120-001"


def test_a_known_theme_is_never_given_to_two_themes_of_tonight():
    """Yesterday's theme holds contacts of tonight's payment theme (same contacts) while its centre lies on
    tonight's loose contacts (carried): one of them keeps the id, never both."""
    docs, vectors = _window(n_new=6)
    centre = _unit(vectors[120:126].mean(axis=0, keepdims=True))[0]
    known = [KnownTheme("th-20261119-001", centre, date(2026, 11, 19),
                        frozenset(f"chat:payment{i}" for i in range(40)))]
    result = discover(docs, vectors, NIGHT, ThemeConfig(), known, describe=False)
    ids = [t.theme_id for t in result.themes]
    assert len(ids) == len(set(ids)) and ids.count("th-20261119-001") == 1, ids


def test_the_low_confidence_half_of_a_known_theme_is_not_split_off_as_a_new_theme():
    docs, vectors = _window(n_new=6)
    docs = [ThemeDoc(d.interaction_id, d.day, d.text, topic=d.topic, topic_confidence=0.3)
            if d.interaction_id.startswith("chat:payment") and int(d.interaction_id[12:]) % 3 else d for d in docs]
    result = discover(docs, vectors, NIGHT, RESIDUAL, describe=False)
    payment = [t for t in result.themes if any(docs[i].interaction_id.startswith("chat:payment") for i in t.members)]
    assert len(payment) == 1 and payment[0].size == 40, [t.size for t in payment]
