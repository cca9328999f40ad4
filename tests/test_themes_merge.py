"""One theme per problem: split clusters merged, far members dropped, near loose contacts absorbed."""

from __future__ import annotations

import numpy as np

from pipeline.themes import ThemeConfig
from pipeline.themes.merge import merge_clusters

APP = ["Приложение вылетает после обновления", "После обновления приложение закрывается при входе",
       "Приложение падает после обновления версии", "Не открывается приложение после обновления"]
APP_OTHER_WORDING = ["Мобильное приложение зависает после обновления", "Обновление сломало приложение, оно вылетает",
                     "После обновления приложения не могу войти, приложение вылетает",
                     "Приложение после обновления сразу закрывается"]
ROUTER = ["Роутер мигает красным, интернета нет", "Интернет пропал, роутер не видит сеть",
          "Нет интернета, роутер перезагружается сам", "Роутер не раздает интернет второй день"]


def _unit(rows: np.ndarray) -> np.ndarray:
    return rows / np.linalg.norm(rows, axis=1, keepdims=True)


def _blob(rnd: np.random.Generator, centre: np.ndarray, n: int, spread: float) -> np.ndarray:
    return _unit(centre + rnd.normal(size=(n, centre.size)) * spread)


def _window(app_gap: float = 0.25):
    """Two clusters of one problem (close centres, shared words), one other problem, a few loose contacts."""
    rnd = np.random.default_rng(3)
    dim = 64
    base = _unit(rnd.normal(size=(1, dim)))[0]
    side = _unit(rnd.normal(size=(1, dim)))[0]
    app_a, app_b = _unit(np.vstack([base, base + app_gap * side]))
    router = _unit(rnd.normal(size=(1, dim)))[0]
    vectors = np.vstack([_blob(rnd, app_a, 20, 0.04), _blob(rnd, app_b, 20, 0.04), _blob(rnd, router, 20, 0.04),
                         _blob(rnd, app_a, 3, 0.02), _unit(rnd.normal(size=(3, dim)))])
    texts = ([APP[i % 4] for i in range(20)] + [APP_OTHER_WORDING[i % 4] for i in range(20)]
             + [ROUTER[i % 4] for i in range(20)] + [APP[i] for i in range(3)] + ["Другое"] * 3)
    labels = np.array([0] * 20 + [1] * 20 + [2] * 20 + [-1] * 6)
    return texts, vectors.astype(np.float32), labels


CONFIG = ThemeConfig(min_cluster_size=8, merge_similarity=0.9, merge_shared_terms=2, min_member_similarity=0.8,
                     absorb_similarity=0.9)


def test_clusters_of_one_problem_become_one_theme_and_others_stay_apart():
    texts, vectors, labels = _window()
    merged = merge_clusters(texts, vectors, labels, CONFIG)
    assert merged[0] == merged[39] and merged[0] >= 0  # both wordings of the app problem: one theme
    assert merged[40] != merged[0] and merged[40] >= 0  # the router problem its own
    assert len(set(merged.tolist()) - {-1}) == 2


def test_close_centres_without_shared_terms_are_not_merged():
    texts, vectors, labels = _window()
    unrelated = texts[:20] + [ROUTER[i % 4] for i in range(20)] + texts[40:]  # same vectors, other words
    merged = merge_clusters(unrelated, vectors, labels, CONFIG)
    assert merged[0] != merged[39]


def test_far_apart_clusters_are_not_merged_even_with_shared_terms():
    texts, vectors, labels = _window(app_gap=1.5)
    merged = merge_clusters(texts, vectors, labels, CONFIG)
    assert merged[0] != merged[39] and merged[0] >= 0 and merged[39] >= 0


def test_a_loose_contact_close_to_a_theme_joins_it_and_far_ones_stay_out():
    texts, vectors, labels = _window()
    merged = merge_clusters(texts, vectors, labels, CONFIG)
    assert (merged[60:63] == merged[0]).all()  # near the app problem's centre, though HDBSCAN left them out
    assert (merged[63:] == -1).all()


def test_a_member_far_from_its_theme_leaves_it():
    texts, vectors, labels = _window()
    vectors = vectors.copy()
    vectors[41] = -vectors[40]  # labelled with the router problem, lies opposite to it
    merged = merge_clusters(texts, vectors, labels, CONFIG)
    assert merged[41] == -1 and merged[42] == merged[40]


def test_a_theme_left_below_the_minimum_size_is_dropped():
    texts, vectors, labels = _window()
    strict = CONFIG.model_copy(update={"min_cluster_size": 25, "merge_shared_terms": 99})
    merged = merge_clusters(texts, vectors, labels, strict)
    assert (merged == -1).all()
    assert (merge_clusters(texts, vectors, np.full(len(texts), -1), CONFIG) == -1).all()
